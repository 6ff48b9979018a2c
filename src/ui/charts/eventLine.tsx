import { ReferenceLine } from 'recharts';

/** Returns the dashed vertical line and rotated label that mark an event at category `x` of a chart. */
export function eventLine(
  event: { readonly id: string; readonly name: string },
  x: string,
  labelOffset: number,
) {
  return (
    <ReferenceLine
      key={event.id}
      x={x}
      stroke="#b03a2e"
      strokeDasharray="2 3"
      label={{
        value: event.name,
        position: 'insideTopLeft',
        angle: -90,
        fontSize: 11,
        fill: '#7b241c',
        dx: 4,
        dy: labelOffset,
      }}
    />
  );
}
