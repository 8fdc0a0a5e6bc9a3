import { describe, expect, it } from 'vitest';
import { ago, duration, phaseLabel } from './format';

describe('format', () => {
  const now = Date.parse('2026-10-01T12:00:00Z');
  it('says how long ago in the largest whole unit', () => {
    expect(ago('2026-10-01T11:59:48Z', now)).toBe('12 s ago');
    expect(ago('2026-10-01T11:55:00Z', now)).toBe('5 min ago');
    expect(ago('2026-10-01T09:00:00Z', now)).toBe('3 h ago');
    expect(ago('2026-09-29T12:00:00Z', now)).toBe('2 d ago');
    expect(ago(null, now)).toBe('—');
  });
  it('formats durations and phases', () => {
    expect(duration(42)).toBe('42 s');
    expect(duration(754)).toBe('12 min 34 s');
    expect(phaseLabel('LADDERING')).toBe('Laddering');
  });
});
