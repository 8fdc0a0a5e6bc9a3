import { defaultGuide } from '@ladder/contracts/guide';
import { describe, expect, it } from 'vitest';
import { parseGuideVersion } from './turn-store.js';

describe('parseGuideVersion', () => {
  it('validates a guide version once: the same id gives the same parsed guide, equal to a fresh parse', () => {
    const content = JSON.parse(JSON.stringify(defaultGuide('detractor')));
    const first = parseGuideVersion('guide-version-1', content);
    expect(first).toEqual(defaultGuide('detractor'));
    expect(parseGuideVersion('guide-version-1', JSON.parse(JSON.stringify(content)))).toBe(first);
    expect(parseGuideVersion('guide-version-2', JSON.parse(JSON.stringify(content)))).not.toBe(first);
    expect(parseGuideVersion(null, content)).toEqual(first);
  });

  it('keeps no invalid guide: it answers null each time', () => {
    expect(parseGuideVersion('broken-version', { phases: 'none' })).toBeNull();
    expect(parseGuideVersion('broken-version', { phases: 'none' })).toBeNull();
  });
});
