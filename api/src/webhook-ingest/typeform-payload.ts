import { z } from 'zod';
import type { Selector, TypeformMapping } from './ingest-mapping.js';
import type { IngestItemError, IngestResponse } from '../ingest/ingest-response.js';

/**
 * Typeform's webhook body (developers.typeform.com, "Example webhook payload"): one submitted
 * response per delivery, `event_id` unique per delivery. Objects are read loosely: Typeform adds
 * keys over time (`calculated`, `variables`, `ending`...) and a new one must not break ingest.
 */

const answerSchema = z.looseObject({
  type: z.string(),
  field: z.looseObject({ id: z.string(), type: z.string(), ref: z.string().optional() }),
  text: z.string().optional(),
  email: z.string().optional(),
  url: z.string().optional(),
  file_url: z.string().optional(),
  phone_number: z.string().optional(),
  date: z.string().optional(),
  number: z.number().optional(),
  boolean: z.boolean().optional(),
  choice: z.looseObject({ label: z.string().optional(), other: z.string().optional() }).optional(),
  choices: z.looseObject({ labels: z.array(z.string()).optional(), other: z.string().optional() }).optional(),
});
type Answer = z.infer<typeof answerSchema>;

const hiddenValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const payloadSchema = z.looseObject({
  event_id: z.string().min(1).max(200),
  event_type: z.string(),
  form_response: z.looseObject({
    form_id: z.string(),
    token: z.string().min(1),
    submitted_at: z.iso.datetime({ offset: true }),
    hidden: z.record(z.string(), hiddenValue).optional(),
    answers: z.array(answerSchema).max(1000).default([]),
  }),
});
export type TypeformPayload = z.infer<typeof payloadSchema>;

export type TypeformParse = { ok: true; payload: TypeformPayload } | { ok: false; message: string };

export function parseTypeformPayload(json: unknown): TypeformParse {
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Not a Typeform webhook payload: ${issue.path.map(String).join('.') || 'body'}: ${issue.message}` };
  }
  if (parsed.data.event_type !== 'form_response') {
    return { ok: false, message: `Only form_response events are ingested, not ${parsed.data.event_type}` };
  }
  return { ok: true, payload: parsed.data };
}

type Value = string | number | boolean | null;

/** An answer's value by its type: numbers stay numbers; choices give their labels. */
function answerValue(a: Answer): Value {
  switch (a.type) {
    case 'number':
      return a.number ?? null;
    case 'boolean':
      return a.boolean ?? null;
    case 'choice':
      return a.choice?.label ?? a.choice?.other ?? null;
    case 'choices':
      return [...(a.choices?.labels ?? []), ...(a.choices?.other ? [a.choices.other] : [])].join(', ') || null;
    default: {
      // text, email, url, file_url, phone_number, date: the value sits under the key named by the type.
      const value = (a as Record<string, unknown>)[a.type];
      return typeof value === 'string' ? value : null;
    }
  }
}

function select(p: TypeformPayload, s: Selector): Value | undefined {
  const r = p.form_response;
  if (s === 'token') return r.token;
  if (s.startsWith('hidden.')) return r.hidden?.[s.slice('hidden.'.length)];
  const answer = r.answers.find((a) => a.field.ref === s.slice('ref.'.length));
  return answer ? answerValue(answer) : undefined;
}

const firstAnswer = (p: TypeformPayload, match: (a: Answer) => boolean) => {
  const answer = p.form_response.answers.find(match);
  return answer ? answerValue(answer) : undefined;
};

const text = (v: Value | undefined): string | null => (v === undefined || v === null || v === '' ? null : String(v));

/**
 * One Typeform response as an ingest response, through the wave's mapping or the documented
 * defaults: externalId = token, score = first nps / opinion_scale answer, comment = first
 * long_text answer, email = first email answer or hidden.email, language = hidden.language,
 * attributes = the hidden fields not used as id, email or language.
 */
export function mapTypeformResponse(
  p: TypeformPayload,
  m: TypeformMapping,
): { ok: true; response: IngestResponse } | { ok: false; items: IngestItemError[] } {
  const pick = (s: Selector | undefined, fallback: () => Value | undefined) => (s ? select(p, s) : fallback());
  const hidden = p.form_response.hidden ?? {};
  const externalId = text(pick(m.externalId, () => p.form_response.token));
  const score = pick(m.score, () => firstAnswer(p, (a) => a.type === 'number' && ['nps', 'opinion_scale'].includes(a.field.type)));
  const items: IngestItemError[] = [];
  const scoreSource = m.score ?? 'the first nps or opinion_scale answer';
  if (externalId === null) {
    items.push({ index: 0, field: 'externalId', code: 'MISSING_VALUE', message: `responses[0] has no id: ${m.externalId} has no value` });
  }
  const numeric = typeof score === 'number' ? score : typeof score === 'string' && /^\s*\d+\s*$/.test(score) ? Number(score) : null;
  if (score === undefined || score === null || score === '') {
    items.push({
      index: 0,
      field: 'score',
      code: 'INVALID_SCORE',
      message: `responses[0] has no score: ${scoreSource} is not in the response`,
    });
  } else if (numeric === null) {
    const says = `score "${String(score)}" (${scoreSource}) is not a whole number from 0 to 10`;
    items.push({ index: 0, field: 'score', code: 'INVALID_SCORE', message: `responses[0]: ${says}` });
  }
  if (items.length || externalId === null || numeric === null) return { ok: false, items };

  const used = new Set([m.externalId, m.email ?? 'hidden.email', m.language ?? 'hidden.language'].filter((s) => s?.startsWith('hidden.')));
  const attributes = m.attributes
    ? Object.entries(m.attributes).map(([name, s]) => [name, text(select(p, s))] as const)
    : Object.keys(hidden)
        .filter((name) => !used.has(`hidden.${name}`))
        .map((name) => [name, text(hidden[name])] as const);
  return {
    ok: true,
    response: {
      externalId,
      score: numeric,
      respondedAt: p.form_response.submitted_at,
      comment: text(pick(m.comment, () => firstAnswer(p, (a) => a.field.type === 'long_text'))),
      email: text(pick(m.email, () => firstAnswer(p, (a) => a.type === 'email') ?? hidden.email)),
      language: text(pick(m.language, () => hidden.language)),
      attributes: Object.fromEntries(attributes.filter((entry): entry is readonly [string, string] => entry[1] !== null)),
    },
  };
}
