import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of data/ that keeps each released data version, by the first 12 hex digits of its content hash. */
export const VERSIONS_DIR = 'versions';

/** Returns the short name of a data version `sha256:…`: its first 12 hex digits. */
export function versionName(contentHash: string): string {
  return contentHash.replace(/^sha256:/, '').slice(0, 12);
}

/** Returns the content hash of the data package in a folder, or null when it has none (a first build). */
export function currentVersion(dataDir: string): string | null {
  const path = join(dataDir, 'datapackage.json');
  if (!existsSync(path)) return null;
  const hash = (JSON.parse(readFileSync(path, 'utf8')) as { contentHash?: unknown }).contentHash;
  return typeof hash === 'string' ? hash : null;
}

/**
 * Keeps the data version now in `dataDir` under versions/<version>/ (its package and every file it lists) before a
 * build replaces it with `nextHash`, so that pinned embeds keep showing the numbers they were made with. Returns
 * the version kept, or null: nothing to keep (no package yet, the same version, or already kept).
 */
export function keepCurrentVersion(dataDir: string, nextHash: string): string | null {
  const hash = currentVersion(dataDir);
  if (hash === null || hash === nextHash) return null;
  const folder = join(dataDir, VERSIONS_DIR, versionName(hash));
  if (existsSync(folder)) return null;
  const { resources } = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as {
    resources: { path: string }[];
  };
  mkdirSync(folder, { recursive: true });
  for (const name of ['datapackage.json', ...resources.map((r) => r.path)])
    copyFileSync(join(dataDir, name), join(folder, name));
  return versionName(hash);
}

/** Returns the kept versions' names. */
export function keptVersions(dataDir: string): string[] {
  const folder = join(dataDir, VERSIONS_DIR);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/** Removes a kept version (one that no published pinned embed uses any more); fails on an unknown name. */
export function pruneVersion(dataDir: string, name: string): void {
  if (!/^[0-9a-f]{12}$/.test(name) || !keptVersions(dataDir).includes(name))
    throw new Error(`no kept data version “${name}” (kept: ${keptVersions(dataDir).join(', ') || 'none'})`);
  rmSync(join(dataDir, VERSIONS_DIR, name), { recursive: true });
}
