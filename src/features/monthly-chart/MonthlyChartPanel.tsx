import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio } from '../../core/format';
import { useEvents } from '../../data/queries/events';
import { useMonthlySeries } from '../../data/queries/monthlySeries';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';
import { MonthlyChart } from './MonthlyChart';
import { monthlyChartModel } from './monthlyChartModel';
import { MonthlyTable } from './MonthlyTable';

const SERIES = 'ho-rra-monthly-ew';

/** The Home Office monthly series with its trailing twelve-month mean, the events, a tooltip and a data table. */
export function MonthlyChartPanel() {
  const series = useMonthlySeries(SERIES);
  const events = useEvents();
  return (
    <section aria-labelledby="monthly-heading" className="panel">
      <h2 id="monthly-heading">
        A recorded series: racially or religiously aggravated offences, England and Wales
      </h2>
      <QueryView what="the monthly series" query={series} isEmpty={(s) => s.points.length === 0}>
        {(data) => {
          const model = monthlyChartModel(data, events.data ?? []);
          const { highestCount, highestRatio } = model;
          const first = data.points[0]?.date ?? '';
          const last = data.points[data.points.length - 1]?.date ?? '';
          return (
            <>
              <p className="panel-note">
                Offences recorded by the police each month, {formatIsoDate(first)} to {formatIsoDate(last)},
                against the mean of the {model.window} months before (dashed; it starts once {model.window}{' '}
                months are available).
                {highestCount?.observed != null && (
                  <>
                    {' '}
                    The highest month is {formatIsoDate(highestCount.date)} (
                    {formatCount(highestCount.observed)}
                    {highestCount.ratio !== null && `, ${formatRatio(highestCount.ratio, 2)} its baseline`}).
                  </>
                )}
                {highestRatio !== null &&
                  highestRatio.ratio !== null &&
                  highestRatio.date !== highestCount?.date && (
                    <>
                      {' '}
                      The month furthest above its baseline is {formatIsoDate(highestRatio.date)} (
                      {formatRatio(highestRatio.ratio, 2)}).
                    </>
                  )}
              </p>
              <MonthlyChart
                model={model}
                label={`Line chart: ${data.title}, ${first} to ${last}, with events marked`}
              />
              <MonthlyTable
                rows={model.rows}
                caption={`${data.title}, with the trailing ${model.window}-month mean`}
              />
              <ul className="caveats">
                {data.caveats.map((caveat) => (
                  <li key={caveat}>{caveat}</li>
                ))}
              </ul>
              <SourceLine sources={data.sources} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
