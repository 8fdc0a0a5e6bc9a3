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
    "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    ...QueueEscalation\n  }\n}": typeof types.EscalationRaisedDocument,
    "fragment QueueEscalation on Escalation {\n  id\n  reason\n  quote\n  status\n  owner\n  detectedBy\n  createdAt\n  updatedAt\n  sessionId\n  session {\n    id\n    status\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n  }\n}\n\nquery Escalations($studyId: ID!, $status: [EscalationStatus!], $first: Int!) {\n  escalations(studyId: $studyId, status: $status, first: $first) {\n    ...QueueEscalation\n  }\n}": typeof types.QueueEscalationFragmentDoc,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideFields\n  }\n}": typeof types.GuideVersionsDocument,
    "fragment GuideFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdBy\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}\n\nquery Guides($studyId: ID!) {\n  study(id: $studyId) {\n    id\n    name\n    guides {\n      ...GuideFields\n    }\n  }\n}": typeof types.GuideFieldsFragmentDoc,
    "fragment TranscriptTurn on Turn {\n  id\n  seq\n  role\n  text\n  phase\n  ladderLevel\n  action\n  author\n  createdAt\n  moderation {\n    reusedWords\n    leadingCaught\n    leadingFindings\n    model\n    promptTokens\n    completionTokens\n    costUsd\n    llmLatencyMs\n    fallbackReason\n  }\n}\n\nfragment TranscriptQuality on SessionQuality {\n  ladderDepth\n  phasesCovered\n  leadingQuestionsCaught\n  probes\n  probesReusingWordsShare\n  moderatorTurns\n  respondentTurns\n  fallbackTurns\n  durationSeconds\n  promptTokens\n  completionTokens\n  costUsd\n}\n\nquery InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    status\n    moderator\n    language\n    languageSource\n    startedAt\n    completedAt\n    remindedAt\n    expiresAt\n    lastActivityAt\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n    guide {\n      id\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n      }\n    }\n    turns {\n      ...TranscriptTurn\n    }\n    quality {\n      ...TranscriptQuality\n    }\n    escalations {\n      id\n      reason\n      quote\n      status\n      owner\n    }\n  }\n}": typeof types.TranscriptTurnFragmentDoc,
    "fragment MonitorSession on InterviewSession {\n  id\n  status\n  moderator\n  waveId\n  startedAt\n  completedAt\n  lastActivityAt\n  respondent {\n    id\n    externalId\n    score\n    band\n    attributes\n  }\n  turns {\n    id\n    seq\n    role\n    phase\n    ladderLevel\n    author\n  }\n  quality {\n    ladderDepth\n    fallbackTurns\n  }\n  escalations {\n    id\n    reason\n    status\n  }\n}\n\nquery InterviewSessions($studyId: ID!, $first: Int!) {\n  interviewSessions(studyId: $studyId, first: $first) {\n    ...MonitorSession\n  }\n}": typeof types.MonitorSessionFragmentDoc,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      id\n      band\n      version\n    }\n  }\n}": typeof types.LaunchWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n      ladderLevel\n      action\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}": typeof types.RespondentsDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    action\n  }\n}": typeof types.SendRespondentMessageDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n      completedAt\n      remindedAt\n      expiresAt\n      lastActivityAt\n      quality {\n        ...TranscriptQuality\n      }\n    }\n    turn {\n      ...TranscriptTurn\n    }\n  }\n}": typeof types.SessionUpdatedDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    session {\n      id\n    }\n    respondentToken\n    chatPath\n  }\n}": typeof types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": typeof types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      launchedAt\n      respondentCount\n      guides {\n        id\n        band\n        version\n      }\n    }\n  }\n}": typeof types.StudyDocument,
    "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      ...MonitorSession\n    }\n    turn {\n      id\n      seq\n      role\n      phase\n      ladderLevel\n      author\n    }\n  }\n}": typeof types.StudySessionUpdatedDocument,
    "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    ...QueueEscalation\n  }\n}": typeof types.UpdateEscalationDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideFields\n  }\n}": typeof types.UpdateGuideDocument,
};
const documents: Documents = {
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}": types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}": types.CreateWaveDocument,
    "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    ...QueueEscalation\n  }\n}": types.EscalationRaisedDocument,
    "fragment QueueEscalation on Escalation {\n  id\n  reason\n  quote\n  status\n  owner\n  detectedBy\n  createdAt\n  updatedAt\n  sessionId\n  session {\n    id\n    status\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n  }\n}\n\nquery Escalations($studyId: ID!, $status: [EscalationStatus!], $first: Int!) {\n  escalations(studyId: $studyId, status: $status, first: $first) {\n    ...QueueEscalation\n  }\n}": types.QueueEscalationFragmentDoc,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideFields\n  }\n}": types.GuideVersionsDocument,
    "fragment GuideFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdBy\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}\n\nquery Guides($studyId: ID!) {\n  study(id: $studyId) {\n    id\n    name\n    guides {\n      ...GuideFields\n    }\n  }\n}": types.GuideFieldsFragmentDoc,
    "fragment TranscriptTurn on Turn {\n  id\n  seq\n  role\n  text\n  phase\n  ladderLevel\n  action\n  author\n  createdAt\n  moderation {\n    reusedWords\n    leadingCaught\n    leadingFindings\n    model\n    promptTokens\n    completionTokens\n    costUsd\n    llmLatencyMs\n    fallbackReason\n  }\n}\n\nfragment TranscriptQuality on SessionQuality {\n  ladderDepth\n  phasesCovered\n  leadingQuestionsCaught\n  probes\n  probesReusingWordsShare\n  moderatorTurns\n  respondentTurns\n  fallbackTurns\n  durationSeconds\n  promptTokens\n  completionTokens\n  costUsd\n}\n\nquery InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    status\n    moderator\n    language\n    languageSource\n    startedAt\n    completedAt\n    remindedAt\n    expiresAt\n    lastActivityAt\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n    guide {\n      id\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n      }\n    }\n    turns {\n      ...TranscriptTurn\n    }\n    quality {\n      ...TranscriptQuality\n    }\n    escalations {\n      id\n      reason\n      quote\n      status\n      owner\n    }\n  }\n}": types.TranscriptTurnFragmentDoc,
    "fragment MonitorSession on InterviewSession {\n  id\n  status\n  moderator\n  waveId\n  startedAt\n  completedAt\n  lastActivityAt\n  respondent {\n    id\n    externalId\n    score\n    band\n    attributes\n  }\n  turns {\n    id\n    seq\n    role\n    phase\n    ladderLevel\n    author\n  }\n  quality {\n    ladderDepth\n    fallbackTurns\n  }\n  escalations {\n    id\n    reason\n    status\n  }\n}\n\nquery InterviewSessions($studyId: ID!, $first: Int!) {\n  interviewSessions(studyId: $studyId, first: $first) {\n    ...MonitorSession\n  }\n}": types.MonitorSessionFragmentDoc,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      id\n      band\n      version\n    }\n  }\n}": types.LaunchWaveDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n      ladderLevel\n      action\n    }\n  }\n}": types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}": types.RespondentsDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    action\n  }\n}": types.SendRespondentMessageDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n      completedAt\n      remindedAt\n      expiresAt\n      lastActivityAt\n      quality {\n        ...TranscriptQuality\n      }\n    }\n    turn {\n      ...TranscriptTurn\n    }\n  }\n}": types.SessionUpdatedDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    session {\n      id\n    }\n    respondentToken\n    chatPath\n  }\n}": types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": types.StartInterviewDocument,
    "query Studies {\n  studies {\n    id\n    name\n    createdAt\n    respondentCount\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      launchedAt\n      respondentCount\n      guides {\n        id\n        band\n        version\n      }\n    }\n  }\n}": types.StudyDocument,
    "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      ...MonitorSession\n    }\n    turn {\n      id\n      seq\n      role\n      phase\n      ladderLevel\n      author\n    }\n  }\n}": types.StudySessionUpdatedDocument,
    "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    ...QueueEscalation\n  }\n}": types.UpdateEscalationDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideFields\n  }\n}": types.UpdateGuideDocument,
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
export function graphql(source: "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    ...QueueEscalation\n  }\n}"): (typeof documents)["subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    ...QueueEscalation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueueEscalation on Escalation {\n  id\n  reason\n  quote\n  status\n  owner\n  detectedBy\n  createdAt\n  updatedAt\n  sessionId\n  session {\n    id\n    status\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n  }\n}\n\nquery Escalations($studyId: ID!, $status: [EscalationStatus!], $first: Int!) {\n  escalations(studyId: $studyId, status: $status, first: $first) {\n    ...QueueEscalation\n  }\n}"): (typeof documents)["fragment QueueEscalation on Escalation {\n  id\n  reason\n  quote\n  status\n  owner\n  detectedBy\n  createdAt\n  updatedAt\n  sessionId\n  session {\n    id\n    status\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n  }\n}\n\nquery Escalations($studyId: ID!, $status: [EscalationStatus!], $first: Int!) {\n  escalations(studyId: $studyId, status: $status, first: $first) {\n    ...QueueEscalation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideFields\n  }\n}"): (typeof documents)["query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GuideFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdBy\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}\n\nquery Guides($studyId: ID!) {\n  study(id: $studyId) {\n    id\n    name\n    guides {\n      ...GuideFields\n    }\n  }\n}"): (typeof documents)["fragment GuideFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdBy\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}\n\nquery Guides($studyId: ID!) {\n  study(id: $studyId) {\n    id\n    name\n    guides {\n      ...GuideFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TranscriptTurn on Turn {\n  id\n  seq\n  role\n  text\n  phase\n  ladderLevel\n  action\n  author\n  createdAt\n  moderation {\n    reusedWords\n    leadingCaught\n    leadingFindings\n    model\n    promptTokens\n    completionTokens\n    costUsd\n    llmLatencyMs\n    fallbackReason\n  }\n}\n\nfragment TranscriptQuality on SessionQuality {\n  ladderDepth\n  phasesCovered\n  leadingQuestionsCaught\n  probes\n  probesReusingWordsShare\n  moderatorTurns\n  respondentTurns\n  fallbackTurns\n  durationSeconds\n  promptTokens\n  completionTokens\n  costUsd\n}\n\nquery InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    status\n    moderator\n    language\n    languageSource\n    startedAt\n    completedAt\n    remindedAt\n    expiresAt\n    lastActivityAt\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n    guide {\n      id\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n      }\n    }\n    turns {\n      ...TranscriptTurn\n    }\n    quality {\n      ...TranscriptQuality\n    }\n    escalations {\n      id\n      reason\n      quote\n      status\n      owner\n    }\n  }\n}"): (typeof documents)["fragment TranscriptTurn on Turn {\n  id\n  seq\n  role\n  text\n  phase\n  ladderLevel\n  action\n  author\n  createdAt\n  moderation {\n    reusedWords\n    leadingCaught\n    leadingFindings\n    model\n    promptTokens\n    completionTokens\n    costUsd\n    llmLatencyMs\n    fallbackReason\n  }\n}\n\nfragment TranscriptQuality on SessionQuality {\n  ladderDepth\n  phasesCovered\n  leadingQuestionsCaught\n  probes\n  probesReusingWordsShare\n  moderatorTurns\n  respondentTurns\n  fallbackTurns\n  durationSeconds\n  promptTokens\n  completionTokens\n  costUsd\n}\n\nquery InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    status\n    moderator\n    language\n    languageSource\n    startedAt\n    completedAt\n    remindedAt\n    expiresAt\n    lastActivityAt\n    respondent {\n      id\n      externalId\n      score\n      band\n      attributes\n    }\n    guide {\n      id\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n      }\n    }\n    turns {\n      ...TranscriptTurn\n    }\n    quality {\n      ...TranscriptQuality\n    }\n    escalations {\n      id\n      reason\n      quote\n      status\n      owner\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MonitorSession on InterviewSession {\n  id\n  status\n  moderator\n  waveId\n  startedAt\n  completedAt\n  lastActivityAt\n  respondent {\n    id\n    externalId\n    score\n    band\n    attributes\n  }\n  turns {\n    id\n    seq\n    role\n    phase\n    ladderLevel\n    author\n  }\n  quality {\n    ladderDepth\n    fallbackTurns\n  }\n  escalations {\n    id\n    reason\n    status\n  }\n}\n\nquery InterviewSessions($studyId: ID!, $first: Int!) {\n  interviewSessions(studyId: $studyId, first: $first) {\n    ...MonitorSession\n  }\n}"): (typeof documents)["fragment MonitorSession on InterviewSession {\n  id\n  status\n  moderator\n  waveId\n  startedAt\n  completedAt\n  lastActivityAt\n  respondent {\n    id\n    externalId\n    score\n    band\n    attributes\n  }\n  turns {\n    id\n    seq\n    role\n    phase\n    ladderLevel\n    author\n  }\n  quality {\n    ladderDepth\n    fallbackTurns\n  }\n  escalations {\n    id\n    reason\n    status\n  }\n}\n\nquery InterviewSessions($studyId: ID!, $first: Int!) {\n  interviewSessions(studyId: $studyId, first: $first) {\n    ...MonitorSession\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      id\n      band\n      version\n    }\n  }\n}"): (typeof documents)["mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      id\n      band\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n      ladderLevel\n      action\n    }\n  }\n}"): (typeof documents)["query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    language\n    moderator\n    turns {\n      id\n      seq\n      role\n      text\n      phase\n      ladderLevel\n      action\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Respondents($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        externalId\n        score\n        band\n        language\n        attributes\n        latestSession {\n          id\n          status\n          moderator\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    action\n  }\n}"): (typeof documents)["mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    action\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n      completedAt\n      remindedAt\n      expiresAt\n      lastActivityAt\n      quality {\n        ...TranscriptQuality\n      }\n    }\n    turn {\n      ...TranscriptTurn\n    }\n  }\n}"): (typeof documents)["subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n      completedAt\n      remindedAt\n      expiresAt\n      lastActivityAt\n      quality {\n        ...TranscriptQuality\n      }\n    }\n    turn {\n      ...TranscriptTurn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    session {\n      id\n    }\n    respondentToken\n    chatPath\n  }\n}"): (typeof documents)["mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    session {\n      id\n    }\n    respondentToken\n    chatPath\n  }\n}"];
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
export function graphql(source: "query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      launchedAt\n      respondentCount\n      guides {\n        id\n        band\n        version\n      }\n    }\n  }\n}"): (typeof documents)["query Study($id: ID!) {\n  study(id: $id) {\n    id\n    name\n    description\n    respondentCount\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    nps {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n      promoters\n      passives\n      detractors\n    }\n    waves {\n      id\n      name\n      status\n      createdAt\n      launchedAt\n      respondentCount\n      guides {\n        id\n        band\n        version\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      ...MonitorSession\n    }\n    turn {\n      id\n      seq\n      role\n      phase\n      ladderLevel\n      author\n    }\n  }\n}"): (typeof documents)["subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      ...MonitorSession\n    }\n    turn {\n      id\n      seq\n      role\n      phase\n      ladderLevel\n      author\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    ...QueueEscalation\n  }\n}"): (typeof documents)["mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    ...QueueEscalation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideFields\n  }\n}"): (typeof documents)["mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;