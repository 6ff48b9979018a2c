import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../scripts/lib/buildApp';

/** Builds the app once into a temporary folder for the browser tests, and removes it afterwards. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'backlash-e2e-'));
  await buildApp(outDir);
  project.provide('distDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}
