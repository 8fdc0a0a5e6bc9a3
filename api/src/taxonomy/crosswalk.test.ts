import { describe, expect, it } from 'vitest';
import { crosswalkIssues, keyTranslator, toCrosswalk, toEntries, translateKeys, translationTable, type TaxonomyStep } from './crosswalk.js';

// v1 -> v2: support split into support_speed and support_quality; pricing renamed to pricing_value.
// v2 -> v3: support_speed and support_quality merged back into service; billing retired.
const chain: TaxonomyStep[] = [
  { version: 3, crosswalk: { support_speed: ['service'], support_quality: ['service'], billing: [] } },
  { version: 1, crosswalk: {} },
  { version: 2, crosswalk: { support: ['support_speed', 'support_quality'], pricing: ['pricing_value'] } },
];

describe('translateKeys', () => {
  it('follows splits, merges, renames and retirements to the latest version', () => {
    expect(translateKeys(chain, 1, ['support'])).toEqual(['service']);
    expect(translateKeys(chain, 1, ['pricing'])).toEqual(['pricing_value']);
    expect(translateKeys(chain, 2, ['support_quality', 'support_speed'])).toEqual(['service']);
    expect(translateKeys(chain, 1, ['billing'])).toEqual([]);
  });

  it('keeps keys the crosswalks do not name, and translates nothing from the latest version', () => {
    expect(translateKeys(chain, 1, ['usability'])).toEqual(['usability']);
    expect(translateKeys(chain, 3, ['support'])).toEqual(['support']);
    expect(translateKeys([], 1, ['a', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('stops at a split when the parts stay apart', () => {
    const two = chain.filter((s) => s.version <= 2);
    expect(translateKeys(two, 1, ['support'])).toEqual(['support_speed', 'support_quality']);
  });

  it('memoises the same answers', () => {
    const t = keyTranslator(chain);
    expect(t(1, 'support')).toEqual(['service']);
    expect(t(1, 'support')).toBe(t(1, 'support'));
    expect(t(2, 'pricing_value')).toEqual(['pricing_value']);
  });
});

describe('crosswalkIssues', () => {
  const oldKeys = new Set(['support', 'pricing', 'billing']);
  const newKeys = new Set(['support_speed', 'support_quality', 'pricing_value']);

  it('accepts old keys on the left and new keys on the right', () => {
    expect(
      crosswalkIssues(
        [
          { from: 'support', to: ['support_speed', 'support_quality'] },
          { from: 'billing', to: [] },
        ],
        oldKeys,
        newKeys,
        4,
      ),
    ).toEqual([]);
  });

  it('lists every unknown or repeated key with its path', () => {
    expect(
      crosswalkIssues(
        [
          { from: 'support', to: ['support_speed', 'support'] },
          { from: 'pricing_value', to: ['pricing_value'] },
          { from: 'support', to: ['support_quality'] },
        ],
        oldKeys,
        newKeys,
        4,
      ),
    ).toEqual([
      { path: 'crosswalk.0.to.1', message: '"support" is not a driver of the new version' },
      { path: 'crosswalk.1.from', message: '"pricing_value" is not a driver of version 4' },
      { path: 'crosswalk.2.from', message: '"support" is mapped twice' },
    ]);
  });

  it('round-trips entries, dropping repeated targets', () => {
    expect(toCrosswalk([{ from: 'a', to: ['b', 'b', 'c'] }])).toEqual({ a: ['b', 'c'] });
    expect(toEntries({ a: ['b'] })).toEqual([{ from: 'a', to: ['b'] }]);
  });
});

describe('translationTable', () => {
  it('lists only the (version, key) pairs whose keys change', () => {
    expect(translationTable(chain)).toEqual({
      '1:support': ['service'],
      '1:pricing': ['pricing_value'],
      '1:support_speed': ['service'],
      '1:support_quality': ['service'],
      '1:billing': [],
      '2:support_speed': ['service'],
      '2:support_quality': ['service'],
      '2:billing': [],
    });
    expect(translationTable([{ version: 1, crosswalk: {} }])).toEqual({});
  });
});
