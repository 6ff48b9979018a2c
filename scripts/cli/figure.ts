import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { viewContent } from '../../src/core/figure/views/viewContent';
import type { ThemeName } from '../../src/core/figure/theme';
import { viewQuery } from '../../src/link/formatView';
import { parseView } from '../../src/link/viewQuery';
import { readFigureInputs } from '../../src/data/readFigureInputs';
import { type FigureFormat, figureFile } from '../../src/figure/figureFiles';
import { REPO_ROOT } from '../data/rawFiles';
import { nodeFigureAssets } from '../figure/nodeFigureAssets';
import { flagValue, parseFlags } from './args';
import { CliError } from './cliError';
import type { CliIo } from './io';

const FORMATS: readonly FigureFormat[] = ['svg', 'png', 'csv', 'json', 'pack'];

/**
 * `backlash figure`: writes the figure of one view (or many) in a format, the same bytes as the page's download
 * for the same view, width and data version.
 */
export async function figureCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(
    argv,
    [
      { name: 'view', repeatable: true },
      { name: 'views' },
      { name: 'format' },
      { name: 'out' },
      { name: 'width' },
      { name: 'scale' },
      { name: 'theme' },
      { name: 'site' },
    ],
    'figure',
  );
  const format = choice(flagValue(flags, 'format') ?? 'svg', FORMATS, 'format');
  const theme = choice(
    flagValue(flags, 'theme') ?? 'light',
    ['light', 'dark'] as const,
    'theme',
  ) as ThemeName;
  const width = wholeNumber(flagValue(flags, 'width') ?? '800', 'width', 280, 4000);
  const scale = Number(choice(flagValue(flags, 'scale') ?? '2', ['1', '2', '4'] as const, 'scale')) as
    1 | 2 | 4;
  const site = flagValue(flags, 'site') ?? '';
  const out = flagValue(flags, 'out');
  if (out === undefined)
    throw new CliError('figure: --out is required (a file, or a folder for several views)');
  const queries = [...(flags.get('view') ?? []), ...viewsFile(flagValue(flags, 'views'))];
  if (queries.length === 0) throw new CliError('figure: give --view "<the view’s query>" or --views <file>');

  const dataDir = resolve(REPO_ROOT, 'data');
  const read = (name: string) => readFile(join(dataDir, name), 'utf8');
  const assets = await nodeFigureAssets();
  if (queries.length > 1) mkdirSync(out, { recursive: true });
  for (const [index, query] of queries.entries()) {
    const { view, issues } = parseView(query.replace(/^\?/, ''));
    if (issues.length > 0)
      throw new CliError(
        issues
          .map((i) => `figure: --view ${JSON.stringify(query)}: ${i.param}=${i.value}: ${i.message}`)
          .join('\n'),
      );
    const link = `${site}?${viewQuery(view)}`;
    const inputs = await readFigureInputs(view, read, link);
    const file = await viewError(query, async () =>
      figureFile(format, viewContent(inputs), { width, theme }, assets, scale),
    );
    const path = queries.length > 1 ? join(out, `${String(index + 1).padStart(2, '0')}-${file.name}`) : out;
    writeFileSync(path, file.bytes);
    io.stderr(`wrote ${path} (${file.bytes.length} bytes)\n`);
  }
  return 0;
}

/** Runs a step of one view, turning what the view asks that cannot be done into a message naming the view. */
async function viewError<T>(query: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof RangeError)
      throw new CliError(`figure: --view ${JSON.stringify(query)}: ${error.message}`);
    throw error;
  }
}

function viewsFile(path: string | undefined): string[] {
  if (path === undefined) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `figure: cannot read --views ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function choice<T extends string>(text: string, choices: readonly T[], name: string): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new CliError(`figure: --${name} must be one of ${choices.join(', ')}, got “${text}”`);
}

function wholeNumber(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= min && value <= max) return value;
  throw new CliError(`figure: --${name} must be a whole number from ${min} to ${max}, got “${text}”`);
}
