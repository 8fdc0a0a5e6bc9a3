/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SessionStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'INVITED';

export type TurnRole =
  | 'MODERATOR'
  | 'RESPONDENT';

export type WaveStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FIELDING';

export type LaunchWaveMutationVariables = Exact<{
  id: string | number;
}>;


export type LaunchWaveMutation = { launchWave: { status: WaveStatus } };

export type RespondentSessionQueryVariables = Exact<{
  token: string;
}>;


export type RespondentSessionQuery = { respondentSession: { sessionId: string, status: SessionStatus, turns: Array<{ seq: number, role: TurnRole, text: string, phase: string, ladderLevel: number }> } };

export type SendRespondentMessageMutationVariables = Exact<{
  token: string;
  text: string;
  clientMessageId: string;
}>;


export type SendRespondentMessageMutation = { sendRespondentMessage: { seq: number } };

export type StartInterviewMutationVariables = Exact<{
  respondentId: string | number;
}>;


export type StartInterviewMutation = { startInterview: { respondentToken: string, session: { id: string, status: SessionStatus } } };

export type StudiesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudiesQuery = { studies: Array<{ id: string, name: string, waves: Array<{ id: string, name: string, status: WaveStatus, createdAt: string }> }> };

export type WaveRespondentsQueryVariables = Exact<{
  waveId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type WaveRespondentsQuery = { respondents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, externalId: string, score: number, language: string | null, attributes: Record<string, string>, latestSession: { status: SessionStatus } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LaunchWaveDocument = new TypedDocumentString(`
    mutation LaunchWave($id: ID!) {
  launchWave(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchWaveMutation, LaunchWaveMutationVariables>;
export const RespondentSessionDocument = new TypedDocumentString(`
    query RespondentSession($token: String!) {
  respondentSession(token: $token) {
    sessionId
    status
    turns {
      seq
      role
      text
      phase
      ladderLevel
    }
  }
}
    `) as unknown as TypedDocumentString<RespondentSessionQuery, RespondentSessionQueryVariables>;
export const SendRespondentMessageDocument = new TypedDocumentString(`
    mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {
  sendRespondentMessage(
    token: $token
    text: $text
    clientMessageId: $clientMessageId
  ) {
    seq
  }
}
    `) as unknown as TypedDocumentString<SendRespondentMessageMutation, SendRespondentMessageMutationVariables>;
export const StartInterviewDocument = new TypedDocumentString(`
    mutation StartInterview($respondentId: ID!) {
  startInterview(respondentId: $respondentId) {
    respondentToken
    session {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StartInterviewMutation, StartInterviewMutationVariables>;
export const StudiesDocument = new TypedDocumentString(`
    query Studies {
  studies {
    id
    name
    waves {
      id
      name
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<StudiesQuery, StudiesQueryVariables>;
export const WaveRespondentsDocument = new TypedDocumentString(`
    query WaveRespondents($waveId: ID!, $first: Int!, $after: String) {
  respondents(waveId: $waveId, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        externalId
        score
        language
        attributes
        latestSession {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaveRespondentsQuery, WaveRespondentsQueryVariables>;