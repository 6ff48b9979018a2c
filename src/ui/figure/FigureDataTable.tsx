import { useMemo, useState } from 'react';
import type { FigureRow } from '../../core/figure/types';
import { formatCount } from '../../core/format';

/** A column of a figure's data table: its heading, the value it sorts by, and how a cell is written. */
export interface DataColumn {
  readonly label: string;
  /** The value sorted by; null (missing) sorts last either way. */
  readonly value: (row: FigureRow) => number | string | null;
  readonly format: (row: FigureRow) => string;
}

interface FigureDataTableProps {
  readonly rows: readonly FigureRow[];
  readonly columns: readonly DataColumn[];
  readonly caption: string;
  /** What a row is, plural, e.g. "months" or "days". */
  readonly rowName: string;
  readonly pageSize?: number;
}

type Sort = { readonly column: number; readonly direction: 'ascending' | 'descending' };

/**
 * The figure's own rows as a table behind a disclosure: sortable by any column (a button in each heading, so the
 * keyboard can sort), a page of rows at a time; a table longer than a page is built only when opened.
 */
export function FigureDataTable({ rows, columns, caption, rowName, pageSize = 100 }: FigureDataTableProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Data table ({formatCount(rows.length)} {rowName})
      </summary>
      {(open || rows.length <= pageSize) && (
        <SortedTable rows={rows} columns={columns} caption={caption} rowName={rowName} pageSize={pageSize} />
      )}
    </details>
  );
}

function SortedTable({ rows, columns, caption, rowName, pageSize = 100 }: FigureDataTableProps) {
  const [sort, setSort] = useState<Sort>({ column: 0, direction: 'ascending' });
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortRows(rows, columns[sort.column], sort.direction), [rows, columns, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * pageSize, (current + 1) * pageSize);
  const first = current * pageSize + 1;
  const last = current * pageSize + shown.length;
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => {
                const direction = sort.column === i ? sort.direction : 'none';
                return (
                  <th key={column.label} scope="col" aria-sort={direction}>
                    <button
                      type="button"
                      className="sort"
                      onClick={() => {
                        setSort({
                          column: i,
                          direction: direction === 'ascending' ? 'descending' : 'ascending',
                        });
                        setPage(0);
                      }}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.period}>
                {columns.map((column, i) =>
                  i === 0 ? (
                    <th key={column.label} scope="row">
                      {column.format(row)}
                    </th>
                  ) : (
                    <td key={column.label}>{column.format(row)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <p className="table-pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous {pageSize}
          </button>{' '}
          <span aria-live="polite">
            {rowName} {formatCount(first)} to {formatCount(last)} of {formatCount(sorted.length)}
          </span>{' '}
          <button type="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            Next {pageSize}
          </button>
        </p>
      )}
    </>
  );
}

/** Returns the rows sorted by a column, missing values last in either direction; ties keep time order. */
export function sortRows(
  rows: readonly FigureRow[],
  column: DataColumn | undefined,
  direction: 'ascending' | 'descending',
): readonly FigureRow[] {
  if (column === undefined) return rows;
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}
