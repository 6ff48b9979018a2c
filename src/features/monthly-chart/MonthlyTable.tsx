import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio, formatSigned } from '../../core/format';
import type { BaselineComparison } from '../../core/series/compareWithBaseline';

/** Every month of the chart as a table: count, baseline, ratio and excess. */
export function MonthlyTable({
  rows,
  caption,
}: {
  readonly rows: readonly BaselineComparison[];
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
            <tr key={row.date}>
              <th scope="row">{formatIsoDate(row.date)}</th>
              <td>{row.observed === null ? '—' : formatCount(row.observed)}</td>
              <td>{row.expected === null ? '—' : formatCount(row.expected, 1)}</td>
              <td>{row.ratio === null ? '—' : formatRatio(row.ratio, 2)}</td>
              <td>{row.excess === null ? '—' : formatSigned(row.excess, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
