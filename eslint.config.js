import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering (STYLE.md §1): shared → nothing; renderer and electron never import each other. */
const layerZones = [
  { target: './shared', from: './electron', message: 'shared/ must not import electron/.' },
  { target: './shared', from: './renderer', message: 'shared/ must not import renderer/.' },
  { target: './renderer', from: './electron', message: 'Talk to the backend through shared/api.' },
  { target: './electron', from: './renderer', message: 'electron/ must not import renderer/.' },
];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'coverage/', 'test/golden/reference/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    // Imports name their files with the .ts extension, so Node's resolution finds them.
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { dropped, ...rest } = value` is how a field is left out without a cast.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > VariableDeclaration[kind="let"]',
          message: 'No module-level mutable state (STYLE.md "Smells"): pass it or close over it.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in a browser and a worker too.' },
            {
              group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'fs', 'path', 'os'],
              message: 'shared/ must stay free of platform code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bin/**/*.mjs', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    // Suite fixtures assigned in beforeAll are the test runner's idiom, not hidden state.
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
);
