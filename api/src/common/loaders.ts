import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Escalation } from '../escalation/escalation.entity.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { Turn } from '../interview/turn.entity.js';
import type { BandTally } from '../stats/nps-statistics.js';
import { Wave } from '../wave/wave.entity.js';
import { createAnalysisLoaders } from '../analysis/analysis.loaders.js';
import { createTaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';

const EMPTY: BandTally = { promoters: 0, passives: 0, detractors: 0 };

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * Per-request batch loaders for every relation a list fans out to, so a list of N studies costs
 * one statement per relation, not N. All of them are scoped to the caller's workspace.
 */
export function createLoaders(db: DataSource, workspaceId: string | null) {
  const scoped = <K, V>(fn: (ws: string, keys: readonly K[]) => Promise<V[]>) =>
    new DataLoader<K, V>((keys) => (workspaceId ? fn(workspaceId, keys) : Promise.resolve(keys.map(() => new Error('no workspace')))));

  const tallies = (column: 'w.study_id' | 'r.wave_id') => scoped<string, BandTally>(async (ws, ids) => {
    const rows: { id: string; p: number; pa: number; d: number }[] = await db.query(
      `SELECT ${column} AS id,
              count(*) FILTER (WHERE r.band = 'promoter')::int AS p,
              count(*) FILTER (WHERE r.band = 'passive')::int AS pa,
              count(*) FILTER (WHERE r.band = 'detractor')::int AS d
       FROM respondent r JOIN wave w ON w.id = r.wave_id
       WHERE r.workspace_id = $1 AND ${column} = ANY($2::uuid[]) AND NOT w.preview GROUP BY 1`,
      [ws, ids],
    );
    const byId = new Map(rows.map((r) => [r.id, { promoters: r.p, passives: r.pa, detractors: r.d }]));
    return ids.map((id) => byId.get(id) ?? EMPTY);
  });

  const byId = <E extends { id: string }>(entity: new () => E) => scoped<string, E | null>(async (ws, ids) => {
    const rows = await db.getRepository(entity).find({ where: { workspaceId: ws, id: In([...ids]) } as never });
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });

  const waveTally = tallies('r.wave_id');
  const wavesByStudy = scoped<string, Wave[]>(async (ws, ids) => {
    const waves = await db.getRepository(Wave).find({
      where: { workspaceId: ws, studyId: In([...ids]), preview: false }, order: { createdAt: 'ASC' },
    });
    const grouped = groupBy(waves, (w) => w.studyId);
    return ids.map((id) => grouped.get(id) ?? []);
  });
  /**
   * A study's tally is the sum of its waves' (preview waves excluded on both sides), so a study
   * page listing its waves' counts costs no statement more than the waves' own tallies.
   */
  const studyTally = scoped<string, BandTally>(async (_ws, ids) => Promise.all(ids.map(async (id) => {
    const waves = await wavesByStudy.load(id);
    const counts = await waveTally.loadMany(waves.map((w) => w.id));
    return counts.reduce<BandTally>((sum, t) => {
      if (t instanceof Error) throw t;
      return { promoters: sum.promoters + t.promoters, passives: sum.passives + t.passives, detractors: sum.detractors + t.detractors };
    }, EMPTY);
  })));

  return {
    ...createTaxonomyLoaders(db, workspaceId),
    ...createAnalysisLoaders(db, workspaceId),
    session: byId(InterviewSession),
    respondent: byId(Respondent),
    guide: byId(InterviewGuide),
    /** The latest guide version of each band of a study (detractor, passive, promoter). */
    latestGuides: scoped<string, InterviewGuide[]>(async (ws, ids) => {
      const guides: InterviewGuide[] = await db.getRepository(InterviewGuide).createQueryBuilder('g')
        .distinctOn(['g.study_id', 'g.band'])
        .where('g.workspace_id = :ws AND g.study_id IN (:...ids)', { ws, ids })
        .orderBy('g.study_id').addOrderBy('g.band').addOrderBy('g.version', 'DESC')
        .getMany();
      const grouped = groupBy(guides, (g) => g.studyId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    /** The guide versions a launched wave pinned, by band. */
    pinnedGuides: scoped<string, InterviewGuide[]>(async (ws, ids) => {
      const rows: { wave_id: string; guide_id: string }[] = await db.query(
        `SELECT wave_id, guide_id FROM wave_guide WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) ORDER BY band`, [ws, ids]);
      const guides = rows.length ? await db.getRepository(InterviewGuide).find({ where: { workspaceId: ws, id: In(rows.map((r) => r.guide_id)) } }) : [];
      const guide = new Map(guides.map((g) => [g.id, g]));
      const grouped = groupBy(rows, (r) => r.wave_id);
      return ids.map((id) => (grouped.get(id) ?? []).map((r) => guide.get(r.guide_id)!).filter(Boolean));
    }),
    escalationsBySession: scoped<string, Escalation[]>(async (ws, ids) => {
      const rows = await db.getRepository(Escalation).find({ where: { workspaceId: ws, sessionId: In([...ids]) }, order: { createdAt: 'ASC' } });
      const grouped = groupBy(rows, (e) => e.sessionId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    studyTally,
    /** Interviews per status of each study, preview waves left out. */
    sessionCounts: scoped<string, Record<string, number>>(async (ws, ids) => {
      const rows: { study_id: string; status: string; n: number }[] = await db.query(
        `SELECT w.study_id, s.status, count(*)::int AS n FROM interview_session s JOIN wave w ON w.id = s.wave_id
         WHERE s.workspace_id = $1 AND w.study_id = ANY($2::uuid[]) AND NOT w.preview GROUP BY 1, 2`, [ws, ids]);
      return ids.map((id) => Object.fromEntries(rows.filter((r) => r.study_id === id).map((r) => [r.status, r.n])));
    }),
    waveTally,
    wavesByStudy,
    latestSession: scoped<string, InterviewSession | null>(async (ws, ids) => {
      const sessions: InterviewSession[] = await db.getRepository(InterviewSession).createQueryBuilder('s')
        .distinctOn(['s.respondent_id'])
        .where('s.workspace_id = :ws AND s.respondent_id IN (:...ids)', { ws, ids })
        .orderBy('s.respondent_id').addOrderBy('s.created_at', 'DESC')
        .getMany();
      const byRespondent = new Map(sessions.map((s) => [s.respondentId, s]));
      return ids.map((id) => byRespondent.get(id) ?? null);
    }),
    turns: scoped<string, Turn[]>(async (ws, ids) => {
      const turns = await db.getRepository(Turn).find({
        where: { workspaceId: ws, sessionId: In([...ids]) }, order: { seq: 'ASC' },
      });
      const grouped = groupBy(turns, (t) => t.sessionId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    email: scoped<string, string | null>(async (ws, ids) => {
      const rows: { respondent_id: string; email: string | null }[] = await db.query(
        `SELECT respondent_id, email FROM respondent_contact WHERE workspace_id = $1 AND respondent_id = ANY($2::uuid[])`,
        [ws, ids],
      );
      const byId = new Map(rows.map((r) => [r.respondent_id, r.email]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
