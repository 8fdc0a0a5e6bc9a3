import type { IngestSource } from '@ladder/contracts';
import { z } from 'zod';
import { LadderError } from '../common/errors.js';

/**
 * The per-wave field mapping of a webhook source (`wave_ingest_source.mapping`), validated when it
 * is configured so a delivery never meets a mapping it cannot apply. Unknown keys are refused: a
 * typo (`extrenalId`) would otherwise silently fall back to a default.
 */

/** Where a Typeform value comes from: the response `token`, a hidden field, or an answer by its field `ref`. */
export type Selector = 'token' | `hidden.${string}` | `ref.${string}`;

const selector = z
  .string()
  .regex(/^(token|hidden\.[A-Za-z0-9_-]{1,64}|ref\.\S{1,255})$/, 'must be "token", "hidden.<name>" or "ref.<field ref>"')
  .transform((s) => s as Selector);

const attributeName = z
  .string()
  .regex(/^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,63}$/u, 'attribute names are 1-64 letters, digits, _ . - or spaces');

/** Typeform delivers a response once it is submitted; its own retries keep the same `submitted_at`. */
export const MAX_TOLERANCE_MINUTES = 24 * 60;

export const typeformMappingSchema = z.strictObject({
  externalId: selector.optional(),
  score: selector.optional(),
  comment: selector.optional(),
  email: selector.optional(),
  language: selector.optional(),
  attributes: z
    .record(attributeName, selector)
    .refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes')
    .optional(),
  toleranceMinutes: z.int().min(5).max(MAX_TOLERANCE_MINUTES).optional(),
});
export type TypeformMapping = z.infer<typeof typeformMappingSchema>;

/** The generic source posts our own shape: nothing to map. */
export const genericMappingSchema = z.strictObject({});
export type GenericMapping = z.infer<typeof genericMappingSchema>;

export type IngestMapping = { source: 'generic'; mapping: GenericMapping } | { source: 'typeform'; mapping: TypeformMapping };

const SCHEMAS = { generic: genericMappingSchema, typeform: typeformMappingSchema } as const satisfies Record<IngestSource, z.ZodType>;

/** Validates a mapping for its source; the first problem becomes BAD_USER_INPUT with its path (`mapping.attributes.tier`). */
export function parseMapping(source: IngestSource, raw: unknown): IngestMapping {
  const parsed = SCHEMAS[source].safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['mapping', ...issue.path.map(String)].join('.');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = keys.length ? `${path}.${keys[0]}` : path;
    const message = keys.length ? `${field} is not a ${source} mapping setting` : `${field}: ${issue.message}`;
    throw new LadderError('BAD_USER_INPUT', message, { field });
  }
  return { source, mapping: parsed.data } as IngestMapping;
}

/** A stored mapping, read back. It was validated when stored, so a failure is ours (a hand-edited row): an internal error. */
export function storedMapping(source: IngestSource, raw: unknown): IngestMapping {
  const parsed = SCHEMAS[source].safeParse(raw ?? {});
  if (!parsed.success) throw new Error(`stored ${source} mapping is invalid: ${parsed.error.message}`);
  return { source, mapping: parsed.data } as IngestMapping;
}
