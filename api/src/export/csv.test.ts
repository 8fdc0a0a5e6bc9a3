import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, rounded } from './csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['  spaced  ', '  spaced  '],
    ['Lenteur à l’export', 'Lenteur à l’export'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers, booleans, dates and nulls', () => {
    expect([csvField(-12.5), csvField(0), csvField(Number.NaN), csvField(true), csvField(null), csvField(undefined)]).toEqual([
      '-12.5',
      '0',
      '',
      'true',
      '',
      '',
    ]);
    expect(csvField(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01T10:00:00.000Z');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers written as text', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-3')).toBe('-3');
    expect(csvField('-')).toBe("'-");
  });
});

describe('csvLine', () => {
  it('ends records with CRLF and reads back to the same cells with a CSV parser', () => {
    const cells = ['id', 'he said "no", twice', 'line\r\nbreak', '', 'ok'];
    const text = csvLine(cells) + csvLine([1, null, 'x', -2.25, false]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual([cells, ['1', '', 'x', '-2.25', 'false']]);
  });
});

describe('rounded', () => {
  it('keeps the given decimals and nulls', () => {
    expect([rounded(0.123456, 4), rounded(-33.3333, 2), rounded(null, 2)]).toEqual([0.1235, -33.33, null]);
  });
});
