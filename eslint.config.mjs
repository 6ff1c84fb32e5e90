// Lint for the API, seed, tests, benchmark and the console (admin/: browser globals and React's hook rules).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

// Every import here is relative and extension-less (or a package), so the node resolver with the
// TypeScript extensions finds every file; no tsconfig paths to resolve.
const sourceExtensions = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'api/generated/', 'admin/dist/', 'admin/src/generated/', 'rules/contract.ts', '.tools/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // No import cycles (type-only imports are erased at run time and do not count). server/ is the
    // composition root over api/ and seed/; within api/, core/ is the bottom layer.
    files: ['api/**/*.ts', 'rules/**/*.ts', 'seed/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'server/**/*.ts', 'admin/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': sourceExtensions,
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: [...sourceExtensions, '.json', '.node'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // rules/ is imported by the API (Node) and the console (browser): it imports only itself.
    files: ['rules/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'rules/ stays pure: import only files of rules/ itself' }] }] },
  },
  {
    files: ['bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
