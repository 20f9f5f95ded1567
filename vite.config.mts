import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one page, relative asset paths so Electron's custom protocol and the serve host both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome130', sourcemap: true },
});
