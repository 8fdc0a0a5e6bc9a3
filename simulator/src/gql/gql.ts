/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    status\n  }\n}": typeof types.LaunchWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    turns {\n      seq\n      role\n      text\n      phase\n      ladderLevel\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    seq\n  }\n}": typeof types.SendRespondentMessageDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    session {\n      id\n      status\n    }\n  }\n}": typeof types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      name\n      status\n      createdAt\n    }\n  }\n}": typeof types.StudiesDocument,
    "query WaveRespondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        language\n        attributes\n        latestSession {\n          status\n        }\n      }\n    }\n  }\n}": typeof types.WaveRespondentsDocument,
};
const documents: Documents = {
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    status\n  }\n}": types.LaunchWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    turns {\n      seq\n      role\n      text\n      phase\n      ladderLevel\n    }\n  }\n}": types.RespondentSessionDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    seq\n  }\n}": types.SendRespondentMessageDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    session {\n      id\n      status\n    }\n  }\n}": types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      name\n      status\n      createdAt\n    }\n  }\n}": types.StudiesDocument,
    "query WaveRespondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        language\n        attributes\n        latestSession {\n          status\n        }\n      }\n    }\n  }\n}": types.WaveRespondentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    status\n  }\n}"): typeof import('./graphql.js').LaunchWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    turns {\n      seq\n      role\n      text\n      phase\n      ladderLevel\n    }\n  }\n}"): typeof import('./graphql.js').RespondentSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    seq\n  }\n}"): typeof import('./graphql.js').SendRespondentMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    session {\n      id\n      status\n    }\n  }\n}"): typeof import('./graphql.js').StartInterviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      name\n      status\n      createdAt\n    }\n  }\n}"): typeof import('./graphql.js').StudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveRespondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        language\n        attributes\n        latestSession {\n          status\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WaveRespondentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
