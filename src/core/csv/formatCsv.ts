/** A CSV cell value: strings are quoted when needed, null becomes an empty cell. */
export type CsvCell = string | number | null;

/** Returns RFC 4180 CSV text (LF line ends, trailing newline) for a header and rows. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(formatCell).join(',')).join('\n') + '\n';
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
