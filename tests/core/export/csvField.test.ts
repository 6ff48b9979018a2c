import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, quoteField } from '../../../src/core/export/csvField';
import type { ExportCell } from '../../../src/core/export/exportTypes';

// The characters that start a formula are OWASP's list ("CSV Injection"): =, +, -, @, tab, carriage return.
const FORMULAS: readonly (readonly [string, string])[] = [
  ['=1+2', "'=1+2"],
  ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
  ['+1', "'+1"],
  ['-3', "'-3"],
  ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
  ['\t=1', "'\t=1"],
  ['\r=1', "'\r=1"],
  ['2001-09-11', '2001-09-11'],
  ['a=b', 'a=b'],
  [' =1', ' =1'],
  ["'=1", "'=1"],
  ['', ''],
];

const QUOTING: readonly (readonly [string, string])[] = [
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['cr\rhere', '"cr\rhere"'],
  ['tab\there', 'tab\there'],
  ["it's", "it's"],
  ['', ''],
];

const CELLS: readonly (readonly [ExportCell, string])[] = [
  [null, ''],
  [0, '0'],
  [-3, '-3'],
  [-0.5, '-0.5'],
  [0.000123, '0.000123'],
  [1e-7, '0.0000001'],
  [1e21, '1000000000000000000000'],
  [NaN, ''],
  [Infinity, ''],
  [true, 'true'],
  [false, 'false'],
  ['-3', "'-3"],
  ['=1,2', '"\'=1,2"'],
  ['+"x"', '"\'+""x"""'],
  ['Camden', 'Camden'],
  ['Barking and Dagenham, east', '"Barking and Dagenham, east"'],
];

describe('neutraliseFormula(text)', () => {
  it.each(FORMULAS)('neutraliseFormula(%j) is %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

describe('quoteField(text)', () => {
  it.each(QUOTING)('quoteField(%j) is %j', (text, expected) => {
    expect(quoteField(text)).toBe(expected);
  });
});

describe('csvField(cell)', () => {
  it.each(CELLS)('csvField(%j) is %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});
