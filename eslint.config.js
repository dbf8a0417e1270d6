import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import playwright from 'eslint-plugin-playwright';
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

/** The screens: one folder each, and a screen never imports another screen (STYLE.md). */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The README's one-way layers, as import zones: `from` may not be imported by `target`. */
const layerZones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A screen never imports another screen; shared pieces go in src/ui or src/client.',
  })),
  {
    target: './src/ui',
    from: ['./src/client', './src/features', './src/app', './src/walkthrough'],
    message: 'src/ui holds widgets with no device knowledge: it imports neither the client nor a screen.',
  },
  {
    target: ['./src/features', './src/walkthrough'],
    from: ['./src/app'],
    message: 'src/app composes the screens and the guide; they do not import it back.',
  },
  {
    target: './src/walkthrough',
    from: ['./src/features'],
    message: 'The walkthrough reads the device through the client, never through a screen.',
  },
  {
    target: './src/client',
    from: ['./src/ui', './src/features', './src/app', './src/walkthrough'],
    message: 'src/client is the bottom of the GUI: nothing built on it is imported here.',
  },
  {
    target: './src/class',
    from: ['./src/device', './src/api', './src/client', './src/app', './src/features', './src/walkthrough'],
    message:
      "The trainer's page is its own small app over HTTP: src/ui widgets, nothing of the console or the device.",
  },
  {
    // With the type-only rule for src/class below: the answers' types, and nothing else of the server.
    target: './src/class',
    from: './src/server',
    except: ['./class-view.ts'],
    message:
      "The trainer's page talks to the server over HTTP; of src/server it imports only class-view.ts's types.",
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
    // Modules that import each other cannot be read, tested or loaded one at a time.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // A promise nobody awaits loses its failure; one handed to an event prop is never awaited.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      // Journeys driven by data (the walkthrough's steps, the visual and screenshot manifests) branch
      // on that data; a branch on what the page shows belongs in a helper of e2e/support.
      'playwright/no-conditional-in-test': 'off',
    },
  },
  {
    // The screenshot script writes pictures rather than asserting, and waits for the screen to hold still.
    files: ['e2e/screenshots/**'],
    rules: { 'playwright/expect-expect': 'off', 'playwright/no-wait-for-timeout': 'off' },
  },
  {
    // The client may name the device's types (nothing of the device is bundled through them), never its code.
    files: ['src/client/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/device', '**/device/**', '**/api', '**/api/**'],
              message: 'src/client speaks REST; it may import only types from the device.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The trainer's page may name the server's answer types (class-view.ts, written once for both
    // sides), never bundle its code; the zone above keeps the rest of src/server out.
    files: ['src/class/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/class-view', '**/server/class-view.ts'],
              message:
                "src/class may import only types from src/server/class-view.ts (the trainer's answers).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
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
  {
    // The walkthrough's data is read by Node (Playwright, the screenshot script): no React in it.
    files: ['src/walkthrough/*.ts'],
    ignores: ['**/*.test.ts', 'src/walkthrough/progress.ts', 'src/walkthrough/guide-store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...guiMustUseClient,
            {
              group: [
                'react',
                'react/**',
                'react-dom',
                'react-dom/**',
                'react-router',
                'zustand',
                '**/client/react',
              ],
              message: 'The walkthrough is data (DESIGN.md rule 6): plain TypeScript that Node can import.',
            },
          ],
        },
      ],
    },
  },
]);
