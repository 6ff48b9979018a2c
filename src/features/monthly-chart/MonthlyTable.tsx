import { formatIsoDate } from '../../core/dates';
import type { FigureRow } from '../../core/figure/types';
import { formatCount, formatRatio, formatSigned } from '../../core/format';

/** Every month of the figure as a table: count, baseline, ratio and excess (the figure's own rows). */
export function MonthlyTable({
  rows,
  caption,
}: {
  readonly rows: readonly FigureRow[];
  readonly caption: string;
}) {
  return (
    <details className="data-table">
      <summary>Data table ({rows.length} months)</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Recorded</th>
            <th scope="col">Baseline</th>
            <th scope="col">Ratio</th>
            <th scope="col">Excess</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{formatIsoDate(row.period)}</th>
              <td>{row.value === null ? '—' : formatCount(row.value)}</td>
              <td>{row.expected === null ? '—' : formatCount(row.expected, 1)}</td>
              <td>{row.ratio === null ? '—' : formatRatio(row.ratio, 2)}</td>
              <td>
                {row.value === null || row.expected === null
                  ? '—'
                  : formatSigned(row.value - row.expected, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
