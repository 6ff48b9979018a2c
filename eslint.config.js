import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_IO = ['react', 'react-dom', 'react-dom/*', 'recharts', '@tanstack/*', 'msw', 'msw/*', 'zod'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The statistics core is pure: no UI, no network, no schemas; plain arrays in, plain objects out.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_AND_IO, message: 'src/core is pure: no React, charts, queries, mocks or schemas.' },
            {
              group: ['**/data/*', '**/features/*', '**/app/*', '**/mocks/*'],
              message: 'src/core imports only from src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window', 'localStorage'],
    },
  },
  {
    // Links are a boundary like data files: parsed and written in src/link, with zod, and nothing else of the page.
    files: ['src/link/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_AND_IO.filter((name) => name !== 'zod'),
              message: 'src/link is pure: zod, no React, charts, queries or mocks.',
            },
            {
              group: ['**/data/*', '**/features/*', '**/app/*', '**/mocks/*', '**/ui/*', '**/figure/*'],
              message: 'src/link imports only from src/core and src/link.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'document', 'window', 'localStorage'],
    },
  },
  {
    // Imports flow one way: core -> data -> features -> app.
    files: ['src/data/**/*.ts', 'src/data/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*', '**/app/*'],
              message: 'src/data must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.ts', 'src/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*'], message: 'features must not import the app shell.' },
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'features never import each other: move what two need down to src/ui or src/core.',
            },
            { group: ['**/mocks/*', 'msw', 'msw/*'], message: 'features never use mocks.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never fetch: use query options from src/data.' },
      ],
    },
  },
);
