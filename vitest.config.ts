import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Spawned CLI processes and SQLite files need a little more time on a 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
