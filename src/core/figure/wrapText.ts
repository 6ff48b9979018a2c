import { textWidth } from './font/textWidth';

/** Returns the text broken at spaces into lines no wider than `width` (a single long word keeps its own line). */
export function wrapText(text: string, width: number, size: number, weight: 400 | 600): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}
