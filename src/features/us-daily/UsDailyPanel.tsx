import { useDailyCounts } from '../../data/queries/dailyCounts';
import { useEvents } from '../../data/queries/events';
import { useIncidents } from '../../data/queries/incidents';
import { QueryView } from '../../ui/QueryView';
import { US_RESOURCES } from './resources';
import { UsDailyExplorer } from './UsDailyExplorer';
import { useUsDailyState } from './useUsDailyState';

/** The FBI's daily anti-Muslim incidents 1991–2023, zoomable to any window, as counts or as a share of all. */
export function UsDailyPanel() {
  const data = useDailyCounts(US_RESOURCES.daily);
  const events = useEvents();
  const state = useUsDailyState();
  const incidents = useIncidents(US_RESOURCES.incidents, state.filterOpen);
  return (
    <section aria-labelledby="us-heading" className="panel">
      <h2 id="us-heading">United States: anti-Muslim hate incidents reported to the FBI, 1991–2023</h2>
      <QueryView what="the US daily series" query={data} isEmpty={(d) => d.days.length === 0}>
        {(loaded) => (
          <UsDailyExplorer
            data={loaded}
            events={(events.data ?? []).filter((e) => e.regions.includes('us'))}
            state={state}
            incidents={incidents}
          />
        )}
      </QueryView>
    </section>
  );
}
