import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../scripts/curation/events';
import { QUOTES } from '../../../scripts/curation/quotes';
import { REPORTED_FIGURES } from '../../../scripts/curation/reportedFigures';
import { SOURCES } from '../../../scripts/curation/sources';
import { sourcesDir } from '../../../scripts/data/rawFiles';
import { verifyCuration } from '../../../scripts/data/verifyCuration';

const texts = {
  'reported-figures.md': readFileSync(join(sourcesDir(), 'reported-figures.md'), 'utf8'),
  'article.txt': readFileSync(join(sourcesDir(), 'article.txt'), 'utf8'),
};

describe('verifyCuration(texts, sources, events, quotes, figures)', () => {
  it('finds every curated quote, figure and event word for word in the shared sources', () => {
    expect(verifyCuration(texts, SOURCES, EVENTS, QUOTES, REPORTED_FIGURES)).toEqual([]);
  });

  it('reports a quote whose words are not in the article', () => {
    const [first, ...rest] = QUOTES;
    if (first === undefined) throw new Error('no quotes');
    const altered = { ...first, paragraphs: ['quite clearly an attack on everyone'] };
    expect(verifyCuration(texts, SOURCES, EVENTS, [altered, ...rest], REPORTED_FIGURES)).toEqual([
      'quote dick-attack-on-muslims, paragraph 1: "quite clearly an attack on everyone" is not in article.txt',
    ]);
  });

  it('reports a figure that cites an unknown source, and one whose evidence is not in reported-figures.md', () => {
    const [spike, ...others] = REPORTED_FIGURES.spikes;
    if (spike === undefined) throw new Error('no spikes');
    const [version, ...versions] = spike.versions;
    if (version === undefined) throw new Error('no versions');
    const altered = {
      ...spike,
      versions: [
        {
          ...version,
          sources: ['no-such-source'],
          evidence: { ...version.evidence, text: 'recorded on 6 June 2017: 21' },
        },
        ...versions,
      ],
    };
    const problems = verifyCuration(texts, SOURCES, EVENTS, QUOTES, {
      ...REPORTED_FIGURES,
      spikes: [altered, ...others],
    });
    expect(problems).toEqual([
      'figure mps-islamophobic-2017-06-06, version 1: unknown source "no-such-source"',
      'figure mps-islamophobic-2017-06-06, version 1: "recorded on 6 June 2017: 21" is not in reported-figures.md',
    ]);
  });
});
