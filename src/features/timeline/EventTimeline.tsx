import { useState } from 'react';
import { formatIsoDate } from '../../core/dates';
import { useEvents } from '../../data/queries/events';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';

const REGION_LABELS = { uk: 'UK series', us: 'US series' } as const;

/** The events of the story in date order, each with its date, one line and sources; the wider catalogue on request. */
export function EventTimeline() {
  const events = useEvents();
  const [showCatalogue, setShowCatalogue] = useState(false);
  return (
    <section aria-labelledby="timeline-heading" className="panel">
      <h2 id="timeline-heading">The events of the story</h2>
      <QueryView what="the events" query={events} isEmpty={(list) => list.length === 0}>
        {(list) => {
          const shown = showCatalogue ? list : list.filter((e) => e.inStory);
          return (
            <>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={showCatalogue}
                  onChange={(e) => setShowCatalogue(e.target.checked)}
                />{' '}
                Show the wider catalogue of {list.length} events, UK and US
              </label>
              <ol className="timeline">
                {shown.map((event) => (
                  <li key={event.id}>
                    <time dateTime={event.date}>{formatIsoDate(event.date)}</time>
                    <div>
                      <strong>{event.name}</strong> <span className="place">({event.place})</span>
                      <p>{event.description}</p>
                      <p className="regions">
                        Marked on: {event.regions.map((r) => REGION_LABELS[r]).join(', ')}
                      </p>
                      <SourceLine sources={event.sources} />
                    </div>
                  </li>
                ))}
              </ol>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
