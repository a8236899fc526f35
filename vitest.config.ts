import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { wordsPlugin } from './scripts/words-plugin.ts';

export default defineConfig({
  plugins: [react(), wordsPlugin()],
  resolve: {
    alias: { 'virtual:pwa-register': new URL('./tests/stubs/pwa-register.ts', import.meta.url).pathname },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30000,
  },
});
