import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateStudyDocument, CreateWaveDocument, ImportRespondentsDocument } from './gql/graphql.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * The findings page in Chromium against the real platform. The worker's rows (interviews, codings,
 * an analysis with its themes and their members) are written in SQL, as the coder and the
 * synthesizer would: 60 coded detractors, 40 Enterprise and 20 SMB.
 * - Enterprise 0-29 state onboarding (root trust for 0-23, onboarding for 24-29), 30-39 support;
 *   SMB 40-55 state pricing (root pricing), 56-59 support.
 * - Theme "Onboarding": Enterprise 0-29 and SMB 40-41; theme "Pricing": SMB 40-55 and Enterprise 0-1.
 * - Every coding names Acme; Enterprise 0-9 also Zendesk, quoted in 0-1.
 */

const ANSWER = 'We moved our onboarding to Zendesk after the delays.';
const OTHER_ANSWER = 'Zendesk had us live in a week; yours took three months.';

let platform: Platform;
let browser: Browser;
let page: Page;
let db: pg.Client;
let studyId: string;
const competitors = (i: number) => (i < 10 ? ['Zendesk', 'Acme'] : ['Acme']);

async function seed(): Promise<void> {
  const key = platform.bootstrapKey;
  studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'Findings (browser test)' } }, { key })).createStudy.id;
  const waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'Q3' } }, { key })).createWave.id;
  const csv = ['id,score,segment', ...Array.from({ length: 60 }, (_, i) => `f-${i},3,${i < 40 ? 'Enterprise' : 'SMB'}`)].join('\n') + '\n';
  await gqlData(platform.apiUrl, ImportRespondentsDocument, { input: { waveId, csv } }, { key });
  await db.query(`UPDATE wave SET status = 'fielding', launched_at = now() WHERE id = $1`, [waveId]);
  const respondents = (
    await db.query(`SELECT id, workspace_id FROM respondent WHERE wave_id = $1 ORDER BY (substring(external_id from 3))::int`, [waveId])
  ).rows as { id: string; workspace_id: string }[];
  const workspaceId = respondents[0].workspace_id;
  const { rows: taxonomy } = await db.query(`SELECT id, version FROM driver_taxonomy WHERE study_id = $1 ORDER BY version DESC LIMIT 1`, [
    studyId,
  ]);
  const sessions: string[] = [];
  for (const [i, r] of respondents.entries()) {
    const { rows } = await db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at)
       VALUES ($1, $2, $3, 'offline', $4, $4, 'completed', now()) RETURNING id`,
      [workspaceId, r.id, waveId, `wf-${randomUUID()}`],
    );
    const sessionId: string = rows[0].id;
    sessions.push(sessionId);
    await db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase)
       VALUES ($1, $2, 0, 'moderator', 'What happened?', 'context'), ($1, $2, 1, 'respondent', $3, 'surface')`,
      [workspaceId, sessionId, i === 1 ? OTHER_ANSWER : ANSWER],
    );
    const enterprise = i < 40;
    const stated = enterprise ? (i < 30 ? 'onboarding' : 'support') : i < 56 ? 'pricing_value' : 'support';
    const root = enterprise && i < 24 ? 'trust' : stated;
    await db.query(
      `INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder,
         stated_driver, root_driver, sentiment_score, competitors, competitor_mentioned)
       VALUES ($1, $2, $3, $4, $5, $6, 'detractor', 'offline', $7, $8, -0.5, $9, true)`,
      [workspaceId, studyId, waveId, sessionId, taxonomy[0].id, taxonomy[0].version, stated, root, competitors(i)],
    );
  }
  await db.query(
    `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key,
       category_key, role, sentiment, sentiment_score, competitors)
     SELECT c.workspace_id, c.id, c.session_id, t.id, t.seq, 0, length(t.text), t.text, 'competitive', 'market', 'supporting', 'negative',
            -0.5, '{Zendesk}'
     FROM transcript_coding c JOIN turn t ON t.session_id = c.session_id AND t.role = 'respondent' WHERE c.session_id = ANY($1::uuid[])`,
    [sessions.slice(0, 2)],
  );
  const { rows: analysis } = await db.query(
    `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, status, synthesizer, total, coded, workflow_id, summary,
       started_at, finished_at)
     VALUES ($1, $2, $3, $4, 'completed', 'offline', 60, 60, $5, 'Onboarding for Enterprise, pricing for SMB.', now(), now())
     RETURNING id`,
    [workspaceId, studyId, waveId, taxonomy[0].id, `wave-analysis-${randomUUID()}`],
  );
  const themes: [string, string, string, number[]][] = [
    ['onboarding', 'Onboarding', 'onboarding', [...Array(30).keys(), 40, 41]],
    ['pricing', 'Pricing', 'pricing_value', [...Array(16).keys()].map((i) => 40 + i).concat([0, 1])],
  ];
  for (const [rank, [themeKey, label, driver, members]] of themes.entries()) {
    const { rows: theme } = await db.query(
      `INSERT INTO theme (workspace_id, analysis_id, wave_id, key, label, description, scope, driver_keys, sentiment_score, rank)
       VALUES ($1, $2, $3, $4, $5, $6, 'detractor', $7, -0.4, $8) RETURNING id`,
      [workspaceId, analysis[0].id, waveId, themeKey, label, `About ${label}`, [driver], rank + 1],
    );
    await db.query(`INSERT INTO theme_prevalence (theme_id, workspace_id, band, count, n) VALUES ($1, $2, 'detractor', $3, 60)`, [
      theme[0].id,
      workspaceId,
      members.length,
    ]);
    await db.query(`INSERT INTO theme_session (theme_id, workspace_id, session_id, band) SELECT $1, $2, unnest($3::uuid[]), 'detractor'`, [
      theme[0].id,
      workspaceId,
      members.map((i) => sessions[i]),
    ]);
  }
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  await seed();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await db?.end();
  await platform?.stop();
});

const cell = (segment: string, label: string) =>
  page.locator(`[data-testid="findings-row"][data-segment="${segment}"] [data-testid="findings-cell"][title*="· ${label}:"]`);

describe('findings by segment in Chromium', () => {
  it('shows the segment x theme heatmap with intervals, stars and greyed small samples', async () => {
    await page.goto(`${platform.consoleUrl}/studies/${studyId}`);
    await page.getByTestId('nav-findings').first().click();
    await page.waitForURL(/\/findings/);
    await page.getByTestId('findings-group-by').locator('option[value="segment"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.getByTestId('findings-group-by').selectOption('segment');
    const enterprise = cell('segment=Enterprise', 'Onboarding');
    await enterprise.waitFor({ timeout: 15_000 });

    // 30 of 40 Enterprise interviews against 2 of 20 SMB ones: far beyond the adjusted 0.001.
    expect(await enterprise.innerText()).toBe('75%***');
    const title = (await enterprise.getAttribute('title'))!.split('\n');
    expect(title[0]).toBe('segment=Enterprise · Onboarding: 75% (30 of 40)');
    expect(title[1]).toMatch(/^95% interval \d+% to \d+%$/);
    expect(title[3]).toBe('adjusted p < 0.001 ***');
    expect(await enterprise.getAttribute('class')).not.toContain('small');
    // SMB has 20 coded interviews: under 30, greyed.
    const smb = cell('segment=SMB', 'Pricing');
    expect((await smb.getAttribute('title'))!.split('\n')[0]).toBe('segment=SMB · Pricing: 80% (16 of 20)');
    expect(await smb.getAttribute('class')).toContain('small');
    expect(await smb.getAttribute('style')).toContain('rgb(236, 239, 244)');
    await screenshot(page, 'findings-heatmap');
  }, 90_000);

  it('switches to drivers by role', async () => {
    await page.getByTestId('findings-kind-drivers').check();
    const trust = cell('segment=Enterprise', 'Trust and accountability');
    await trust.waitFor({ timeout: 15_000 });
    expect((await trust.getAttribute('title'))!.split('\n')[0]).toBe('segment=Enterprise · Trust and accountability: 60% (24 of 40)');
    // Stated only: nobody states trust, 30 of 40 Enterprise interviews state onboarding.
    await page.getByTestId('findings-role-STATED').check();
    await expect.poll(() => cell('segment=Enterprise', 'Trust and accountability').count(), { timeout: 15_000 }).toBe(0);
    const onboarding = cell('segment=Enterprise', 'Onboarding and implementation');
    expect((await onboarding.getAttribute('title'))!.split('\n')[0]).toBe(
      'segment=Enterprise · Onboarding and implementation: 75% (30 of 40)',
    );
  }, 60_000);

  it('shows the stated-to-root matrix and the competitors', async () => {
    const matrix = page.locator('[data-testid="stated-root"][data-segment="segment=Enterprise"]');
    await matrix.waitFor({ timeout: 15_000 });
    expect(await matrix.getByTestId('stated-root-differs').innerText()).toBe('root differs from stated in 60% (of 40)');
    const onboardingRow = matrix.getByTestId('stated-root-row').first();
    expect(await onboardingRow.locator('td[data-root="Trust and accountability"]').innerText()).toBe('24');

    const zendesk = page.locator('[data-testid="competitor"][data-name="Zendesk"]');
    await zendesk.waitFor({ timeout: 15_000 });
    expect(await zendesk.getByTestId('competitor-total').innerText()).toBe('· named in 10 interviews');
    expect(await zendesk.getByTestId('competitor-wave').first().innerText()).toContain('10 of 60');
    expect(await zendesk.locator('[data-testid="competitor-segment"][data-segment="segment=Enterprise"]').innerText()).toContain(
      '10 of 40',
    );
    const quotes = await zendesk.getByTestId('competitor-quote').allInnerTexts();
    expect(quotes).toHaveLength(2);
    expect(quotes.some((q) => q.includes(ANSWER))).toBe(true);
    expect(quotes.some((q) => q.includes(OTHER_ANSWER))).toBe(true);
    const acme = page.locator('[data-testid="competitor"][data-name="Acme"]');
    expect(await acme.getByTestId('competitor-total').innerText()).toBe('· named in 60 interviews');
  }, 60_000);
});
