import { formatIsoDate } from '../../core/dates';
import { useEvents } from '../../data/queries/events';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';

/** The events of the story in date order, each with its date, one line and sources. */
export function EventTimeline() {
  const events = useEvents();
  return (
    <section aria-labelledby="timeline-heading" className="panel">
      <h2 id="timeline-heading">The events of the story</h2>
      <QueryView what="the events" query={events} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <ol className="timeline">
            {list.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date}>{formatIsoDate(event.date)}</time>
                <div>
                  <strong>{event.name}</strong> <span className="place">({event.place})</span>
                  <p>{event.description}</p>
                  <SourceLine sources={event.sources} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
