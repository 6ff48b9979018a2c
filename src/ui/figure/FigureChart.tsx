import type { ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { fontFamilyFor, THEMES, TYPE } from '../../core/figure/theme';
import type { DrawnRow, Figure, FigureRow } from '../../core/figure/types';
import { AxisTitle, CalloutLabels, EventLabels } from '../../figure/FigureParts';
import { alarmDotsPath } from '../../figure/paths';

interface FigureChartProps {
  readonly figure: Figure;
  /** What the chart shows, for screen readers. */
  readonly label: string;
  /** Renders the tooltip of the row nearest the pointer. */
  readonly tooltip: (row: FigureRow) => ReactNode;
}

/** A drawn row with the band as a [low, high] pair, as Recharts takes it. */
interface ChartRow extends DrawnRow {
  readonly band: readonly [number, number] | null;
}

/**
 * Draws a figure with Recharts: the figure's own rows (reduced to the width), explicit ticks, colours, events,
 * shades and callouts, at the width it was laid out for, so the page shows what the downloads hold.
 */
export function FigureChart({ figure, label, tooltip }: FigureChartProps) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  // The chart starts at the value axis's title: figure y minus `shift` is chart y.
  const shift = figure.y.title.y - TYPE.tick.line;
  const top = plot.y - shift;
  const height = top + plot.height + TYPE.tick.line + 10;
  const rows: ChartRow[] = figure.drawn.map((row) => ({
    ...row,
    band: row.expected !== null && row.upper !== null ? [row.expected, row.upper] : null,
  }));
  const byX = new Map(figure.rows.map((row) => [row.x, row]));
  const xLabels = new Map(figure.x.ticks.map((t) => [t.value, t.label]));
  const yLabels = new Map(figure.y.ticks.map((t) => [t.value, t.label]));
  const hasBand = rows.some((r) => r.band !== null);
  const hasExpected = rows.some((r) => r.expected !== null);
  const notes = [figure.keyNote, figure.reductionNote].filter((note) => note !== null);
  const alarmDots = alarmDotsPath(figure, figure.drawn, 3, shift);
  return (
    <>
      <div className="chart figure-chart" role="img" aria-label={label}>
        <ComposedChart
          width={figure.width}
          height={height}
          data={rows}
          margin={{ top, right: figure.width - plot.x - plot.width, bottom: 4, left: 0 }}
          style={{ fontFamily: fontFamilyFor(400) }}
        >
          <CartesianGrid stroke={colours.grid} vertical={false} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[figure.x.domain[0], figure.x.domain[1]]}
            ticks={figure.x.ticks.map((t) => t.value)}
            tickFormatter={(value: number) => xLabels.get(value) ?? ''}
            interval={0}
            allowDataOverflow
            stroke={colours.axis}
            tick={{ fill: colours.muted, fontSize: TYPE.tick.size }}
          />
          <YAxis
            width={plot.x}
            domain={[figure.y.domain[0], figure.y.domain[1]]}
            ticks={figure.y.ticks.map((t) => t.value)}
            tickFormatter={(value: number) => yLabels.get(value) ?? ''}
            interval={0}
            axisLine={false}
            tickLine={false}
            tick={{ fill: colours.muted, fontSize: TYPE.tick.size }}
          />
          {figure.shades.map((shade) => (
            <ReferenceArea
              key={shade.label}
              x1={shade.from}
              x2={shade.to + 1}
              fill={colours.shade}
              fillOpacity={1}
            />
          ))}
          <Tooltip
            content={(props: TooltipContentProps<ValueType, NameType>) => {
              const x = (props.payload?.[0]?.payload as ChartRow | undefined)?.x;
              const row = x === undefined ? undefined : byX.get(x);
              return props.active && row !== undefined ? <div className="tooltip">{tooltip(row)}</div> : null;
            }}
          />
          {hasBand && (
            <Area
              dataKey="band"
              stroke="none"
              fill={colours.band}
              fillOpacity={0.6}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          {hasExpected && (
            <Line
              dataKey="expected"
              stroke={colours.expected}
              strokeWidth={1.5}
              strokeDasharray="5 4"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          )}
          <Line
            type="linear"
            dataKey="value"
            stroke={colours.observed}
            strokeWidth={1.75}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          {figure.events.map((event) => (
            <ReferenceLine
              key={event.id}
              x={event.x}
              stroke={colours.event}
              strokeDasharray="2 3"
              ifOverflow="hidden"
            />
          ))}
          {figure.annotations.map((note) => (
            <ReferenceDot
              key={note.kind}
              x={note.x}
              y={note.value}
              r={4}
              fill={colours.peak}
              stroke={colours.background}
            />
          ))}
        </ComposedChart>
        {/* Above the chart's own layers, so no band or line ever covers a label. */}
        <svg
          className="figure-labels"
          width={figure.width}
          height={height}
          aria-hidden="true"
          fontSize={TYPE.event.size}
          fontFamily={fontFamilyFor(400)}
        >
          <AxisTitle line={figure.y.title} theme={figure.theme} shift={shift} />
          {/* The alarm dots, one path however many there are: a dot per row as Recharts draws them costs a frame. */}
          {alarmDots !== '' && <path d={alarmDots} fill={colours.alarm} className="alarm-dots" />}
          <EventLabels figure={figure} shift={shift} lineTo={top} />
          <CalloutLabels figure={figure} shift={shift} />
        </svg>
      </div>
      {notes.length > 0 && <p className="panel-note figure-notes">{notes.join(' ')}</p>}
    </>
  );
}
