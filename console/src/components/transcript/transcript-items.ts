import type { EscalationReason, InterviewSessionQuery, TranscriptTurnFragment } from '../../gql/graphql';

export type TranscriptSession = NonNullable<InterviewSessionQuery['interviewSession']>;
export type TranscriptTurn = TranscriptTurnFragment;
export type TranscriptEscalation = TranscriptSession['escalations'][number];
export interface Segment { text: string; reason?: EscalationReason }
export type TranscriptItem =
  | { kind: 'divider'; phase: string; key: string }
  | { kind: 'turn'; turn: TranscriptTurn; segments: Segment[]; key: string };

/**
 * Splits a respondent's answer around the escalation quotes it contains. Quotes are verbatim
 * substrings of the answer that raised them; overlapping ones keep the first found.
 */
export function highlight(text: string, escalations: readonly Pick<TranscriptEscalation, 'quote' | 'reason'>[]): Segment[] {
  const spans = escalations
    .filter((e) => e.quote)
    .map((e) => ({ start: text.indexOf(e.quote), end: text.indexOf(e.quote) + e.quote.length, reason: e.reason }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), reason: span.reason });
    at = span.end;
  }
  if (at < text.length || !segments.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Turns in order with a divider wherever the phase changes (and before the first turn). */
export function transcriptItems(turns: readonly TranscriptTurn[], escalations: readonly TranscriptEscalation[]): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  let phase: string | null = null;
  for (const turn of [...turns].sort((a, b) => a.seq - b.seq)) {
    if (turn.phase.toLowerCase() !== phase) {
      phase = turn.phase.toLowerCase();
      items.push({ kind: 'divider', phase, key: `phase-${turn.seq}` });
    }
    const segments = turn.role === 'RESPONDENT' ? highlight(turn.text, escalations) : [{ text: turn.text }];
    items.push({ kind: 'turn', turn, segments, key: turn.id });
  }
  return items;
}
