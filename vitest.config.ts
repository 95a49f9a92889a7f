import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn real processes; give slow CI machines room.
    testTimeout: 30_000,
  },
});
