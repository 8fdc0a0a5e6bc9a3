import type { CorrectCodingInput, CorrectionFieldsFragment, ExcerptRole, CorrectionContextQuery } from '../../gql/graphql';

export type Correction = CorrectionFieldsFragment;
export type TaxonomyVersion = CorrectionContextQuery['taxonomyVersions'][number];

/** The drivers of a taxonomy version as select options, grouped under their category. */
export function driverOptions(taxonomy: Pick<TaxonomyVersion, 'categories'> | null | undefined) {
  return (taxonomy?.categories ?? []).map((c) => ({ label: c.label, drivers: c.drivers.map((d) => ({ key: d.key, label: d.label })) }));
}

/** What the correction form holds; the empty string means "none". */
export interface CorrectionDraft {
  statedDriver: string;
  rootDriver: string;
  excerpt: { driverKey: string; role: ExcerptRole; turnSeq: number | null; start: number; end: number } | null;
  note: string;
}

/** The form starts from the analyst's correction when there is one, else from the machine coding. */
export function draftFrom(
  coding: {
    statedDriver?: { key: string } | null;
    rootDriver?: { key: string } | null;
    excerpts: readonly { driverKey: string; role: ExcerptRole; turnSeq: number; start: number; end: number }[];
    correction?: Correction | null;
  },
  firstRespondentTurn: number | null,
): CorrectionDraft {
  const source = coding.correction ?? coding;
  const first = source.excerpts.find((x) => x.role === 'STATED') ?? source.excerpts[0];
  return {
    statedDriver: source.statedDriver?.key ?? '',
    rootDriver: source.rootDriver?.key ?? '',
    excerpt: first
      ? { driverKey: first.driverKey, role: first.role, turnSeq: first.turnSeq, start: first.start, end: first.end }
      : firstRespondentTurn === null
        ? null
        : { driverKey: source.statedDriver?.key ?? '', role: 'STATED', turnSeq: firstRespondentTurn, start: 0, end: 0 },
    note: coding.correction?.note ?? '',
  };
}

/**
 * The mutation's input. The quote span is sent only when it is a real span of a turn with a driver
 * (the API checks it against the turn: EXCERPT_SPAN_INVALID); without one the machine's excerpts stay.
 */
export function correctionInput(sessionId: string, draft: CorrectionDraft): CorrectCodingInput {
  const x = draft.excerpt;
  const span = x && x.turnSeq !== null && x.driverKey && x.end > x.start;
  return {
    sessionId,
    statedDriver: draft.statedDriver || null,
    ...(draft.rootDriver ? { rootDriver: draft.rootDriver } : { noRootDriver: true }),
    ...(span ? { excerpts: [{ driverKey: x.driverKey, role: x.role, turnSeq: x.turnSeq!, start: x.start, end: x.end }] } : {}),
    note: draft.note.trim() || null,
  };
}

/**
 * The character offset of a DOM point inside a turn's text element, counting only the turn's own
 * words: the driver labels drawn inside highlighted excerpts (`.transcript-code-driver`) are skipped.
 * Null when the point is outside the element.
 */
export function textOffset(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement?.closest('.transcript-code-driver')) continue;
    const length = t.textContent?.length ?? 0;
    if (t === node) return count + Math.min(offset, length);
    // The whole text node lies before the point: count it; else the point came before it.
    if (point.comparePoint(t, length) < 0) count += length;
    else if (point.comparePoint(t, 0) >= 0) return count;
  }
  return count;
}

/** A selection inside one respondent turn's text as { turnSeq, start, end }; null when it is empty or spans turns. */
export function selectionSpan(selection: Selection | null): { turnSeq: number; start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const element = (n: Node) => (n.nodeType === 1 ? (n as Element) : n.parentElement);
  const turn = element(range.startContainer)?.closest('[data-testid="transcript-turn"][data-role="RESPONDENT"]');
  if (!turn || turn !== element(range.endContainer)?.closest('[data-testid="transcript-turn"]')) return null;
  const text = turn.querySelector('.transcript-text');
  if (!text) return null;
  const start = textOffset(text, range.startContainer, range.startOffset);
  const end = textOffset(text, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { turnSeq: Number(turn.getAttribute('data-seq')), start, end };
}
