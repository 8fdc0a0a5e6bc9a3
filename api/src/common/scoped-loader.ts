import DataLoader from 'dataloader';

/** A batch loader scoped to the caller's workspace; without one every key fails. */
export function scopedLoader<K, V>(workspaceId: string | null, fn: (ws: string, keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>((keys) => (workspaceId ? fn(workspaceId, keys) : Promise.resolve(keys.map(() => new Error('no workspace')))));
}

export function groupRows<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
