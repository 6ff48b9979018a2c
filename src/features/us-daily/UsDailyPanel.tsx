import type { FigureEvent } from '../../core/figure/views/figureInputs';
import { useDailyCounts } from '../../data/queries/dailyCounts';
import { useDataPackage } from '../../data/queries/dataPackage';
import { useEvents } from '../../data/queries/events';
import { useIncidents } from '../../data/queries/incidents';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';
import { RESOURCES } from '../../data/resources';
import { UsDailyExplorer } from './UsDailyExplorer';
import { useKnownFilter } from './useKnownFilter';
import { useUsDailyState } from './useUsDailyState';

/** The FBI's daily anti-Muslim incidents 1991–2023, zoomable to any window, as counts or as a share of all. */
export function UsDailyPanel() {
  const data = useDailyCounts(RESOURCES.usDaily);
  const events = useEvents();
  const linked = useUsDailyState();
  const incidents = useIncidents(RESOURCES.usIncidents, linked.filterOpen);
  const filter = useKnownFilter(linked.filter, incidents);
  const state = filter === linked.filter ? linked : { ...linked, filter, view: { ...linked.view, filter } };
  const dataPackage = useDataPackage();
  return (
    <section aria-labelledby="us-heading" className="panel">
      <h2 id="us-heading">United States: anti-Muslim hate incidents reported to the FBI, 1991–2023</h2>
      <CopyLink view={state.view} />
      <QueryView what="the US daily series" query={data} isEmpty={(d) => d.days.length === 0}>
        {(loaded) => (
          <UsDailyExplorer
            data={loaded}
            events={events.data ?? NO_EVENTS}
            dataVersion={dataPackage.data?.contentHash ?? ''}
            state={state}
            incidents={incidents}
          />
        )}
      </QueryView>
    </section>
  );
}

const NO_EVENTS: readonly FigureEvent[] = [];
