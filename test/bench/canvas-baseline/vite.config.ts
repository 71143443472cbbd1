import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the plain React Flow page the canvas bench compares the editor with. */
export default defineConfig({
  root: 'test/bench/canvas-baseline',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../../dist/bench/canvas-baseline',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
