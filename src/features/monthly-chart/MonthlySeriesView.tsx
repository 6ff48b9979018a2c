import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio } from '../../core/format';
import type { Series } from '../../core/series/series';
import { SourceLine } from '../../ui/SourceLine';
import { MonthlyChart } from './MonthlyChart';
import { type EventMarkSource, monthlyChartModel } from './monthlyChartModel';
import { MonthlyTable } from './MonthlyTable';

interface MonthlySeriesViewProps {
  readonly series: Series;
  readonly events: readonly EventMarkSource[];
  /** First comparable month: earlier months are shaded and never used as a baseline. */
  readonly comparableFrom?: string | null;
}

/** A monthly series against its trailing twelve-month mean: caption, chart, data table, caveats and sources. */
export function MonthlySeriesView({ series, events, comparableFrom = null }: MonthlySeriesViewProps) {
  const model = monthlyChartModel(series, events, 12, comparableFrom);
  const { highestCount, highestRatio } = model;
  const first = series.points[0]?.date ?? '';
  const last = series.points[series.points.length - 1]?.date ?? '';
  return (
    <>
      <p className="panel-note">
        Recorded each month, {formatIsoDate(first)} to {formatIsoDate(last)}, against the mean of the{' '}
        {model.window} months before (dashed; it starts once {model.window} comparable months are available).
        {comparableFrom !== null && (
          <>
            {' '}
            Months before {formatIsoDate(comparableFrom)} (shaded) were recorded differently and are not
            compared.
          </>
        )}
        {highestCount?.observed != null && (
          <>
            {' '}
            The highest month is {formatIsoDate(highestCount.date)} ({formatCount(highestCount.observed)}
            {highestCount.ratio !== null && `, ${formatRatio(highestCount.ratio, 2)} its baseline`}).
          </>
        )}
        {highestRatio?.ratio != null && highestRatio.date !== highestCount?.date && (
          <>
            {' '}
            The month furthest above its baseline is {formatIsoDate(highestRatio.date)} (
            {formatRatio(highestRatio.ratio, 2)}).
          </>
        )}
      </p>
      <MonthlyChart
        model={model}
        label={`Line chart: ${series.title}, ${first} to ${last}, with events marked`}
      />
      <MonthlyTable
        rows={model.rows}
        caption={`${series.title}, with the trailing ${model.window}-month mean`}
      />
      <ul className="caveats">
        {series.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <SourceLine sources={series.sources} />
    </>
  );
}
