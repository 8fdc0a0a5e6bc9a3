import { describe, expect, it } from 'vitest';
import { checkCompatibility, listedBreakingChanges, removalDate } from './schema-compat.js';

const RELEASED = `
type Query {
  study(id: ID!): Study
  studies(first: Int = 20): [Study!]!
  legacyScore: Int @deprecated(reason: "Use Study.nps. Removal after 2027-01-31")
}
type Study {
  id: ID!
  name: String!
  band: Band
}
enum Band {
  DETRACTOR
  PASSIVE
  PROMOTER
}
`;

/** A changelog whose Unreleased section lists these paths as breaking changes. */
const changelog = (...paths: string[]) => `# API changelog

## Policy

Additive changes only.

## Unreleased

### Breaking changes

${paths.map((p) => `- \`${p}\`: explained here`).join('\n')}

### Added

- \`Study.createdAt\`

## v1 — 2026-12-07

### Breaking changes

- \`Study.band\`: an old entry, for the previous release
`;

const JAN_2027 = new Date('2027-01-15T00:00:00Z');
const MAR_2027 = new Date('2027-03-01T00:00:00Z');

const check = (current: string, log = changelog(), today = JAN_2027) =>
  checkCompatibility({ released: RELEASED, current, changelog: log, today });

describe('successful', () => {
  it('passes an additive change: a new type, field, optional argument', async () => {
    const current = RELEASED.replace('name: String!', 'name: String!\n  createdAt: String\n  wave(first: Int): Wave').concat(
      '\ntype Wave { id: ID! }\n',
    );
    expect(await check(current)).toEqual({ listed: [], problems: [], warnings: [] });
  });

  it('accepts a breaking change listed under Unreleased / Breaking changes', async () => {
    const report = await check(RELEASED.replace('name: String!', 'name: String'), changelog('Study.name'));
    expect(report.problems).toEqual([]);
    expect(report.listed).toEqual([{ path: 'Study.name', message: expect.stringContaining("changed type from 'String!' to 'String'") }]);
  });

  it('accepts a listed removal that the release deprecated with a date now past', async () => {
    const report = await check(RELEASED.replace(/ {2}legacyScore.*\n/, ''), changelog('Query.legacyScore'), MAR_2027);
    expect(report.problems).toEqual([]);
    expect(report.listed.map((c) => c.path)).toEqual(['Query.legacyScore']);
  });

  it('prints dangerous changes as warnings without failing (a new enum value)', async () => {
    const report = await check(RELEASED.replace('PROMOTER', 'PROMOTER\n  UNKNOWN'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([expect.stringMatching(/^dangerous: Band.UNKNOWN: /)]);
  });
});

describe('failing', () => {
  it('fails on a breaking change the changelog does not list, naming its path', async () => {
    const report = await check(RELEASED.replace('study(id: ID!): Study', 'study(id: ID!, wave: ID!): Study'));
    expect(report.problems).toEqual([expect.stringMatching(/^breaking: Query.study.wave: .* \(not listed in docs\/api\/CHANGELOG.md\)$/)]);
  });

  it('does not count a path listed only under an earlier release', async () => {
    const report = await check(RELEASED.replace('  band: Band\n', ''));
    expect(report.problems).toEqual([expect.stringMatching(/^breaking: Study.band: /)]);
  });

  it('fails a listed removal the release had not deprecated, or before its removal date', async () => {
    const undeprecated = await check(RELEASED.replace('  band: Band\n', ''), changelog('Study.band'));
    expect(undeprecated.problems).toEqual(['`Study.band` is removed, but the released schema did not deprecate it first']);
    const early = await check(RELEASED.replace(/ {2}legacyScore.*\n/, ''), changelog('Query.legacyScore'), JAN_2027);
    expect(early.problems).toEqual(['`Query.legacyScore` is removed before its removal date 2027-01-31']);
  });

  it('fails a deprecation whose reason names no removal date', async () => {
    const report = await check(RELEASED.replace('band: Band', 'band: Band @deprecated(reason: "Use Study.segment")'));
    expect(report.problems).toEqual(['deprecated without a date: Study.band: "Use Study.segment" needs "Removal after YYYY-MM-DD"']);
  });

  it('warns about a listed path that no breaking change has', async () => {
    const report = await check(RELEASED, changelog('Query.nothing'));
    expect(report).toEqual({ listed: [], problems: [], warnings: ['listed but not a breaking change: Query.nothing'] });
  });
});

describe('changelog and dates', () => {
  it('reads each Unreleased breaking change by the first code span of its list item', () => {
    expect([...listedBreakingChanges(changelog('Query.a', 'Study.b.c'))]).toEqual(['Query.a', 'Study.b.c']);
  });

  it('reads a removal date only when it is a real day', () => {
    expect(removalDate('Use x. Removal after 2027-01-31')?.toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(removalDate('Removal after 2027-02-30')).toBeNull();
    expect(removalDate('Use x instead')).toBeNull();
  });
});
