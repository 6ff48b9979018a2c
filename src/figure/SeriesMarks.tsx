import { px, scaleX, scaleY } from '../core/figure/scales';
import { THEMES } from '../core/figure/theme';
import type { Figure } from '../core/figure/types';
import { alarmDotsPath, bandPath, linePath } from './paths';

/** The clip path of a figure's plot area (a pixel above and below, so a line along an edge stays whole). */
export function PlotClip({ figure, id }: { readonly figure: Figure; readonly id: string }) {
  const { plot } = figure;
  return (
    <clipPath id={id}>
      <rect x={plot.x} y={plot.y - 1} width={plot.width} height={plot.height + 2} />
    </clipPath>
  );
}

/**
 * A figure's series marks, each one SVG path however many rows: the band from expected to upper, the expected line,
 * the observed line and the alarm dots, clipped to the plot by the clip path `clip`.
 */
export function SeriesMarks({ figure, clip }: { readonly figure: Figure; readonly clip: string }) {
  const colours = THEMES[figure.theme];
  const alarmDots = alarmDotsPath(figure, figure.drawn);
  return (
    <g clipPath={`url(#${clip})`}>
      <path
        className="series-band"
        d={bandPath(figure, figure.drawn)}
        fill={colours.band}
        fillOpacity={0.6}
      />
      <path
        className="series-expected"
        d={linePath(figure, figure.drawn, 'expected')}
        fill="none"
        stroke={colours.expected}
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <path
        className="series-observed"
        d={linePath(figure, figure.drawn, 'value')}
        fill="none"
        stroke={colours.observed}
        strokeWidth={1.75}
        strokeLinejoin="round"
      />
      {alarmDots !== '' && <path d={alarmDots} fill={colours.alarm} className="alarm-dots" />}
    </g>
  );
}

/** The periods a figure shades (e.g. not reporting), the plot's height. */
export function Shades({ figure }: { readonly figure: Figure }) {
  const colours = THEMES[figure.theme];
  const { plot } = figure;
  return figure.shades.map((shade) => {
    const x1 = px(scaleX(figure, shade.from));
    const x2 = px(scaleX(figure, shade.to + 1));
    return (
      <rect
        key={shade.label}
        className="shade"
        x={x1}
        y={plot.y}
        width={px(x2 - x1)}
        height={plot.height}
        fill={colours.shade}
      />
    );
  });
}

/** The dots of a figure's callouts (the peak, the story's figure) on the values they mark. */
export function AnnotationDots({ figure }: { readonly figure: Figure }) {
  const colours = THEMES[figure.theme];
  return figure.annotations.map((note) => (
    <circle
      key={note.kind}
      cx={px(scaleX(figure, note.x))}
      cy={px(scaleY(figure, note.value))}
      r={4}
      fill={colours.peak}
      stroke={colours.background}
    />
  ));
}
