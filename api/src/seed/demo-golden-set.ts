import { createHash } from 'node:crypto';
import { DEFAULT_KAPPA_THRESHOLD } from '@ladder/contracts';
import { compareCodings } from '@ladder/contracts/stats';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import type { EntityManager } from 'typeorm';

/**
 * The demo's golden set (docs/decisions.md, "Coding agreement"): twelve finished interviews of the
 * demo wave with their codings, nine confirmed by an analyst as coded and three corrected (a root
 * the coding missed, a stated reason it took for another), and one agreement run comparing them, so
 * the agreement page has figures before any run. The codings are the seed's, labelled with the
 * prompt version `demo-seed`: the worker's watcher sees another coder fingerprint than its own and
 * measures its real offline coder on the same transcripts at its first start.
 */
export const DEMO_CODER_VERSION = 'demo-seed';

interface GoldenStory {
  answers: [string, string, string];
  /** The seeded machine coding. */
  machine: [string, string];
  /** The analyst's, when it differs: a correction. */
  analyst?: [string, string];
}

const STORIES: GoldenStory[] = [
  {
    answers: [
      'The exports keep failing every week.',
      'Our board report was late twice this quarter.',
      'My director no longer trusts the numbers we bring.',
    ],
    machine: ['reliability', 'reliability'],
    analyst: ['reliability', 'trust'],
  },
  {
    answers: [
      'Support takes days to answer our tickets.',
      'A billing ticket sat for nine days.',
      'Nobody took ownership, so we stopped relying on them.',
    ],
    machine: ['support', 'trust'],
  },
  {
    answers: ['It is far too expensive for what we use.', 'The renewal went up 30% this year.', 'I cannot justify the cost to our CFO.'],
    machine: ['pricing_value', 'pricing_value'],
  },
  {
    answers: ['Onboarding took months.', 'Nobody showed the team how to build reports.', 'Half the team never learned the tool.'],
    machine: ['onboarding', 'training_docs'],
  },
  {
    answers: [
      'The Salesforce sync breaks every few days.',
      'Accounts end up duplicated.',
      'Our pipeline figures are wrong and sales blames us.',
    ],
    machine: ['data_quality', 'data_quality'],
    analyst: ['integrations', 'data_quality'],
  },
  {
    answers: [
      'Dashboards take a minute to load.',
      'People give up and export to spreadsheets.',
      "The tool is not part of anyone's day any more.",
    ],
    machine: ['performance', 'usability'],
  },
  {
    answers: [
      'There is no way to schedule reports.',
      'We build them by hand every Monday.',
      'A competitor offers it and our team is asking to switch.',
    ],
    machine: ['missing_capability', 'missing_capability'],
    analyst: ['missing_capability', 'competitive'],
  },
  {
    answers: [
      'We were invoiced twice for the same seats.',
      'It took three emails to get a refund.',
      'It makes us wonder what else is wrong in the invoices.',
    ],
    machine: ['billing', 'trust'],
  },
  {
    answers: ['We have had four account managers in a year.', 'Each one asks the same questions.', 'Nobody knows our business any more.'],
    machine: ['account_management', 'account_management'],
  },
  {
    answers: ['Building a report takes too many clicks.', 'New people need weeks to learn it.', 'The documentation is out of date.'],
    machine: ['usability', 'training_docs'],
  },
  {
    answers: ['The contract locks us in for three years.', 'We cannot reduce seats when the team shrinks.', 'We pay for people who left.'],
    machine: ['contract_terms', 'pricing_value'],
  },
  {
    answers: ['SSO was missing for months.', 'Our security team flagged it in the audit.', 'It put the renewal at risk with IT.'],
    machine: ['security_compliance', 'trust'],
  },
];

/**
 * Whose interviews these are: detractors from the middle of the list (of the demo's 103 detractors,
 * the 34th on), since the first respondents are left for trying the API by hand and the simulator
 * interviews from the end.
 */
const DETRACTORS_SKIPPED = 33;

export async function seedDemoGoldenSet(em: EntityManager, workspaceId: string, studyId: string, waveId: string): Promise<void> {
  const [taxonomy]: { id: string; version: number; content: TaxonomyContent }[] = await em.query(
    `SELECT id, version, content FROM driver_taxonomy WHERE study_id = $1 ORDER BY version DESC LIMIT 1`,
    [studyId],
  );
  const categoryOf = new Map(taxonomy.content.categories.flatMap((c) => c.drivers.map((d) => [d.key, c.key] as const)));
  const respondents: { id: string; band: string }[] = await em.query(
    `SELECT id, band FROM respondent WHERE wave_id = $1 AND band = 'detractor' ORDER BY external_id OFFSET $2 LIMIT $3`,
    [waveId, DETRACTORS_SKIPPED, STORIES.length],
  );
  const golden: { stated: string; root: string }[] = [];
  const machine: { stated: string; root: string }[] = [];
  for (const [i, story] of STORIES.entries()) {
    const respondent = respondents[i];
    const token = createHash('sha256').update(`demo-golden-${i}`).digest('hex');
    const [{ id: sessionId }] = await em.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, language,
         started_at, completed_at, closed_at)
       VALUES ($1, $2, $3, 'offline', $4, $5, 'completed', 'en', now() - interval '2 days', now() - interval '2 days',
         now() - interval '2 days') RETURNING id`,
      [workspaceId, respondent.id, waveId, token, `demo-golden-${i}`],
    );
    const questions = ['What is the main reason for your score?', 'What happened then?', 'Why does that matter to you?'];
    const turnIds: string[] = [];
    for (const [k, answer] of story.answers.entries()) {
      const phase = k === 0 ? 'surface' : 'laddering';
      await em.query(
        `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level) VALUES ($1, $2, $3, 'moderator', $4, $5, $6)`,
        [workspaceId, sessionId, k * 2, questions[k], phase, k],
      );
      const [{ id }] = await em.query(
        `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level)
         VALUES ($1, $2, $3, 'respondent', $4, $5, $6) RETURNING id`,
        [workspaceId, sessionId, k * 2 + 1, answer, phase, k],
      );
      turnIds.push(id);
    }
    const excerpt = (turn: number, driver: string, role: string) => ({
      turnId: turnIds[turn],
      turnSeq: turn * 2 + 1,
      start: 0,
      end: story.answers[turn].length,
      quote: story.answers[turn],
      driverKey: driver,
      categoryKey: categoryOf.get(driver)!,
      role,
    });
    const [stated, root] = story.machine;
    const [{ id: codingId }] = await em.query(
      `INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder,
         stated_driver, root_driver, sentiment_score, prompt_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'offline', $8, $9, -0.6, $10) RETURNING id`,
      [workspaceId, studyId, waveId, sessionId, taxonomy.id, taxonomy.version, respondent.band, stated, root, DEMO_CODER_VERSION],
    );
    for (const e of [excerpt(0, stated, 'stated'), excerpt(2, root, 'root')]) {
      await em.query(
        `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key,
           category_key, role, sentiment, sentiment_score)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'negative', -0.6)`,
        [workspaceId, codingId, sessionId, e.turnId, e.turnSeq, e.start, e.end, e.quote, e.driverKey, e.categoryKey, e.role],
      );
    }
    const [goldenStated, goldenRoot] = story.analyst ?? story.machine;
    const excerpts = [excerpt(0, goldenStated, 'stated'), excerpt(2, goldenRoot, 'root')].map(({ turnId: _turnId, ...e }) => e);
    await em.query(
      `INSERT INTO coding_correction (workspace_id, study_id, wave_id, session_id, taxonomy_id, source, stated_driver, root_driver,
         excerpts, note, machine_coding_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
      [
        workspaceId,
        studyId,
        waveId,
        sessionId,
        taxonomy.id,
        story.analyst ? 'corrected' : 'confirmed',
        goldenStated,
        goldenRoot,
        JSON.stringify(excerpts),
        story.analyst ? 'Demo: the analyst reads the last answer as the root.' : null,
        codingId,
      ],
    );
    golden.push({ stated: goldenStated, root: goldenRoot });
    machine.push({ stated, root });
  }
  const keys = taxonomy.content.categories.flatMap((c) => c.drivers.map((d) => d.key));
  const figures = compareCodings(golden, machine, keys);
  await em.query(
    `INSERT INTO coding_agreement_run (workspace_id, study_id, taxonomy_id, taxonomy_version, coder, model, prompt_version, trigger,
       status, n, percent_agreement, kappa, per_driver, threshold, below_threshold, created_at, finished_at)
     VALUES ($1, $2, $3, $4, 'offline', NULL, $5, 'manual', 'completed', $6, $7, $8, $9::jsonb, $10, $11, now() - interval '1 day',
       now() - interval '1 day')`,
    [
      workspaceId,
      studyId,
      taxonomy.id,
      taxonomy.version,
      DEMO_CODER_VERSION,
      figures.n,
      figures.percentAgreement,
      figures.kappa,
      JSON.stringify(figures.drivers),
      DEFAULT_KAPPA_THRESHOLD,
      figures.kappa !== null && figures.kappa < DEFAULT_KAPPA_THRESHOLD,
    ],
  );
}
