import type { Source } from '../core/provenance';

/** Renders each source's publisher, linked to the source where an address is known, separated by `separator`. */
export function SourceLinks({
  sources,
  separator = '; ',
}: {
  readonly sources: readonly Source[];
  readonly separator?: string;
}) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && separator}
          {source.url === null ? source.publisher : <a href={source.url}>{source.publisher}</a>}
        </span>
      ))}
    </>
  );
}
