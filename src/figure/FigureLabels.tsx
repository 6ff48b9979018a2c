import { px, scaleX } from '../core/figure/scales';
import { fontFamilyFor, THEMES, TYPE } from '../core/figure/theme';
import type { Figure } from '../core/figure/types';

/**
 * The event lines and their labels as the figure placed them, `shift` pixels higher (a chart that starts at the
 * event band), each line drawn from its label down to `lineTo`.
 */
export function EventLabels({
  figure,
  shift = 0,
  lineTo,
}: {
  figure: Figure;
  shift?: number;
  lineTo: number;
}) {
  const colours = THEMES[figure.theme];
  return (
    <g fontSize={TYPE.event.size}>
      {figure.events.map((event) => {
        const x = px(scaleX(figure, event.x));
        const top = figure.eventBand.y + event.row * figure.eventBand.rowHeight - shift;
        return (
          <g key={event.id}>
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

/** The callouts' texts (the peak, the story's month) as the figure placed them, `shift` pixels higher. */
export function CalloutLabels({ figure, shift = 0 }: { figure: Figure; shift?: number }) {
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
          y={note.labelY - shift}
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
