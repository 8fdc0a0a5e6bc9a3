import { GraphQLRequestError } from '../../api/client';
import type { Band, FieldingRulesFieldsFragment, UpdateWaveFieldingInput } from '../../gql/graphql';

export type FieldingRules = FieldingRulesFieldsFragment;

/** Number inputs hold '' while empty (v-model.number). */
type NumberField = number | '';

/** The rules form; the share invited is edited in percent. */
export interface RulesForm {
  autoInvite: boolean;
  bands: Band[];
  samplePercent: NumberField;
  maxPerDay: NumberField;
  delayMinutes: NumberField;
  quietHours: boolean;
  quietStart: string;
  quietEnd: string;
  timezone: string;
  fromName: string;
  replyTo: string;
}

/** Field names as the API reports them in `extensions.field`; null: about the form as a whole. */
export type RulesField =
  | 'autoInvite.bands'
  | 'autoInvite.sampleRate'
  | 'autoInvite.maxPerDay'
  | 'autoInvite.delayMinutes'
  | 'autoInvite.quietHours.start'
  | 'autoInvite.quietHours.end'
  | 'autoInvite.quietHours.timezone'
  | 'sender.fromName'
  | 'sender.replyTo';
export interface RulesProblem {
  field: RulesField | null;
  message: string;
}
const FIELDS: readonly string[] = [
  'autoInvite.bands',
  'autoInvite.sampleRate',
  'autoInvite.maxPerDay',
  'autoInvite.delayMinutes',
  'autoInvite.quietHours.start',
  'autoInvite.quietHours.end',
  'autoInvite.quietHours.timezone',
  'sender.fromName',
  'sender.replyTo',
];

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The form for the stored rules; without rules (or with automatic invitations off), a detractor-first starting point. */
export function formFromRules(rules: FieldingRules | null | undefined, defaultZone = browserTimeZone()): RulesForm {
  const auto = rules?.autoInvite;
  return {
    autoInvite: !!auto,
    bands: auto ? [...auto.bands] : ['DETRACTOR'],
    // Rounded so 0.07 shows as 7, not 7.000000000000001.
    samplePercent: auto ? Math.round(auto.sampleRate * 10_000) / 100 : 100,
    maxPerDay: auto?.maxPerDay ?? '',
    delayMinutes: auto?.delayMinutes ?? 0,
    quietHours: !!auto?.quietHours,
    quietStart: auto?.quietHours?.start ?? '21:00',
    quietEnd: auto?.quietHours?.end ?? '08:00',
    timezone: auto?.quietHours?.timezone ?? defaultZone,
    fromName: rules?.sender?.fromName ?? '',
    replyTo: rules?.sender?.replyTo ?? '',
  };
}

const whole = (v: NumberField) => v !== '' && Number.isInteger(v);

/**
 * Only what the form must settle before sending: GraphQL's Int takes whole numbers only. Ranges,
 * times, the time zone and addresses are the API's to judge (one rule set, one wording).
 */
export function localProblems(form: RulesForm): RulesProblem[] {
  if (!form.autoInvite) return [];
  const problems: RulesProblem[] = [];
  if (form.samplePercent === '' || !Number.isFinite(form.samplePercent))
    problems.push({ field: 'autoInvite.sampleRate', message: 'Enter the share of responses to invite, in percent' });
  if (form.maxPerDay !== '' && !whole(form.maxPerDay))
    problems.push({ field: 'autoInvite.maxPerDay', message: 'Enter a whole number, or leave it empty for no daily cap' });
  if (!whole(form.delayMinutes))
    problems.push({ field: 'autoInvite.delayMinutes', message: 'Enter a whole number of minutes (0 for none)' });
  return problems;
}

export function rulesInput(waveId: string, form: RulesForm): UpdateWaveFieldingInput {
  const fromName = form.fromName.trim();
  const replyTo = form.replyTo.trim();
  return {
    waveId,
    autoInvite: form.autoInvite
      ? {
          bands: form.bands,
          sampleRate: Number(form.samplePercent) / 100,
          maxPerDay: form.maxPerDay === '' ? null : form.maxPerDay,
          delayMinutes: Number(form.delayMinutes),
          quietHours: form.quietHours ? { start: form.quietStart, end: form.quietEnd, timezone: form.timezone.trim() } : null,
        }
      : null,
    sender: fromName || replyTo ? { fromName: fromName || null, replyTo: replyTo || null } : null,
  };
}

/** The form shows a percentage where the API speaks of a 0-1 rate. */
const IN_FORM_UNITS: Partial<Record<RulesField, string>> = {
  'autoInvite.sampleRate': 'The share invited must be above 0% and at most 100%',
};

/** A refused save as a problem next to its field (BAD_USER_INPUT names it in `extensions.field`). */
export function problemFromError(error: unknown, fallback: (e: unknown) => string): RulesProblem {
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') {
    const field = error.extensions.field;
    if (typeof field === 'string' && FIELDS.includes(field)) {
      const known = field as RulesField;
      return { field: known, message: IN_FORM_UNITS[known] ?? error.message };
    }
  }
  return { field: null, message: fallback(error) };
}
