import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync, tempDir } from './runCli';

const dir = tempDir();
afterAll(() => dir.remove());

describe('backlash figure', () => {
  it('writes the SVG of a view with its link on the given site', async () => {
    const out = join(dir.path, 'ho.svg');
    const run = await runCliAsync([
      'figure',
      '--view',
      'view=ho',
      '--format',
      'svg',
      '--out',
      out,
      '--site',
      'https://backlash.example/',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^wrote .*ho\.svg \(\d+ bytes\)\n$/);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('Racially or religiously aggravated offences, England and Wales');
    expect(svg).toContain('https://backlash.example/?view=ho');
  });

  it('renders many views in one run from --view and --views, into a folder, in order', async () => {
    const list = dir.write(
      'views.txt',
      '# one view a line\nview=london&area=Camden\n\nview=us&us.res=year\n',
    );
    const folder = join(dir.path, 'many');
    const run = await runCliAsync([
      'figure',
      '--view',
      'view=ho',
      '--views',
      list,
      '--format',
      'csv',
      '--out',
      folder,
    ]);
    expect(run.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      '01-backlash-ho-2013-04-01-2019-03-31.csv',
      '02-backlash-london-2010-04-01-2024-02-29.csv',
      '03-backlash-us-1991-01-01-2023-12-31.csv',
    ]);
    expect(
      readFileSync(join(folder, '03-backlash-us-1991-01-01-2023-12-31.csv'), 'utf8').trim().split('\r\n'),
    ).toHaveLength(34);
  });

  it('writes the national bar chart and the tables of reported figures', async () => {
    const folder = join(dir.path, 'reported');
    const run = await runCliAsync([
      'figure',
      '--view',
      'view=national',
      '--view',
      'view=reported',
      '--view',
      'view=versions',
      '--format',
      'csv',
      '--out',
      folder,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      '01-backlash-national.csv',
      '02-backlash-reported.csv',
      '03-backlash-versions.csv',
    ]);
    const versions = readFileSync(join(folder, '03-backlash-versions.csv'), 'utf8').trim().split('\r\n');
    expect(versions.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '20,3.5',
      '20,3.45',
    ]);
    const svgOut = join(dir.path, 'national.svg');
    const svg = await runCliAsync(['figure', '--view', 'view=national', '--width', '320', '--out', svgOut]);
    expect(svg.code, svg.stderr).toBe(0);
    const text = readFileSync(svgOut, 'utf8');
    expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="320"');
    expect(text).toContain('London Bridge attack (3 Jun 2017)');
  });

  const out = ['--out', join(dir.path, 'x')];
  it.each([
    [
      ['--view', 'view=uk', ...out],
      'figure: --view "view=uk": view=uk: expected one of us, ho, london, police, national, reported, versions',
    ],
    [
      ['--view', 'view=us&us.res=hour', ...out],
      'figure: --view "view=us&us.res=hour": us.res=hour: expected one of day, week, month, year',
    ],
    [
      ['--view', 'view=us&us.method=cusum&us.params=h=0', ...out],
      'us.params=h=0: h: expected a number > 0 and <= 1000, got 0',
    ],
    [
      ['--view', 'view=ho', '--format', 'gif', ...out],
      'figure: --format must be one of svg, png, csv, json, pack, got “gif”',
    ],
    [
      ['--view', 'view=ho', '--width', '100', ...out],
      'figure: --width must be a whole number from 280 to 4000, got “100”',
    ],
    [['--view', 'view=ho', '--scale', '3', ...out], 'figure: --scale must be one of 1, 2, 4, got “3”'],
    [['--view', 'view=ho', '--format', 'svg'], 'figure: --out is required'],
    [out, 'figure: give --view'],
    [['--views', '/no/such/file.txt', ...out], 'figure: cannot read --views /no/such/file.txt'],
    [
      ['--view', 'view=reported', '--format', 'svg', ...out],
      'figure: --view "view=reported": this view is a table: it downloads as csv or json, not svg',
    ],
    [
      ['--view', 'view=versions&spike=mps-2099', '--format', 'csv', ...out],
      'figure: --view "view=versions&spike=mps-2099": spike=mps-2099: no such reported spike; expected one of mps-islamophobic-2017-06-06, mps-racist-2017-06-06',
    ],
  ])('refuses %j with exit code 2: %s', async (argv, message) => {
    const run = await runCliAsync(['figure', ...argv]);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
  });
});
