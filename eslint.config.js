// Lint keeps the architecture honest: imports point one way
// (engine <- shell <- scenario <- replay <- image <- lessons <- store <- ui) and the engine stays
// pure, so it replays the same on every run and builds without a browser.
// Type errors are tsc's job (`npm run typecheck`); lint runs untyped to stay fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.mjs';

const ENGINE_IMPURE = 'the engine is pure: same input, same steps, in any runtime';

export default defineConfig(
  { ignores: ['dist/', 'test-results/', 'playwright-report/', 'bench-results/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Control characters are the subject matter here (bytes, xattr values, getfattr quoting).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tools/**', 'scripts/**', 'e2e/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/ui/**', 'src/store/**', 'src/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**'],
    plugins: { layers },
    rules: { 'layers/direction': 'error' },
  },
  {
    // Tests included: engine tests never reach for UI or state libraries either.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*'],
              message: 'src/engine is UI-free: rendering and state libraries belong in src/store or src/ui.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may time themselves or seed generators; the engine itself may not.
    files: ['src/engine/**/*.{ts,tsx}'],
    ignores: ['src/engine/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'performance'].map((name) => ({
          name,
          message: `${ENGINE_IMPURE}; no ${name} (pass what you need in).`,
        })),
        { name: 'crypto', message: `${ENGINE_IMPURE}; no randomness (take a seed as input).` },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: `${ENGINE_IMPURE}; no Math.random (take a seed as input).` },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: `${ENGINE_IMPURE}; no Date.now (times are logical counters).` },
        { selector: "NewExpression[callee.name='Date']", message: `${ENGINE_IMPURE}; no new Date (times are logical counters).` },
        { selector: "MemberExpression[object.name='globalThis'][property.name=/^(window|document|localStorage|performance|crypto)$/]", message: `${ENGINE_IMPURE}; no host globals.` },
      ],
    },
  },
);
