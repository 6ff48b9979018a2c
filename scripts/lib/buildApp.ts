import { resolve } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from '../data/rawFiles';

/** Builds the production app into `outDir` (default dist/) with the project's Vite config; returns the folder. */
export async function buildApp(outDir = resolve(REPO_ROOT, 'dist')): Promise<string> {
  // Test runners set NODE_ENV=test, which would give React's development build: test what users get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: REPO_ROOT,
      configFile: resolve(REPO_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
  return outDir;
}
