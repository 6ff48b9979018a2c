import { px, scaleX, scaleY } from '../core/figure/scales';
import { THEMES, TYPE } from '../core/figure/theme';
import type { Figure, LegendEntry } from '../core/figure/types';
import { AxisTitle, CalloutLabels, EventLabels, SvgFrame } from './FigureParts';
import { AnnotationDots, PlotClip, SeriesMarks, Shades } from './SeriesMarks';

interface FigureSvgProps {
  readonly figure: Figure;
  /** `@font-face` CSS to embed (downloads), or null when the page already has the font. */
  readonly fontFace?: string | null;
  /** False leaves the background transparent (an embed on a host page). */
  readonly background?: boolean;
}

/**
 * Draws a figure as plain SVG: no chart library, no DOM measurement, every position from the figure model, so
 * `renderToStaticMarkup` gives the same text in the browser and in Node.
 */
export function FigureSvg({ figure, fontFace = null, background = true }: FigureSvgProps) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  const clip = `plot-${figure.view}`;
  const bottom = plot.y + plot.height;
  return (
    <SvgFrame figure={figure} fontFace={fontFace} background={background}>
      <defs>
        <PlotClip figure={figure} id={clip} />
      </defs>
      {figure.legend.map((entry) => (
        <Legend key={entry.label} entry={entry} theme={figure.theme} />
      ))}
      <AxisTitle line={figure.y.title} theme={figure.theme} />
      <g fontSize={TYPE.tick.size} fill={colours.muted}>
        {figure.y.ticks.map((tick) => {
          const y = px(scaleY(figure, tick.value));
          return (
            <g key={tick.value}>
              <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke={colours.grid} />
              <text x={plot.x - 6} y={y + 4} textAnchor="end">
                {tick.label}
              </text>
            </g>
          );
        })}
      </g>
      <Shades figure={figure} />
      <SeriesMarks figure={figure} clip={clip} />
      <EventLabels figure={figure} lineTo={bottom} />
      <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke={colours.axis} />
      <g fontSize={TYPE.tick.size} fill={colours.muted}>
        {figure.x.ticks.map((tick) => {
          const x = px(scaleX(figure, tick.value));
          return (
            <g key={tick.value}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + 4} stroke={colours.axis} />
              <text x={x} y={bottom + 16} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          );
        })}
      </g>
      <AnnotationDots figure={figure} />
      <CalloutLabels figure={figure} />
    </SvgFrame>
  );
}

function Legend({ entry, theme }: { entry: LegendEntry; theme: Figure['theme'] }) {
  const colours = THEMES[theme];
  const { x, y } = entry;
  const swatch = (() => {
    switch (entry.mark) {
      case 'line':
        return <line x1={x} x2={x + 18} y1={y} y2={y} stroke={colours.observed} strokeWidth={2} />;
      case 'dashed':
        return (
          <line
            x1={x}
            x2={x + 18}
            y1={y}
            y2={y}
            stroke={colours.expected}
            strokeWidth={1.5}
            strokeDasharray="5 4"
          />
        );
      case 'band':
        return <rect x={x} y={y - 5} width={18} height={10} fill={colours.band} fillOpacity={0.6} />;
      case 'dot':
        return <circle cx={x + 9} cy={y} r={3} fill={colours.alarm} />;
      case 'shade':
        return <rect x={x} y={y - 5} width={18} height={10} fill={colours.shade} />;
      case 'event':
        return (
          <line x1={x + 9} x2={x + 9} y1={y - 6} y2={y + 6} stroke={colours.event} strokeDasharray="2 3" />
        );
    }
  })();
  return (
    <g>
      {swatch}
      <text x={x + 23} y={y + 4} fontSize={TYPE.legend.size} fill={colours.text}>
        {entry.label}
      </text>
    </g>
  );
}
