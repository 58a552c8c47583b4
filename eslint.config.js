// Lint: the recommended rules of ESLint, typescript-eslint, Astro and Svelte, plus the project's one boundary
// (islands never import the server-only rules entry). Formatting is prettier's job, not this file's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/', '**/.astro/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  ts.configs.recommended,
  astro.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // An empty catch is how the pages say "storage may be blocked, carry on without it".
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    // Tests build malformed data on purpose (edition JSON with a wrong field), which has no type to name.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // src/rules/index.ts holds every edition in both languages: an island that imports it ships all of that to the
    // browser. Islands and stores use src/rules/browser.ts, which loads one language's editions on demand.
    files: ['src/islands/**', 'src/stores/**'],
    // These two run only in Astro's server render, to hand the islands their props.
    ignores: ['src/islands/Calc.astro', 'src/islands/lib/calc-text.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)rules(/index(\\.ts)?)?$',
              message: 'Server-only (every edition, both languages): islands import src/rules/browser.ts instead.',
            },
          ],
        },
      ],
    },
  },
);
