import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ignored = [
  'dist/',
  'public/mockServiceWorker.js',
  'playwright-report/',
  'test-results/',
  'node_modules/',
  'docs/screenshots/',
  'coverage/',
  'bench-results/',
];

/** The GUI reaches the device only through src/client (see DESIGN.md, "One device, three doors"). */
const guiMustUseClient = [
  {
    group: ['**/device', '**/device/**'],
    message: 'The GUI talks to the device only through src/client.',
  },
  {
    group: ['**/api', '**/api/**'],
    message: 'The GUI talks to the API only through src/client.',
  },
];

/** The device is plain TypeScript: no React, no DOM, no fetch, and it knows nothing of the doors above it. */
const deviceStaysPlain = [
  {
    group: ['react', 'react/**', 'react-dom', 'react-dom/**', 'react-router', 'react-router/**'],
    message: 'src/device is plain TypeScript and must not use React.',
  },
  { group: ['msw', 'msw/**'], message: 'src/device must not know about MSW; handlers live in src/api.' },
  {
    group: [
      '**/api',
      '**/api/**',
      '**/client',
      '**/client/**',
      '**/app',
      '**/app/**',
      '**/features',
      '**/features/**',
    ],
    message: 'src/device must not import the layers built on top of it.',
  },
];

export default defineConfig([
  globalIgnores(ignored),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/ui/**', 'src/walkthrough/**'],
    // Tests may stand up the mock API (src/api/node.ts) or build device state from scenarios.
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: guiMustUseClient }] },
  },
  {
    files: ['src/device/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: deviceStaysPlain }] },
  },
]);
