import { memo, type PointerEvent, type ReactNode, useId, useState } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { rowAtPixel } from '../../core/figure/readout';
import { px, scaleX, scaleY } from '../../core/figure/scales';
import { fontFamilyFor, THEMES, TYPE } from '../../core/figure/theme';
import type { Figure, FigureRow } from '../../core/figure/types';
import { AxisTitle, CalloutLabels, EventLabels } from '../../figure/FigureParts';
import { AnnotationDots, PlotClip, SeriesMarks, Shades } from '../../figure/SeriesMarks';

interface FigureChartProps {
  readonly figure: Figure;
  /** What the chart shows, for screen readers. */
  readonly label: string;
  /** Renders the tooltip of the row nearest the pointer. */
  readonly tooltip: (row: FigureRow) => ReactNode;
}

/** The height of the time axis under the plot, and the margin under it. */
const X_AXIS = { height: TYPE.tick.line + 6, margin: 4 };

/** Where a figure's chart starts: figure y minus `shift` is chart y; `height` is the chart's. */
function chartBox(figure: Figure): { shift: number; height: number } {
  const shift = figure.y.title.y - TYPE.tick.line;
  return { shift, height: figure.plot.y - shift + figure.plot.height + X_AXIS.height + X_AXIS.margin };
}

/**
 * Draws a figure on the page, at the width it was laid out for, so the page shows what the downloads hold: Recharts
 * draws the frame (grid, axes with the figure's explicit ticks), and the shaded periods, series, events and callouts
 * are drawn over it from the figure model by the same parts as the SVG renderer, each series one path, so that a
 * change of method or window redraws a handful of elements. The row nearest the pointer shows in a tooltip.
 */
export function FigureChart({ figure, label, tooltip }: FigureChartProps) {
  const [hovered, setHovered] = useState(-1);
  const notes = [figure.keyNote, figure.reductionNote].filter((note) => note !== null);
  const point = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const inPlot = x >= figure.plot.x && x <= figure.plot.x + figure.plot.width;
    setHovered(inPlot ? rowAtPixel(figure, x) : -1);
  };
  const row = figure.rows[hovered];
  return (
    <>
      <div
        className="chart figure-chart"
        role="img"
        aria-label={label}
        onPointerMove={point}
        onPointerDown={point}
        onPointerLeave={() => setHovered(-1)}
      >
        <ChartFrame figure={figure} />
        <ChartMarks figure={figure} />
        {row !== undefined && (
          <HoverReadout figure={figure} row={row}>
            {tooltip(row)}
          </HoverReadout>
        )}
      </div>
      {notes.length > 0 && <p className="panel-note figure-notes">{notes.join(' ')}</p>}
    </>
  );
}

/** The chart's frame, drawn by Recharts: the grid, and the axes with the figure's ticks. */
const ChartFrame = memo(function ChartFrame({ figure }: { figure: Figure }) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  const { shift, height } = chartBox(figure);
  const xLabels = new Map(figure.x.ticks.map((t) => [t.value, t.label]));
  const yLabels = new Map(figure.y.ticks.map((t) => [t.value, t.label]));
  return (
    <ComposedChart
      width={figure.width}
      height={height}
      margin={{
        top: plot.y - shift,
        right: figure.width - plot.x - plot.width,
        bottom: X_AXIS.margin,
        left: 0,
      }}
      style={{ fontFamily: fontFamilyFor(400) }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={colours.grid} vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        height={X_AXIS.height}
        domain={[figure.x.domain[0], figure.x.domain[1]]}
        ticks={figure.x.ticks.map((t) => t.value)}
        tickFormatter={(value: number) => xLabels.get(value) ?? ''}
        interval={0}
        allowDataOverflow
        stroke={colours.axis}
        tick={{ fill: colours.muted, fontSize: TYPE.tick.size }}
      />
      <YAxis
        type="number"
        width={plot.x}
        domain={[figure.y.domain[0], figure.y.domain[1]]}
        ticks={figure.y.ticks.map((t) => t.value)}
        tickFormatter={(value: number) => yLabels.get(value) ?? ''}
        interval={0}
        allowDataOverflow
        axisLine={false}
        tickLine={false}
        tick={{ fill: colours.muted, fontSize: TYPE.tick.size }}
      />
    </ComposedChart>
  );
});

/** The shaded periods, series, events, value-axis title and callouts over the frame, by the SVG renderer's parts. */
const ChartMarks = memo(function ChartMarks({ figure }: { figure: Figure }) {
  const clip = useId();
  const { shift, height } = chartBox(figure);
  return (
    <svg
      className="figure-labels"
      width={figure.width}
      height={height}
      aria-hidden="true"
      fontSize={TYPE.event.size}
      fontFamily={fontFamilyFor(400)}
    >
      <defs>
        <PlotClip figure={figure} id={clip} />
      </defs>
      <g transform={`translate(0 ${-shift})`}>
        <AxisTitle line={figure.y.title} theme={figure.theme} />
        <Shades figure={figure} />
        <SeriesMarks figure={figure} clip={clip} />
        <EventLabels figure={figure} lineTo={figure.plot.y + figure.plot.height} />
        <AnnotationDots figure={figure} />
        <CalloutLabels figure={figure} />
      </g>
    </svg>
  );
});

/** A cursor line and a dot at the hovered row, and its tooltip on the side of the plot with more room. */
function HoverReadout({
  figure,
  row,
  children,
}: {
  readonly figure: Figure;
  readonly row: FigureRow;
  readonly children: ReactNode;
}) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  const { shift, height } = chartBox(figure);
  const x = px(scaleX(figure, row.x));
  const onRight = x < plot.x + plot.width / 2;
  return (
    <>
      <svg className="figure-labels" width={figure.width} height={height} aria-hidden="true">
        <g transform={`translate(0 ${-shift})`}>
          <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={colours.axis} />
          {row.value !== null && (
            <circle
              cx={x}
              cy={px(scaleY(figure, row.value))}
              r={4}
              fill={colours.observed}
              stroke={colours.background}
            />
          )}
        </g>
      </svg>
      <div
        className="tooltip figure-tooltip"
        style={
          onRight
            ? { left: x + 12, top: plot.y - shift }
            : { right: figure.width - x + 12, top: plot.y - shift }
        }
      >
        {children}
      </div>
    </>
  );
}
