import { type BarFigure, scaleBar } from '../core/figure/barFigure';
import { px } from '../core/figure/scales';
import { fontFamilyFor, THEMES, TYPE } from '../core/figure/theme';
import { AxisTitle, SvgFrame, TextLines } from './FigureParts';

interface BarFigureSvgProps {
  readonly figure: BarFigure;
  /** `@font-face` CSS to embed (downloads), or null when the page already has the font. */
  readonly fontFace?: string | null;
  /** False leaves the background transparent (an embed on a host page). */
  readonly background?: boolean;
}

/** Draws a bar figure as plain SVG, every position from the figure model: the same text in the browser and in Node. */
export function BarFigureSvg({ figure, fontFace = null, background = true }: BarFigureSvgProps) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  const bottom = plot.y + plot.height;
  return (
    <SvgFrame figure={figure} fontFace={fontFace} background={background}>
      <AxisTitle line={figure.value.title} theme={figure.theme} />
      <g fontSize={TYPE.tick.size} fill={colours.muted}>
        {figure.value.ticks.map((tick) => {
          const x = px(scaleBar(figure, tick.value));
          return (
            <g key={tick.value}>
              <line x1={x} x2={x} y1={plot.y} y2={bottom} stroke={colours.grid} />
              <text x={x} y={bottom + 16} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          );
        })}
      </g>
      <BarMarks figure={figure} />
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} stroke={colours.axis} />
    </SvgFrame>
  );
}

/**
 * The bars' labels and values and the reference line (across each bar, never through a label) with its label,
 * `shift` pixels higher (a chart that starts lower than the figure): drawn by the SVG renderer and over the
 * dashboard's chart.
 */
export function BarMarks({
  figure,
  shift = 0,
  bars = true,
}: {
  readonly figure: BarFigure;
  readonly shift?: number;
  /** False leaves the bars out (the chart library draws them). */
  readonly bars?: boolean;
}) {
  const colours = THEMES[figure.theme];
  const { reference } = figure;
  return (
    <g>
      {figure.bars.map((bar) => (
        <g key={bar.id}>
          <TextLines lines={bar.label} type={TYPE.legend} fill={colours.text} shift={shift} />
          {bars && (
            <rect
              x={bar.bar.x}
              y={bar.bar.y}
              width={bar.bar.width}
              height={bar.bar.height}
              fill={colours.observed}
            />
          )}
          <text
            x={bar.valueText.x}
            y={bar.valueText.y - shift}
            textAnchor={bar.valueText.anchor}
            fontSize={TYPE.tick.size}
            fontWeight={600}
            fontFamily={fontFamilyFor(600)}
            fill={bar.valueText.inside ? colours.background : colours.text}
          >
            {bar.valueText.text}
          </text>
        </g>
      ))}
      {reference !== null && (
        <g>
          {figure.bars.map((bar) => (
            <line
              key={bar.id}
              x1={reference.x}
              x2={reference.x}
              y1={bar.bar.y - 4 - shift}
              y2={bar.bar.y + bar.bar.height + 4 - shift}
              stroke={colours.expected}
              strokeWidth={1.5}
              strokeDasharray="4 3"
            />
          ))}
          <text
            x={reference.label.x}
            y={reference.label.y - shift}
            textAnchor={reference.label.anchor}
            fontSize={TYPE.event.size}
            fill={colours.text}
          >
            {reference.label.text}
          </text>
        </g>
      )}
    </g>
  );
}
