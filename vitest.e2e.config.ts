import { defineConfig } from 'vitest/config';
import { wordsPlugin } from './scripts/words-plugin.ts';

// Browser tests against the built app (started by scripts/e2e.mjs). One file at a time: 2 cores.
export default defineConfig({
  // The tests read flows' samples and paths, and a flow's words are YAML (checked as in the build).
  plugins: [wordsPlugin()],
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
