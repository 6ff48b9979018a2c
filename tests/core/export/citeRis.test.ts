import { describe, expect, it } from 'vitest';
import { citeRis } from '../../../src/core/export/citations';
import { META, NASTY } from './fixtures';

/** Returns the lines of an RIS record, checking the CRLF line ends on the way. */
function risLines(ris: string): string[] {
  expect(ris.endsWith('\r\n')).toBe(true);
  expect(ris.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return ris.slice(0, -2).split('\r\n');
}

describe('citeRis(meta)', () => {
  it('writes TY first and ER last, one "XX  - value" tag a line, CRLF line ends', () => {
    for (const meta of [META, NASTY, { ...META, sources: [], dataVersionDate: '', link: '?x' }]) {
      const lines = risLines(citeRis(meta));
      expect(lines[0]).toBe('TY  - DATA');
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines.filter((l) => l.startsWith('TY') || l.startsWith('ER'))).toHaveLength(2);
    }
  });

  it('holds the title, author, year, date, version, link, abstract and each source', () => {
    expect(risLines(citeRis(META))).toEqual([
      'TY  - DATA',
      `TI  - ${META.title}`,
      'AU  - Backlash',
      'PY  - 2024',
      'DA  - 2024/09/23/',
      'ET  - 1a2b3c4d5e6f',
      `UR  - ${META.link}`,
      `AB  - ${META.subtitle}`,
      `N1  - Data version ${META.dataVersion}.`,
      'N1  - Source: Federal Bureau of Investigation, Criminal Justice Information Services, US Department of ' +
        'Justice, “Hate Crime, 1991–2023 (Crime Data Explorer, Documents & Downloads)” (2024-09-23). Licence: Work ' +
        'of the US federal government, public domain.',
      'ER  - ',
    ]);
  });

  it.each([
    ['2017-06-06', 'DA  - 2017/06/06/'],
    ['2017-06', 'DA  - 2017/06//'],
    ['2017', 'DA  - 2017///'],
  ])('writes a data date of %s as %s', (date, line) => {
    expect(risLines(citeRis({ ...META, dataVersionDate: date }))).toContain(line);
  });

  it('folds line breaks in a value onto its one line', () => {
    expect(risLines(citeRis(NASTY))[1]).toBe(`TI  - ${NASTY.title.replace('\n', ' ')}`);
  });
});
