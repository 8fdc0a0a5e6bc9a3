import js from '@eslint/js';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/src/gql/**', '**/test-support/gql/**', '.ladder/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  { files: ['**/*.vue'], languageOptions: { parserOptions: { parser: tseslint.parser } } },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Modules add their loaders to the request context by declaration merging (`interface Loaders extends ...{}`).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use string literal unions (GraphQL enums excepted: api/src/common/enums.ts).' }],
    },
  },
  { files: ['api/src/common/enums.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // Vue pages are named by their route file (ChatPage.vue); single-word names are not used.
  { files: ['**/*.vue'], rules: { 'vue/multi-word-component-names': 'off' } },
);
