import {
  Area,
  Brush,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { formatCount } from '../../core/format';
import { eventLine } from '../../ui/charts/eventLine';
import { peakDot } from '../../ui/charts/peakDot';
import type { Measure, UsDailyModel, UsDailyRow } from './usDailyModel';

/** A plotted row with what a baseline method computed for it. */
export interface ChartRow extends UsDailyRow {
  readonly expected: number | null;
  readonly band: readonly [number, number] | null;
  /** The observed value on alarm rows, null elsewhere: drawn as dots. */
  readonly alarmValue: number | null;
}

interface UsDailyChartProps {
  readonly model: UsDailyModel;
  readonly rows: readonly ChartRow[];
  readonly measure: Measure;
  readonly label: string;
  /** Called with the first and last row shown when the reader drags the brush. */
  readonly onWindowChange: (start: UsDailyRow, end: UsDailyRow) => void;
}

const formatValue = (measure: Measure, value: number) =>
  measure === 'count' ? formatCount(value) : `${value.toFixed(value < 10 ? 1 : 0)}%`;

/** The US series as a line over a brush that zooms to any window; events as vertical lines. */
export function UsDailyChart({ model, rows, measure, label, onWindowChange }: UsDailyChartProps) {
  const { startIndex, endIndex, events, peak } = model;
  const withBaseline = rows.some((row) => row.expected !== null);
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={400} initialDimension={{ width: 800, height: 400 }}>
        <ComposedChart data={rows as ChartRow[]} margin={{ top: 28, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="date" minTickGap={40} />
          <YAxis width={56} tickFormatter={(v: number) => formatValue(measure, v)} />
          <Tooltip
            content={(props: TooltipContentProps<ValueType, NameType>) => (
              <UsTooltip {...props} measure={measure} />
            )}
          />
          {events.map((event) => eventLine(event, event.period, 130))}
          {withBaseline && (
            <Area
              dataKey="band"
              name="Expected to upper bound"
              stroke="none"
              fill="#9bb7d4"
              fillOpacity={0.45}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          {withBaseline && (
            <Line
              dataKey="expected"
              name="Expected"
              stroke="#555"
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          <Line
            type="linear"
            dataKey="value"
            stroke="#1f4e79"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          {withBaseline && (
            <Line
              dataKey="alarmValue"
              name="Alarm"
              stroke="none"
              dot={{ r: 3, fill: '#b03a2e', stroke: 'none', className: 'alarm-dot' }}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          {peak?.value != null &&
            peakDot(peak.date, peak.value, `${peak.date}: ${formatValue(measure, peak.value)}`)}
          <Brush
            // A new set of rows (another resolution) gets a new brush: the old one's positions would be NaN.
            key={rows.length}
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
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

function UsTooltip({
  active,
  payload,
  measure,
}: TooltipContentProps<ValueType, NameType> & { measure: Measure }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
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
      {row.band !== null && (
        <div>
          Expected: {row.expected?.toFixed(2)}; upper bound: {row.band[1].toFixed(2)}
          {row.alarmValue !== null ? ' — alarm' : ''}
        </div>
      )}
    </div>
  );
}
