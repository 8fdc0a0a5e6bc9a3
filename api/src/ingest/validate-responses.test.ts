import { describe, expect, it } from 'vitest';
import { validateResponses } from './validate-responses.js';

const now = new Date('2026-06-15T12:00:00Z');

describe('validateResponses', () => {
  it('keeps absent optional fields absent and turns explicit nulls into clears', () => {
    const { rows, errors } = validateResponses(
      [
        { externalId: ' a ', score: 9 },
        { externalId: 'b', score: 0, email: null, language: null, attributes: null, comment: null, respondedAt: null },
      ],
      now,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { externalId: 'a', score: 9, respondedAt: null },
      { externalId: 'b', score: 0, respondedAt: null, email: null, language: null, attributes: {}, comment: null },
    ]);
  });

  it('normalises values as the CSV import does: trimmed, language lower case, empty is none', () => {
    const { rows } = validateResponses(
      [{ externalId: 'a', score: 7, email: ' x@y.io ', language: 'PT-BR', comment: '  fine, mostly \n ', respondedAt: '2026-03-31' }],
      now,
    );
    expect(rows[0]).toEqual({
      externalId: 'a',
      score: 7,
      email: 'x@y.io',
      language: 'pt-br',
      comment: 'fine, mostly',
      respondedAt: new Date('2026-03-31T00:00:00Z'),
    });
  });

  it('keeps attributes as text: numbers and booleans written out, empty values left out', () => {
    const { rows, errors } = validateResponses(
      [{ externalId: 'a', score: 1, attributes: { seats: 25, trial: false, tier: ' SMB ', note: '', x: null } }],
      now,
    );
    expect(errors).toEqual([]);
    expect(rows[0].attributes).toEqual({ seats: '25', trial: 'false', tier: 'SMB' });
  });

  it('reports every problem with index, field and the CSV codes', () => {
    const { rows, errors } = validateResponses(
      [
        { externalId: 'ok', score: 10 },
        { externalId: 'a', score: 11 },
        { externalId: ' ', score: 3, email: 'nope' },
        { externalId: 'c', score: 3, language: 'english please' },
        { externalId: 'd', score: 3, respondedAt: new Date('2026-06-17T00:00:00Z') },
        { externalId: 'e', score: 3, comment: 'x'.repeat(5001) },
        { externalId: 'ok', score: 4 },
        { externalId: 'f', score: 4, attributes: { plan: { nested: true } } },
        { externalId: 'g'.repeat(1001), score: 4 },
        { externalId: 'h', score: 4, attributes: { Tier: 'a', ' tier': 'b' } },
        { externalId: 'i', score: 4, comment: 'bad\u0000byte' },
      ],
      now,
    );
    expect(rows.map((r) => r.externalId)).toEqual(['ok']);
    expect(errors).toEqual([
      { index: 1, field: 'score', code: 'INVALID_SCORE', message: 'responses[1]: score "11" is not a whole number from 0 to 10' },
      { index: 2, field: 'externalId', code: 'MISSING_VALUE', message: 'responses[2] has no id' },
      { index: 2, field: 'email', code: 'INVALID_EMAIL', message: 'responses[2]: "nope" is not an email address' },
      {
        index: 3,
        field: 'language',
        code: 'INVALID_LANGUAGE',
        message: 'responses[3]: "english please" is not a language code such as en, fr or pt-br',
      },
      { index: 4, field: 'respondedAt', code: 'INVALID_DATE', message: 'responses[4]: "2026-06-17T00:00:00.000Z" is in the future' },
      { index: 5, field: 'comment', code: 'VALUE_TOO_LONG', message: 'responses[5].comment is longer than 5000 characters' },
      { index: 6, field: 'externalId', code: 'DUPLICATE_ID', message: 'responses[6]: id "ok" already appears at index 0' },
      {
        index: 7,
        field: 'attributes',
        code: 'INVALID_ATTRIBUTE',
        message: 'responses[7]: attribute "plan" is not text, a number or true/false',
      },
      { index: 8, field: 'externalId', code: 'VALUE_TOO_LONG', message: 'responses[8].externalId is longer than 1000 characters' },
      {
        index: 9,
        field: 'attributes',
        code: 'INVALID_ATTRIBUTE',
        message: 'responses[9]: attributes "Tier" and "tier" name the same attribute',
      },
      {
        index: 10,
        field: 'comment',
        code: 'INVALID_ENCODING',
        message: 'responses[10].comment holds bytes that are not valid UTF-8',
      },
    ]);
  });

  it('refuses an id whose UTF-8 exceeds what the id index holds, naming the field', () => {
    const { rows, errors } = validateResponses(
      [
        { externalId: '\u4e2d'.repeat(801), score: 4 },
        { externalId: '\u4e2d'.repeat(800), score: 4 },
      ],
      now,
    );
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      {
        index: 0,
        field: 'externalId',
        code: 'VALUE_TOO_LONG',
        message: 'responses[0].externalId is an id of 2403 bytes in UTF-8; at most 2400 are accepted',
      },
    ]);
  });

  it('refuses an address over 254 characters (the contact index holds bounded keys), naming the field', () => {
    const local = '\u00e9'.repeat(64);
    const { rows, errors } = validateResponses(
      [
        { externalId: 'a', score: 4, email: `${local}@${'\u4e2d'.repeat(200)}.com` },
        { externalId: 'b', score: 4, email: `${local}@example.com` },
      ],
      now,
    );
    expect(rows.map((r) => r.externalId)).toEqual(['b']);
    expect(errors).toEqual([
      { index: 0, field: 'email', code: 'VALUE_TOO_LONG', message: 'responses[0].email is an address of 269 characters; at most 254' },
    ]);
  });

  it('refuses what JSON payloads can hold but a response cannot (webhooks)', () => {
    const payload = [
      { externalId: 42, score: '7' },
      { externalId: {}, score: true, email: 5, respondedAt: 12 },
      { externalId: 'x', score: 7.5, respondedAt: '31/03/2026' },
    ] as unknown as Parameters<typeof validateResponses>[0];
    const { rows, errors } = validateResponses(payload, now);
    expect(rows).toEqual([{ externalId: '42', score: 7, respondedAt: null }]);
    expect(errors.map((e) => [e.index, e.field, e.code])).toEqual([
      [1, 'externalId', 'MISSING_VALUE'],
      [1, 'score', 'INVALID_SCORE'],
      [1, 'respondedAt', 'INVALID_DATE'],
      [1, 'email', 'INVALID_EMAIL'],
      [2, 'score', 'INVALID_SCORE'],
      [2, 'respondedAt', 'INVALID_DATE'],
    ]);
  });
});
