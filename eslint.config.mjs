import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/node_modules/**', 'test/vectors/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A security library never uses Math.random, anywhere.
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Math.random is not a secure source; use the RandomSource.' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'Library code uses globalThis only.' },
        { name: 'Buffer', message: 'Library code runs in every runtime: use Uint8Array.' },
        { name: 'process', message: 'Library code runs in every runtime.' },
        { name: 'require', message: 'Library code is ESM.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Only the CLI may use Node APIs.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/seeded/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Only the CLI may use Node APIs.' },
            { group: ['**/seeded', '**/seeded/**'], message: 'The secure path never imports the seeded generator.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**', 'bench/**', '*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
