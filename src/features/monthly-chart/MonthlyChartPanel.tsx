import { useEvents } from '../../data/queries/events';
import { useMonthlySeries } from '../../data/queries/monthlySeries';
import { QueryView } from '../../ui/QueryView';
import { MonthlySeriesView } from './MonthlySeriesView';

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
      <QueryView
        what="the monthly series"
        reserve={640}
        query={series}
        isEmpty={(s) => s.points.length === 0}
      >
        {(data) => (
          <MonthlySeriesView
            series={data}
            events={(events.data ?? []).filter((e) => e.regions.includes('uk'))}
          />
        )}
      </QueryView>
    </section>
  );
}
