import { formatCount, formatRatio, formatSigned } from '../../core/format';
import { periodComparisonRows } from '../../core/figure/views/periodComparisons';
import type { ReportedView } from '../../core/view/view';
import { useReportedFigures } from '../../data/queries/reportedFigures';
import { LazyFigureActions } from '../../ui/figure/LazyFigureActions';
import { reportedTableContent } from '../../ui/figure/reportedTableContent';
import { useFigureContext } from '../../ui/figure/useFigureContext';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';

const VIEW: ReportedView = { view: 'reported' };
import { SourceLinks } from '../../ui/SourceLinks';

/** Other published before-and-after comparisons, each with its ratio, an exact interval and its sources. */
export function ReportedComparisons() {
  const figures = useReportedFigures();
  const context = useFigureContext(VIEW);
  return (
    <section aria-labelledby="reported-heading" className="panel">
      <h2 id="reported-heading">Other comparisons the police published</h2>
      <CopyLink view={VIEW} />
      <QueryView
        what="the reported comparisons"
        reserve={320}
        query={figures}
        isEmpty={(f) => f.periodComparisons.length === 0}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table>
                <caption>
                  Counts after an event against the same period a year before, as reported; the ratio’s exact
                  95% interval treats both counts as Poisson over equal periods.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">What, where, when</th>
                    <th scope="col">Reported</th>
                    <th scope="col">Against</th>
                    <th scope="col">Ratio (95% interval)</th>
                    <th scope="col">Change</th>
                    <th scope="col">Sources</th>
                  </tr>
                </thead>
                <tbody>
                  {periodComparisonRows({ ...data, events: context.events }).map((row) => {
                    const { entry } = row;
                    const sources = entry.sources.flatMap((id) => data.sourcesById.get(id) ?? []);
                    return (
                      <tr key={entry.id}>
                        <th scope="row">
                          {entry.label}, {entry.area}, {entry.period}
                          {row.eventName !== null && ` (${row.eventName})`}
                          {entry.caveat && <div className="caveats">{entry.caveat}</div>}
                        </th>
                        <td>{formatCount(entry.observed)}</td>
                        <td>
                          {formatCount(entry.comparison)} in {entry.comparisonLabel}
                        </td>
                        <td>
                          {row.ratio !== null && row.lower !== null && row.upper !== null
                            ? `${formatRatio(row.ratio, 2)} (${formatRatio(row.lower, 2)} to ${formatRatio(row.upper, 2)})`
                            : '—'}
                        </td>
                        <td>
                          {row.changePercent === null ? '—' : `${formatSigned(row.changePercent, 0)}%`}
                          {entry.wording && <div className="caveats">published: “{entry.wording}”</div>}
                        </td>
                        <td>
                          <SourceLinks sources={sources} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <LazyFigureActions
              view={VIEW}
              kind="table"
              content={() => reportedTableContent(VIEW, { ...data, ...context })}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
