// ESLint flat config (`npm run lint`; kept as a dotfile: the project's top level is fixed).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.stryker-tmp/', '.scratch/', 'lib/generated/', 'node_modules/', 'tests/e2e/artifacts/', 'tests/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers: lib/ and the background never depend on the UI folder.
  {
    files: ['lib/**/*.ts', 'entrypoints/background/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/*'], message: 'lib/ and the background must not import UI code.' }] }] },
  },
  // Preact hooks follow React's rules of hooks. The plugin's React Compiler rules are left out:
  // they recognise refs only from React's own useRef, not Preact's.
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
