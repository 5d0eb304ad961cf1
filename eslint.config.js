import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import boundaries: the core is pure, the web client never reaches into the server. */
const coreBoundary = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '**/storage/**',
              '**/http/**',
              '**/cli/**',
              '**/security/**',
              '**/jobs/**',
              '**/runtime*',
              '**/config*',
            ],
            message: 'core imports nothing outside core',
          },
          {
            group: [
              'fastify',
              'fastify-*',
              '@fastify/*',
              'kysely',
              'better-sqlite3',
              'pg',
              'react',
              'react-*',
              'node:fs',
              'node:fs/*',
              'node:child_process',
              'node:net',
              'node:http',
            ],
            message: 'core is pure: no frameworks, no I/O',
          },
        ],
      },
    ],
  },
};

const webBoundary = {
  files: ['web/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '**/src/storage/**',
              '**/src/http/**',
              '**/src/cli/**',
              '**/src/security/**',
              'kysely',
              'fastify',
              'pg',
              'better-sqlite3',
            ],
            message: 'web never imports the server',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'web/dist', 'coverage', 'docs/openapi.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        history: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
        btoa: 'readonly',
      },
    },
  },
  coreBoundary,
  webBoundary,
);
