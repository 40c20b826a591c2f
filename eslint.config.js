// ESLint: the recommended rules of ESLint, typescript-eslint, eslint-plugin-svelte and
// eslint-plugin-astro, nothing more. Formatting is Prettier's job (.prettierrc.json), import
// layering is dependency-cruiser's (.dependency-cruiser.cjs). The rules are syntactic (no type
// information): `astro check` and `svelte-check` already type-check every file.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', 'scripts/.*.tmp.mjs']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  {
    // Pages render on the server at build time and islands run in the browser; scripts and
    // tests run on Node and hand functions to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { omitted: _omitted, ...rest } = value` is how the code drops a key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    files: ['scripts/classroom-sw.js'],
    // A template: sw-manifest.mjs replaces __PRECACHE_URLS__ and __ALIASES__ at build time.
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE_URLS__: 'readonly', __ALIASES__: 'readonly' } },
  },
);
