import { useAreaMonthly } from '../../data/queries/areaMonthly';
import { useEvents } from '../../data/queries/events';
import { QueryView } from '../../ui/QueryView';
import { useUrlParam } from '../../ui/useUrlParam';
import { MonthlySeriesView } from '../monthly-chart/MonthlySeriesView';

const SERIES = 'mps-rr-public-fear-monthly';
const LONDON = 'London';

/** London's racially or religiously aggravated public-fear offences by month, for London or one borough. */
export function LondonMonthlyPanel() {
  const data = useAreaMonthly(SERIES);
  const events = useEvents();
  const [area, setArea] = useUrlParam('area', LONDON);
  return (
    <section aria-labelledby="london-heading" className="panel">
      <h2 id="london-heading">London: racially or religiously aggravated public fear, alarm or distress</h2>
      <QueryView what="the London series" query={data} isEmpty={(d) => d.areas.length === 0}>
        {(loaded) => {
          const series = loaded.byArea.get(area) ?? loaded.byArea.get(LONDON);
          if (series === undefined) return <p role="status">No data for {area}.</p>;
          return (
            <>
              <label className="control">
                Area{' '}
                <select
                  value={loaded.byArea.has(area) ? area : LONDON}
                  onChange={(e) => setArea(e.target.value)}
                >
                  {loaded.areas.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <p className="panel-note warning">
                Not an Islamophobic series: it counts every racially or religiously aggravated public-fear
                offence the Met recorded.
              </p>
              <MonthlySeriesView
                series={series}
                events={(events.data ?? []).filter((e) => e.regions.includes('uk'))}
                comparableFrom={loaded.comparableFrom}
              />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
