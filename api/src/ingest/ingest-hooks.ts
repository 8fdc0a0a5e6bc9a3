import type { EntityManager } from 'typeorm';

/**
 * What fielding adds to every way responses arrive (ingest API, webhooks, CSV import), handed to
 * the ingest services by the server so this module knows nothing of invitations or Temporal.
 */
export interface IngestHooks {
  /** Inside the ingest transaction, with the ids of respondents inserted by it. */
  queueInvitations(em: EntityManager, target: { workspaceId: string; waveId: string; respondentIds: string[] }): Promise<void>;
  /** Inside the ingest transaction, after queueInvitations, with the same ids: webhooks out (`response.ingested`). */
  responsesInserted?(em: EntityManager, target: { workspaceId: string; waveId: string; respondentIds: string[] }): Promise<void>;
  /** After commit, when anything was inserted or updated: wakes the worker's dispatcher (comment coding, invitations). */
  afterCommit(target: { workspaceId: string; waveId: string }): void;
}

/** No fielding: responses are stored and nothing else happens (tools, tests of ingest alone). */
export const NO_INGEST_HOOKS: IngestHooks = {
  queueInvitations: async () => {},
  afterCommit: () => {},
};
