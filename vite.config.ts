import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BASE_PATH lets the app be hosted under a sub-path, e.g. BASE_PATH=/whfb/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
