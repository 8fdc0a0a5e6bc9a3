import { GraphQLRequestError } from '../../api/client';
import type { AlertDirection, AlertMetric, AlertRuleFieldsFragment, CreateAlertRuleInput, UpdateAlertRuleInput } from '../../gql/graphql';
import { alertError } from './alert-format';

export type AlertRuleRow = AlertRuleFieldsFragment;

/** The rule editor's fields; numbers are '' while the input is empty. */
export interface RuleForm {
  name: string;
  metric: AlertMetric;
  direction: AlertDirection;
  groupBy: string[];
  /** Attribute names typed by hand, comma-separated (for attributes no respondent shown here carries yet). */
  extraGroupBy: string;
  windowDays: number | '';
  baselineKind: 'days' | 'previousWave';
  baselineDays: number | '';
  minN: number | '';
  minDelta: number | '';
  level: number | '';
  enabled: boolean;
  /** Who owns the rule's alerts and is emailed when one fires; '' for nobody. */
  ownerEmail: string;
}

export type RuleField = Exclude<keyof RuleForm, 'extraGroupBy' | 'baselineKind'> | 'form';
export type RuleProblems = Partial<Record<RuleField, string>>;

/** The API's defaults (minN 30, minDelta 10, level 0.05), a week against the four weeks before it. */
export const emptyRuleForm = (): RuleForm => ({
  name: '',
  metric: 'NPS',
  direction: 'WORSE',
  groupBy: [],
  extraGroupBy: '',
  windowDays: 7,
  baselineKind: 'days',
  baselineDays: 28,
  minN: 30,
  minDelta: 10,
  level: 0.05,
  enabled: true,
  ownerEmail: '',
});

export function formFromRule(rule: AlertRuleRow, known: readonly string[]): RuleForm {
  return {
    name: rule.name,
    metric: rule.metric,
    direction: rule.direction,
    groupBy: rule.groupBy.filter((g) => known.includes(g)),
    extraGroupBy: rule.groupBy.filter((g) => !known.includes(g)).join(', '),
    windowDays: rule.window.days,
    baselineKind: rule.baseline.previousWave ? 'previousWave' : 'days',
    baselineDays: rule.baseline.days ?? 28,
    minN: rule.minN,
    minDelta: rule.minDelta,
    level: rule.level,
    enabled: rule.enabled,
    ownerEmail: rule.ownerEmail ?? '',
  };
}

/** The ticked attributes then the typed ones, each once, in that order. */
export function groupByOf(form: Pick<RuleForm, 'groupBy' | 'extraGroupBy'>): string[] {
  const typed = form.extraGroupBy
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set([...form.groupBy, ...typed])];
}

const NUMBER_FIELDS = ['windowDays', 'baselineDays', 'minN', 'minDelta', 'level'] as const;

/** What is missing before anything is sent; the API judges the ranges (its message shows by the field). */
export function localProblems(form: RuleForm): RuleProblems {
  const problems: RuleProblems = {};
  if (!form.name.trim()) problems.name = 'Give the rule a name, e.g. "Enterprise NPS drop".';
  for (const field of NUMBER_FIELDS) {
    if (field === 'baselineDays' && form.baselineKind === 'previousWave') continue;
    if (form[field] === '' || !Number.isFinite(form[field])) problems[field] = 'Enter a number.';
  }
  return problems;
}

const num = (x: number | ''): number => Number(x);

function commonInput(form: RuleForm) {
  return {
    name: form.name.trim(),
    metric: form.metric,
    direction: form.direction,
    groupBy: groupByOf(form),
    window: { days: num(form.windowDays) },
    baseline: form.baselineKind === 'previousWave' ? { previousWave: true } : { days: num(form.baselineDays) },
    minN: num(form.minN),
    minDelta: num(form.minDelta),
    level: num(form.level),
    enabled: form.enabled,
    // An empty string clears the owner (the API stores null).
    ownerEmail: form.ownerEmail.trim(),
  };
}

export const createInput = (form: RuleForm, studyId: string): CreateAlertRuleInput => ({ studyId, ...commonInput(form) });
/** Every field the editor shows; the rule's filter (set through the API) is left as it is. */
export const updateInput = (form: RuleForm, id: string): UpdateAlertRuleInput => ({ id, ...commonInput(form) });

/** The API's input names (validation errors name them) as the editor's fields. */
const API_FIELDS: Record<string, RuleField> = {
  name: 'name',
  metric: 'metric',
  direction: 'direction',
  groupBy: 'groupBy',
  filter: 'groupBy',
  window: 'windowDays',
  days: 'windowDays',
  baseline: 'baselineDays',
  minN: 'minN',
  minDelta: 'minDelta',
  level: 'level',
  enabled: 'enabled',
  ownerEmail: 'ownerEmail',
};

interface ValidationField {
  property?: string;
  constraints?: Record<string, string>;
  children?: { property?: string; constraints?: Record<string, string> }[];
}

/** BAD_USER_INPUT lists the failing inputs (`fields`); the first one the editor shows decides. */
function badInputField(extensions: Readonly<Record<string, unknown>>): RuleField {
  // A checked value (an owner's address) names its one field.
  if (typeof extensions.field === 'string' && extensions.field in API_FIELDS) return API_FIELDS[extensions.field];
  const fields = Array.isArray(extensions.fields) ? (extensions.fields as ValidationField[]) : [];
  for (const f of fields) {
    const names = [f.property, ...(f.children ?? []).map((c) => c.property)];
    // `input` wraps the fields when the whole argument is reported; its children name them.
    const known = names.find((n): n is string => !!n && n !== 'input' && n in API_FIELDS);
    if (known) return API_FIELDS[known];
  }
  return 'form';
}

/** An API error as a message next to the field it is about, by its code (never by its text). */
export function problemFromError(e: unknown): RuleProblems {
  if (!(e instanceof GraphQLRequestError)) return { form: alertError(e) };
  switch (e.code) {
    case 'INVALID_ALERT_RULE': {
      const field = typeof e.extensions.field === 'string' ? (API_FIELDS[e.extensions.field] ?? 'form') : 'form';
      return { [field]: e.message };
    }
    case 'INVALID_GROUP_BY':
      return { groupBy: e.message };
    case 'BAD_USER_INPUT':
      return { [badInputField(e.extensions)]: e.message };
    default:
      return { form: alertError(e) };
  }
}

export function describeRule(rule: Pick<AlertRuleRow, 'groupBy' | 'window' | 'baseline' | 'minN' | 'minDelta' | 'level'>): string {
  const by = rule.groupBy.length ? `by ${rule.groupBy.join(' × ')}` : 'whole study';
  const base = rule.baseline.previousWave ? 'the previous wave' : `the ${rule.baseline.days} days before`;
  return `${by} · last ${rule.window.days} days vs ${base} · n ≥ ${rule.minN} · Δ ≥ ${rule.minDelta} pts · level ${rule.level}`;
}
