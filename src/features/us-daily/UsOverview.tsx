import { memo, useMemo } from 'react';
import { Brush, Line, LineChart } from 'recharts';
import { THEMES } from '../../core/figure/theme';
import { aggregateCounts, type CountPair } from '../../core/series/aggregate';
import { periodBounds } from '../../core/series/periods';

interface UsOverviewProps {
  readonly days: readonly CountPair[];
  readonly width: number;
  readonly from: string;
  readonly to: string;
  /** Called with the first and last day of the months the reader drags the brush over. */
  readonly onWindowChange: (from: string, to: string) => void;
}

/**
 * The whole series by month, small, under the chart: its brush sets the window the chart shows. It redraws only when
 * its own props change, never for a change of method.
 */
export const UsOverview = memo(function UsOverview({
  days,
  width,
  from,
  to,
  onWindowChange,
}: UsOverviewProps) {
  const months = useMemo(() => aggregateCounts(days, 'month'), [days]);
  const index = (day: string, fallback: number) => {
    const found = months.findIndex((m) => m.date === day.slice(0, 7));
    return found < 0 ? fallback : found;
  };
  const colours = THEMES.light;
  return (
    <div
      className="overview"
      aria-label="Whole series by month: drag the brush to choose the window"
      role="group"
    >
      <LineChart
        width={width}
        height={64}
        data={months as CountPair[]}
        margin={{ top: 4, right: 6, bottom: 0, left: 6 }}
      >
        <Line dataKey="count" stroke={colours.muted} strokeWidth={1} dot={false} isAnimationActive={false} />
        <Brush
          // A new set of rows gets a new brush: the old one's positions would be NaN.
          key={months.length}
          dataKey="date"
          height={28}
          travellerWidth={10}
          startIndex={index(from, 0)}
          endIndex={index(to, months.length - 1)}
          onChange={(range) => {
            const start = months[range.startIndex ?? 0];
            const end = months[range.endIndex ?? months.length - 1];
            if (start && end)
              onWindowChange(periodBounds(start.date, 'month').first, periodBounds(end.date, 'month').last);
          }}
        />
      </LineChart>
    </div>
  );
});
