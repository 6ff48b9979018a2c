import { formatIsoDate } from '../../core/dates';
import { useEvents } from '../../data/queries/events';
import { useQuotes } from '../../data/queries/quotes';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';

/** The article's quotes, word for word, each with speaker, role, the event it answers and its source. */
export function QuotesPanel() {
  const quotes = useQuotes();
  const events = useEvents();
  return (
    <aside aria-labelledby="quotes-heading" className="panel quotes">
      <h2 id="quotes-heading">What they said</h2>
      <QueryView what="the quotes" query={quotes} isEmpty={(q) => q.length === 0}>
        {(list) => (
          <ul className="quote-list">
            {list.map((quote) => {
              const event = events.data?.find((e) => e.id === quote.event);
              return (
                <li key={quote.id}>
                  <figure>
                    {quote.context === null ? (
                      <blockquote>
                        {quote.paragraphs.map((paragraph) => (
                          <p key={paragraph}>{paragraph}</p>
                        ))}
                      </blockquote>
                    ) : (
                      <QuoteInContext context={quote.context} words={quote.paragraphs.join(' ')} />
                    )}
                    <figcaption>
                      <strong>{quote.speaker}</strong>, {quote.role}
                      {event ? ` — on the ${event.name} (${formatIsoDate(event.date)})` : ''}
                      <SourceLine sources={[quote.source]} />
                    </figcaption>
                  </figure>
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
    </aside>
  );
}

/** The reporter's sentence, word for word, with the quoted words marked. */
function QuoteInContext({ context, words }: { readonly context: string; readonly words: string }) {
  const at = context.indexOf(words);
  if (at < 0) return <p className="reported">{context}</p>;
  return (
    <p className="reported">
      {context.slice(0, at)}
      <mark>{words}</mark>
      {context.slice(at + words.length)}
    </p>
  );
}
