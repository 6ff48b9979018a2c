import { formatIsoDate } from '../../core/dates';
import { highestRow } from '../../core/figure/highestRow';
import { timeSeriesFigure, type TimeSeriesSpec } from '../../core/figure/timeSeriesFigure';
import { MONTHLY_WINDOW } from '../../core/figure/views/monthlySpec';
import { formatCount, formatRatio } from '../../core/format';
import type { View } from '../../core/view/view';
import { LazyFigureActions } from './LazyFigureActions';
import { FigureChart } from './FigureChart';
import { FigureLegend } from './FigureLegend';
import { useElementWidth } from './useElementWidth';
import { SourceLine } from '../SourceLine';
import { FigureDataTable } from './FigureDataTable';
import { BASELINE_COLUMNS, periodColumn } from './dataColumns';

interface MonthlySeriesViewProps {
  readonly view: View;
  readonly spec: TimeSeriesSpec;
  /** First comparable month: earlier months are shaded and never used as a baseline. */
  readonly comparableFrom?: string | null;
}

/** A monthly series against its trailing twelve-month mean: caption, chart, downloads, data table, caveats, sources. */
export function MonthlySeriesView({ view, spec, comparableFrom = null }: MonthlySeriesViewProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(800);
  const figure = timeSeriesFigure(spec, { width });
  const { rows } = spec;
  const highestCount = highestRow(rows, 'value');
  const highestRatio = highestRow(rows, 'ratio');
  const first = rows[0]?.period ?? '';
  const last = rows[rows.length - 1]?.period ?? '';
  return (
    <>
      <p className="panel-note">
        Recorded each month, {formatIsoDate(first)} to {formatIsoDate(last)}, against the mean of the{' '}
        {MONTHLY_WINDOW} months before (dashed; it starts once {MONTHLY_WINDOW} comparable months are
        available).
        {comparableFrom !== null && (
          <>
            {' '}
            Months before {formatIsoDate(comparableFrom)} (shaded) were recorded differently and are not
            compared.
          </>
        )}
        {highestCount?.value != null && (
          <>
            {' '}
            The highest month is {formatIsoDate(highestCount.period)} ({formatCount(highestCount.value)}
            {highestCount.ratio !== null && `, ${formatRatio(highestCount.ratio, 2)} its baseline`}).
          </>
        )}
        {highestRatio?.ratio != null && highestRatio.period !== highestCount?.period && (
          <>
            {' '}
            The month furthest above its baseline is {formatIsoDate(highestRatio.period)} (
            {formatRatio(highestRatio.ratio, 2)}).
          </>
        )}
      </p>
      <div ref={ref} className="figure-frame">
        <FigureLegend figure={figure} />
        <FigureChart
          figure={figure}
          label={`Line chart: ${spec.title}, ${first} to ${last}, with events marked`}
          tooltip={(row) => (
            <>
              <strong>{formatIsoDate(row.period)}</strong>
              <div>Recorded: {row.value === null ? 'missing' : formatCount(row.value)}</div>
              <div>Baseline: {row.expected === null ? 'none' : formatCount(row.expected, 0)}</div>
              {row.ratio !== null && <div>Ratio: {formatRatio(row.ratio, 2)}</div>}
            </>
          )}
        />
      </div>
      <LazyFigureActions view={view} kind="time" content={() => ({ kind: 'time', spec })} />
      <FigureDataTable
        rows={rows}
        columns={MONTHLY_COLUMNS}
        caption={`${spec.title}, with the trailing ${MONTHLY_WINDOW}-month mean`}
        rowName="months"
      />
      <ul className="caveats">
        {spec.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <SourceLine sources={spec.sources} />
    </>
  );
}

const MONTHLY_COLUMNS = [periodColumn('Month'), ...BASELINE_COLUMNS];
