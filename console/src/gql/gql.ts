/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}": typeof types.CreateWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}": typeof types.RespondentsDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n  }\n}": typeof types.SendRespondentMessageDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": typeof types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      respondentCount\n    }\n  }\n}": typeof types.StudyDocument,
};
const documents: Documents = {
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}": types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}": types.CreateWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n    }\n  }\n}": types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}": types.RespondentsDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n  }\n}": types.SendRespondentMessageDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      respondentCount\n    }\n  }\n}": types.StudyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}"): (typeof documents)["mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}"): (typeof documents)["mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n    }\n  }\n}"): (typeof documents)["query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n  }\n}"): (typeof documents)["mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}"): (typeof documents)["mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"): (typeof documents)["query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      respondentCount\n    }\n  }\n}"): (typeof documents)["query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      respondentCount\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;