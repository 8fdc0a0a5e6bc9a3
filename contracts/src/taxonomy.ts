/**
 * The driver taxonomy (category → driver) and what a coder produces from a transcript. Shared by
 * the API (editing, versioning, reading codes) and the worker (coding, theme synthesis).
 */
import { z } from 'zod';
import type { CoderKind, ExcerptRole, Sentiment } from './vocabulary.js';

const key = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/, 'a key of lowercase letters, digits and underscores');

export const taxonomyDriverSchema = z.object({
  key,
  label: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500),
  examples: z.array(z.string().trim().min(1).max(200)).max(20),
});

export const taxonomyCategorySchema = z.object({
  key,
  label: z.string().trim().min(1).max(80),
  drivers: z.array(taxonomyDriverSchema).min(1).max(50),
});

export const taxonomyContentSchema = z.object({ categories: z.array(taxonomyCategorySchema).min(1).max(30) }).refine((t) => {
  const keys = t.categories.flatMap((c) => c.drivers.map((d) => d.key));
  return new Set(keys).size === keys.length;
}, 'driver keys must be unique across categories');

export type TaxonomyDriver = z.infer<typeof taxonomyDriverSchema>;
export type TaxonomyCategory = z.infer<typeof taxonomyCategorySchema>;
export type TaxonomyContent = z.infer<typeof taxonomyContentSchema>;

/** One coded piece of evidence: the exact quote, located by turn and character span. */
export interface CodedExcerpt {
  driverKey: string;
  categoryKey: string;
  /** Seq of the respondent turn the quote is taken from. */
  turnSeq: number;
  /** Character span in that turn's text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  role: ExcerptRole;
  sentiment: Sentiment;
  /** -1..1 */
  sentimentScore: number;
  /** Named competitors in the quote (never generic words such as "alternatives"). */
  competitors: string[];
}

export interface TranscriptCoding {
  coder: CoderKind;
  taxonomyVersion: number;
  excerpts: CodedExcerpt[];
  statedDriverKey: string | null;
  rootDriverKey: string | null;
  /** Why there is no root driver when the respondent reached a root the taxonomy has no close driver for; else null. */
  rootNote: string | null;
  /** Products or vendors the respondent names as compared, tried, evaluated or moved to: verbatim substrings of their turns. */
  competitors: string[];
  /** Any competitor reference in the respondent's turns, named or generic ("another vendor", "alternatives"). */
  competitorMentioned: boolean;
  /** -1..1 over the respondent's turns */
  sentimentScore: number;
}

const d = (k: string, label: string, description: string, ...examples: string[]): TaxonomyDriver => ({
  key: k,
  label,
  description,
  examples,
});

/** A default driver taxonomy for B2B software NPS; studies copy it and edit their own versions. */
export const DEFAULT_TAXONOMY: TaxonomyContent = {
  categories: [
    {
      key: 'product',
      label: 'Product',
      drivers: [
        d(
          'reliability',
          'Reliability',
          'Outages, errors, things that break or behave inconsistently',
          'it keeps crashing',
          'sync fails every week',
        ),
        d('performance', 'Performance', 'Speed and responsiveness', 'reports take minutes to load'),
        d('usability', 'Usability', 'How easy the product is to learn and use day to day', 'clunky', 'too many clicks'),
        d('missing_capability', 'Missing capability', 'A needed feature does not exist', 'we still export to spreadsheets for that'),
        d('integrations', 'Integrations', "Connections to the rest of the customer's stack", 'the Salesforce connector drops fields'),
        d('data_quality', 'Data quality', 'Accuracy and completeness of the data shown', 'numbers do not match our warehouse'),
        d(
          'product_direction',
          'Roadmap and product direction',
          'Where the product is going and whether promised features ship',
          'the roadmap keeps slipping',
        ),
      ],
    },
    {
      key: 'experience',
      label: 'Customer experience',
      drivers: [
        d('onboarding', 'Onboarding and implementation', 'Getting set up and live', 'implementation took six months'),
        d('support', 'Support responsiveness and quality', 'Speed and competence of support', 'tickets sit for days'),
        d('account_management', 'Account management', 'The relationship with the account team', 'we never hear from our CSM'),
        d('training_docs', 'Training and documentation', 'Learning resources, docs and enablement', 'the docs are out of date'),
        d('trust', 'Trust and accountability', 'Confidence that the vendor keeps its word and owns problems', 'nobody took responsibility'),
        d(
          'sales_gap',
          'Sales-expectation gap',
          'What was sold or demoed differs from what was delivered',
          'the demo showed features we never got',
        ),
      ],
    },
    {
      key: 'commercial',
      label: 'Commercial',
      drivers: [
        d('pricing_value', 'Pricing and value', 'Price relative to perceived value', 'too expensive for what we use'),
        d('billing', 'Billing', 'Invoices, contracts and billing errors', 'we were double-charged'),
        d(
          'contract_terms',
          'Contract and licensing',
          'Terms, seats, renewals and licensing rules',
          'the seat minimum forces us to overpay',
        ),
        d('competitive', 'Competitive alternatives', 'Other vendors considered or compared', 'we are evaluating another vendor'),
      ],
    },
    {
      key: 'risk',
      label: 'Risk',
      drivers: [
        d(
          'security_compliance',
          'Security and compliance',
          'Security posture, certifications, data protection',
          'our security team flagged it',
        ),
      ],
    },
  ],
};
