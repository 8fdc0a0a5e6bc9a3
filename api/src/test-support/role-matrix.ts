import { createHash } from 'node:crypto';
import type { ApiKeyRole } from '../common/enums.js';
import type { GqlResult, TestApi, TestWorkspace } from './api-harness.js';
import { csvOf, studyWithWave } from './fixtures.js';
import { insertAnalysis, insertCoding } from './insights-fixtures.js';
import { ImportRespondentsDocument } from './gql/graphql.js';

/** What one role gets from one field: the value, or FORBIDDEN on the field (or on the path to it). */
export type Access = 'read' | 'FORBIDDEN';
export type Role = `${ApiKeyRole}`;
export type RoleCase = Record<Role, Access>;

export const EVERY_KEY: RoleCase = { admin: 'read', analyst: 'read', viewer: 'read', ingest: 'read' };
export const READERS: RoleCase = { admin: 'read', analyst: 'read', viewer: 'read', ingest: 'FORBIDDEN' };
export const CONTACT: RoleCase = { admin: 'read', analyst: 'read', viewer: 'FORBIDDEN', ingest: 'FORBIDDEN' };
export const ADMIN_ONLY: RoleCase = { admin: 'read', analyst: 'FORBIDDEN', viewer: 'FORBIDDEN', ingest: 'FORBIDDEN' };

/**
 * Types whose fields hold or lead to personal data (respondents' words, contact details). Every
 * field of these types needs a role case; every object type their fields return must be one of
 * these or in HOLDS_NO_PERSONAL_DATA, so a new type hanging off them cannot slip through.
 */
export const PERSONAL_DATA_TYPES = [
  'Respondent',
  'InterviewSession',
  'Turn',
  'Escalation',
  'EmailDelivery',
  'EmailSuppression',
  'TranscriptCoding',
  'CodedExcerpt',
  'CommentCoding',
  'ThemeQuote',
  'RespondentSessionView',
  'CodingCorrection',
  'CorrectedExcerpt',
  'CompetitorQuote',
] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

export const HOLDS_NO_PERSONAL_DATA = ['DriverRef', 'SessionQuality', 'TurnModeration', 'InterviewGuide', 'CodingProvenance'];

/** The data a matrix query reaches: one respondent of workspace A with every kind of personal data. */
export interface MatrixFixture {
  studyId: string;
  sessionId: string;
  respondentId: string;
  analysisId: string;
  /** The link of a second interview, for the respondent's own view (startInterview re-issues the first one's). */
  linkToken: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function matrixFixture(api: TestApi, ws: TestWorkspace): Promise<MatrixFixture> {
  const { studyId, waveId } = await studyWithWave(api, ws.keys.admin, 'matrix');
  const csv = csvOf([
    ['id', 'score', 'email', 'comment'],
    ['m-1', 3, 'm1@example.com', 'Support never answers.'],
    ['m-2', 3, 'm2@example.com', ''],
  ]);
  await api.gql(ImportRespondentsDocument, { input: { waveId, csv } }, ws.keys.admin);
  const ids = new Map<string, string>(
    (await api.db.query(`SELECT id, external_id FROM respondent WHERE wave_id = $1`, [waveId])).map(
      (r: { id: string; external_id: string }) => [r.external_id, r.id],
    ),
  );
  const respondentId = ids.get('m-1')!;
  const session = async (rid: string, token: string): Promise<string> => {
    const [{ id }] = await api.db.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, guide_id, quality)
       VALUES ($1, $2, $3, 'offline', $4, $5, 'active', (SELECT id FROM interview_guide WHERE study_id = $6 AND band = 'detractor'),
               NULL) RETURNING id`,
      [ws.id, rid, waveId, hash(token), `wf-matrix-${rid}`, studyId],
    );
    await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'What happened?', 'context'),
              ($1, $2, 1, 'respondent', 'Support never answers my tickets.', 'surface')`,
      [ws.id, id],
    );
    return id;
  };
  const sessionId = await session(respondentId, 'matrix-first-link-0123456789');
  const linkToken = 'matrix-second-link-0123456789';
  await session(ids.get('m-2')!, linkToken);
  await api.db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     SELECT $1, $2, $3, $4, id, 'churn_risk', 'Support never answers', 'offline' FROM turn WHERE session_id = $4 AND seq = 1`,
    [ws.id, studyId, waveId, sessionId],
  );
  await api.db.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, session_id, kind, trigger, email, status, attempts, last_error)
     VALUES ($1, $2, $3, $4, 'invitation', 'manual', 'm1@example.com', 'failed', 1, '452 <m1@example.com>: mailbox full')`,
    [ws.id, waveId, respondentId, sessionId],
  );
  await api.db.query(
    `INSERT INTO respondent_comment_coding (respondent_id, workspace_id, wave_id, comment_hash, driver_key, sentiment, quote, coder)
     VALUES ($1, $2, $3, 'h', 'support', 'negative', 'Support never answers.', 'offline')`,
    [respondentId, ws.id, waveId],
  );
  await api.db.query(
    `INSERT INTO email_suppression (workspace_id, email, reason, detail) VALUES ($1, 'm1@example.com', 'bounced', '550')`,
    [ws.id],
  );
  await insertCoding(api, {
    workspaceId: ws.id,
    studyId,
    waveId,
    sessionId,
    taxonomyVersion: 1,
    band: 'detractor',
    stated: 'support',
    root: 'support',
    excerpts: [{ driverKey: 'support', categoryKey: 'service', quote: 'Support never answers my tickets.' }],
  });
  // An analyst's correction of that coding, beside it.
  await api.db.query(
    `INSERT INTO coding_correction (workspace_id, study_id, wave_id, session_id, taxonomy_id, source, stated_driver, root_driver, excerpts,
       note)
     SELECT $1, $2, $3, $4, id, 'corrected', 'support', 'trust',
       '[{"turnSeq": 1, "start": 0, "end": 7, "quote": "Support", "driverKey": "support", "categoryKey": "experience", "role": "stated"}]',
       'Trust, not speed' FROM driver_taxonomy WHERE study_id = $2 AND version = 1`,
    [ws.id, studyId, waveId, sessionId],
  );
  const { id: analysisId } = await insertAnalysis(api, {
    workspaceId: ws.id,
    studyId,
    waveId,
    themes: [
      {
        key: 'support',
        label: 'Support',
        driverKeys: ['support'],
        prevalence: [{ band: 'detractor', count: 1, n: 1 }],
        quotes: [{ sessionId, quote: 'Support never answers', band: 'detractor' }],
      },
    ],
  });
  // The excerpt names the competitor too, so `competitors` quotes it.
  await api.db.query(`UPDATE coded_excerpt SET competitors = '{Acme}' WHERE session_id = $1`, [sessionId]);
  return { studyId, sessionId, respondentId, analysisId, linkToken };
}

/** Where each personal-data type sits under an interview session (the path an ingest key has, through startInterview). */
const UNDER_SESSION: Partial<Record<PersonalDataType, string[]>> = {
  InterviewSession: [],
  Turn: ['turns'],
  Respondent: ['respondent'],
  Escalation: ['escalations'],
  EmailDelivery: ['delivery'],
  TranscriptCoding: ['coding'],
  CodedExcerpt: ['coding', 'excerpts'],
  CommentCoding: ['respondent', 'commentCoding'],
  CodingCorrection: ['coding', 'correction'],
  CorrectedExcerpt: ['coding', 'correction', 'excerpts'],
};

interface Probe {
  query: string;
  path: string[];
}

const nest = (path: string[], inner: string) => path.reduceRight((sel, field) => `${field} { ${sel} }`, inner);

/** The operation that reaches `type.field` as `role`: the way that role can get there at all. */
function probe(type: PersonalDataType, selection: string, role: Role): Probe {
  const under = UNDER_SESSION[type];
  if (under && role === 'ingest') {
    const path = ['startInterview', 'session', ...under];
    return {
      query: `mutation P($respondentId: ID!) { startInterview(respondentId: $respondentId) { session { ${nest(under, selection)} } } }`,
      path,
    };
  }
  if (under)
    return {
      query: `query P($sessionId: ID!) { interviewSession(id: $sessionId) { ${nest(under, selection)} } }`,
      path: ['interviewSession', ...under],
    };
  switch (type) {
    case 'ThemeQuote':
      return {
        query: `query P($analysisId: ID!) { waveAnalysis(id: $analysisId) { themes { quotes { ${selection} } } } }`,
        path: ['waveAnalysis', 'themes', 'quotes'],
      };
    case 'CompetitorQuote':
      return {
        query: `query P($studyId: ID!) { competitors(studyId: $studyId) { competitors { quotes { ${selection} } } } }`,
        path: ['competitors', 'competitors', 'quotes'],
      };
    case 'EmailSuppression':
      return { query: `query P { emailSuppressions { items { ${selection} } } }`, path: ['emailSuppressions', 'items'] };
    case 'RespondentSessionView':
      return { query: `query P($token: String!) { respondentSession(token: $token) { ${selection} } }`, path: ['respondentSession'] };
    default:
      throw new Error(`no probe for ${type}: add one`);
  }
}

/** What the response gave: the field's value (every step of the path present), FORBIDDEN, or a description of anything else. */
function accessOf(result: GqlResult, path: string[], field: string): string {
  const codes = (result.errors ?? []).map((e) => e.extensions.code);
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.length) return `errors ${codes.join(',')}: ${result.errors?.[0].message}`;
  let node: unknown = result.data;
  for (const step of path) {
    node = (node as Record<string, unknown> | null)?.[step];
    if (Array.isArray(node)) node = node[0];
    if (node == null) return `nothing at ${step}`;
  }
  return field in (node as object) ? 'read' : `no ${field}`;
}

export interface SchemaField {
  name: string;
  /** The named type under lists and non-nulls, and whether it is an object type. */
  typeName: string;
  isObject: boolean;
}

/** Reads one field as one role and says what it got. */
export async function readAs(
  api: TestApi,
  ws: TestWorkspace,
  fixture: MatrixFixture,
  type: PersonalDataType,
  field: SchemaField,
  role: Role,
  credentials: Partial<Record<Role, string>> = ws.keys,
) {
  const selection = field.isObject ? `${field.name} { __typename }` : field.name;
  const { query, path } = probe(type, selection, role);
  const variables = {
    studyId: fixture.studyId,
    sessionId: fixture.sessionId,
    respondentId: fixture.respondentId,
    analysisId: fixture.analysisId,
    token: fixture.linkToken,
  };
  return accessOf(await api.gqlText(query, variables, credentials[role] ?? null), path, field.name);
}

const INTROSPECTION = `{ __schema { types { name kind fields { name type { ...Ref } } } } }
  fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/** The schema's object types and their fields, as the API serves them. */
export async function objectTypes(api: TestApi): Promise<Map<string, SchemaField[]>> {
  const result = await api.gqlText(INTROSPECTION);
  const types = (result.data as { __schema: { types: { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null }[] } })
    .__schema.types;
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
  return new Map(
    types
      .filter((t) => t.kind === 'OBJECT' && !t.name.startsWith('__'))
      .map((t) => [
        t.name,
        (t.fields ?? []).map((f) => ({ name: f.name, typeName: named(f.type).name!, isObject: named(f.type).kind === 'OBJECT' })),
      ]),
  );
}
