import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/export/csv';
import { fontCovers } from '../../src/core/figure/font/textWidth';
import { contentFigure, contentTable } from '../../src/core/figure/views/content';
import { viewContent } from '../../src/core/figure/views/viewContent';
import { parseView } from '../../src/link/viewQuery';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { BarFigureSvg } from '../../src/figure/BarFigureSvg';
import { FigureSvg } from '../../src/figure/FigureSvg';

// Golden files of a handful of views, drawn from the shipped data/ (tests/figure/golden/README.md says what each
// is). Positions are rounded to 0.01 px by the figure model, so the SVG text is stable. After a deliberate change,
// run `UPDATE_GOLDEN=1 npx vitest run tests/figure/golden.test.ts` and read the diff.
const VIEWS: readonly (readonly [string, string])[] = [
  ['ho', 'view=ho'],
  ['london', 'view=london'],
  ['london-camden', 'view=london&area=Camden'],
  ['police-london', 'view=police'],
  ['police-manchester', 'view=police&force=manchester'],
  ['us-autumn-2001-ears-c2', 'view=us&us.res=day&us.from=2001-08-01&us.to=2001-12-31&us.method=ears-c2'],
  ['us-daily-1991-2023', 'view=us&us.res=day'],
  [
    'us-weekly-farrington',
    'view=us&us.res=week&us.from=2015-06-01&us.to=2017-06-30&us.method=farrington&us.params=b=3;w=2',
  ],
  ['us-yearly-share', 'view=us&us.res=year&us.measure=share'],
  ['us-ny-2001-2004', 'view=us&us.res=month&us.from=2001-01-01&us.to=2004-12-31&us.state=NY'],
  ['us-hawaii-yearly', 'view=us&us.res=year&us.state=HI'],
  ['national', 'view=national'],
];
/** Views that are tables alone: a CSV golden file each. */
const TABLES: readonly (readonly [string, string])[] = [
  ['reported', 'view=reported'],
  ['versions-islamophobic', 'view=versions'],
  ['versions-racist', 'view=versions&spike=mps-racist-2017-06-06'],
];
const SITE = 'https://backlash.example/';
const read = (name: string) => readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const golden = (name: string) => new URL(`golden/${name}`, import.meta.url);

function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden(name))) writeFileSync(golden(name), actual);
  expect(actual, name).toBe(readFileSync(golden(name), 'utf8'));
}

describe('figures of the shipped data against golden files', () => {
  it.each(VIEWS)('%s (%s): SVG at 800 and 375 px, and CSV', async (name, query) => {
    const { view, issues } = parseView(query);
    expect(issues).toEqual([]);
    const content = viewContent(await readFigureInputs(view, read, `${SITE}?${query}`));
    for (const width of [800, 375]) {
      const figure = contentFigure(content, { width });
      if (figure === null) throw new Error(`${name} has no figure`);
      const drawn = figure.kind === 'bar' ? <BarFigureSvg figure={figure} /> : <FigureSvg figure={figure} />;
      const svg = `${renderToStaticMarkup(drawn)}\n`;
      expectGolden(`${name}-${width}.svg`, svg);
      // Every character a figure prints is in the bundled font, so no text falls back to another face.
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
      expect(texts.filter((t) => !fontCovers(t.replaceAll('&amp;', '&')))).toEqual([]);
    }
    expectGolden(`${name}.csv`, toCsv(contentTable(content)));
  });

  it.each(TABLES)('%s (%s): a table alone, CSV', async (name, query) => {
    const { view, issues } = parseView(query);
    expect(issues).toEqual([]);
    const content = viewContent(await readFigureInputs(view, read, `${SITE}?${query}`));
    expect(contentFigure(content, { width: 800 })).toBeNull();
    expectGolden(`${name}.csv`, toCsv(contentTable(content)));
  });
});
