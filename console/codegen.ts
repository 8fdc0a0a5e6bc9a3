import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the console, from the committed SDL and the operations in src/graphql. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/graphql/*.graphql'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, string>' } },
    },
  },
};
export default config;
