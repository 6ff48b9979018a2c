import { daysBetween, formatIsoDate, weekdayOf } from '../../core/dates';
import { formatCount, formatInterval, formatProbability, formatRatio, formatSigned } from '../../core/format';
import type { Source } from '../../core/provenance';
import { spikeTest } from '../../core/stats/spikeTest';
import type { SourcedEvent } from '../../data/queries/events';
import type { SpikeFigure } from '../../data/schemas/reportedFigures';
import { SourceLine } from '../../ui/SourceLine';
import { DispersionSensitivity } from './DispersionSensitivity';
import { RecordingVersions } from './RecordingVersions';
import { SpikeVersions } from './SpikeVersions';
import type { ReportedInput } from '../../core/figure/views/reportedInputs';

interface SpikeCardProps {
  readonly figure: SpikeFigure;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly event: SourcedEvent | undefined;
  /** The reported figures with the data version and this spike's link, for the versions table's downloads. */
  readonly reported: ReportedInput;
}

/** A reported daily count against its daily average: the figure, the exact Poisson measures and every version. */
export function SpikeCard({ figure, sourcesById, event, reported }: SpikeCardProps) {
  const [main] = figure.versions;
  if (main === undefined) return null;
  const test = spikeTest(main.observed, main.expected);
  const pick = (ids: readonly string[]) => ids.flatMap((id) => sourcesById.get(id) ?? []);
  const headingId = `spike-${figure.id}`;
  return (
    <article className="card spike-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {figure.label}, {figure.area}, {formatIsoDate(figure.date)}
      </h3>
      <p className="headline-figure">
        <span className="big-number" data-testid="observed">
          {formatCount(main.observed)}
        </span>{' '}
        recorded, against a {figure.expectedLabel} of{' '}
        <span className="big-number secondary" data-testid="expected">
          {formatCount(main.expected, 2)}
        </span>
      </p>
      {event && (
        <p className="event-link">
          {formatIsoDate(figure.date)} was {daysBetween(event.date, figure.date)} days after the {event.name}{' '}
          ({formatIsoDate(event.date)}). Reported by: {figure.publisher}.
        </p>
      )}
      <dl className="stats">
        <div>
          <dt>Ratio</dt>
          <dd data-testid="ratio">{formatRatio(test.ratio)}</dd>
        </div>
        <div>
          <dt>Excess</dt>
          <dd data-testid="excess">{formatSigned(test.excess)}</dd>
        </div>
        <div>
          <dt>
            P(≥ {main.observed} | {formatCount(main.expected, 2)} expected)
          </dt>
          <dd data-testid="p-value">{formatProbability(test.pValue)}</dd>
        </div>
        <div>
          <dt>95% interval, count</dt>
          <dd data-testid="count-interval">{formatInterval(test.countInterval)}</dd>
        </div>
        <div>
          <dt>95% interval, ratio</dt>
          <dd data-testid="ratio-interval">
            {formatRatio(test.ratioInterval.lower)} to {formatRatio(test.ratioInterval.upper)}
          </dd>
        </div>
      </dl>
      <details className="assumptions">
        <summary>What these numbers assume, and what they do not tell</summary>
        <p>
          The probability is the exact one-sided Poisson tail: the chance of {main.observed} or more incidents
          in a day if incidents arrive independently at a steady rate of {formatCount(main.expected, 2)} a
          day. The intervals are exact (Garwood) 95% intervals for the day’s underlying rate, and for that
          rate divided by {formatCount(main.expected, 2)}. Both take the {formatCount(main.expected, 2)} as
          known without error, although it is itself an average over the year so far.
        </p>
        <p>
          They do not tell how many incidents were never reported, nor whether reporting or recording changed
          after the attack (more people coming forward, more police attention): a rise in recorded incidents
          is not the same as a rise in incidents. Days cluster, so counts vary more than a Poisson count
          would, and the probability is then too small: the table shows by how much.
        </p>
        <DispersionSensitivity observed={main.observed} expected={main.expected} />
      </details>
      <SpikeVersions figure={figure} pick={pick} reported={reported} />
      <RecordingVersions
        figure={figure}
        pick={pick}
        dataVersion={reported.dataVersion}
        link={reported.link}
      />
      <p className="day-check">
        {formatIsoDate(figure.date)} fell on a {weekdayOf(figure.date)}. The sources name the day as:{' '}
        {figure.dayVersions.map((day, index) => (
          <span key={day.label}>
            {index > 0 && '; '}“{day.label}” (
            {pick(day.sources)
              .map((s) => s.publisher)
              .join(', ')}
            )
          </span>
        ))}
        .
      </p>
      <SourceLine sources={pick(main.sources)} />
    </article>
  );
}
