import { GraphQLRequestError, messageFor } from '../../api/client';
import type { NotificationDigest, NotificationPreferenceFieldsFragment } from '../../gql/graphql';

export type NotificationPreferenceRow = NotificationPreferenceFieldsFragment;

/** The API's default digest hour (UTC), offered until an address has its own. */
export const DEFAULT_DIGEST_HOUR = 8;
export const HOURS: readonly number[] = Array.from({ length: 24 }, (_, h) => h);

export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00 UTC`;

export const DIGEST_LABELS: Record<NotificationDigest, string> = {
  NONE: 'Each email at once',
  DAILY: 'One daily digest',
};

/** What an address receives, as a sentence for the saved state. */
export function describePreference(p: NotificationPreferenceRow): string {
  return p.digest === 'DAILY'
    ? `${p.email} gets one digest a day at ${hourLabel(p.digestHourUtc)} with everything queued since the last one.`
    : `${p.email} gets each email as soon as it is queued.`;
}

export interface PreferenceProblem {
  /** Next to the address field: the API refused the address (BAD_USER_INPUT). */
  email?: string;
  /** Above the form: anything else. */
  form?: string;
}

export const VIEWER_CANNOT_WRITE =
  'Your API key can read notification preferences but not change them (viewer keys are read-only). ' +
  'Sign in with an analyst or admin key to change them.';

/** An error of the lookup or the save, by its code (never by the server's wording). */
export function preferenceProblem(e: unknown): PreferenceProblem {
  if (!(e instanceof GraphQLRequestError)) return { form: messageFor(e) };
  if (e.code === 'BAD_USER_INPUT' && e.extensions.field === 'email') return { email: e.message };
  if (e.code === 'FORBIDDEN') return { form: VIEWER_CANNOT_WRITE };
  return { form: messageFor(e) };
}
