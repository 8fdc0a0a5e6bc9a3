interface Mergeable {
  lastActivityAt: string | null;
  turns: readonly { id: string; seq: number }[];
  escalations: readonly { id: string }[];
}

const activity = (s: Mergeable) => Date.parse(s.lastActivityAt ?? '') || 0;

/** Later lists win for the same id. */
const byId = <T extends { id: string }>(...lists: (readonly T[])[]): T[] => [...new Map(lists.flat().map((x) => [x.id, x])).values()];

/**
 * One version of a session out of what the page holds, a newer copy (live event or reload) and the
 * turn the event announced. Turns and escalations only accumulate, so a late reload or an event
 * carrying an older list of turns never removes one; the other fields come from the more recently
 * active copy (the incoming one on a tie).
 */
export function mergeSession<S extends Mergeable>(existing: S | null | undefined, incoming: S, turn?: S['turns'][number] | null): S {
  const turns = byId(existing?.turns ?? [], incoming.turns, turn ? [turn] : []).sort((a, b) => a.seq - b.seq);
  const escalations = byId(existing?.escalations ?? [], incoming.escalations);
  const newer = !existing || activity(incoming) >= activity(existing) ? incoming : existing;
  return { ...newer, turns, escalations };
}
