import { describe, expect, it } from 'vitest';
import { citePlain } from '../../../src/core/export/citations';
import { figurePackReadme, linkQuery, shellQuote } from '../../../src/core/export/packReadme';
import { FBI, META, MPS, NASTY } from './fixtures';

const FILES = [
  { name: 'README.txt', description: 'This file.' },
  { name: 'figure.svg', description: 'The figure as SVG, its font embedded.' },
  { name: 'data.csv', description: 'Every row the figure holds, unreduced.' },
  { name: 'citation.bib', description: 'How to cite this figure (BibTeX).' },
];

describe('figurePackReadme(meta, files)', () => {
  const readme = figurePackReadme({ ...META, sources: [FBI, MPS] }, FILES);
  const lines = readme.split('\r\n');

  it('is plain text with CRLF line ends and a final line end', () => {
    expect(readme.endsWith('\r\n')).toBe(true);
    expect(readme.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(META.title);
  });

  it('lists each file of the pack with what it is, names aligned', () => {
    for (const file of FILES) expect(lines).toContain(`  ${file.name.padEnd(12)}  ${file.description}`);
  });

  it('gives the plain citation', () => {
    expect(lines).toContain(`  ${citePlain({ ...META, sources: [FBI, MPS] })}`);
  });

  it('gives each source with its licence and caveats', () => {
    expect(readme).toContain(`  - ${FBI.publisher}, “${FBI.title}” (2024-09-23)\r\n    ${FBI.url}\r\n`);
    expect(readme).toContain(`    Licence: ${FBI.licence}\r\n    Caveat: ${FBI.caveats[0]}\r\n`);
    expect(readme).toContain(
      `  - ${MPS.publisher}, “${MPS.title}” (2024-02)\r\n    Licence: ${MPS.licence}\r\n`,
    );
  });

  it('gives the method with every parameter, and the data version', () => {
    expect(readme).toContain('  EARS C2 (ears-c2)\r\n    alpha = 0.001\r\n    baseline = 7\r\n');
    expect(readme).toContain('    offset = none\r\n');
    expect(readme).toContain(`  ${META.dataVersion}, built 2024-09-23\r\n`);
  });

  it('says how to make the same pack from the command line, with the view’s query', () => {
    expect(lines).toContain(
      "  npm run -s backlash -- figure --view 'view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31&us.method=ears-c2'" +
        ' --format pack --out figure.zip',
    );
  });

  it('leaves out the sections a view does not have', () => {
    const bare = figurePackReadme({ ...NASTY, sources: [], notes: [] }, []);
    for (const heading of ['Files', 'Sources', 'Caveats', 'Method', 'Notes'])
      expect(bare.split('\r\n')).not.toContain(heading);
    expect(bare).toContain("--view 'q=a%20b&x={1}' --format pack");
  });

  it('gives a caveat once: one its source states is not repeated among the view’s caveats', () => {
    const text = figurePackReadme(
      { ...META, caveats: [FBI.caveats[0] ?? '', 'Only the view says this.'] },
      [],
    );
    expect(text.split(FBI.caveats[0] ?? '')).toHaveLength(2);
    expect(text).toContain('Caveats\r\n  - Only the view says this.\r\n');
  });

  it('is the same text for the same input', () => {
    expect(figurePackReadme({ ...META, sources: [FBI, MPS] }, [...FILES])).toBe(readme);
  });
});

describe('linkQuery(link)', () => {
  it.each([
    ['https://example.org/backlash/?view=us&us.res=day', 'view=us&us.res=day'],
    ['https://example.org/?view=ho#sources', 'view=ho'],
    ['?view=london&area=Camden', 'view=london&area=Camden'],
    ['https://example.org/backlash/', ''],
    ['https://example.org/#a?b', 'b'],
  ])('linkQuery(%j) is %j', (link, query) => {
    expect(linkQuery(link)).toBe(query);
  });
});

describe('shellQuote(text)', () => {
  it.each([
    ['view=us&us.res=day', "'view=us&us.res=day'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf ~) `x` "y"', '\'$(rm -rf ~) `x` "y"\''],
  ])('shellQuote(%j) is %s', (text, quoted) => {
    expect(shellQuote(text)).toBe(quoted);
  });
});
