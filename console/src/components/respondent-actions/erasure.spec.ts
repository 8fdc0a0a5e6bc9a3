import { describe, expect, it } from 'vitest';
import { erasureFromHistory } from './erasure';

describe('erasureFromHistory', () => {
  it('reads the receipt a page left in the history entry, and nothing else', () => {
    const erasure = { id: 'r1', erasedAt: '2026-12-07T09:31:00.000Z', externalId: 'R-1' };
    expect(erasureFromHistory({ back: '/x', erasure: { ...erasure, extra: 1 } })).toEqual(erasure);
    expect(erasureFromHistory({ erasure: { id: 'r1' } })).toBeNull();
    expect(erasureFromHistory(null)).toBeNull();
    expect(erasureFromHistory({})).toBeNull();
  });
});
