import type { EraseRespondentMutation } from '../../gql/graphql';

export type ErasureReceipt = EraseRespondentMutation['eraseRespondent'];
/** A receipt with the external id the user knew the respondent by (the tombstone keeps only the id). */
export interface ErasureNote extends ErasureReceipt {
  externalId: string;
}

/** The word the confirm dialog asks for: typed on purpose, not clicked through. */
export const ERASE_WORD = 'ERASE';

/**
 * The receipt a page passed on when it navigated away from what was erased (vue-router `state`),
 * read back from the history entry so the study page can show it; null when there is none.
 */
export function erasureFromHistory(state: unknown = history.state): ErasureNote | null {
  const note = (state as { erasure?: Partial<ErasureNote> } | null)?.erasure;
  return note && typeof note.id === 'string' && typeof note.erasedAt === 'string' && typeof note.externalId === 'string'
    ? { id: note.id, erasedAt: note.erasedAt, externalId: note.externalId }
    : null;
}
