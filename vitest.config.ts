import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests that spawn the real binary need more than the default 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
