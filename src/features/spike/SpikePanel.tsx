import { useEvents } from '../../data/queries/events';
import { useReportedFigures } from '../../data/queries/reportedFigures';
import { STORY_SPIKE } from '../../core/view/view';
import { useFigureContext } from '../../ui/figure/useFigureContext';
import { viewLink } from '../../ui/figure/viewLink';
import { CopyLink } from '../../ui/page/CopyLink';
import { QueryView } from '../../ui/QueryView';
import { SpikeCard } from './SpikeCard';

/** The reported spikes of 6 June 2017, each measured against its reported daily average. */
export function SpikePanel() {
  const figures = useReportedFigures();
  const events = useEvents();
  const context = useFigureContext({ view: 'versions', spike: STORY_SPIKE });
  return (
    <section aria-labelledby="spike-heading" className="panel">
      <h2 id="spike-heading">The spike, stated and measured</h2>
      <CopyLink view={{ view: 'versions', spike: STORY_SPIKE }} />
      <p className="panel-note">
        Reported figures, as published: no public daily series of the Met’s Islamophobic incidents exists, so
        these are single days set against the averages the police gave.
      </p>
      <QueryView
        what="the reported figures"
        reserve={1000}
        query={figures}
        isEmpty={(f) => f.spikes.length === 0}
      >
        {(data) => (
          <div className="cards">
            {data.spikes.map((figure) => (
              <SpikeCard
                key={figure.id}
                figure={figure}
                sourcesById={data.sourcesById}
                event={events.data?.find((e) => e.id === figure.event)}
                reported={{
                  ...data,
                  ...context,
                  link: viewLink({ view: 'versions', spike: figure.id }),
                }}
              />
            ))}
          </div>
        )}
      </QueryView>
    </section>
  );
}
