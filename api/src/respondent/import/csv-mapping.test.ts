import { describe, expect, it } from 'vitest';
import { mapHeader, parseRow } from './csv-mapping.js';

describe('mapHeader', () => {
  it('maps known columns by alias, case-insensitively, and keeps the rest as attributes', () => {
    const { mapping, errors } = mapHeader(['Customer_ID', 'NPS', 'E-mail', 'Tier', 'Region']);
    expect(errors).toEqual([]);
    expect(mapping.known).toEqual({ id: 0, score: 1, email: 2 });
    expect(mapping.attributes.map((a) => a.name)).toEqual(['Tier', 'Region']);
  });

  it.each(['date', 'Response Date', 'survey_date', 'RESPONDED_AT'])('maps %j to the response date', (name) => {
    expect(mapHeader(['id', 'score', name]).mapping.known).toEqual({ id: 0, score: 1, respondedAt: 2 });
  });

  it.each(['comment', 'Comments', 'feedback', 'VERBATIM', 'reason'])('maps %j to the survey comment, not an attribute', (name) => {
    const { mapping } = mapHeader(['id', 'score', name, 'tier']);
    expect(mapping.known).toEqual({ id: 0, score: 1, comment: 2 });
    expect(mapping.attributes.map((a) => a.name)).toEqual(['tier']);
  });

  it('names each missing required column and duplicate column', () => {
    const { errors } = mapHeader(['email', 'tier', 'Tier']);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'Tier', 'DUPLICATE_COLUMN'],
      [1, 'id', 'MISSING_COLUMN'],
      [1, 'score', 'MISSING_COLUMN'],
    ]);
  });
});

describe('parseRow', () => {
  const { mapping } = mapHeader(['id', 'score', 'email', 'language', 'tier']);

  it('parses a valid row, dropping empty attributes', () => {
    expect(parseRow(['c-1', '9', 'a@b.co', 'FR', ''], mapping, 2)).toEqual({
      errors: [],
      value: { externalId: 'c-1', score: 9, email: 'a@b.co', language: 'fr', attributes: {}, respondedAt: null, comment: null },
    });
  });

  it.each([
    ['11', 'INVALID_SCORE'],
    ['7.5', 'INVALID_SCORE'],
    ['-1', 'INVALID_SCORE'],
    ['', 'INVALID_SCORE'],
    ['nine', 'INVALID_SCORE'],
  ])('rejects score %j with %s', (score, code) => {
    const { errors } = parseRow(['c-1', score, '', '', ''], mapping, 5);
    expect(errors).toEqual([expect.objectContaining({ row: 5, column: 'score', code })]);
  });

  it('reports every problem of a row with its column', () => {
    const { errors } = parseRow(['', '3', 'not-an-email', 'english please', 'bad\uFFFDbyte'], mapping, 7);
    expect(errors.map((e) => [e.column, e.code])).toEqual([
      ['tier', 'INVALID_ENCODING'],
      ['id', 'MISSING_VALUE'],
      ['email', 'INVALID_EMAIL'],
      ['language', 'INVALID_LANGUAGE'],
    ]);
  });

  it('parses the response date against the import time', () => {
    const dated = mapHeader(['id', 'score', 'date']).mapping;
    const now = new Date('2026-04-01T00:00:00Z');
    expect(parseRow(['c-1', '9', '2026-03-31T10:00:00Z'], dated, 2, now).value?.respondedAt).toEqual(new Date('2026-03-31T10:00:00Z'));
    expect(parseRow(['c-1', '9', '2027-01-01'], dated, 3, now).errors).toEqual([
      { row: 3, column: 'date', code: 'INVALID_DATE', message: 'Row 3: "2027-01-01" is in the future' },
    ]);
  });

  it('stores the comment trimmed, up to 5,000 characters where other cells take 1,000', () => {
    const commented = mapHeader(['id', 'score', 'feedback', 'tier']).mapping;
    const long = 'y'.repeat(4997);
    const parsed = parseRow(['c-1', '3', ` ${long}\n `, 'SMB'], commented, 2).value;
    expect([parsed?.comment === long, parsed?.attributes]).toEqual([true, { tier: 'SMB' }]);
    expect(parseRow(['c-1', '3', '', 'SMB'], commented, 2).value?.comment).toBeNull();
    expect(parseRow(['c-1', '3', `${long}yyyy`, 'y'.repeat(1001)], commented, 3).errors).toEqual([
      { row: 3, column: 'feedback', code: 'VALUE_TOO_LONG', message: 'Row 3, column "feedback" is longer than 5000 characters' },
      { row: 3, column: 'tier', code: 'VALUE_TOO_LONG', message: 'Row 3, column "tier" is longer than 1000 characters' },
    ]);
  });

  it('refuses an id longer than 2,400 bytes of UTF-8 by row and column (1,000 characters of Latin text still fit)', () => {
    const mapping = mapHeader(['id', 'score', 'tier']).mapping;
    const latin = 'a'.repeat(1000);
    expect(parseRow([latin, '3', 'SMB'], mapping, 2).value?.externalId).toBe(latin);
    // 1,000 CJK characters are 3,000 bytes: under the cell's 1,000 characters, over what the id index can hold.
    const cjk = '\u4e2d'.repeat(1000);
    expect(parseRow([cjk, '3', 'SMB'], mapping, 3).errors).toEqual([
      {
        row: 3,
        column: 'id',
        code: 'VALUE_TOO_LONG',
        message: 'Row 3, column "id" is an id of 3000 bytes in UTF-8; at most 2400 are accepted',
      },
    ]);
  });

  it('rejects a row whose field count differs from the header', () => {
    expect(parseRow(['c-1', '3'], mapping, 4).errors[0]).toMatchObject({ row: 4, code: 'MALFORMED_ROW' });
  });
});
