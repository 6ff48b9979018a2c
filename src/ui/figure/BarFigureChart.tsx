import { Bar, BarChart, CartesianGrid, Tooltip, type TooltipContentProps, XAxis, YAxis } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import type { BarFigure, BarSpec } from '../../core/figure/barFigure';
import { barReadout } from '../../core/figure/readout';
import { fontFamilyFor, THEMES, TYPE } from '../../core/figure/theme';
import { BarMarks } from '../../figure/BarFigureSvg';
import { AxisTitle } from '../../figure/FigureParts';

interface BarFigureChartProps {
  readonly figure: BarFigure;
  readonly spec: BarSpec;
  /** What the chart shows, for screen readers. */
  readonly label: string;
}

/** Height of the value axis under the plot: its ticks and their labels. */
const AXIS_HEIGHT = TYPE.tick.line + 10;

/**
 * Draws a bar figure with Recharts: the figure's bars in its bands, its ticks and colours, its labels, values and
 * reference line laid over them, at the width it was laid out for, so the page shows what the downloads hold.
 */
export function BarFigureChart({ figure, spec, label }: BarFigureChartProps) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  // The chart starts at the value axis's title: figure y minus `shift` is chart y.
  const shift = figure.value.title.y - TYPE.tick.line;
  const top = plot.y - shift;
  const height = top + plot.height + AXIS_HEIGHT;
  const tickLabels = new Map(figure.value.ticks.map((t) => [t.value, t.label]));
  const byId = new Map(spec.bars.map((bar) => [bar.id, bar]));
  return (
    <div className="chart figure-chart" role="img" aria-label={label}>
      <BarChart
        layout="vertical"
        width={figure.width}
        height={height}
        data={figure.bars.map((bar) => ({ id: bar.id, value: bar.value }))}
        margin={{ top, right: figure.width - plot.x - plot.width, bottom: 0, left: plot.x }}
        barCategoryGap={figure.band.height - figure.band.bar}
        style={{ fontFamily: fontFamilyFor(400) }}
      >
        <CartesianGrid stroke={colours.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[figure.value.domain[0], figure.value.domain[1]]}
          ticks={figure.value.ticks.map((t) => t.value)}
          tickFormatter={(value: number) => tickLabels.get(value) ?? ''}
          interval={0}
          height={AXIS_HEIGHT}
          stroke={colours.axis}
          tick={{ fill: colours.muted, fontSize: TYPE.tick.size }}
        />
        <YAxis type="category" dataKey="id" hide />
        <Tooltip
          cursor={{ fill: colours.grid, fillOpacity: 0.5 }}
          content={(props: TooltipContentProps<ValueType, NameType>) => {
            const id = (props.payload?.[0]?.payload as { id: string } | undefined)?.id;
            const bar = id === undefined ? undefined : byId.get(id);
            return props.active && bar !== undefined ? (
              <div className="tooltip">{barReadout(spec, bar)}</div>
            ) : null;
          }}
        />
        <Bar dataKey="value" fill={colours.observed} barSize={figure.band.bar} isAnimationActive={false} />
      </BarChart>
      {/* Above the bars, so no bar covers a label. */}
      <svg
        className="figure-labels"
        width={figure.width}
        height={height}
        aria-hidden="true"
        fontFamily={fontFamilyFor(400)}
      >
        <AxisTitle line={figure.value.title} theme={figure.theme} shift={shift} />
        <BarMarks figure={figure} shift={shift} bars={false} />
      </svg>
    </div>
  );
}
