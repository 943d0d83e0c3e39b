// Lint: the recommended rules of ESLint and typescript-eslint, plus a rule that keeps the core
// free of platform and database code (DESIGN.md: src/core knows no platform).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', '.scratch/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['grammy', '@grammyjs/*', '@slack/*', 'better-sqlite3', 'kysely', 'pino', 'node-cron'], message: 'src/core knows no platform, database or logger.' },
            { group: ['**/bots/**', '**/db/**', '**/cli/**'], message: 'src/core must not import the edges.' },
          ],
        },
      ],
    },
  },
);
