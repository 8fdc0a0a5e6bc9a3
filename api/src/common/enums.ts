import { registerEnumType } from 'type-graphql';

// GraphQL enums are the one place TS enums are used: their values are the stored strings.
export enum Band { DETRACTOR = 'detractor', PASSIVE = 'passive', PROMOTER = 'promoter' }
export enum WaveStatus { DRAFT = 'draft', FIELDING = 'fielding', CLOSED = 'closed' }
export enum SessionStatus {
  INVITED = 'invited', ACTIVE = 'active', COMPLETED = 'completed', ABANDONED = 'abandoned', EXPIRED = 'expired',
}
export enum TurnRole { MODERATOR = 'moderator', RESPONDENT = 'respondent' }
export enum ModeratorKind { OFFLINE = 'offline', MISTRAL = 'mistral' }
export enum ApiKeyRole { ADMIN = 'admin', ANALYST = 'analyst', VIEWER = 'viewer', INGEST = 'ingest' }

registerEnumType(Band, { name: 'Band', description: 'NPS band: detractor 0-6, passive 7-8, promoter 9-10' });
registerEnumType(WaveStatus, { name: 'WaveStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(TurnRole, { name: 'TurnRole' });
registerEnumType(ModeratorKind, { name: 'ModeratorKind', description: 'OFFLINE: the built-in deterministic moderator' });
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole' });

export function bandOf(score: number): Band {
  return score <= 6 ? Band.DETRACTOR : score <= 8 ? Band.PASSIVE : Band.PROMOTER;
}
