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
    "mutation AccountsInviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}": typeof types.AccountsInviteMemberDocument,
    "query AccountsMembers {\n  workspaceMembers {\n    items {\n      user {\n        id\n        email\n      }\n      role\n    }\n  }\n}": typeof types.AccountsMembersDocument,
    "mutation AlertsCreateRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    id\n  }\n}\n\nmutation AlertsCreateEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      id\n    }\n  }\n}\n\nmutation AlertsIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    inserted\n    errors {\n      message\n    }\n  }\n}\n\nquery AlertsOfStudy($studyId: ID!) {\n  alerts(studyId: $studyId) {\n    id\n    status\n    segment {\n      label\n    }\n    current\n    baseline\n    delta\n    pValue\n    n\n    baselineN\n    responses(first: 5) {\n      totalCount\n    }\n  }\n}\n\nsubscription AlertsRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    id\n    segment {\n      label\n    }\n    metric\n    delta\n  }\n}": typeof types.AlertsCreateRuleDocument,
    "mutation BenchConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}": typeof types.BenchConfigureIngestSourceDocument,
    "mutation BenchIngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}": typeof types.BenchIngestResponsesDocument,
    "mutation BenchInviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}": typeof types.BenchInviteRespondentsDocument,
    "subscription BenchOverallNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: []) {\n    overall {\n      n\n    }\n  }\n}": typeof types.BenchOverallNpsChangedDocument,
    "query BenchWaveFielding($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n      }\n    }\n  }\n}": typeof types.BenchWaveFieldingDocument,
    "query CommentDrivers($waveId: ID!) {\n  commentDrivers(waveId: $waveId) {\n    commented\n    coded\n    drivers {\n      driver {\n        key\n      }\n      count\n    }\n  }\n}": typeof types.CommentDriversDocument,
    "query CompletedSessions($studyId: ID!) {\n  interviewSessions(studyId: $studyId, status: [COMPLETED], first: 200) {\n    id\n    quality {\n      ladderDepth\n    }\n  }\n}": typeof types.CompletedSessionsDocument,
    "query ConsoleAlertAcknowledged($id: ID!) {\n  alert(id: $id) {\n    id\n    status\n    acknowledgedAt\n    acknowledgedBy\n  }\n}": typeof types.ConsoleAlertAcknowledgedDocument,
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n  }\n}": typeof types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n  }\n}": typeof types.CreateWaveDocument,
    "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      pValue\n      flag\n    }\n  }\n}": typeof types.DashboardCompareWavesDocument,
    "query DashboardNpsTrend($studyId: ID!) {\n  npsTrend(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    waves {\n      overall {\n        nps\n      }\n      segments {\n        nps\n      }\n      vsPrevious {\n        flag\n      }\n    }\n  }\n}": typeof types.DashboardNpsTrendDocument,
    "query DashboardRollingNps($studyId: ID!) {\n  rollingNps(studyId: $studyId, groupBy: [\"tier\"]) {\n    overall {\n      windows {\n        nps\n      }\n    }\n    segments {\n      windows {\n        nps\n      }\n    }\n  }\n}": typeof types.DashboardRollingNpsDocument,
    "query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      nps\n      n\n    }\n    segments {\n      label\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.DashboardSegmentNpsDocument,
    "query DashboardStudies {\n  studies {\n    name\n    nps {\n      nps\n    }\n    bandCounts {\n      total\n    }\n    waves {\n      name\n      bandCounts {\n        total\n      }\n    }\n  }\n}": typeof types.DashboardStudiesDocument,
    "query DashboardStudy($id: ID!) {\n  study(id: $id) {\n    name\n    respondentCount\n    nps {\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    waves {\n      name\n      status\n      respondentCount\n      bandCounts {\n        detractors\n        passives\n        promoters\n        total\n      }\n    }\n  }\n}": typeof types.DashboardStudyDocument,
    "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}": typeof types.DashboardThemeTrendDocument,
    "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n    }\n  }\n}": typeof types.DashboardWaveAnalysisDocument,
    "mutation EmbedRevokeLink($sessionId: ID!) {\n  revokeInterviewLink(sessionId: $sessionId) {\n    id\n    linkRevokedAt\n  }\n}": typeof types.EmbedRevokeLinkDocument,
    "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}": typeof types.EraseRespondentDocument,
    "query EvalInterviewCoding($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    coding {\n      coder\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      rootNote\n      competitors\n      competitorMentioned\n    }\n  }\n}": typeof types.EvalInterviewCodingDocument,
    "query EvalInterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    moderator\n    language\n    turns {\n      seq\n      role\n      phase\n      action\n      author\n      ladderLevel\n      text\n      moderation {\n        leadingCaught\n        leadingFindings\n        reusedWords\n      }\n    }\n    quality {\n      ladderDepth\n      probes\n      probesReusingWordsShare\n      leadingQuestionsCaught\n      moderatorTurns\n      respondentTurns\n    }\n    escalations {\n      reason\n      quote\n    }\n  }\n}": typeof types.EvalInterviewSessionDocument,
    "query EvalSummary($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    synthesizer\n    summary\n    themes {\n      key\n      label\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      action\n      evidence\n      writer\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      impactExplanation\n    }\n  }\n}": typeof types.EvalSummaryDocument,
    "mutation FieldingIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    errors {\n      index\n      code\n      message\n    }\n  }\n}": typeof types.FieldingIngestDocument,
    "query FieldingInvitations($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        externalId\n        email\n        invitation {\n          status\n          attempts\n          sentAt\n          sessionId\n          lastError\n        }\n      }\n    }\n  }\n}": typeof types.FieldingInvitationsDocument,
    "mutation FieldingUpdateRules($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n      }\n    }\n  }\n}": typeof types.FieldingUpdateRulesDocument,
    "mutation GuideConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}": typeof types.GuideConfigureIngestSourceDocument,
    "mutation GuideCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key {\n      id\n      role\n      prefix\n    }\n    secret\n  }\n}": typeof types.GuideCreateApiKeyDocument,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    id\n    version\n    content {\n      ladderTargetDepth {\n        min\n        max\n      }\n      topicsToAvoid\n      phases {\n        key\n        objective\n        probeInstructions\n        budget {\n          turns\n          minutes\n        }\n        openingQuestions {\n          language\n          questions\n        }\n      }\n    }\n  }\n}": typeof types.GuideVersionsDocument,
    "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      message\n    }\n  }\n}": typeof types.ImportRespondentsDocument,
    "query InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    turns {\n      seq\n      role\n      phase\n      ladderLevel\n      text\n    }\n  }\n}": typeof types.InterviewSessionDocument,
    "query LatestSessions($waveId: ID!, $after: String) {\n  respondents(waveId: $waveId, first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        latestSession {\n          id\n          status\n        }\n      }\n    }\n  }\n}": typeof types.LatestSessionsDocument,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n  }\n}": typeof types.LaunchWaveDocument,
    "query ReportFigures($studyId: ID!, $waveId: ID!, $analysisId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: []) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      promoters\n      passives\n      detractors\n    }\n  }\n  waveAnalysis(id: $analysisId) {\n    summary\n    coded\n    actions {\n      rank\n      title\n      action\n      impactLow\n    }\n    themes {\n      key\n      rank\n      label\n    }\n  }\n  competitors(studyId: $studyId, groupBy: [\"band\"], first: 20) {\n    competitors {\n      name\n      byWave {\n        waveId\n        count\n      }\n    }\n  }\n}": typeof types.ReportFiguresDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    moderator\n    turns {\n      seq\n      role\n      text\n      phase\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $filter: RespondentFilter) {\n  respondents(waveId: $waveId, first: $first, filter: $filter) {\n    edges {\n      node {\n        id\n        externalId\n        band\n      }\n    }\n  }\n}": typeof types.RespondentsDocument,
    "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.SegmentNpsDocument,
    "subscription SegmentNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.SegmentNpsChangedDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    author\n  }\n}": typeof types.SendRespondentMessageDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      status\n    }\n    turn {\n      seq\n      role\n      text\n    }\n  }\n}": typeof types.SessionUpdatedDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}": typeof types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": typeof types.StartInterviewDocument,
    "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n  }\n}": typeof types.StartWaveAnalysisDocument,
    "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      status\n      respondentCount\n    }\n  }\n}": typeof types.StudiesDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    id\n  }\n}": typeof types.UpdateGuideDocument,
    "query WaveAnalysisOutcome($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    total\n    synthesizer\n    themes {\n      key\n    }\n  }\n}": typeof types.WaveAnalysisOutcomeDocument,
    "query WaveAnalysisStatus($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    error\n  }\n}": typeof types.WaveAnalysisStatusDocument,
    "query WaveInterviewQuality($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}": typeof types.WaveInterviewQualityDocument,
    "query WorkspaceAuditEvents($filter: AuditEventFilter, $first: Int!) {\n  auditEvents(filter: $filter, first: $first) {\n    edges {\n      node {\n        id\n        action\n        name\n        keyId\n        outcome\n      }\n    }\n  }\n}": typeof types.WorkspaceAuditEventsDocument,
    "query WorkspaceRetention {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}": typeof types.WorkspaceRetentionDocument,
};
const documents: Documents = {
    "mutation AccountsInviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}": types.AccountsInviteMemberDocument,
    "query AccountsMembers {\n  workspaceMembers {\n    items {\n      user {\n        id\n        email\n      }\n      role\n    }\n  }\n}": types.AccountsMembersDocument,
    "mutation AlertsCreateRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    id\n  }\n}\n\nmutation AlertsCreateEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      id\n    }\n  }\n}\n\nmutation AlertsIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    inserted\n    errors {\n      message\n    }\n  }\n}\n\nquery AlertsOfStudy($studyId: ID!) {\n  alerts(studyId: $studyId) {\n    id\n    status\n    segment {\n      label\n    }\n    current\n    baseline\n    delta\n    pValue\n    n\n    baselineN\n    responses(first: 5) {\n      totalCount\n    }\n  }\n}\n\nsubscription AlertsRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    id\n    segment {\n      label\n    }\n    metric\n    delta\n  }\n}": types.AlertsCreateRuleDocument,
    "mutation BenchConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}": types.BenchConfigureIngestSourceDocument,
    "mutation BenchIngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}": types.BenchIngestResponsesDocument,
    "mutation BenchInviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}": types.BenchInviteRespondentsDocument,
    "subscription BenchOverallNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: []) {\n    overall {\n      n\n    }\n  }\n}": types.BenchOverallNpsChangedDocument,
    "query BenchWaveFielding($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n      }\n    }\n  }\n}": types.BenchWaveFieldingDocument,
    "query CommentDrivers($waveId: ID!) {\n  commentDrivers(waveId: $waveId) {\n    commented\n    coded\n    drivers {\n      driver {\n        key\n      }\n      count\n    }\n  }\n}": types.CommentDriversDocument,
    "query CompletedSessions($studyId: ID!) {\n  interviewSessions(studyId: $studyId, status: [COMPLETED], first: 200) {\n    id\n    quality {\n      ladderDepth\n    }\n  }\n}": types.CompletedSessionsDocument,
    "query ConsoleAlertAcknowledged($id: ID!) {\n  alert(id: $id) {\n    id\n    status\n    acknowledgedAt\n    acknowledgedBy\n  }\n}": types.ConsoleAlertAcknowledgedDocument,
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n  }\n}": types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n  }\n}": types.CreateWaveDocument,
    "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      pValue\n      flag\n    }\n  }\n}": types.DashboardCompareWavesDocument,
    "query DashboardNpsTrend($studyId: ID!) {\n  npsTrend(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    waves {\n      overall {\n        nps\n      }\n      segments {\n        nps\n      }\n      vsPrevious {\n        flag\n      }\n    }\n  }\n}": types.DashboardNpsTrendDocument,
    "query DashboardRollingNps($studyId: ID!) {\n  rollingNps(studyId: $studyId, groupBy: [\"tier\"]) {\n    overall {\n      windows {\n        nps\n      }\n    }\n    segments {\n      windows {\n        nps\n      }\n    }\n  }\n}": types.DashboardRollingNpsDocument,
    "query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      nps\n      n\n    }\n    segments {\n      label\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.DashboardSegmentNpsDocument,
    "query DashboardStudies {\n  studies {\n    name\n    nps {\n      nps\n    }\n    bandCounts {\n      total\n    }\n    waves {\n      name\n      bandCounts {\n        total\n      }\n    }\n  }\n}": types.DashboardStudiesDocument,
    "query DashboardStudy($id: ID!) {\n  study(id: $id) {\n    name\n    respondentCount\n    nps {\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    waves {\n      name\n      status\n      respondentCount\n      bandCounts {\n        detractors\n        passives\n        promoters\n        total\n      }\n    }\n  }\n}": types.DashboardStudyDocument,
    "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}": types.DashboardThemeTrendDocument,
    "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n    }\n  }\n}": types.DashboardWaveAnalysisDocument,
    "mutation EmbedRevokeLink($sessionId: ID!) {\n  revokeInterviewLink(sessionId: $sessionId) {\n    id\n    linkRevokedAt\n  }\n}": types.EmbedRevokeLinkDocument,
    "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}": types.EraseRespondentDocument,
    "query EvalInterviewCoding($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    coding {\n      coder\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      rootNote\n      competitors\n      competitorMentioned\n    }\n  }\n}": types.EvalInterviewCodingDocument,
    "query EvalInterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    moderator\n    language\n    turns {\n      seq\n      role\n      phase\n      action\n      author\n      ladderLevel\n      text\n      moderation {\n        leadingCaught\n        leadingFindings\n        reusedWords\n      }\n    }\n    quality {\n      ladderDepth\n      probes\n      probesReusingWordsShare\n      leadingQuestionsCaught\n      moderatorTurns\n      respondentTurns\n    }\n    escalations {\n      reason\n      quote\n    }\n  }\n}": types.EvalInterviewSessionDocument,
    "query EvalSummary($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    synthesizer\n    summary\n    themes {\n      key\n      label\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      action\n      evidence\n      writer\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      impactExplanation\n    }\n  }\n}": types.EvalSummaryDocument,
    "mutation FieldingIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    errors {\n      index\n      code\n      message\n    }\n  }\n}": types.FieldingIngestDocument,
    "query FieldingInvitations($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        externalId\n        email\n        invitation {\n          status\n          attempts\n          sentAt\n          sessionId\n          lastError\n        }\n      }\n    }\n  }\n}": types.FieldingInvitationsDocument,
    "mutation FieldingUpdateRules($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n      }\n    }\n  }\n}": types.FieldingUpdateRulesDocument,
    "mutation GuideConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}": types.GuideConfigureIngestSourceDocument,
    "mutation GuideCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key {\n      id\n      role\n      prefix\n    }\n    secret\n  }\n}": types.GuideCreateApiKeyDocument,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    id\n    version\n    content {\n      ladderTargetDepth {\n        min\n        max\n      }\n      topicsToAvoid\n      phases {\n        key\n        objective\n        probeInstructions\n        budget {\n          turns\n          minutes\n        }\n        openingQuestions {\n          language\n          questions\n        }\n      }\n    }\n  }\n}": types.GuideVersionsDocument,
    "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      message\n    }\n  }\n}": types.ImportRespondentsDocument,
    "query InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    turns {\n      seq\n      role\n      phase\n      ladderLevel\n      text\n    }\n  }\n}": types.InterviewSessionDocument,
    "query LatestSessions($waveId: ID!, $after: String) {\n  respondents(waveId: $waveId, first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        latestSession {\n          id\n          status\n        }\n      }\n    }\n  }\n}": types.LatestSessionsDocument,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n  }\n}": types.LaunchWaveDocument,
    "query ReportFigures($studyId: ID!, $waveId: ID!, $analysisId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: []) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      promoters\n      passives\n      detractors\n    }\n  }\n  waveAnalysis(id: $analysisId) {\n    summary\n    coded\n    actions {\n      rank\n      title\n      action\n      impactLow\n    }\n    themes {\n      key\n      rank\n      label\n    }\n  }\n  competitors(studyId: $studyId, groupBy: [\"band\"], first: 20) {\n    competitors {\n      name\n      byWave {\n        waveId\n        count\n      }\n    }\n  }\n}": types.ReportFiguresDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    moderator\n    turns {\n      seq\n      role\n      text\n      phase\n    }\n  }\n}": types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int!, $filter: RespondentFilter) {\n  respondents(waveId: $waveId, first: $first, filter: $filter) {\n    edges {\n      node {\n        id\n        externalId\n        band\n      }\n    }\n  }\n}": types.RespondentsDocument,
    "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.SegmentNpsDocument,
    "subscription SegmentNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.SegmentNpsChangedDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    author\n  }\n}": types.SendRespondentMessageDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      status\n    }\n    turn {\n      seq\n      role\n      text\n    }\n  }\n}": types.SessionUpdatedDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}": types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}": types.StartInterviewDocument,
    "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n  }\n}": types.StartWaveAnalysisDocument,
    "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      status\n      respondentCount\n    }\n  }\n}": types.StudiesDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    id\n  }\n}": types.UpdateGuideDocument,
    "query WaveAnalysisOutcome($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    total\n    synthesizer\n    themes {\n      key\n    }\n  }\n}": types.WaveAnalysisOutcomeDocument,
    "query WaveAnalysisStatus($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    error\n  }\n}": types.WaveAnalysisStatusDocument,
    "query WaveInterviewQuality($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}": types.WaveInterviewQualityDocument,
    "query WorkspaceAuditEvents($filter: AuditEventFilter, $first: Int!) {\n  auditEvents(filter: $filter, first: $first) {\n    edges {\n      node {\n        id\n        action\n        name\n        keyId\n        outcome\n      }\n    }\n  }\n}": types.WorkspaceAuditEventsDocument,
    "query WorkspaceRetention {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}": types.WorkspaceRetentionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsInviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}"): typeof import('./graphql.js').AccountsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMembers {\n  workspaceMembers {\n    items {\n      user {\n        id\n        email\n      }\n      role\n    }\n  }\n}"): typeof import('./graphql.js').AccountsMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertsCreateRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    id\n  }\n}\n\nmutation AlertsCreateEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      id\n    }\n  }\n}\n\nmutation AlertsIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    inserted\n    errors {\n      message\n    }\n  }\n}\n\nquery AlertsOfStudy($studyId: ID!) {\n  alerts(studyId: $studyId) {\n    id\n    status\n    segment {\n      label\n    }\n    current\n    baseline\n    delta\n    pValue\n    n\n    baselineN\n    responses(first: 5) {\n      totalCount\n    }\n  }\n}\n\nsubscription AlertsRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    id\n    segment {\n      label\n    }\n    metric\n    delta\n  }\n}"): typeof import('./graphql.js').AlertsCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}"): typeof import('./graphql.js').BenchConfigureIngestSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchIngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}"): typeof import('./graphql.js').BenchIngestResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchInviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}"): typeof import('./graphql.js').BenchInviteRespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BenchOverallNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: []) {\n    overall {\n      n\n    }\n  }\n}"): typeof import('./graphql.js').BenchOverallNpsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchWaveFielding($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n      }\n    }\n  }\n}"): typeof import('./graphql.js').BenchWaveFieldingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentDrivers($waveId: ID!) {\n  commentDrivers(waveId: $waveId) {\n    commented\n    coded\n    drivers {\n      driver {\n        key\n      }\n      count\n    }\n  }\n}"): typeof import('./graphql.js').CommentDriversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompletedSessions($studyId: ID!) {\n  interviewSessions(studyId: $studyId, status: [COMPLETED], first: 200) {\n    id\n    quality {\n      ladderDepth\n    }\n  }\n}"): typeof import('./graphql.js').CompletedSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAlertAcknowledged($id: ID!) {\n  alert(id: $id) {\n    id\n    status\n    acknowledgedAt\n    acknowledgedBy\n  }\n}"): typeof import('./graphql.js').ConsoleAlertAcknowledgedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').CreateStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').CreateWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      pValue\n      flag\n    }\n  }\n}"): typeof import('./graphql.js').DashboardCompareWavesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardNpsTrend($studyId: ID!) {\n  npsTrend(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    waves {\n      overall {\n        nps\n      }\n      segments {\n        nps\n      }\n      vsPrevious {\n        flag\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardNpsTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardRollingNps($studyId: ID!) {\n  rollingNps(studyId: $studyId, groupBy: [\"tier\"]) {\n    overall {\n      windows {\n        nps\n      }\n    }\n    segments {\n      windows {\n        nps\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardRollingNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      nps\n      n\n    }\n    segments {\n      label\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"): typeof import('./graphql.js').DashboardSegmentNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardStudies {\n  studies {\n    name\n    nps {\n      nps\n    }\n    bandCounts {\n      total\n    }\n    waves {\n      name\n      bandCounts {\n        total\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardStudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardStudy($id: ID!) {\n  study(id: $id) {\n    name\n    respondentCount\n    nps {\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    waves {\n      name\n      status\n      respondentCount\n      bandCounts {\n        detractors\n        passives\n        promoters\n        total\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardThemeTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n    }\n  }\n}"): typeof import('./graphql.js').DashboardWaveAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmbedRevokeLink($sessionId: ID!) {\n  revokeInterviewLink(sessionId: $sessionId) {\n    id\n    linkRevokedAt\n  }\n}"): typeof import('./graphql.js').EmbedRevokeLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}"): typeof import('./graphql.js').EraseRespondentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvalInterviewCoding($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    coding {\n      coder\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      rootNote\n      competitors\n      competitorMentioned\n    }\n  }\n}"): typeof import('./graphql.js').EvalInterviewCodingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvalInterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    moderator\n    language\n    turns {\n      seq\n      role\n      phase\n      action\n      author\n      ladderLevel\n      text\n      moderation {\n        leadingCaught\n        leadingFindings\n        reusedWords\n      }\n    }\n    quality {\n      ladderDepth\n      probes\n      probesReusingWordsShare\n      leadingQuestionsCaught\n      moderatorTurns\n      respondentTurns\n    }\n    escalations {\n      reason\n      quote\n    }\n  }\n}"): typeof import('./graphql.js').EvalInterviewSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvalSummary($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    synthesizer\n    summary\n    themes {\n      key\n      label\n      quotes {\n        quote\n      }\n    }\n    actions {\n      rank\n      title\n      action\n      evidence\n      writer\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      impactExplanation\n    }\n  }\n}"): typeof import('./graphql.js').EvalSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldingIngest($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    errors {\n      index\n      code\n      message\n    }\n  }\n}"): typeof import('./graphql.js').FieldingIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldingInvitations($waveId: ID!, $first: Int!, $after: String) {\n  respondents(waveId: $waveId, first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        externalId\n        email\n        invitation {\n          status\n          attempts\n          sentAt\n          sessionId\n          lastError\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').FieldingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldingUpdateRules($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n      }\n    }\n  }\n}"): typeof import('./graphql.js').FieldingUpdateRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuideConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    url\n    secret\n  }\n}"): typeof import('./graphql.js').GuideConfigureIngestSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuideCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key {\n      id\n      role\n      prefix\n    }\n    secret\n  }\n}"): typeof import('./graphql.js').GuideCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    id\n    version\n    content {\n      ladderTargetDepth {\n        min\n        max\n      }\n      topicsToAvoid\n      phases {\n        key\n        objective\n        probeInstructions\n        budget {\n          turns\n          minutes\n        }\n        openingQuestions {\n          language\n          questions\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GuideVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      message\n    }\n  }\n}"): typeof import('./graphql.js').ImportRespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSession($id: ID!) {\n  interviewSession(id: $id) {\n    status\n    turns {\n      seq\n      role\n      phase\n      ladderLevel\n      text\n    }\n  }\n}"): typeof import('./graphql.js').InterviewSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestSessions($waveId: ID!, $after: String) {\n  respondents(waveId: $waveId, first: 100, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        latestSession {\n          id\n          status\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').LatestSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n  }\n}"): typeof import('./graphql.js').LaunchWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportFigures($studyId: ID!, $waveId: ID!, $analysisId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: []) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      promoters\n      passives\n      detractors\n    }\n  }\n  waveAnalysis(id: $analysisId) {\n    summary\n    coded\n    actions {\n      rank\n      title\n      action\n      impactLow\n    }\n    themes {\n      key\n      rank\n      label\n    }\n  }\n  competitors(studyId: $studyId, groupBy: [\"band\"], first: 20) {\n    competitors {\n      name\n      byWave {\n        waveId\n        count\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ReportFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    status\n    moderator\n    turns {\n      seq\n      role\n      text\n      phase\n    }\n  }\n}"): typeof import('./graphql.js').RespondentSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Respondents($waveId: ID!, $first: Int!, $filter: RespondentFilter) {\n  respondents(waveId: $waveId, first: $first, filter: $filter) {\n    edges {\n      node {\n        id\n        externalId\n        band\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"): typeof import('./graphql.js').SegmentNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SegmentNpsChanged($studyId: ID!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"): typeof import('./graphql.js').SegmentNpsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n    seq\n    role\n    text\n    phase\n    ladderLevel\n    author\n  }\n}"): typeof import('./graphql.js').SendRespondentMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      status\n    }\n    turn {\n      seq\n      role\n      text\n    }\n  }\n}"): typeof import('./graphql.js').SessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}"): typeof import('./graphql.js').StartGuidePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n    session {\n      id\n      status\n      moderator\n    }\n  }\n}"): typeof import('./graphql.js').StartInterviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n  }\n}"): typeof import('./graphql.js').StartWaveAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Studies {\n  studies {\n    id\n    name\n    waves {\n      id\n      status\n      respondentCount\n    }\n  }\n}"): typeof import('./graphql.js').StudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    id\n  }\n}"): typeof import('./graphql.js').UpdateGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveAnalysisOutcome($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    coded\n    total\n    synthesizer\n    themes {\n      key\n    }\n  }\n}"): typeof import('./graphql.js').WaveAnalysisOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveAnalysisStatus($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    error\n  }\n}"): typeof import('./graphql.js').WaveAnalysisStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveInterviewQuality($studyId: ID!) {\n  study(id: $studyId) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WaveInterviewQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceAuditEvents($filter: AuditEventFilter, $first: Int!) {\n  auditEvents(filter: $filter, first: $first) {\n    edges {\n      node {\n        id\n        action\n        name\n        keyId\n        outcome\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceRetention {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}"): typeof import('./graphql.js').WorkspaceRetentionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
