import { textWidth, truncateToWidth } from './font/textWidth';
import { px } from './scales';
import { TYPE } from './theme';
import type { PlacedEvent } from './types';

/** An event to label: where its line stands (in pixels) and its name. */
export interface EventToPlace {
  readonly id: string;
  readonly date: string;
  readonly x: number;
  readonly px: number;
  readonly name: string;
}

const PAD = 3;
const GAP = 8;
const SHORTEST = 48;

type Span = readonly [number, number];

/**
 * Returns the event labels placed in `rows` rows above the plot, so that none overprints another or leaves
 * [left, right]: each name goes in the first row with room, right of its line or else left of it; failing that,
 * shortened with "…" to the room there is (no shorter than 48 px); failing that, as a number whose name the key
 * under the chart gives (in a further row if even the number finds no room). Widths come from the bundled font's
 * metrics, never from the DOM.
 */
export function placeEvents(
  events: readonly EventToPlace[],
  left: number,
  right: number,
  rows: number,
): PlacedEvent[] {
  const taken: Span[][] = Array.from({ length: rows }, () => []);
  const free = (row: number, span: Span) =>
    span[0] >= left &&
    span[1] <= right &&
    (taken[row] ?? []).every(([a, b]) => span[1] + GAP <= a || span[0] >= b + GAP);
  const width = (text: string) => textWidth(text, TYPE.event.size, TYPE.event.weight);
  let keys = 0;
  return [...events]
    .sort((a, b) => a.px - b.px || a.date.localeCompare(b.date))
    .map((event): PlacedEvent => {
      const place = (text: string, row: number, anchor: 'start' | 'end', key: number | null) => {
        const w = width(text);
        const labelX = anchor === 'start' ? event.px + PAD : event.px - PAD;
        (taken[row] as Span[]).push(anchor === 'start' ? [labelX, labelX + w] : [labelX - w, labelX]);
        return {
          id: event.id,
          date: event.date,
          x: event.x,
          name: event.name,
          text,
          row,
          labelX: px(labelX),
          anchor,
          key,
        };
      };
      const w = width(event.name);
      for (let row = 0; row < rows; row++) {
        if (free(row, [event.px + PAD, event.px + PAD + w])) return place(event.name, row, 'start', null);
        if (free(row, [event.px - PAD - w, event.px - PAD])) return place(event.name, row, 'end', null);
      }
      for (let row = 0; row < rows; row++) {
        const room = roomRightOf(event.px + PAD, taken[row] ?? [], right) - GAP / 2;
        if (room >= SHORTEST) {
          const short = truncateToWidth(event.name, room, TYPE.event.size, TYPE.event.weight);
          if (free(row, [event.px + PAD, event.px + PAD + width(short)]))
            return place(short, row, 'start', null);
        }
      }
      const key = ++keys;
      const label = String(key);
      for (let row = 0; row < rows; row++) {
        if (free(row, [event.px + PAD, event.px + PAD + width(label)]))
          return place(label, row, 'start', key);
        if (free(row, [event.px - PAD - width(label), event.px - PAD])) return place(label, row, 'end', key);
      }
      // No row has room even for the number: it opens a row of its own, so nothing ever overprints.
      taken.push([]);
      return place(label, taken.length - 1, event.px + PAD + width(label) <= right ? 'start' : 'end', key);
    });
}

function roomRightOf(start: number, spans: readonly Span[], right: number): number {
  const next = spans.filter(([a]) => a >= start).reduce((nearest, [a]) => Math.min(nearest, a), right);
  return next - start;
}
