import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIsoDate } from '../../core/dates';
import { formatCount, formatRatio, formatSigned } from '../../core/format';
import { spikeTest } from '../../core/stats/spikeTest';
import { type SourcedEvent, useEvents } from '../../data/queries/events';
import { type SourcedReportedFigures, useReportedFigures } from '../../data/queries/reportedFigures';
import type { EventComparison } from '../../data/schemas/reportedFigures';
import { QueryView } from '../../ui/QueryView';
import { SourceLine } from '../../ui/SourceLine';

/** The police's national comparison: hate crimes two days after each 2017 attack against the 2016 daily average. */
export function NationalComparison() {
  const figures = useReportedFigures();
  const events = useEvents();
  return (
    <section aria-labelledby="national-heading" className="panel">
      <h2 id="national-heading">The national comparison the police published</h2>
      <QueryView
        what="the national comparison"
        reserve={560}
        query={figures}
        isEmpty={(f) => f.comparisons.length === 0}
      >
        {(data) => (
          <>
            {data.comparisons.map((comparison) => (
              <ComparisonView
                key={comparison.id}
                comparison={comparison}
                figures={data}
                events={events.data ?? []}
              />
            ))}
          </>
        )}
      </QueryView>
    </section>
  );
}

interface ComparisonViewProps {
  readonly comparison: EventComparison;
  readonly figures: SourcedReportedFigures;
  readonly events: readonly SourcedEvent[];
}

function ComparisonView({ comparison, figures, events }: ComparisonViewProps) {
  const rows = comparison.counts.map((entry) => {
    const event = events.find((e) => e.id === entry.event);
    const test = spikeTest(entry.count, comparison.expected);
    return {
      ...entry,
      name: event?.name ?? entry.event,
      date: event?.date ?? null,
      ratio: test.ratio,
      excess: test.excess,
    };
  });
  const sources = comparison.sources.flatMap((id) => figures.sourcesById.get(id) ?? []);
  return (
    <>
      <p className="panel-note">
        {comparison.label}, {comparison.area}, against the {comparison.expectedLabel}:{' '}
        {formatCount(comparison.expected)}.
      </p>
      <div
        className="chart"
        role="img"
        aria-label={`Bar chart: ${comparison.label} against ${comparison.expected} a day`}
      >
        <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
          <BarChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e5e5" vertical={false} />
            <XAxis dataKey="name" />
            <YAxis width={48} />
            <Tooltip formatter={(value) => [String(value), 'Hate crimes recorded']} />
            <Bar dataKey="count" fill="#1f4e79" isAnimationActive={false} />
            <ReferenceLine
              y={comparison.expected}
              stroke="#b03a2e"
              strokeDasharray="6 4"
              label={{
                value: `2016 average: ${comparison.expected}`,
                position: 'insideBottomRight',
                fontSize: 12,
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="comparison">
        <caption>{comparison.label}</caption>
        <thead>
          <tr>
            <th scope="col">Attack</th>
            <th scope="col">Recorded</th>
            <th scope="col">Ratio to {formatCount(comparison.expected)}</th>
            <th scope="col">Excess</th>
            <th scope="col">Week after, vs same week of 2016 (published)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.event}>
              <th scope="row">
                {row.name}
                {row.date !== null && ` (${formatIsoDate(row.date)})`}
              </th>
              <td>{formatCount(row.count)}</td>
              <td>{formatRatio(row.ratio, 2)}</td>
              <td>{formatSigned(row.excess, 0)}</td>
              <td>{formatSigned(row.weekChangePercent, 0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceLine sources={sources} />
    </>
  );
}
