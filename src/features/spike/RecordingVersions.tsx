import { formatIsoDate } from '../../core/dates';
import { barFigure } from '../../core/figure/barFigure';
import { committedDaysSpec, recordingSpikeReading } from '../../core/figure/views/committedDays';
import { formatCount } from '../../core/format';
import type { Source } from '../../core/provenance';
import type { SpikeFigure } from '../../data/schemas/reportedFigures';
import { BarFigureChart } from '../../ui/figure/BarFigureChart';
import { useElementWidth } from '../../ui/figure/useElementWidth';
import { SourceLinks } from '../../ui/SourceLinks';

interface RecordingVersionsProps {
  readonly figure: SpikeFigure;
  readonly pick: (ids: readonly string[]) => Source[];
  readonly dataVersion: string;
  readonly link: string;
}

/**
 * The later official counts of a day's crimes, by the day recorded and by the day committed, with a bar chart of the
 * days committed where an answer gives them, and what that means for the spike.
 */
export function RecordingVersions({ figure, pick, dataVersion, link }: RecordingVersionsProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(520);
  const versions = figure.recordingVersions;
  const detailed = versions.find((v) => v.byDayCommitted !== null);
  if (versions.length === 0) return null;
  const days =
    detailed?.byDayCommitted == null
      ? null
      : {
          recordedOn: figure.date,
          recorded: detailed.recorded,
          publishedAt: detailed.publishedAt,
          byDayCommitted: detailed.byDayCommitted,
          sources: pick(detailed.sources),
        };
  const spec = days === null ? null : committedDaysSpec(days, { dataVersion, link });
  const chart = spec === null ? null : barFigure(spec, { width: Math.min(width, 560) });
  return (
    <section
      className="recording-versions"
      aria-labelledby={`${figure.id}-recorded`}
      data-testid="recording-versions"
    >
      <h4 id={`${figure.id}-recorded`}>Recorded on {formatIsoDate(figure.date)}, committed when?</h4>
      <ul>
        {versions.map((version) => (
          <li key={`${version.recorded}/${version.publishedAt}`}>
            {formatCount(version.recorded)} recorded, {formatCount(version.committedOnTheDay)} committed that
            day ({formatIsoDate(version.publishedAt)}:{' '}
            <SourceLinks sources={pick(version.sources)} separator=", " />)
            {version.note === null ? '' : `. ${version.note}`}
          </li>
        ))}
      </ul>
      {days !== null && <p data-testid="recording-reading">{recordingSpikeReading(days)}</p>}
      {spec !== null && chart !== null && (
        <div ref={ref} className="figure-frame">
          <BarFigureChart figure={chart} spec={spec} label={`Bar chart: ${chart.summary}`} />
        </div>
      )}
      <p className="panel-note">
        The Met counts by the day a crime is recorded; the FBI&rsquo;s incident file by the day of the
        incident.
      </p>
    </section>
  );
}
