import { describe, expect, it } from 'vitest';
import { bibtexKey, fnv1a32 } from '../../../src/core/export/bibtexKey';
import { bibtexText, bibtexUrl, citeBibtex } from '../../../src/core/export/citeBibtex';
import { latexText, readBibtex } from './bibtexReader';
import { META, NASTY } from './fixtures';

describe('citeBibtex(meta)', () => {
  const entry = readBibtex(citeBibtex(META));

  it('is one @misc entry that a strict BibTeX reader accepts, fields in a fixed order', () => {
    expect(entry.type).toBe('misc');
    expect([...entry.fields.keys()]).toEqual([
      'title',
      'author',
      'year',
      'date',
      'version',
      'url',
      'howpublished',
      'note',
    ]);
  });

  it('holds the title in double braces, Backlash as author, year and date of the data, the link', () => {
    expect(entry.fields.get('title')).toBe(`{${META.title}}`);
    expect(entry.fields.get('author')).toBe('{Backlash}');
    expect(entry.fields.get('year')).toBe('2024');
    expect(entry.fields.get('date')).toBe('2024-09-23');
    expect(entry.fields.get('version')).toBe('1a2b3c4d5e6f');
    expect(entry.fields.get('url')).toBe(META.link);
    expect(entry.fields.get('howpublished')).toBe(`\\url{${META.link}}`);
  });

  it('notes the full data version and every source with its publisher', () => {
    const note = latexText(entry.fields.get('note') ?? '');
    expect(note).toContain(
      'Data version sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b (2024-09-23).',
    );
    for (const source of META.sources)
      expect(note).toContain(`${source.publisher}, “${source.title}” (${source.date})`);
  });

  it('escapes every BibTeX special in text, so the entry still reads and means the same', () => {
    const nasty = readBibtex(citeBibtex(NASTY));
    expect(latexText(nasty.fields.get('title')?.slice(1, -1) ?? '')).toBe(NASTY.title.replace('\n', ' '));
    const note = latexText(nasty.fields.get('note') ?? '');
    expect(note).toContain('Sub: a, "b"; c tab.');
    expect(note).toContain('“Title with "quotes" and a \\ backslash”');
    expect(nasty.fields.get('url')).toBe('https://example.org/b/?q=a%20b&x=%7B1%7D#frag');
    expect(nasty.fields.get('year')).toBe('2017');
    expect(nasty.fields.get('date')).toBe('2017-06');
  });

  it('leaves out url and howpublished when the link is not a web address, and year and date when there is no date', () => {
    const entryOf = readBibtex(citeBibtex({ ...META, link: '?view=ho', dataVersionDate: '' }));
    expect([...entryOf.fields.keys()]).toEqual(['title', 'author', 'version', 'note']);
  });
});

describe('bibtexText(text)', () => {
  it.each([
    ['50% & $5 #1 a_b', '50\\% \\& \\$5 \\#1 a\\_b'],
    ['x^2 ~y', 'x\\^{}2 \\~{}y'],
    ['{braces} and \\', '\\textbraceleft{}braces\\textbraceright{} and \\textbackslash{}'],
    ['a\nb\r\nc\td', 'a b c d'],
    ['café “quoted”', 'café “quoted”'],
  ])('bibtexText(%j) is %j', (text, expected) => {
    expect(bibtexText(text)).toBe(expected);
    expect(latexText(bibtexText(text))).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('bibtexUrl(url)', () => {
  it.each([
    ['https://a.example/?x=1&y=%20#f', 'https://a.example/?x=1&y=%20#f'],
    ['https://a.example/{x}\\y', 'https://a.example/%7Bx%7D%5Cy'],
  ])('bibtexUrl(%j) is %j', (url, expected) => {
    expect(bibtexUrl(url)).toBe(expected);
  });
});

describe('bibtexKey(meta)', () => {
  it('is backlash, the year, three title words and a hash of title and data version', () => {
    expect(bibtexKey(META)).toMatch(/^backlash2024_anti_muslim_hate_[0-9a-f]{8}$/);
    expect(readBibtex(citeBibtex(META)).key).toBe(bibtexKey(META));
  });

  it('is the same for the same view and data, and differs when the title or the data version does', () => {
    expect(bibtexKey({ ...META })).toBe(bibtexKey(META));
    expect(bibtexKey({ ...META, title: `${META.title} (weekly)` })).not.toBe(bibtexKey(META));
    expect(bibtexKey({ ...META, dataVersion: 'sha256:00' })).not.toBe(bibtexKey(META));
  });

  it('drops accents and punctuation, and falls back to "view" for a title without letters', () => {
    expect(bibtexKey({ ...NASTY, title: 'Émeutes à Saint-Denis' })).toMatch(
      /^backlash2017_emeutes_a_saint_[0-9a-f]{8}$/,
    );
    expect(bibtexKey({ ...NASTY, title: '—', dataVersionDate: '' })).toMatch(/^backlash_view_[0-9a-f]{8}$/);
  });
});

describe('fnv1a32(text)', () => {
  // Reference values of 32-bit FNV-1a from the algorithm's authors' test suite
  // (isthe.com/chongo/tech/comp/fnv).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('fnv1a32(%j) is %s', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });
});
