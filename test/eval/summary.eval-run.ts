/**
 * `npm run eval:summary`: the demo's executive summary as a new user sees it, checked. Starts the platform (offline
 * moderator, coder and synthesis), seeds the demo, has the simulator's synthetic respondents finish 40 of its wave's
 * interviews, analyses the wave, then prints the summary, the actions and the theme labels, and a list of checks
 * (`checkSummary` in @ladder/workflows/summary-checks) that must all pass: every label fit to print (labelProblems),
 * every action citing its counts ("N of M") with an interval around its estimate and the small-sample flag below 30
 * interviews, an explanation that says what the number assumes, and length limits. Fails on any problem; it runs with
 * `npm test` too. Also takes the summary page's screenshot (`screenshots/summary.png`) on that demo.
 */
import { checkSummary, labelLanguage, type SummaryCheck } from '@ladder/workflows/summary-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalSummaryDocument, type EvalSummaryQuery, type TypedDocumentString } from '../src/gql/graphql.js';
import { launchBrowser, screenshot } from '../src/support/browser.js';
import { gql } from '../src/support/graphql.js';
import { analysedDemoWave } from '../src/support/demo-wave.js';
import { startPlatform, type Platform } from '../src/support/platform.js';

const INTERVIEWS = 40;
const ANALYSIS_WAIT_MS = 120_000;

let platform: Platform;
let studyId: string;
let waveId: string;
let analysis: NonNullable<EvalSummaryQuery['waveAnalysis']>;
let checks: SummaryCheck[];

async function api<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const result = await gql(platform.apiUrl, document, variables, { key: platform.bootstrapKey });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

function report(): string {
  const lines = [
    `Executive summary of the demo wave (${analysis.coded} interviews coded, ${analysis.synthesizer.toLowerCase()} synthesis)`,
    '',
    analysis.summary ?? '(none)',
    '',
    'Actions:',
    ...[...analysis.actions]
      .sort((a, b) => a.rank - b.rank)
      .flatMap((a) => [
        `  #${a.rank} ${a.title}`,
        `     +${a.impactPoints} points (95% CI ${a.impactLow} to ${a.impactHigh}), ${a.impactN} interviews` +
          `${a.smallSample ? ': small sample' : ''} [${a.writer}]`,
      ]),
    '',
    'Theme labels:',
    ...analysis.themes.map((t) => `  ${t.label} (${labelLanguage(t.quotes.map((q) => q.quote))})`),
    '',
    'Checks:',
    ...checks.map((c) => `  ${c.ok ? 'pass' : 'FAIL'}  ${c.subject}: ${c.check}${c.ok ? '' : ` (${c.detail})`}`),
    '',
    `${checks.filter((c) => c.ok).length} of ${checks.length} checks pass`,
  ];
  return lines.join('\n');
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  const analysed = await analysedDemoWave(platform, { interviews: INTERVIEWS, analysisWaitMs: ANALYSIS_WAIT_MS });
  ({ studyId, waveId } = analysed);
  const analysisId = analysed.analysisId;
  analysis = (await api(EvalSummaryDocument, { id: analysisId })).waveAnalysis!;
  checks = checkSummary({
    summary: analysis.summary,
    themes: analysis.themes.map((t) => ({ label: t.label, quotes: t.quotes.map((q) => q.quote) })),
    actions: analysis.actions,
  });
  console.log(report());
}, 600_000);
afterAll(async () => {
  await platform?.stop();
});

describe('executive summary of the demo (eval:summary)', () => {
  it('analyses the 40 interviews offline into themes and actions', () => {
    expect(analysis.coded).toBeGreaterThanOrEqual(INTERVIEWS);
    expect(analysis.synthesizer).toBe('OFFLINE');
    expect(analysis.themes.length).toBeGreaterThan(0);
    expect(analysis.actions.length).toBeGreaterThan(0);
  });

  it('passes every label and copy check', () => {
    expect(checks.filter((c) => !c.ok).map((c) => `${c.subject}: ${c.check} (${c.detail})`)).toEqual([]);
    // Every kind of check ran: labels, counts, intervals, the small-sample flag, the explanation, lengths.
    for (const kind of ['label fit to print', 'cites counts', 'interval', 'small sample', 'assumes', 'characters']) {
      expect(checks.some((c) => c.check.includes(kind))).toBe(true);
    }
  });

  it('shows the summary page with each impact and its interval (screenshot summary)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${platform.consoleUrl}/login#key=${encodeURIComponent(platform.bootstrapKey)}`);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${platform.consoleUrl}/studies/${studyId}/summary?wave=${waveId}`);
      await page.getByTestId('summary-text').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('summary-text').innerText()).toBe(analysis.summary);
      const first = [...analysis.actions].sort((a, b) => a.rank - b.rank)[0];
      const action = page.getByTestId('summary-action').first();
      expect(await action.getByTestId('action-title').innerText()).toBe(first.action);
      expect(await action.getByTestId('action-evidence-text').innerText()).toBe(first.evidence);
      expect(await action.getByTestId('action-impact').innerText()).toBe(
        `+${Math.round(first.impactPoints)} points (95% CI ${Math.round(first.impactLow!)} to ${Math.round(first.impactHigh!)})`,
      );
      expect(await action.getByTestId('action-basis').innerText()).toBe(
        `${first.impactN} interviews${first.smallSample ? ': small sample' : ''}`,
      );
      await action.getByText('How is this estimated?').click();
      expect(await action.getByTestId('action-explanation').innerText()).toContain('assumes');
      await screenshot(page, 'summary');
    } finally {
      await browser.close();
    }
  });
});
