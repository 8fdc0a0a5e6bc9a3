import { builtinModules } from 'node:module';
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
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use string literal unions (GraphQL enums excepted: api/src/common/enums.ts).' },
      ],
    },
  },
  { files: ['api/src/common/enums.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // A promise nobody awaits loses its error: type-aware, so it runs on TypeScript files with their tsconfig.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  // Workflow code runs in Temporal's deterministic sandbox: no Node modules, no I/O clients. Activities do the I/O.
  {
    files: ['workflows/src/workflows/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, 'pg', '@temporalio/worker', '@temporalio/client', '@temporalio/activity', '@mistralai/mistralai'].map(
            (name) => ({ name, message: 'Workflow code is deterministic and does no I/O: call an activity.' }),
          ),
          patterns: [{ group: ['node:*'], message: 'Workflow code is deterministic and does no I/O: call an activity.' }],
        },
      ],
    },
  },
  // Prettier wraps code at 140; what it cannot wrap (strings, comments) is kept under 140 by hand.
  { rules: { 'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }] } },
  // Data files: phrase banks, lexicons and scripted answers read best one entry per line.
  {
    files: [
      'simulator/src/chains/**',
      'simulator/src/answer-templates.ts',
      'workflows/src/coding/driver-lexicon.ts',
      'workflows/src/moderator/phrases.ts',
      'workflows/src/moderator/signal-lexicons.ts',
    ],
    rules: { 'max-len': 'off' },
  },
  // Vue pages are named by their route file (ChatPage.vue); single-word names are not used.
  { files: ['**/*.vue'], rules: { 'vue/multi-word-component-names': 'off' } },
);
