import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, 'data');

/** Returns every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((file) => join(name, file)) : [name];
  });
}

/** Returns the current data version's short name (the first 12 hex digits of data/datapackage.json's hash). */
function currentVersion(): string {
  const { contentHash } = JSON.parse(readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8')) as {
    contentHash: string;
  };
  return contentHash.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * Ships data/ beside the built app, so the app fetches it at run time by relative URL: the current files, every
 * kept version under data/versions/, and the current version there too, so a pinned embed of today's numbers works
 * today and after the next rebuild alike. The dev server answers the current version's address the same way.
 */
function shipDataDir(): Plugin {
  const current = `versions/${currentVersion()}/`;
  return {
    name: 'backlash-ship-data',
    generateBundle() {
      const files = filesUnder(DATA_DIR);
      for (const file of files) {
        const source = readFileSync(join(DATA_DIR, file));
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source });
        if (!file.includes('/')) this.emitFile({ type: 'asset', fileName: `data/${current}${file}`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const at = request.url?.indexOf(`/data/${current}`) ?? -1;
        if (request.url !== undefined && at >= 0) {
          const file = request.url.slice(at + `/data/${current}`.length);
          if (existsSync(join(DATA_DIR, file)) && !relative(DATA_DIR, join(DATA_DIR, file)).startsWith('..'))
            request.url = `${request.url.slice(0, at)}/data/${file}`;
        }
        next();
      });
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
