import type { EscalationReason, InterviewSessionQuery, TranscriptTurnFragment } from '../../gql/graphql';

export type TranscriptSession = NonNullable<InterviewSessionQuery['interviewSession']>;
export type TranscriptTurn = TranscriptTurnFragment;
export type TranscriptEscalation = TranscriptSession['escalations'][number];
export type TranscriptExcerpt = NonNullable<TranscriptSession['coding']>['excerpts'][number];
export interface Segment {
  text: string;
  reason?: EscalationReason;
  excerpt?: TranscriptExcerpt;
}
export type TranscriptItem =
  { kind: 'divider'; phase: string; key: string } | { kind: 'turn'; turn: TranscriptTurn; segments: Segment[]; key: string };

interface Span {
  start: number;
  end: number;
  reason?: EscalationReason;
  excerpt?: TranscriptExcerpt;
}

/**
 * Splits a respondent's answer around the escalation quotes it contains (verbatim substrings of
 * the answer that raised them) and the coded excerpts of that turn (character spans). Where spans
 * overlap the one starting first is kept, an escalation before an excerpt at the same start.
 */
export function highlight(
  text: string,
  escalations: readonly Pick<TranscriptEscalation, 'quote' | 'reason'>[],
  excerpts: readonly TranscriptExcerpt[] = [],
): Segment[] {
  const spans: Span[] = [
    ...escalations
      .filter((e) => e.quote && text.includes(e.quote))
      .map((e): Span => ({ start: text.indexOf(e.quote), end: text.indexOf(e.quote) + e.quote.length, reason: e.reason })),
    ...excerpts
      .filter((x) => x.start >= 0 && x.end <= text.length && x.end > x.start)
      .map((x): Span => ({ start: x.start, end: x.end, excerpt: x })),
  ].sort((a, b) => a.start - b.start || Number(!!a.excerpt) - Number(!!b.excerpt));
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), ...(span.reason ? { reason: span.reason } : { excerpt: span.excerpt }) });
    at = span.end;
  }
  if (at < text.length || !segments.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Turns in order with a divider wherever the phase changes (and before the first turn). */
export function transcriptItems(
  turns: readonly TranscriptTurn[],
  escalations: readonly TranscriptEscalation[],
  excerpts: readonly TranscriptExcerpt[] = [],
): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  let phase: string | null = null;
  for (const turn of [...turns].sort((a, b) => a.seq - b.seq)) {
    if (turn.phase.toLowerCase() !== phase) {
      phase = turn.phase.toLowerCase();
      items.push({ kind: 'divider', phase, key: `phase-${turn.seq}` });
    }
    const segments =
      turn.role === 'RESPONDENT'
        ? highlight(
            turn.text,
            escalations,
            excerpts.filter((x) => x.turnSeq === turn.seq),
          )
        : [{ text: turn.text }];
    items.push({ kind: 'turn', turn, segments, key: turn.id });
  }
  return items;
}
