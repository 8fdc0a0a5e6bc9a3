import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The one codegen config: typed documents from the committed SDL (`schema/schema.graphql`) and the
 * operations each package keeps in `.graphql` files named after the operation. The console gets
 * parsed documents (its client sends DocumentNodes); the simulator, the cross-process tests and the
 * API's own tests get typed strings, sent as they are over HTTP or graphql-ws.
 */
const scalars = { DateTimeISO: 'string', JSONObject: 'Record<string, string>' };
const typedStrings = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  // These packages are ESM resolved as NodeNext: the generated files' relative imports need their extension.
  config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string' as const, importExtension: '.js' as const, scalars },
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // A package with no operations yet generates nothing instead of failing the check.
  ignoreNoDocuments: true,
  generates: {
    // persistedDocuments: each document carries its sha256 hash (`__meta__.hash`), and persisted-documents.json lists them
    // all: the registered documents the API runs by hash (api/src/server/trusted-documents.ts, LADDER_TRUSTED_DOCUMENTS).
    'console/src/gql/': {
      documents: ['console/src/graphql/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'simulator/src/gql/': { documents: ['simulator/src/graphql/*.graphql'], ...typedStrings },
    'test/src/gql/': { documents: ['test/src/graphql/*.graphql'], ...typedStrings },
    'api/src/test-support/gql/': { documents: ['api/src/test-support/graphql/*.graphql'], ...typedStrings },
  },
};
export default config;
