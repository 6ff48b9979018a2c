import {
  Brush,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatCount } from '../../core/format';
import type { Measure, UsDailyModel, UsDailyRow } from './usDailyModel';

interface UsDailyChartProps {
  readonly model: UsDailyModel;
  readonly measure: Measure;
  readonly label: string;
  /** Called with the first and last row shown when the reader drags the brush. */
  readonly onWindowChange: (start: UsDailyRow, end: UsDailyRow) => void;
}

const formatValue = (measure: Measure, value: number) =>
  measure === 'count' ? formatCount(value) : `${value.toFixed(value < 10 ? 1 : 0)}%`;

/** The US series as a line over a brush that zooms to any window; events as vertical lines. */
export function UsDailyChart({ model, measure, label, onWindowChange }: UsDailyChartProps) {
  const { rows, startIndex, endIndex, events, peak } = model;
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={400} initialDimension={{ width: 800, height: 400 }}>
        <LineChart data={rows as UsDailyRow[]} margin={{ top: 28, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="date" minTickGap={40} />
          <YAxis width={56} tickFormatter={(v: number) => formatValue(measure, v)} />
          <Tooltip
            content={(props: TooltipContentProps<ValueType, NameType>) => (
              <UsTooltip {...props} measure={measure} />
            )}
          />
          {events.map((event) => (
            <ReferenceLine
              key={event.id}
              x={event.period}
              stroke="#b03a2e"
              strokeDasharray="2 3"
              label={{
                value: event.name,
                position: 'insideTopLeft',
                angle: -90,
                fontSize: 11,
                fill: '#7b241c',
                dx: 4,
                dy: 130,
              }}
            />
          ))}
          <Line
            type="linear"
            dataKey="value"
            stroke="#1f4e79"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          {peak?.value != null && (
            <ReferenceDot
              x={peak.date}
              y={peak.value}
              r={4}
              fill="#b03a2e"
              stroke="none"
              label={{
                value: `${peak.date}: ${formatValue(measure, peak.value)}`,
                position: 'top',
                fontSize: 12,
              }}
            />
          )}
          <Brush
            dataKey="date"
            height={28}
            travellerWidth={10}
            startIndex={startIndex}
            endIndex={endIndex}
            onChange={(range) => {
              const start = rows[range.startIndex ?? 0];
              const end = rows[range.endIndex ?? rows.length - 1];
              if (start && end) onWindowChange(start, end);
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function UsTooltip({
  active,
  payload,
  measure,
}: TooltipContentProps<ValueType, NameType> & { measure: Measure }) {
  const row = payload?.[0]?.payload as UsDailyRow | undefined;
  if (!active || row === undefined) return null;
  return (
    <div className="tooltip">
      <strong>
        {row.date}
        {row.days > 1 ? ` (${row.days} days)` : ''}
      </strong>
      <div>Anti-Muslim incidents: {row.count === null ? 'missing' : formatCount(row.count)}</div>
      <div>All hate incidents: {row.allCount === null ? 'missing' : formatCount(row.allCount)}</div>
      {measure === 'share' && row.value !== null && <div>Share: {row.value.toFixed(2)}%</div>}
    </div>
  );
}
