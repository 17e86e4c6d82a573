// ESLint (`npm run lint`, a step of `npm test`): typescript-eslint's recommended rules on all
// TypeScript (not the type-checked set: `tsc` checks types, and that set would make a run slow),
// eslint's recommended rules on the JavaScript, and the recommended sets of eslint-plugin-lit and
// eslint-plugin-wc on the widgets and the stories. Formatting is Prettier's (`npm run format:check`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LIT_ELEMENTS = ['packages/widgets/src/**/*.ts', 'packages/widgets/test/**/*.ts', 'stories/**/*.ts'];

export default defineConfig(
  // Build output, generated files and vendored code.
  globalIgnores(['**/dist/', 'storybook-static/', 'coverage/', '.data/', 'packages/widgets/types/', 'public/mockServiceWorker.js']),
  { files: ['**/*.{js,mjs}'], extends: [js.configs.recommended], languageOptions: { globals: globals.node } },
  // Scripts that run in the page: the embedding pages' helpers, the benchmark's in-page half, the example site's own.
  { files: ['test/embedding/*.js', 'bench/*.page.js', 'examples/*.js', 'examples/*/*.js'], languageOptions: { globals: globals.browser } },
  // The Chromium runners are Node scripts whose functions given to puppeteer's `page.evaluate` run in the page.
  {
    files: ['test/{examples,storybook,embedding,journeys}/*.mjs', 'test/support/browser-checks.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading `_` marks what is unused on purpose: a parameter kept for its type or position, a
      // field destructured only to leave it out of the rest (`{ $id: _id, ...schema }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions whose reading is the assertion.
    files: ['packages/widgets/test/**/*.ts', 'test/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  { files: LIT_ELEMENTS, extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']] },
);
