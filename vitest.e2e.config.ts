import { defineConfig } from 'vitest/config';
import { wordsPlugin } from './scripts/words-plugin.ts';

// Browser tests against the built app (started by scripts/e2e.mjs). One file at a time: 2 cores.
export default defineConfig({
  // The tests load flows (their words.yaml) to know what to click.
  plugins: [wordsPlugin()],
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
