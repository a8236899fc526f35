import { defineConfig } from 'vitest/config';

// Browser tests against the built app (started by scripts/e2e.mjs). One file at a time: 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
