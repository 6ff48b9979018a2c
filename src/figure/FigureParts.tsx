import { px, scaleX } from '../core/figure/scales';
import { fontFamilyFor, THEMES, TYPE } from '../core/figure/theme';
import type { ReactNode } from 'react';
import type { Figure, FigureFrame, TextLine } from '../core/figure/types';

/** The event lines and their labels as the figure placed them, each line drawn from its label down to `lineTo`. */
export function EventLabels({ figure, lineTo }: { figure: Figure; lineTo: number }) {
  const colours = THEMES[figure.theme];
  return (
    <g fontSize={TYPE.event.size}>
      {figure.events.map((event) => {
        const x = px(scaleX(figure, event.x));
        const top = figure.eventBand.y + event.row * figure.eventBand.rowHeight;
        return (
          <g key={event.id} className="event">
            <line x1={x} x2={x} y1={top + 2} y2={lineTo} stroke={colours.event} strokeDasharray="2 3" />
            <text
              x={event.labelX}
              y={top + TYPE.event.size}
              textAnchor={event.anchor}
              fill={colours.eventText}
            >
              {event.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The callouts' texts (the peak, the story's month) as the figure placed them. */
export function CalloutLabels({ figure }: { figure: Figure }) {
  const colours = THEMES[figure.theme];
  return (
    <g
      fontSize={TYPE.annotation.size}
      fontWeight={TYPE.annotation.weight}
      fontFamily={fontFamilyFor(TYPE.annotation.weight)}
    >
      {figure.annotations.map((note) => (
        <text
          key={note.kind}
          x={note.labelX}
          y={note.labelY}
          textAnchor={note.anchor}
          fill={colours.text}
          stroke={colours.background}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {note.text}
        </text>
      ))}
    </g>
  );
}

/** Lines of text as the figure placed them, in one size and weight, `shift` pixels higher. */
export function TextLines({
  lines,
  type,
  fill,
  shift = 0,
}: {
  readonly lines: readonly TextLine[];
  readonly type: { readonly size: number; readonly weight: number };
  readonly fill: string;
  readonly shift?: number;
}) {
  return (
    <g
      fontSize={type.size}
      fontWeight={type.weight}
      fontFamily={type.weight === 400 ? undefined : fontFamilyFor(type.weight)}
      fill={fill}
    >
      {lines.map((line) => (
        <text key={`${line.y}`} x={line.x} y={line.y - shift}>
          {line.text}
        </text>
      ))}
    </g>
  );
}

/**
 * The SVG of a figure around its chart: the root with its size, title and text alternative, the embedded font,
 * the background, title, subtitle, then the chart, the notes and the source line.
 */
export function SvgFrame({
  figure,
  fontFace,
  background,
  children,
}: {
  readonly figure: FigureFrame;
  /** `@font-face` CSS to embed (downloads), or null when the page already has the font. */
  readonly fontFace: string | null;
  /** False leaves the background transparent (an embed on a host page). */
  readonly background: boolean;
  readonly children: ReactNode;
}) {
  const colours = THEMES[figure.theme];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={figure.width}
      height={figure.height}
      viewBox={`0 0 ${figure.width} ${figure.height}`}
      fontFamily={fontFamilyFor(400)}
    >
      <title>{figure.title.map((l) => l.text).join(' ')}</title>
      <desc>{figure.summary}</desc>
      {fontFace !== null && <style>{fontFace}</style>}
      {background && <rect width={figure.width} height={figure.height} fill={colours.background} />}
      <TextLines lines={figure.title} type={TYPE.title} fill={colours.text} />
      <TextLines lines={figure.subtitle} type={TYPE.subtitle} fill={colours.muted} />
      {children}
      <TextLines lines={figure.notes} type={TYPE.note} fill={colours.muted} />
      <TextLines lines={figure.source} type={TYPE.note} fill={colours.muted} />
    </svg>
  );
}

/** A value axis's title as the figure placed it, `shift` pixels higher. */
export function AxisTitle({
  line,
  theme,
  shift = 0,
}: {
  readonly line: TextLine;
  readonly theme: Figure['theme'];
  readonly shift?: number;
}) {
  return (
    <text x={line.x} y={line.y - shift} fontSize={TYPE.tick.size} fill={THEMES[theme].muted}>
      {line.text}
    </text>
  );
}
