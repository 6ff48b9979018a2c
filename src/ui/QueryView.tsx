import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataFileError } from '../data/dataFileError';

interface QueryViewProps<T> {
  /** What is loading, for the status messages, e.g. "the monthly series". */
  readonly what: string;
  readonly query: UseQueryResult<T>;
  /** Returns true when the loaded value has nothing to show. */
  readonly isEmpty?: (value: T) => boolean;
  readonly children: (value: T) => ReactNode;
  /** Height (px) the loading state keeps, so the page does not jump when the data arrives. */
  readonly reserve?: number;
}

/** Renders a query's loading, error and empty states, or its value through `children`. */
export function QueryView<T>({ what, query, isEmpty, children, reserve }: QueryViewProps<T>) {
  if (query.status === 'pending') {
    return (
      <p role="status" className="status" style={reserve === undefined ? undefined : { minHeight: reserve }}>
        Loading {what}…
      </p>
    );
  }
  if (query.status === 'error') return <ErrorNotice what={what} error={query.error} />;
  if (isEmpty?.(query.data)) {
    return (
      <p role="status" className="status">
        No data in {what}.
      </p>
    );
  }
  return <>{children(query.data)}</>;
}

/** Renders what failed to load and where: file, row and field for a data file error. */
export function ErrorNotice({ what, error }: { readonly what: string; readonly error: unknown }) {
  const detail =
    error instanceof DataFileError ? (
      <dl className="error-detail">
        <dt>File</dt>
        <dd>{error.file}</dd>
        {error.row !== null && (
          <>
            <dt>Row</dt>
            <dd>{error.row}</dd>
          </>
        )}
        {error.field !== null && (
          <>
            <dt>Field</dt>
            <dd>{error.field}</dd>
          </>
        )}
        <dt>Problem</dt>
        <dd>{error.problem}</dd>
      </dl>
    ) : (
      <p>{error instanceof Error ? error.message : String(error)}</p>
    );
  return (
    <div role="alert" className="error">
      <p>
        <strong>Could not load {what}.</strong> The rest of the page still works.
      </p>
      {detail}
    </div>
  );
}
