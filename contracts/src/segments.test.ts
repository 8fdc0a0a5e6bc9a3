import { describe, expect, it } from 'vitest';
import { segmentLabel } from './segments.js';

describe('segmentLabel', () => {
  it('joins attribute=value pairs in key order and names a missing value', () => {
    expect(
      segmentLabel([
        { attribute: 'tier', value: 'Enterprise' },
        { attribute: 'region', value: null },
      ]),
    ).toBe('tier=Enterprise, region=(none)');
  });

  it('names the empty key after the population the caller counted', () => {
    expect(segmentLabel([])).toBe('All respondents');
    expect(segmentLabel([], 'All coded interviews')).toBe('All coded interviews');
  });
});
