/**
 * `npm run eval:interviews`: every scripted respondent of `interview-cases/` (or of the folder LADDER_INTERVIEW_CASES
 * names) through the public API against the real worker: the offline moderator, or the Mistral one when
 * MISTRAL_API_KEY is set. Each case's respondent is imported (score, language, attributes), its interview started
 * and answered with the case's answers one by one, each after the moderator's previous turn, until the interview
 * completes or the answers run out; then the transcript, quality and escalations are read back, the transcript's
 * coding (made by the worker when the interview closes) waited for, and all scored against the case
 * (`src/eval/interview-score.ts`). Prints a table and a pass/fail per expectation, writes `last-report.json` next
 * to this file, and fails (non-zero exit) when a case falls short.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  EvalInterviewCodingDocument,
  EvalInterviewSessionDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  type EvalInterviewCodingQuery,
  type EvalInterviewSessionQuery,
} from '../src/gql/graphql.js';
import { gqlData } from '../src/support/graphql.js';
import { startPlatform, type Platform } from '../src/support/platform.js';
import { scoreInterview, type CaseScore, type InterviewCase, type ScoredCoding } from '../src/eval/interview-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = resolve(process.env.LADDER_INTERVIEW_CASES ?? join(here, 'interview-cases'));
const reportPath = join(here, 'last-report.json');
const cases: InterviewCase[] = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as InterviewCase);

type Session = NonNullable<EvalInterviewSessionQuery['interviewSession']>;
type Coding = NonNullable<NonNullable<EvalInterviewCodingQuery['interviewSession']>['coding']>;
interface CaseRun {
  score: CaseScore;
  session: Session;
  coding: Coding | null;
}

/**
 * The interview clocks of the eval's worker: a respondent silent this long after the last turn gets the reminder,
 * then is abandoned, as a real one who stops answering would be after 24 h and 72 h. A case whose answers run out
 * before its interview completes is left open on the moderator's last question; abandoned, its transcript is coded
 * (the worker codes a completed interview, or an abandoned one with 3 answers or more) and the coding scored.
 */
const EVAL_CLOCKS = { LADDER_IDLE_REMINDER: '10s', LADDER_ABANDON_AFTER: '20s' };
/** How long, after a case's last answer, its transcript's coding is waited for (abandonment included). */
const CODING_WAIT_MS = 60_000;
/** Statuses under which a coding may still come: open (until abandoned), completed or abandoned. */
const MAY_BE_CODED = new Set(['ACTIVE', 'COMPLETED', 'ABANDONED']);

let platform: Platform;
let waveId: string;
const runs: CaseRun[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const csvCell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
/** One CSV row per case: its name as the respondent's id, then score, language and attributes. */
function casesCsv(): string {
  const attributes = [...new Set(cases.flatMap((c) => Object.keys(c.attributes)))].sort();
  const header = ['id', 'score', 'language', ...attributes];
  const rows = cases.map((c) => [c.name, c.score, c.language, ...attributes.map((a) => c.attributes[a] ?? '')]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

async function runCase(testCase: InterviewCase, respondentId: string): Promise<CaseRun> {
  const { apiUrl, bootstrapKey } = platform;
  const key = { key: bootstrapKey };
  const started = (await gqlData(apiUrl, StartInterviewDocument, { respondentId }, key)).startInterview;
  const token = started.respondentToken;
  const view = async () => (await gqlData(apiUrl, RespondentSessionDocument, { token })).respondentSession;
  for (let i = 0; i < 150 && (await view()).turns.length === 0; i++) await sleep(200);
  for (const [i, text] of testCase.answers.entries()) {
    if ((await view()).status === 'COMPLETED') break;
    await gqlData(apiUrl, SendRespondentMessageDocument, { token, text, clientMessageId: `eval-${testCase.name}-${i}`.slice(0, 100) });
  }
  const id = started.session.id;
  const coding = await waitForCoding(id);
  const session = (await gqlData(apiUrl, EvalInterviewSessionDocument, { id }, key)).interviewSession!;
  const score = scoreInterview(testCase, {
    status: session.status,
    turns: session.turns.map((t) => ({ role: t.role, text: t.text, leadingCaught: t.moderation?.leadingCaught ?? 0 })),
    ladderDepth: session.quality?.ladderDepth ?? 0,
    leadingQuestionsCaught: session.quality?.leadingQuestionsCaught ?? 0,
    escalations: session.escalations.map((e) => e.reason),
    coding: coding && scoredCoding(coding),
  });
  return { score, session, coding };
}

/**
 * The transcript's coding, polled for at most CODING_WAIT_MS: the worker codes an interview once it completes or is
 * abandoned (EVAL_CLOCKS). Null when it is not coded by then, or at once when it closed in a way never coded
 * (expired); the case is then scored on what exists.
 */
async function waitForCoding(id: string): Promise<Coding | null> {
  const read = async () =>
    (await gqlData(platform.apiUrl, EvalInterviewCodingDocument, { id }, { key: platform.bootstrapKey })).interviewSession;
  const deadline = Date.now() + CODING_WAIT_MS;
  for (;;) {
    const session = await read();
    if (session?.coding) return session.coding;
    if (!session || !MAY_BE_CODED.has(session.status) || Date.now() > deadline) return null;
    await sleep(500);
  }
}

const scoredCoding = (coding: Coding): ScoredCoding => ({
  coder: coding.coder,
  statedDriver: coding.statedDriver?.key ?? null,
  rootDriver: coding.rootDriver?.key ?? null,
  competitors: coding.competitors,
  competitorMentioned: coding.competitorMentioned,
  rootNote: coding.rootNote,
});

const cell = (text: string | number, width: number) => String(text).padEnd(width);
const mark = (pass: boolean | undefined) => (pass === undefined ? '-' : pass ? 'ok' : 'FAIL');

function printReport(moderator: string, coder: string) {
  const columns: [string, number][] = [
    ['case', 24],
    ['answers', 8],
    ['status', 10],
    ['depth', 12],
    ['probes reusing words', 21],
    ['quoted twice', 13],
    ['escalations', 48],
    ['leading caught/left', 20],
    ['coded stated', 22],
    ['coded root', 22],
    ['named competitors', 20],
    ['holds', 5],
  ];
  const line = (values: (string | number)[]) => values.map((v, i) => cell(v, columns[i][1])).join(' | ');
  const lines = [`\ninterview evaluation: ${runs.length} cases from ${casesDir}, ${moderator} moderator, ${coder} coder`];
  lines.push(line(columns.map(([c]) => c)), columns.map(([, w]) => '-'.repeat(w)).join('-|-'));
  for (const { score: s } of runs) {
    const check = (name: string) => s.expectations.find((e) => e.name === name)?.pass;
    lines.push(
      line([
        s.name,
        s.answersSent,
        s.status.toLowerCase(),
        `${s.depth} / >=${s.expectedDepth} ${mark(check('depth'))}`,
        `${s.reused} of ${s.reuseExpected} ${mark(check('reuse'))}`,
        `${s.quotedTwice.length} ${mark(check('quote-twice'))}`,
        `${s.escalations.join(',') || 'none'} / ${s.expectedEscalation ?? 'none'} ${mark(check('escalation'))}`,
        `${s.leadingCaught} / ${s.leadingLeft.length} ${mark(check('leading'))}`,
        `${s.coding ? (s.coding.statedDriver ?? 'none') : 'not coded'} ${mark(check('coding-stated'))}`,
        `${s.coding ? (s.coding.rootDriver ?? 'none') : 'not coded'} ${mark(check('coding-root'))}`,
        `${s.coding ? s.coding.competitors.join(',') || 'none' : 'not coded'} ${mark(check('coding-competitors'))}`,
        s.pass ? 'yes' : 'NO',
      ]),
    );
  }
  const sum = (f: (s: CaseScore) => number) => runs.reduce((n, r) => n + f(r.score), 0);
  /** "k of n": cases meeting an expectation, of those that have it. */
  const held = (name: string) => {
    const scored = runs.map((r) => r.score.expectations.find((e) => e.name === name)).filter((e) => e !== undefined);
    return `${scored.filter((e) => e.pass).length} of ${scored.length}`;
  };
  const holding = runs.filter((r) => r.score.pass).length;
  const reused = sum((s) => s.reused);
  const reuseExpected = sum((s) => s.reuseExpected);
  const reuseShare = reuseExpected ? ` (${Math.round((100 * reused) / reuseExpected)}%)` : '';
  lines.push(
    `total: ${holding} of ${runs.length} case${runs.length === 1 ? '' : 's'} hold; ` +
      `depth reached ${runs.filter((r) => r.score.depth >= r.score.expectedDepth).length} ` +
      `of ${runs.length}; probes reusing the respondent's words ${reused} of ${reuseExpected}` +
      `${reuseShare}; phrases quoted twice ${sum((s) => s.quotedTwice.length)}; ` +
      `escalations as expected ${runs.filter((r) => r.score.expectations.find((e) => e.name === 'escalation')?.pass).length} ` +
      `of ${runs.length}; leading questions caught ${sum((s) => s.leadingCaught)}, left ${sum((s) => s.leadingLeft.length)}; ` +
      `coded ${runs.filter((r) => r.score.coding).length} of ${runs.length}: stated driver ${held('coding-stated')}, ` +
      `root driver ${held('coding-root')}, named competitors ${held('coding-competitors')}`,
  );
  for (const { score: s } of runs) {
    lines.push(`\n${s.name}: ${s.pass ? 'holds' : 'falls short'}`);
    for (const e of s.expectations) lines.push(`  ${mark(e.pass).padEnd(4)} ${e.name.padEnd(18)} ${e.detail}`);
    for (const r of s.reuse.filter((r) => !r.matched)) {
      lines.push(`       after answer ${r.answer}: none of ${r.expected.join(' / ')} in: ${r.question ?? '(no question)'}`);
    }
  }
  console.log(lines.join('\n'));
}

beforeAll(async () => {
  // Whatever moderator the environment configures: the platform's processes inherit MISTRAL_API_KEY.
  platform = await startPlatform({ env: EVAL_CLOCKS });
  const key = { key: platform.bootstrapKey };
  const studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'Interview evaluation' } }, key)).createStudy.id;
  waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'Scripted respondents' } }, key)).createWave.id;
  const imported = (await gqlData(platform.apiUrl, ImportRespondentsDocument, { input: { waveId, csv: casesCsv() } }, key))
    .importRespondents;
  if (!imported.ok) throw new Error(`the cases' import failed: ${JSON.stringify(imported.errors)}`);
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: waveId }, key);
});

afterAll(async () => {
  await platform?.stop();
  if (runs.length === 0) return;
  const moderator = [...new Set(runs.map((r) => r.session.moderator.toLowerCase()))].join('/');
  const coder = [...new Set(runs.map((r) => r.coding?.coder.toLowerCase() ?? 'no'))].join('/');
  printReport(moderator, coder);
  const report = {
    ranAt: new Date().toISOString(),
    casesDir,
    moderator,
    coder,
    holding: runs.filter((r) => r.score.pass).length,
    coding: Object.fromEntries(
      (['coding-stated', 'coding-root', 'coding-competitors'] as const).map((name) => {
        const scored = runs.flatMap((r) => r.score.expectations.filter((e) => e.name === name));
        return [name, { held: scored.filter((e) => e.pass).length, of: scored.length }];
      }),
    ),
    cases: runs.map(({ score, session }) => ({
      ...score,
      language: session.language,
      quality: session.quality,
      escalationQuotes: session.escalations,
      transcript: session.turns.map((t) => ({
        seq: t.seq,
        role: t.role,
        phase: t.phase,
        action: t.action,
        level: t.ladderLevel,
        text: t.text,
      })),
    })),
  };
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nreport written to ${reportPath}`);
});

describe('eval:interviews', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: 500 }, { key: platform.bootstrapKey });
      const respondentId = respondents.edges.find((e) => e.node.externalId === testCase.name)?.node.id;
      if (!respondentId) throw new Error(`respondent ${testCase.name} was not imported`);
      const run = await runCase(testCase, respondentId);
      runs.push(run);
      expect(
        run.score.expectations.filter((e) => !e.pass).map((e) => `${e.name}: ${e.detail}`),
        `${testCase.name} falls short`,
      ).toEqual([]);
    });
  }
});
