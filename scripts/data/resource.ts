import type { Source } from '../../src/core/provenance';
import type { Resource } from '../../src/data/schemas/dataPackage';
import { SOURCES } from '../curation/sources';
import type { RawFile, RawFileKey } from './rawFiles';
import { RAW_FILES, sha256 } from './rawFiles';

/** What a derived file says about itself; the build adds its path, hash, size and encoding. */
export type ResourceMeta = Omit<Resource, 'path' | 'hash' | 'bytes' | 'encoding'>;

/** One file of data/: its name in the folder, its content and its description. */
export interface DerivedFile {
  readonly path: string;
  readonly content: string;
  readonly meta: ResourceMeta;
}

/** Returns the Frictionless resource of a derived file, with its hash and size. */
export function describeFile(file: DerivedFile): Resource {
  const { name, ...rest } = file.meta;
  return {
    name,
    path: file.path,
    ...rest,
    encoding: 'utf-8',
    hash: `sha256:${sha256(file.content)}`,
    bytes: Buffer.byteLength(file.content),
  };
}

/** Returns the catalogue entry with this id, or fails naming it. */
export function findSource(id: string): Source {
  const source = SOURCES.find((s) => s.id === id);
  if (source === undefined) throw new Error(`unknown source "${id}"`);
  return source;
}

/** Returns a source as a Frictionless resource source (`id`, `title`, `path` when known). */
export function frictionlessSource(source: Source): Resource['sources'][number] {
  return source.url === null
    ? { id: source.id, title: source.title }
    : { id: source.id, title: source.title, path: source.url };
}

/** Returns the `derivedFrom` entry of a raw file that was read and checked. */
export function derivedFrom(key: RawFileKey, raw: RawFile): Resource['derivedFrom'][number] {
  return { path: raw.path, sha256: raw.sha256, publishedAt: RAW_FILES[key].publishedAt };
}

/** Returns JSON text with two-space indentation and a final newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
