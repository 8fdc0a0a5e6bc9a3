import type { Band, EscalationReason, EscalationStatus, ModeratorKind, SessionStatus, TurnAuthor } from '../../gql/graphql';

export const SESSION_STATUSES: readonly SessionStatus[] = ['INVITED', 'ACTIVE', 'COMPLETED', 'ABANDONED', 'EXPIRED'];
export const PHASES = ['context', 'surface', 'laddering', 'comparative', 'close'] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_LABELS: Record<Phase, string> = {
  context: 'Context',
  surface: 'Surface reasons',
  laddering: 'Laddering',
  comparative: 'Comparative',
  close: 'Close',
};
export const phaseLabel = (phase: string): string => PHASE_LABELS[phase.toLowerCase() as Phase] ?? phase;

export const lower = (value: string): string => value.toLowerCase().replace(/_/g, ' ');
export const bandClass = (band: Band): string => band.toLowerCase();

export const moderatorLabel = (kind: ModeratorKind): string => (kind === 'OFFLINE' ? 'Offline moderator' : 'Mistral');

export const AUTHOR_LABELS: Record<TurnAuthor, string> = {
  OFFLINE: 'Offline',
  MISTRAL: 'Mistral',
  OFFLINE_FALLBACK: 'Offline fallback',
  RESPONDENT: 'Respondent',
};

export const REASON_LABELS: Record<EscalationReason, string> = {
  COMPETITOR_EVALUATION: 'Competitor evaluation',
  CHURN_RISK: 'Churn risk',
  UNRESOLVED_INCIDENT: 'Unresolved incident',
  LEGAL_OR_SAFETY: 'Legal or safety',
  DISTRESS: 'Distress',
};

export const ESCALATION_STATUSES: readonly EscalationStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED'];

/** "12 s ago", "5 min ago", "3 h ago", "2 d ago"; a dash when there is no time. */
export function ago(iso: string | null | undefined, now: number): string {
  if (!iso) return '—';
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Previews from the guide editor share the study's live topics but are not real interviews. */
export const isPreview = (respondent: { attributes: Record<string, string> }): boolean => respondent.attributes.preview === 'true';
