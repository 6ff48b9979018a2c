import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Source } from '../../src/core/provenance';
import { dataPackageSchema } from '../../src/data/schemas/dataPackage';
import { REPO_ROOT } from '../data/rawFiles';

/** Where an input file came from: its checksum and, when it is a file of data/, its resource and sources. */
export interface InputProvenance {
  readonly file: string;
  readonly sha256: string;
  /** The data package resource with the same checksum, or null for a file of the user's own. */
  readonly resource: string | null;
  readonly sources: readonly Pick<Source, 'publisher' | 'title' | 'url' | 'date' | 'licence'>[];
  readonly caveats: readonly string[];
}

/** Returns the input's provenance, matching it to data/datapackage.json by SHA-256 rather than by name. */
export function inputProvenance(file: string): InputProvenance {
  const sha256 = sha256OfFile(file);
  const dataPackage = dataPackageSchema.parse(
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/datapackage.json'), 'utf8')),
  );
  const resource = dataPackage.resources.find((r) => r.hash === `sha256:${sha256}`);
  if (resource === undefined)
    return {
      file,
      sha256,
      resource: null,
      sources: [],
      caveats: ['Not a file of data/: its sources are the user’s to state.'],
    };
  const ids = new Set(resource.sources.map((s) => s.id));
  const sources = dataPackage.sources
    .filter((s) => ids.has(s.id))
    .map((s) => ({ publisher: s.publisher, title: s.title, url: s.path, date: s.date, licence: s.licence }));
  return { file, sha256, resource: resource.name, sources, caveats: resource.caveats };
}

/** Returns the SHA-256 of a file's bytes, read in 64 KiB chunks. */
function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
