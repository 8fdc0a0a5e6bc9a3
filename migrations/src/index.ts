import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema.js';
import { Interviewer1764100000000 } from './migrations/1764100000000-interviewer.js';
import { Insights1764200000000 } from './migrations/1764200000000-insights.js';
import { SegmentCube1764300000000 } from './migrations/1764300000000-segment-cube.js';
import { Fielding1764400000000 } from './migrations/1764400000000-fielding.js';
import { CommentQueue1764410000000 } from './migrations/1764410000000-comment-queue.js';
import { LazyInterviews1764420000000 } from './migrations/1764420000000-lazy-interviews.js';
import { Erasure1764520000000 } from './migrations/1764520000000-erasure.js';
import { ApiKeyLifecycle1764500000000 } from './migrations/1764500000000-api-key-lifecycle.js';
import { RespondentLinks1764510000000 } from './migrations/1764510000000-respondent-links.js';
import { AuditLog1764530000000 } from './migrations/1764530000000-audit-log.js';
import { OrphanSweep1764540000000 } from './migrations/1764540000000-orphan-sweep.js';
import { CodingCompetitors1764550000000 } from './migrations/1764550000000-coding-competitors.js';
import { Alerts1764560000000 } from './migrations/1764560000000-alerts.js';
import { Webhooks1764570000000 } from './migrations/1764570000000-webhooks.js';
import { OwnerNotifications1764580000000 } from './migrations/1764580000000-owner-notifications.js';
import { RespondentWindowIndex1764590000000 } from './migrations/1764590000000-respondent-window-index.js';
import { CodingProvenance1764600000000 } from './migrations/1764600000000-coding-provenance.js';
import { ThemeMembership1764610000000 } from './migrations/1764610000000-theme-membership.js';
import { CodingCorrections1764620000000 } from './migrations/1764620000000-coding-corrections.js';
import { BiReaders1764630000000 } from './migrations/1764630000000-bi-readers.js';
import { RespondentDay1764640000000 } from './migrations/1764640000000-respondent-day.js';
import { SummaryImpact1764650000000 } from './migrations/1764650000000-summary-impact.js';
import { TeamAccounts1764660000000 } from './migrations/1764660000000-team-accounts.js';
import { WorkspaceSso1764670000000 } from './migrations/1764670000000-workspace-sso.js';
import { EmbedOrigins1764680000000 } from './migrations/1764680000000-embed-origins.js';
import { EscalationDefaultOwner1764700000000 } from './migrations/1764700000000-escalation-default-owner.js';
import { RespondentWindowIndexBandOnly1764710000000 } from './migrations/1764710000000-respondent-window-index-band-only.js';
import { RespondentDayBands1764720000000 } from './migrations/1764720000000-respondent-day-bands.js';
import { RespondentAttributesKey1764730000000 } from './migrations/1764730000000-respondent-attributes-key.js';
import { AlertSegmentKeyIndex1764740000000 } from './migrations/1764740000000-alert-segment-key-index.js';

/** Every migration, oldest first. New migrations are appended here. */
export const migrations = [
  InitialSchema1764000000000,
  Interviewer1764100000000,
  Insights1764200000000,
  SegmentCube1764300000000,
  Fielding1764400000000,
  CommentQueue1764410000000,
  LazyInterviews1764420000000,
  ApiKeyLifecycle1764500000000,
  RespondentLinks1764510000000,
  Erasure1764520000000,
  AuditLog1764530000000,
  OrphanSweep1764540000000,
  CodingCompetitors1764550000000,
  Alerts1764560000000,
  Webhooks1764570000000,
  OwnerNotifications1764580000000,
  RespondentWindowIndex1764590000000,
  CodingProvenance1764600000000,
  ThemeMembership1764610000000,
  CodingCorrections1764620000000,
  BiReaders1764630000000,
  RespondentDay1764640000000,
  SummaryImpact1764650000000,
  TeamAccounts1764660000000,
  WorkspaceSso1764670000000,
  EmbedOrigins1764680000000,
  EscalationDefaultOwner1764700000000,
  RespondentWindowIndexBandOnly1764710000000,
  RespondentDayBands1764720000000,
  RespondentAttributesKey1764730000000,
  AlertSegmentKeyIndex1764740000000,
];

/** A data source that knows only the migrations: schema changes go through SQL we reviewed. */
export function createMigrationDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  });
}

export async function runMigrations(url: string): Promise<string[]> {
  const ds = await createMigrationDataSource(url).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function revertAllMigrations(url: string): Promise<number> {
  const ds = await createMigrationDataSource(url).initialize();
  let reverted = 0;
  try {
    const executed = await ds.query(`SELECT count(*)::int AS n FROM typeorm_migrations`);
    for (let i = 0; i < (executed[0]?.n ?? 0); i++) {
      await ds.undoLastMigration({ transaction: 'each' });
      reverted++;
    }
    return reverted;
  } finally {
    await ds.destroy();
  }
}
