import { describe, expect, it } from 'vitest';
import { LadderError } from '../common/errors.js';
import { parseGenericPayload } from './generic-payload.js';
import { parseMapping, type TypeformMapping } from './ingest-mapping.js';
import { mapTypeformResponse, parseTypeformPayload, type TypeformPayload } from './typeform-payload.js';
import { typeformDelivery } from './typeform-sample.js';

const parsed = (body: unknown): TypeformPayload => {
  const result = parseTypeformPayload(body);
  if (!result.ok) throw new Error(result.message);
  return result.payload;
};
const map = (body: unknown, mapping: TypeformMapping = {}) => mapTypeformResponse(parsed(body), mapping);

describe('generic payload', () => {
  it("hands { responses: [...] } over as sent: values are the ingest service's to check", () => {
    const responses = [
      { externalId: 'c-1', score: 3, comment: 'Slow', attributes: { tier: 'SMB', seats: 40 } },
      { externalId: 'c-2', score: 'ten', email: null },
    ];
    expect(parseGenericPayload({ responses })).toEqual({ ok: true, responses });
  });

  it('reports items that are not objects and unknown field names, with index and code', () => {
    const result = parseGenericPayload({
      responses: [{ externalId: 'ok', score: 5 }, { externalId: 'x', score: 1, respondedat: 'today' }, 42],
    });
    expect(result).toEqual({
      ok: false,
      message: '2 problem(s) in the responses; nothing was ingested',
      items: [
        { index: 1, field: 'respondedat', code: 'UNKNOWN_FIELD', message: 'responses[1]: "respondedat" is not a response field' },
        { index: 2, field: null, code: 'INVALID_RESPONSE', message: 'responses[2] is not an object' },
      ],
    });
  });

  it('refuses another envelope, an empty batch and more than 1,000 responses, without items', () => {
    for (const body of [[], { response: [] }, { responses: {} }, { responses: [{}], extra: 1 }, null, 'x']) {
      expect(parseGenericPayload(body)).toMatchObject({ ok: false, items: [] });
    }
    expect(parseGenericPayload({ responses: [] })).toEqual({ ok: false, message: 'responses is empty', items: [] });
    const many = Array.from({ length: 1001 }, (_, i) => ({ externalId: `c${i}`, score: 5 }));
    expect(parseGenericPayload({ responses: many })).toMatchObject({ ok: false, message: expect.stringContaining('At most 1000') });
  });
});

describe('Typeform payload', () => {
  it('maps a documented form_response with the defaults', () => {
    const body = typeformDelivery({ submittedAt: '2026-03-31T14:05:09Z' });
    expect(map(body)).toEqual({
      ok: true,
      response: {
        externalId: 'a3a12ec67a1365927098a606107fac15',
        score: 4,
        respondedAt: '2026-03-31T14:05:09Z',
        comment: 'Exports keep timing out since the last release, and support takes days to answer.',
        email: 'Lian.Ops@Example.com',
        language: 'fr',
        // language is the respondent's language, not a segment attribute
        attributes: { customer_id: 'C-1042', tier: 'Enterprise', region: 'EU' },
      },
    });
  });

  it('follows a mapping by ref, hidden field and token; attributes are exactly the mapped ones', () => {
    const mapping = parseMapping('typeform', {
      externalId: 'hidden.customer_id',
      score: 'ref.nps_score',
      comment: 'ref.reason',
      email: 'ref.contact_email',
      language: 'hidden.language',
      attributes: { tier: 'hidden.tier', product: 'ref.product', interview: 'ref.interview_ok', response: 'token', missing: 'ref.nope' },
    });
    const result = map(typeformDelivery(), mapping.source === 'typeform' ? mapping.mapping : {});
    expect(result).toMatchObject({
      ok: true,
      response: {
        externalId: 'C-1042',
        score: 4,
        attributes: { tier: 'Enterprise', product: 'Analytics', interview: 'true', response: 'a3a12ec67a1365927098a606107fac15' },
      },
    });
  });

  it('uses hidden.email when no email question was answered, and a numeric hidden score', () => {
    const body = typeformDelivery({ hidden: { email: 'a@b.example', nps: '7' } });
    body.form_response.answers = body.form_response.answers.filter((a) => a.type !== 'email');
    expect(map(body, { score: 'hidden.nps' })).toMatchObject({
      ok: true,
      response: { email: 'a@b.example', score: 7, attributes: { nps: '7' } },
    });
  });

  it('reports a missing or non-numeric score as item errors', () => {
    const body = typeformDelivery();
    expect(map(body, { score: 'ref.nope' })).toEqual({
      ok: false,
      items: [{ index: 0, field: 'score', code: 'INVALID_SCORE', message: 'responses[0] has no score: ref.nope is not in the response' }],
    });
    expect(map(body, { score: 'ref.product' })).toMatchObject({ ok: false, items: [{ field: 'score', code: 'INVALID_SCORE' }] });
    body.form_response.answers = [];
    expect(map(body)).toMatchObject({ ok: false, items: [{ field: 'score', code: 'INVALID_SCORE' }] });
  });

  it('refuses other event types and bodies that are not Typeform payloads', () => {
    expect(parseTypeformPayload({ ...typeformDelivery(), event_type: 'form_response_partial' })).toEqual({
      ok: false,
      message: 'Only form_response events are ingested, not form_response_partial',
    });
    const { event_id: _dropped, ...noId } = typeformDelivery();
    expect(parseTypeformPayload(noId)).toMatchObject({ ok: false, message: expect.stringContaining('event_id') });
    expect(parseTypeformPayload({ responses: [] }).ok).toBe(false);
  });
});

describe('mapping validation', () => {
  const problem = (source: 'generic' | 'typeform', raw: unknown) => {
    try {
      parseMapping(source, raw);
    } catch (error) {
      if (error instanceof LadderError) return { code: error.code, field: error.details?.field, message: error.message };
    }
    return null;
  };

  it('accepts the empty mapping for both sources and a full Typeform one', () => {
    expect(parseMapping('generic', {})).toEqual({ source: 'generic', mapping: {} });
    expect(parseMapping('typeform', null)).toEqual({ source: 'typeform', mapping: {} });
    expect(parseMapping('typeform', { score: 'ref.q1', toleranceMinutes: 60 }).mapping).toEqual({ score: 'ref.q1', toleranceMinutes: 60 });
  });

  it('refuses unknown keys and bad selectors with the path of the field', () => {
    expect(problem('typeform', { extrenalId: 'token' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mapping.extrenalId',
      message: 'mapping.extrenalId is not a typeform mapping setting',
    });
    expect(problem('generic', { score: 'ref.q1' })).toMatchObject({ field: 'mapping.score' });
    expect(problem('typeform', { attributes: { tier: 'crm.tier' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mapping.attributes.tier',
      message: expect.stringContaining('"hidden.<name>"'),
    });
    expect(problem('typeform', { toleranceMinutes: 2 })).toMatchObject({ field: 'mapping.toleranceMinutes' });
    expect(problem('typeform', { attributes: { '': 'token' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
