import { shortVersion } from '../export/citations';
import type { Source } from '../provenance';
import type { TextLine } from './types';
import { wrapText } from './wrapText';

/** A type size, weight and line height. */
export interface TypeStyle {
  readonly size: number;
  readonly weight: 400 | 600;
  readonly line: number;
}

/** Text stacked down a figure: each call wraps its text to the width and moves the cursor below it. */
export interface TextStack {
  /** Returns the text's lines, placed from the cursor down. */
  readonly lines: (text: string, type: TypeStyle) => TextLine[];
  /** Moves the cursor down (or up, when negative). */
  readonly skip: (pixels: number) => void;
  /** Moves the cursor to a y. */
  readonly moveTo: (y: number) => void;
  /** The cursor: the top of what comes next. */
  readonly y: () => number;
}

/** Returns a stack of text lines starting at `top`, left-aligned at `left`, wrapped to `width`. */
export function textStack(left: number, width: number, top: number): TextStack {
  let y = top;
  return {
    lines: (text, type) =>
      wrapText(text, width, type.size, type.weight).map((line) => {
        y += type.line;
        return { text: line, x: left, y: y - (type.line - type.size) / 2 - 2 };
      }),
    skip: (pixels) => {
      y += pixels;
    },
    moveTo: (to) => {
      y = to;
    },
    y: () => y,
  };
}

/** Returns a figure's source line: every source's publisher and title, then the data version and the view's link. */
export function sourceLines(
  stack: TextStack,
  sources: readonly Source[],
  dataVersion: string,
  link: string,
  type: TypeStyle,
): TextLine[] {
  return [
    ...stack.lines(`Source: ${sources.map((s) => `${s.publisher}, ${s.title}`).join('; ')}.`, type),
    ...stack.lines(`Data version ${shortVersion(dataVersion)}. ${link}`, type),
  ];
}
