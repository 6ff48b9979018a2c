import type { Source } from '../core/provenance';

/** Renders "Source: publisher, title (date)" for each source, linked where an address is known. */
export function SourceLine({
  sources,
  label = 'Source',
}: {
  readonly sources: readonly Source[];
  readonly label?: string;
}) {
  return (
    <p className="source-line">
      {label}
      {sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          {source.publisher},{' '}
          {source.url === null ? (
            <cite>{source.title}</cite>
          ) : (
            <a href={source.url} rel="noreferrer" target="_blank">
              <cite>{source.title}</cite>
            </a>
          )}{' '}
          ({source.date})
        </span>
      ))}
    </p>
  );
}
