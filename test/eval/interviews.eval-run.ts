/**
 * `npm run eval:interviews`: every scripted respondent of `interview-cases/` (or of the folder LADDER_INTERVIEW_CASES
 * names) through the public API against the real worker: the offline moderator, or the Mistral one when
 * MISTRAL_API_KEY is set. Each case's respondent is imported (score, language, attributes), its interview started
 * and answered with the case's answers one by one, each after the moderator's previous turn, until the interview
 * completes or the answers run out; then the transcript, quality and escalations are read back and scored
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
  EvalInterviewSessionDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  type EvalInterviewSessionQuery,
} from '../src/gql/graphql.js';
import { gqlData } from '../src/support/graphql.js';
import { startPlatform, type Platform } from '../src/support/platform.js';
import { scoreInterview, type CaseScore, type InterviewCase } from '../src/eval/interview-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = resolve(process.env.LADDER_INTERVIEW_CASES ?? join(here, 'interview-cases'));
const reportPath = join(here, 'last-report.json');
const cases: InterviewCase[] = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as InterviewCase);

type Session = NonNullable<EvalInterviewSessionQuery['interviewSession']>;
interface CaseRun {
  score: CaseScore;
  session: Session;
}

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
  const session = (await gqlData(apiUrl, EvalInterviewSessionDocument, { id: started.session.id }, key)).interviewSession!;
  const score = scoreInterview(testCase, {
    status: session.status,
    turns: session.turns.map((t) => ({ role: t.role, text: t.text, leadingCaught: t.moderation?.leadingCaught ?? 0 })),
    ladderDepth: session.quality?.ladderDepth ?? 0,
    leadingQuestionsCaught: session.quality?.leadingQuestionsCaught ?? 0,
    escalations: session.escalations.map((e) => e.reason),
  });
  return { score, session };
}

const cell = (text: string | number, width: number) => String(text).padEnd(width);
const mark = (pass: boolean | undefined) => (pass === undefined ? '-' : pass ? 'ok' : 'FAIL');

function printReport(moderator: string) {
  const columns: [string, number][] = [
    ['case', 24],
    ['answers', 8],
    ['status', 10],
    ['depth', 12],
    ['probes reusing words', 21],
    ['quoted twice', 13],
    ['escalations', 38],
    ['leading caught/left', 20],
    ['holds', 5],
  ];
  const line = (values: (string | number)[]) => values.map((v, i) => cell(v, columns[i][1])).join(' | ');
  const lines = [`\ninterview evaluation: ${runs.length} cases from ${casesDir}, ${moderator} moderator`];
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
        s.pass ? 'yes' : 'NO',
      ]),
    );
  }
  const sum = (f: (s: CaseScore) => number) => runs.reduce((n, r) => n + f(r.score), 0);
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
      `of ${runs.length}; leading questions caught ${sum((s) => s.leadingCaught)}, left ${sum((s) => s.leadingLeft.length)}`,
  );
  for (const { score: s } of runs) {
    lines.push(`\n${s.name}: ${s.pass ? 'holds' : 'falls short'}`);
    for (const e of s.expectations) lines.push(`  ${mark(e.pass).padEnd(4)} ${e.name.padEnd(11)} ${e.detail}`);
    for (const r of s.reuse.filter((r) => !r.matched)) {
      lines.push(`       after answer ${r.answer}: none of ${r.expected.join(' / ')} in: ${r.question ?? '(no question)'}`);
    }
  }
  console.log(lines.join('\n'));
}

beforeAll(async () => {
  // Whatever moderator the environment configures: the platform's processes inherit MISTRAL_API_KEY.
  platform = await startPlatform();
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
  printReport(moderator);
  const report = {
    ranAt: new Date().toISOString(),
    casesDir,
    moderator,
    holding: runs.filter((r) => r.score.pass).length,
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
