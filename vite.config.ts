import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, 'data');

/** Ships data/ beside the built app, so the app fetches it at run time by relative URL. */
function shipDataDir(): Plugin {
  return {
    name: 'backlash-ship-data',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(DATA_DIR)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(join(DATA_DIR, file)),
        });
      }
    },
  };
}

/** Relative base: the built dist/ works from any static host and under any sub-path. */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), shipDataDir()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // Two pages: the dashboard, and the embed, which loads only what one figure needs.
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
