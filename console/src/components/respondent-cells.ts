import type { SessionStatus } from '../gql/graphql';

/** Sessions whose link still works: re-issuing it ("New link") makes sense, a second interview never does. */
const OPEN: readonly SessionStatus[] = ['INVITED', 'ACTIVE'];

/** What the interview cell offers: the first interview, a new link to the open one, or only its transcript. */
export function interviewOffer(session: { status: SessionStatus } | null | undefined): 'start' | 'new-link' | null {
  if (!session) return 'start';
  return OPEN.includes(session.status) ? 'new-link' : null;
}

/** The first `max` characters, cut at a word when one ends near there, and whether anything was left out. */
export function shorten(text: string, max = 90): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const space = flat.lastIndexOf(' ', max);
  return { text: `${flat.slice(0, space > max * 0.6 ? space : max)}…`, cut: true };
}
