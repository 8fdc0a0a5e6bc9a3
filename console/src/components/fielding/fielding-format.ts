import type { FieldingBucket, WaveFieldingStatsQuery } from '../../gql/graphql';
import { pct } from '../insights/format';

type StatsWave = NonNullable<WaveFieldingStatsQuery['study']>['waves'][number];
export type FieldingStats = StatsWave['fielding'];
export type FieldingPoint = StatsWave['fieldingTimeline'][number];

export interface Figure {
  key: keyof FieldingStats;
  label: string;
  value: string;
  hint: string;
}

/** Minutes as "42 min" or "3 h 05 min"; a dash before anyone completed. */
export function minutes(x: number | null | undefined): string {
  if (x == null) return '—';
  const total = Math.round(x);
  if (total < 60) return `${total} min`;
  return `${Math.floor(total / 60)} h ${String(total % 60).padStart(2, '0')} min`;
}

/** The participation figures in reading order, with the definitions the API documents. */
type CountKey = 'responses' | 'invited' | 'sent' | 'failed' | 'suppressed' | 'started' | 'completed';

export function fieldingFigures(s: FieldingStats): Figure[] {
  const count = (key: CountKey, label: string, hint: string): Figure => ({ key, label, value: s[key].toLocaleString(), hint });
  return [
    count('responses', 'Responses', 'Respondents of the wave'),
    count('invited', 'Invited', 'Invitations queued or attempted (suppressed ones excluded)'),
    count('sent', 'Sent', 'Invitations the mail server accepted and that did not bounce'),
    count('failed', 'Failed', 'Invitations that failed or bounced'),
    count('suppressed', 'Suppressed', 'Never sent: the address is on the suppression list'),
    count('started', 'Started', 'Invited respondents who answered at least once'),
    count('completed', 'Completed', 'Invited respondents whose interview is completed'),
    { key: 'responseRate', label: 'Response rate', value: pct(s.responseRate, 1), hint: 'Started / sent' },
    { key: 'completionRate', label: 'Completion rate', value: pct(s.completionRate, 1), hint: 'Completed / started' },
    {
      key: 'medianMinutesToComplete',
      label: 'Median time to complete',
      value: minutes(s.medianMinutesToComplete),
      hint: 'From the invitation being sent to the interview completing',
    },
  ];
}

const HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

/** Buckets are UTC hours or days; labels say so rather than shifting them into the browser's zone. */
export const bucketLabel = (at: string, bucket: FieldingBucket): string => (bucket === 'HOUR' ? HOUR : DAY).format(new Date(at));
