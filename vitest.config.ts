import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Gives the run its own temporary directory and fails it if a test leaves anything there.
    globalSetup: ['test/global-setup.ts'],
    // CLI tests spawn real processes; give slow CI machines room.
    testTimeout: 30_000,
  },
});
