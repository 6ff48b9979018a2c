import { barFigure } from '../../core/figure/barFigure';
import { nationalComparison, nationalRows, nationalSpec } from '../../core/figure/views/nationalSpec';
import type { ReportedInput } from '../../core/figure/views/reportedInputs';
import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio, formatSigned } from '../../core/format';
import type { NationalView } from '../../core/view/view';
import { useReportedFigures } from '../../data/queries/reportedFigures';
import { BarFigureChart } from '../../ui/figure/BarFigureChart';
import { LazyFigureActions } from '../../ui/figure/LazyFigureActions';
import { useElementWidth } from '../../ui/figure/useElementWidth';
import { useFigureContext } from '../../ui/figure/useFigureContext';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';

const VIEW: NationalView = { view: 'national' };

/** The police's national comparison: hate crimes two days after each 2017 attack against the 2016 daily average. */
export function NationalComparison() {
  const figures = useReportedFigures();
  const context = useFigureContext(VIEW);
  return (
    <section aria-labelledby="national-heading" className="panel">
      <h2 id="national-heading">The national comparison the police published</h2>
      <CopyLink view={VIEW} />
      <QueryView
        what="the national comparison"
        reserve={560}
        query={figures}
        isEmpty={(f) => f.comparisons.length === 0}
      >
        {(data) => <NationalFigure input={{ ...data, ...context }} />}
      </QueryView>
    </section>
  );
}

/** The comparison as a bar chart from the figure model, its downloads, and a table of ratios and excesses. */
function NationalFigure({ input }: { readonly input: ReportedInput }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const spec = nationalSpec(VIEW, input);
  const figure = barFigure(spec, { width });
  const comparison = nationalComparison(input);
  return (
    <>
      <p className="panel-note">
        {comparison.label}, {comparison.area}, against the {comparison.expectedLabel}:{' '}
        {formatCount(comparison.expected)}.
      </p>
      <div ref={ref} className="figure-frame">
        <BarFigureChart figure={figure} spec={spec} label={`Bar chart: ${figure.summary}`} />
      </div>
      <LazyFigureActions view={VIEW} kind="bar" content={() => ({ kind: 'bar', spec })} />
      <div className="table-scroll">
        <table className="comparison">
          <caption>{comparison.label}</caption>
          <thead>
            <tr>
              <th scope="col">Attack</th>
              <th scope="col">Recorded</th>
              <th scope="col">Ratio to {formatCount(comparison.expected)}</th>
              <th scope="col">Excess</th>
              <th scope="col">Week after, vs same week of 2016 (published)</th>
            </tr>
          </thead>
          <tbody>
            {nationalRows(input).map((row) => (
              <tr key={row.event}>
                <th scope="row">
                  {row.name}
                  {row.date !== null && ` (${formatIsoDate(row.date)})`}
                </th>
                <td>{formatCount(row.count)}</td>
                <td>{formatRatio(row.ratio, 2)}</td>
                <td>{formatSigned(row.excess, 0)}</td>
                <td>{formatSigned(row.weekChangePercent, 0)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceLine sources={spec.sources} />
    </>
  );
}
