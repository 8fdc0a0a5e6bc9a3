import { LaunchWaveDocument, StudiesDocument, WaveRespondentsDocument } from './gql/graphql.js';
import { GraphqlError, type GraphqlClient } from './graphql-client.js';
import type { RespondentRecord } from './personas.js';

export const DEMO_STUDY_NAME = 'Demo - NPS follow-up';

export interface WaveInfo {
  id: string;
  name: string;
  status: string;
  createdAt: string;
  studyId: string;
  studyName: string;
}

export async function listWaves(client: GraphqlClient): Promise<WaveInfo[]> {
  const { studies } = await client.request(StudiesDocument, {});
  return studies.flatMap((s) => s.waves.map((w) => ({ ...w, studyId: s.id, studyName: s.name })));
}

/** The latest wave of the demo study that `npm start` seeds. */
export async function findDemoWave(client: GraphqlClient): Promise<WaveInfo> {
  const waves = (await listWaves(client)).filter((w) => w.studyName === DEMO_STUDY_NAME);
  const latest = waves.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!latest)
    throw new GraphqlError('STUDY_NOT_FOUND', `no study named "${DEMO_STUDY_NAME}" with a wave in this workspace (is the demo seeded?)`);
  return latest;
}

/**
 * Makes sure interviews can start in the wave: a draft is launched when `launch` is set (another
 * launch racing this one is fine), otherwise refused with the reason.
 */
export async function ensureFielding(client: GraphqlClient, waveId: string, launch: boolean): Promise<WaveInfo> {
  const wave = (await listWaves(client)).find((w) => w.id === waveId);
  if (!wave) throw new GraphqlError('WAVE_NOT_FOUND', `no wave with id ${waveId} in this workspace`);
  if (wave.status === 'CLOSED') throw new GraphqlError('WAVE_NOT_LAUNCHED', `wave "${wave.name}" is closed`);
  if (wave.status !== 'DRAFT') return wave;
  if (!launch) throw new GraphqlError('WAVE_NOT_LAUNCHED', `wave "${wave.name}" is a draft: launch it first (launchWave, or --launch)`);
  try {
    const { launchWave } = await client.request(LaunchWaveDocument, { id: waveId });
    return { ...wave, status: launchWave.status };
  } catch (error) {
    if (error instanceof GraphqlError && error.code === 'WAVE_ALREADY_LAUNCHED') return { ...wave, status: 'FIELDING' };
    throw error;
  }
}

export interface Candidate extends RespondentRecord {
  /** Status of the respondent's latest interview, null when never started. */
  latestStatus: string | null;
}

export interface CandidatePool {
  /** The next respondent whose interview is not completed, or undefined when none is left. */
  next(): Promise<Candidate | undefined>;
}

/**
 * Respondents of a wave in list order (by external id), or from the end of the list: `npm start`
 * takes its demo interviews from the end so that the first respondents stay untouched for
 * someone trying the API by hand. Pages are fetched as needed (all of them first from the end);
 * 100 per page stays well within the API's query cost limit.
 */
export function candidatePool(client: GraphqlClient, waveId: string, from: 'start' | 'end', pageSize = 100): CandidatePool {
  const buffer: Candidate[] = [];
  let after: string | null = null;
  let exhausted = false;
  let filling: Promise<void> | undefined;

  const fetchPage = async () => {
    const { respondents } = await client.request(WaveRespondentsDocument, { waveId, first: pageSize, after });
    for (const { node } of respondents.edges) {
      if (node.latestSession?.status === 'COMPLETED') continue;
      const { latestSession, ...record } = node;
      buffer.push({ ...record, latestStatus: latestSession?.status ?? null });
    }
    after = respondents.pageInfo.endCursor;
    exhausted = !respondents.pageInfo.hasNextPage;
  };
  const fill = async () => {
    if (from === 'start') return fetchPage();
    while (!exhausted) await fetchPage();
    buffer.reverse();
  };
  return {
    async next() {
      while (buffer.length === 0 && !exhausted) {
        filling ??= fill().finally(() => {
          filling = undefined;
        });
        await filling;
      }
      return buffer.shift();
    },
  };
}
