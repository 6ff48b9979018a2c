import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatIsoDate } from '../../core/dates';
import { eventLine } from '../../ui/charts/eventLine';
import { peakDot } from '../../ui/charts/peakDot';
import { formatCount, formatRatio } from '../../core/format';
import type { BaselineComparison } from '../../core/series/compareWithBaseline';
import type { MonthlyChartModel } from './monthlyChartModel';

/** The monthly series as a line, its trailing-mean baseline dashed, events as vertical lines. */
export function MonthlyChart({
  model,
  label,
}: {
  readonly model: MonthlyChartModel;
  readonly label: string;
}) {
  const { rows, events, highestCount, comparableFrom } = model;
  const notComparable = comparableFrom === null ? [] : rows.filter((r) => r.date < comparableFrom);
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={380} initialDimension={{ width: 800, height: 380 }}>
        <ComposedChart
          data={rows as BaselineComparison[]}
          margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(0, 4)} interval={11} minTickGap={8} />
          <YAxis tickFormatter={(v: number) => formatCount(v)} width={56} />
          <Tooltip content={MonthlyTooltip} />
          {notComparable.length > 0 && (
            <ReferenceArea
              x1={notComparable[0]?.date}
              x2={notComparable[notComparable.length - 1]?.date}
              fill="#999"
              fillOpacity={0.15}
              label={{ value: 'recorded differently', position: 'insideTop', fontSize: 11 }}
            />
          )}
          {events.map((event) => eventLine(event, event.month, 120))}
          <Line
            type="monotone"
            dataKey="expected"
            name="Trailing mean"
            stroke="#777"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Line
            type="linear"
            dataKey="observed"
            name="Recorded"
            stroke="#1f4e79"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {highestCount?.observed != null &&
            peakDot(highestCount.date, highestCount.observed, formatCount(highestCount.observed))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

function MonthlyTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const row = payload?.[0]?.payload as BaselineComparison | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="tooltip">
      <strong>{formatIsoDate(row.date)}</strong>
      <div>Recorded: {row.observed === null ? 'missing' : formatCount(row.observed)}</div>
      <div>Baseline: {row.expected === null ? `none (${row.reason})` : formatCount(row.expected, 0)}</div>
      {row.ratio !== null && <div>Ratio: {formatRatio(row.ratio, 2)}</div>}
    </div>
  );
}
