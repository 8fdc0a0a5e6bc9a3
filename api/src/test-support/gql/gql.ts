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
    "fragment AlertRuleFields on AlertRule {\n  id\n  studyId\n  name\n  metric\n  direction\n  groupBy\n  filter {\n    bands\n    attributes {\n      attribute\n      values\n    }\n  }\n  window {\n    days\n  }\n  baseline {\n    days\n    previousWave\n  }\n  minN\n  minDelta\n  level\n  enabled\n  ownerEmail\n  lastEvaluatedAt\n}\n\nquery AlertRules($studyId: ID!) {\n  alertRules(studyId: $studyId) {\n    ...AlertRuleFields\n  }\n}\n\nmutation CreateAlertRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n  updateAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation DeleteAlertRule($id: ID!) {\n  deleteAlertRule(id: $id)\n}": typeof types.AlertRuleFieldsFragmentDoc,
    "fragment AlertFields on Alert {\n  id\n  studyId\n  ruleId\n  segment {\n    key {\n      attribute\n      value\n    }\n    label\n  }\n  metric\n  status\n  current\n  baseline\n  delta\n  ciLow\n  ciHigh\n  pValue\n  n\n  baselineN\n  firedAt\n  resolvedAt\n  acknowledgedAt\n  acknowledgedBy\n  ownerEmail\n}\n\nquery Alerts($studyId: ID!, $status: AlertStatus, $first: Int) {\n  alerts(studyId: $studyId, status: $status, first: $first) {\n    ...AlertFields\n    rule {\n      name\n    }\n  }\n}\n\nquery AlertDetail($id: ID!, $first: Int, $after: String) {\n  alert(id: $id) {\n    ...AlertFields\n    responses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          externalId\n          score\n          attributes\n        }\n      }\n    }\n    detractorThemes {\n      themeId\n      label\n      count\n      n\n      share\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    ...AlertFields\n  }\n}\n\nsubscription AlertRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    ...AlertFields\n  }\n}": typeof types.AlertFieldsFragmentDoc,
    "query AnalysisCost($id: ID!) {\n  waveAnalysis(id: $id) {\n    cost {\n      interviews\n      moderationUsd\n      codingUsd\n      synthesisUsd\n      totalUsd\n      perInterviewUsd\n      synthesisModel\n      synthesisPromptVersion\n    }\n  }\n}\n\nquery CodingProvenance($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      provenance {\n        coder\n        model\n        promptVersion\n        taxonomyVersion\n        calls\n        promptTokens\n        completionTokens\n        costUsd\n      }\n    }\n  }\n}": typeof types.AnalysisCostDocument,
    "query ApiKeys($first: Int, $includeRevoked: Boolean) {\n  apiKeys(first: $first, includeRevoked: $includeRevoked) {\n    totalCount\n    items {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      revokedBy\n      bootstrap\n    }\n  }\n}": typeof types.ApiKeysDocument,
    "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        keyId\n        action\n        name\n        target\n        outcome\n        errorCode\n        at\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuditEventsDocument,
    "query CodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  codingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    coder\n    model\n    promptVersion\n    trigger\n    status\n    n\n    percentAgreement\n    kappa\n    threshold\n    belowThreshold\n    drivers {\n      driver {\n        key\n        label\n      }\n      goldenCount\n      recodeCount\n      bothCount\n      percentAgreement\n      kappa\n    }\n  }\n}": typeof types.CodingAgreementDocument,
    "query CodingAgreementHistory($taxonomyVersionId: ID!, $coder: CoderKind, $first: Int) {\n  codingAgreementHistory(\n    taxonomyVersionId: $taxonomyVersionId\n    coder: $coder\n    first: $first\n  ) {\n    id\n    coder\n    trigger\n    status\n    n\n    kappa\n    belowThreshold\n    error\n    createdAt\n  }\n}": typeof types.CodingAgreementHistoryDocument,
    "query CodingAgreementSettings {\n  codingAgreementSettings {\n    kappaThreshold\n    ownerEmail\n  }\n}": typeof types.CodingAgreementSettingsDocument,
    "query CommentDrivers($waveId: ID!, $filter: SegmentFilter) {\n  commentDrivers(waveId: $waveId, filter: $filter) {\n    waveId\n    commented\n    coded\n    withoutDriver\n    smallSample\n    drivers {\n      driver {\n        key\n        label\n      }\n      count\n      share\n      ciLow\n      ciHigh\n      negative\n    }\n  }\n}": typeof types.CommentDriversDocument,
    "query CompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!, $band: Band) {\n  compareWaves(\n    studyId: $studyId\n    baseWaveId: $baseWaveId\n    waveId: $waveId\n    band: $band\n  ) {\n    baseWave {\n      name\n      analysisId\n    }\n    currentWave {\n      name\n      analysisId\n    }\n    nps {\n      base {\n        nps\n        n\n      }\n      current {\n        nps\n        n\n      }\n      difference\n      low\n      high\n      pValue\n      significant\n      flag\n      smallSample\n    }\n    themes {\n      key\n      label\n      scope\n      band\n      matchedBy\n      base {\n        ...ShareFields\n      }\n      current {\n        ...ShareFields\n      }\n      difference\n      low\n      high\n      pValue\n      adjustedPValue\n      test\n      flag\n      smallSample\n    }\n  }\n}": typeof types.CompareWavesDocument,
    "mutation ConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    source\n    url\n    secret\n    mapping\n    createdAt\n    rotatedAt\n  }\n}": typeof types.ConfigureIngestSourceDocument,
    "mutation ConfigureWorkspaceSso($input: ConfigureWorkspaceSsoInput!) {\n  configureWorkspaceSso(input: $input) {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n  }\n}": typeof types.ConfigureWorkspaceSsoDocument,
    "mutation ConfirmCoding($sessionId: ID!, $taxonomyVersionId: ID) {\n  confirmCoding(sessionId: $sessionId, taxonomyVersionId: $taxonomyVersionId) {\n    id\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n      driverKey\n      role\n    }\n  }\n}": typeof types.ConfirmCodingDocument,
    "mutation CorrectCoding($input: CorrectCodingInput!) {\n  correctCoding(input: $input) {\n    id\n    sessionId\n    waveId\n    taxonomyVersionId\n    taxonomyVersion\n    source\n    inGoldenSet\n    statedDriver {\n      key\n      label\n    }\n    rootDriver {\n      key\n      label\n    }\n    excerpts {\n      turnSeq\n      start\n      end\n      quote\n      driverKey\n      driverLabel\n      categoryKey\n      role\n    }\n    note\n    byKeyId\n    by\n  }\n}": typeof types.CorrectCodingDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    key {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      bootstrap\n    }\n  }\n}": typeof types.CreateApiKeyDocument,
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}": typeof types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}": typeof types.CreateWaveDocument,
    "mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      ...WebhookEndpointFields\n    }\n  }\n}": typeof types.CreateWebhookEndpointDocument,
    "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      matchedBy\n      base {\n        share\n      }\n      current {\n        share\n      }\n      pValue\n      adjustedPValue\n      flag\n    }\n  }\n}": typeof types.DashboardCompareWavesDocument,
    "query DashboardNpsTrend($studyId: ID!) {\n  npsTrend(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    waves {\n      overall {\n        nps\n      }\n      segments {\n        nps\n      }\n      vsPrevious {\n        flag\n      }\n    }\n  }\n}": typeof types.DashboardNpsTrendDocument,
    "query DashboardRollingNps($studyId: ID!) {\n  rollingNps(studyId: $studyId, groupBy: [\"tier\"]) {\n    overall {\n      windows {\n        nps\n      }\n    }\n    segments {\n      windows {\n        nps\n      }\n    }\n  }\n}": typeof types.DashboardRollingNpsDocument,
    "query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      nps\n      n\n    }\n    segments {\n      label\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.DashboardSegmentNpsDocument,
    "query DashboardStudies {\n  studies {\n    name\n    nps {\n      nps\n    }\n    bandCounts {\n      total\n    }\n    waves {\n      name\n      bandCounts {\n        total\n      }\n    }\n  }\n}": typeof types.DashboardStudiesDocument,
    "query DashboardStudy($id: ID!) {\n  study(id: $id) {\n    name\n    respondentCount\n    nps {\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    waves {\n      name\n      status\n      respondentCount\n      bandCounts {\n        detractors\n        passives\n        promoters\n        total\n      }\n    }\n  }\n}": typeof types.DashboardStudyDocument,
    "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n        vsPrevious {\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}": typeof types.DashboardThemeTrendDocument,
    "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    taxonomyVersion\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n        label\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}": typeof types.DashboardWaveAnalysisDocument,
    "mutation DeleteWebhookEndpoint($id: ID!) {\n  deleteWebhookEndpoint(id: $id) {\n    id\n    url\n  }\n}": typeof types.DeleteWebhookEndpointDocument,
    "query Deliveries($waveId: ID!, $status: [DeliveryStatus!], $first: Int, $after: String) {\n  deliveries(waveId: $waveId, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        trigger\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        updatedAt\n        respondent {\n          externalId\n        }\n      }\n    }\n  }\n}": typeof types.DeliveriesDocument,
    "query EmailSuppressions($first: Int) {\n  emailSuppressions(first: $first) {\n    totalCount\n    items {\n      email\n      reason\n      detail\n      createdAt\n    }\n  }\n}": typeof types.EmailSuppressionsDocument,
    "query EmbedOrigins {\n  workspaceSettings {\n    embedOrigins\n  }\n}": typeof types.EmbedOriginsDocument,
    "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}": typeof types.EraseRespondentDocument,
    "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    reason\n    quote\n    status\n    session {\n      id\n    }\n  }\n}": typeof types.EscalationRaisedDocument,
    "query Escalations($studyId: ID!, $status: [EscalationStatus!]) {\n  escalations(studyId: $studyId, status: $status) {\n    id\n    reason\n    owner\n  }\n}": typeof types.EscalationsDocument,
    "fragment FindingsFields on FindingsBySegment {\n  analysisId\n  taxonomyVersion\n  groupBy\n  n\n  segments {\n    key {\n      attribute\n      value\n    }\n    label\n    n\n    cells {\n      key\n      label\n      count\n      n\n      share\n      low\n      high\n      smallSample\n      versusRest {\n        difference\n        low\n        high\n        pValue\n        adjustedP\n        flag\n        significant\n      }\n    }\n  }\n}\n\nquery ThemePrevalence($waveId: ID!, $groupBy: [String!]!, $filter: SegmentFilter) {\n  themePrevalence(waveId: $waveId, groupBy: $groupBy, filter: $filter) {\n    ...FindingsFields\n  }\n}\n\nquery DriverPrevalence($waveId: ID!, $groupBy: [String!]!, $role: DriverRole!) {\n  driverPrevalence(waveId: $waveId, groupBy: $groupBy, role: $role) {\n    ...FindingsFields\n  }\n}\n\nquery StatedToRoot($waveId: ID!, $groupBy: [String!]!) {\n  statedToRoot(waveId: $waveId, groupBy: $groupBy) {\n    analysisId\n    segments {\n      label\n      n\n      withBoth\n      differShare\n      cells {\n        stated\n        statedLabel\n        root\n        rootLabel\n        count\n        share\n      }\n    }\n  }\n}\n\nquery Competitors($studyId: ID!, $groupBy: [String!]!) {\n  competitors(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    unnamedMentions {\n      waveId\n      waveName\n      count\n      n\n      share\n    }\n    competitors {\n      name\n      total\n      byWave {\n        waveId\n        waveName\n        count\n        n\n        share\n      }\n      bySegment {\n        label\n        count\n        n\n        share\n      }\n      quotes {\n        sessionId\n        waveId\n        band\n        quote\n        turnSeq\n        start\n        end\n      }\n    }\n  }\n}": typeof types.FindingsFieldsFragmentDoc,
    "query GoldenSet($taxonomyVersionId: ID!) {\n  goldenSet(taxonomyVersionId: $taxonomyVersionId) {\n    id\n    sessionId\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n    }\n    by\n  }\n}": typeof types.GoldenSetDocument,
    "query Guide($id: ID!) {\n  guide(id: $id) {\n    id\n  }\n}": typeof types.GuideDocument,
    "fragment GuideVersionFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}": typeof types.GuideVersionFieldsFragmentDoc,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideVersionFields\n  }\n}": typeof types.GuideVersionsDocument,
    "query ImportBatches($waveId: ID!, $first: Int) {\n  importBatches(waveId: $waveId, first: $first) {\n    id\n    source\n    receivedAt\n    inserted\n    updated\n    unchanged\n    deliveryId\n  }\n}": typeof types.ImportBatchesDocument,
    "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      row\n      column\n      code\n      message\n    }\n  }\n}": typeof types.ImportRespondentsDocument,
    "mutation IngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    batchId\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}": typeof types.IngestResponsesDocument,
    "query InterviewSessionCoding($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      coder\n      taxonomyVersion\n      statedDriver {\n        key\n        label\n      }\n      rootDriver {\n        key\n        label\n      }\n      rootNote\n      sentimentScore\n      competitors\n      competitorMentioned\n      excerpts {\n        driverKey\n        driverLabel\n        categoryKey\n        quote\n        turnSeq\n        start\n        end\n        role\n        sentiment\n        sentimentScore\n      }\n    }\n  }\n}": typeof types.InterviewSessionCodingDocument,
    "query InterviewSessionCorrection($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      id\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      inGoldenSet\n      correction {\n        id\n        statedDriver {\n          key\n        }\n        rootDriver {\n          key\n        }\n        excerpts {\n          quote\n          driverKey\n        }\n      }\n    }\n  }\n}": typeof types.InterviewSessionCorrectionDocument,
    "query InterviewSessionEscalations($id: ID!) {\n  interviewSession(id: $id) {\n    escalations {\n      reason\n      owner\n      status\n    }\n  }\n}": typeof types.InterviewSessionEscalationsDocument,
    "query InterviewSessions($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    coding {\n      taxonomyVersion\n    }\n  }\n}": typeof types.InterviewSessionsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n    invitedByUserId\n    invitedByKeyId\n  }\n}": typeof types.InviteMemberDocument,
    "mutation InviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}": typeof types.InviteRespondentsDocument,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      band\n      version\n    }\n  }\n}": typeof types.LaunchWaveDocument,
    "query Me {\n  me {\n    kind\n    apiKeyId\n    workspaceId\n    role\n    user {\n      id\n      email\n      name\n    }\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}": typeof types.MeDocument,
    "query NpsTrend($studyId: ID!, $groupBy: [String!]) {\n  npsTrend(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    waves {\n      waveName\n      overall {\n        nps\n        n\n        smallSample\n      }\n      segments {\n        label\n        n\n        nps\n      }\n      vsPrevious {\n        difference\n        pValue\n        flag\n      }\n    }\n  }\n}": typeof types.NpsTrendDocument,
    "query NpsTrendCounts($studyId: ID!, $filter: SegmentFilter) {\n  npsTrend(studyId: $studyId, filter: $filter) {\n    waves {\n      overall {\n        n\n      }\n      segments {\n        n\n      }\n    }\n  }\n}": typeof types.NpsTrendCountsDocument,
    "subscription OverallNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n  }\n}": typeof types.OverallNpsChangedDocument,
    "mutation AssignEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    id\n    owner\n    ownerEmail\n  }\n}\n\nmutation AssignAlert($id: ID!, $ownerEmail: String!) {\n  assignAlert(id: $id, ownerEmail: $ownerEmail) {\n    id\n    ownerEmail\n  }\n}\n\nquery NotificationPreference($email: String!) {\n  notificationPreference(email: $email) {\n    email\n    digest\n    digestHourUtc\n  }\n}\n\nmutation SetNotificationPreference($input: NotificationPreferenceInput!) {\n  setNotificationPreference(input: $input) {\n    email\n    digest\n    digestHourUtc\n  }\n}": typeof types.AssignEscalationDocument,
    "mutation RecodeStudy($input: RecodeStudyInput!) {\n  recodeStudy(input: $input) {\n    id\n    waveId\n    status\n    taxonomyVersion\n    synthesizer\n  }\n}": typeof types.RecodeStudyDocument,
    "mutation RemoveFromGoldenSet($sessionId: ID!, $taxonomyVersionId: ID) {\n  removeFromGoldenSet(\n    sessionId: $sessionId\n    taxonomyVersionId: $taxonomyVersionId\n  )\n}": typeof types.RemoveFromGoldenSetDocument,
    "mutation RemoveMember($userId: ID!) {\n  removeMember(userId: $userId) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}": typeof types.RemoveMemberDocument,
    "mutation RemoveWorkspaceSso {\n  removeWorkspaceSso\n}": typeof types.RemoveWorkspaceSsoDocument,
    "mutation ReplayWebhookDelivery($id: ID!) {\n  replayWebhookDelivery(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}": typeof types.ReplayWebhookDeliveryDocument,
    "query RespondentComments($waveId: ID!) {\n  respondents(waveId: $waveId, first: 20) {\n    edges {\n      node {\n        externalId\n        commentCoding {\n          driver {\n            key\n            label\n          }\n          sentiment\n          quote\n          coder\n          codedAt\n        }\n      }\n    }\n  }\n}": typeof types.RespondentCommentsDocument,
    "query RespondentInvitations($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    edges {\n      node {\n        externalId\n        invitation {\n          kind\n          trigger\n          status\n          attempts\n          lastError\n          sentAt\n        }\n      }\n    }\n  }\n}": typeof types.RespondentInvitationsDocument,
    "query RespondentLineage($waveId: ID!, $filter: RespondentFilter, $first: Int) {\n  respondents(waveId: $waveId, filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        score\n        band\n        email\n        language\n        attributes\n        comment\n        source\n        importBatchId\n        respondedAt\n        receivedAt\n        updatedAt\n      }\n    }\n  }\n}": typeof types.RespondentLineageDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    turns {\n      text\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        respondedAt\n      }\n    }\n  }\n}": typeof types.RespondentsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n    revokedBy\n  }\n}": typeof types.RevokeApiKeyDocument,
    "query RollingNps($studyId: ID!, $days: Int, $step: RollingStep, $groupBy: [String!]) {\n  rollingNps(studyId: $studyId, days: $days, step: $step, groupBy: $groupBy) {\n    days\n    step\n    overall {\n      windows {\n        start\n        end\n        n\n        nps\n        smallSample\n      }\n    }\n    segments {\n      label\n      windows {\n        end\n        n\n      }\n    }\n  }\n}": typeof types.RollingNpsDocument,
    "mutation RotateIngestSecret($waveId: ID!, $source: IngestSourceKind!) {\n  rotateIngestSecret(waveId: $waveId, source: $source) {\n    source\n    url\n    secret\n    rotatedAt\n  }\n}": typeof types.RotateIngestSecretDocument,
    "mutation RunCodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  runCodingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    status\n    trigger\n    coder\n    taxonomyVersion\n    threshold\n  }\n}": typeof types.RunCodingAgreementDocument,
    "query SchemaQueryType {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}": typeof types.SchemaQueryTypeDocument,
    "query SchemaRootFields {\n  __schema {\n    queryType {\n      fields {\n        name\n      }\n    }\n    mutationType {\n      fields {\n        name\n      }\n    }\n    subscriptionType {\n      fields {\n        name\n      }\n    }\n  }\n}": typeof types.SchemaRootFieldsDocument,
    "subscription SegmentIntervalsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n  }\n}": typeof types.SegmentIntervalsChangedDocument,
    "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    groupBy\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": typeof types.SegmentNpsDocument,
    "subscription SegmentNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    overall {\n      n\n      promoters\n      nps\n    }\n    segments {\n      label\n      n\n    }\n  }\n}": typeof types.SegmentNpsChangedDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n  }\n}": typeof types.SendRespondentMessageDocument,
    "query SessionDeliveries($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    delivery {\n      id\n      status\n      sessionId\n    }\n  }\n}": typeof types.SessionDeliveriesDocument,
    "query SessionTranscript($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    turns {\n      seq\n      text\n    }\n  }\n}": typeof types.SessionTranscriptDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n    }\n    turn {\n      id\n      seq\n      text\n      role\n    }\n  }\n}": typeof types.SessionUpdatedDocument,
    "mutation SetStudyEscalationOwner($studyId: ID!, $ownerEmail: String!) {\n  setStudyEscalationOwner(studyId: $studyId, ownerEmail: $ownerEmail) {\n    id\n    escalationOwnerEmail\n  }\n}": typeof types.SetStudyEscalationOwnerDocument,
    "fragment ShareFields on ShareEstimate {\n  count\n  n\n  share\n  low\n  high\n  smallSample\n}": typeof types.ShareFieldsFragmentDoc,
    "mutation SignOutEverywhere {\n  signOutEverywhere\n}": typeof types.SignOutEverywhereDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}": typeof types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n  }\n}": typeof types.StartInterviewDocument,
    "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n    progress\n  }\n}": typeof types.StartWaveAnalysisDocument,
    "query Studies {\n  studies {\n    id\n  }\n}": typeof types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n  }\n}": typeof types.StudyDocument,
    "query StudyGuides($id: ID!) {\n  study(id: $id) {\n    guides {\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n        phases {\n          key\n          budget {\n            turns\n            minutes\n          }\n          openingQuestions {\n            language\n            questions\n          }\n        }\n      }\n    }\n  }\n}": typeof types.StudyGuidesDocument,
    "query StudyLatestAnalyses($id: ID!) {\n  study(id: $id) {\n    waves {\n      name\n      latestAnalysis {\n        id\n        status\n        progress\n        total\n        coded\n        finishedAt\n      }\n    }\n  }\n}": typeof types.StudyLatestAnalysesDocument,
    "query StudySessionCounts($id: ID!) {\n  study(id: $id) {\n    sessionCounts {\n      invited\n      active\n      completed\n      total\n    }\n  }\n}": typeof types.StudySessionCountsDocument,
    "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      id\n      quality {\n        respondentTurns\n      }\n      turns {\n        seq\n      }\n    }\n    turn {\n      seq\n    }\n  }\n}": typeof types.StudySessionUpdatedDocument,
    "query StudyTaxonomy($id: ID!) {\n  study(id: $id) {\n    taxonomy {\n      version\n      crosswalk {\n        from\n      }\n      categories {\n        key\n        drivers {\n          key\n          label\n        }\n      }\n    }\n  }\n}": typeof types.StudyTaxonomyDocument,
    "query StudyWaveFielding($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingRules {\n        autoInvite {\n          bands\n        }\n      }\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n        started\n        completed\n        responseRate\n        completionRate\n        medianMinutesToComplete\n      }\n    }\n  }\n}": typeof types.StudyWaveFieldingDocument,
    "query StudyWaveFieldingTimeline($id: ID!, $bucket: FieldingBucket) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingTimeline(bucket: $bucket) {\n        at\n        invited\n        sent\n        started\n        completed\n      }\n    }\n  }\n}": typeof types.StudyWaveFieldingTimelineDocument,
    "query StudyWaveGuides($id: ID!) {\n  study(id: $id) {\n    waves {\n      guides {\n        band\n        version\n      }\n    }\n  }\n}": typeof types.StudyWaveGuidesDocument,
    "query StudyWaveIngestSources($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      ingestSources {\n        source\n        url\n        mapping\n        createdAt\n        rotatedAt\n      }\n    }\n  }\n}": typeof types.StudyWaveIngestSourcesDocument,
    "query StudyWaveInterviewQuality($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}": typeof types.StudyWaveInterviewQualityDocument,
    "mutation SuppressEmail($email: String!) {\n  suppressEmail(email: $email) {\n    email\n    reason\n  }\n}": typeof types.SuppressEmailDocument,
    "mutation SwitchWorkspace($workspaceId: ID!) {\n  switchWorkspace(workspaceId: $workspaceId) {\n    kind\n    workspaceId\n    role\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}": typeof types.SwitchWorkspaceDocument,
    "fragment TaxonomyFields on DriverTaxonomy {\n  id\n  version\n  note\n  createdBy\n  categories {\n    key\n    label\n    drivers {\n      key\n      label\n      description\n      examples\n    }\n  }\n  crosswalk {\n    from\n    to\n  }\n}": typeof types.TaxonomyFieldsFragmentDoc,
    "query TaxonomyVersions($studyId: ID!) {\n  taxonomyVersions(studyId: $studyId) {\n    ...TaxonomyFields\n  }\n}": typeof types.TaxonomyVersionsDocument,
    "query ThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n      analysisId\n    }\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      points {\n        waveId\n        band\n        matchedBy\n        estimate {\n          count\n          n\n        }\n        vsPrevious {\n          difference\n          pValue\n          adjustedPValue\n          test\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        waveId\n        band\n        estimate {\n          count\n          n\n          share\n        }\n        vsPrevious {\n          pValue\n          adjustedPValue\n        }\n      }\n    }\n  }\n}": typeof types.ThemeTrendDocument,
    "subscription ThemeTrends($studyId: ID!) {\n  themeTrends(studyId: $studyId) {\n    studyId\n    waves {\n      waveId\n      analysisId\n      status\n      themeCount\n      finishedAt\n    }\n  }\n}": typeof types.ThemeTrendsDocument,
    "mutation UnsuppressEmail($email: String!) {\n  unsuppressEmail(email: $email)\n}": typeof types.UnsuppressEmailDocument,
    "mutation UpdateCodingAgreementSettings($input: UpdateCodingAgreementSettingsInput!) {\n  updateCodingAgreementSettings(input: $input) {\n    kappaThreshold\n    ownerEmail\n  }\n}": typeof types.UpdateCodingAgreementSettingsDocument,
    "mutation UpdateEmbedOrigins($origins: [String!]!) {\n  updateEmbedOrigins(origins: $origins) {\n    embedOrigins\n  }\n}": typeof types.UpdateEmbedOriginsDocument,
    "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    status\n    owner\n  }\n}": typeof types.UpdateEscalationDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideVersionFields\n  }\n}": typeof types.UpdateGuideDocument,
    "mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n  updateMemberRole(input: $input) {\n    user {\n      id\n    }\n    role\n  }\n}": typeof types.UpdateMemberRoleDocument,
    "mutation UpdateTaxonomy($input: UpdateTaxonomyInput!) {\n  updateTaxonomy(input: $input) {\n    ...TaxonomyFields\n  }\n}": typeof types.UpdateTaxonomyDocument,
    "mutation UpdateWaveFielding($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n        sampleRate\n        maxPerDay\n        delayMinutes\n        quietHours {\n          start\n          end\n          timezone\n        }\n      }\n      sender {\n        fromName\n        replyTo\n      }\n      updatedAt\n    }\n  }\n}": typeof types.UpdateWaveFieldingDocument,
    "mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n  updateWebhookEndpoint(input: $input) {\n    ...WebhookEndpointFields\n  }\n}": typeof types.UpdateWebhookEndpointDocument,
    "mutation UpdateWorkspaceSettings($input: UpdateWorkspaceSettingsInput!) {\n  updateWorkspaceSettings(input: $input) {\n    transcriptRetentionDays\n  }\n}": typeof types.UpdateWorkspaceSettingsDocument,
    "query WaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    id\n    status\n    total\n    coded\n    progress\n    taxonomyVersion\n    synthesizer\n    summary\n    finishedAt\n    error\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      drivers {\n        key\n        label\n      }\n      rank\n      prevalence {\n        band\n        count\n        n\n        share\n        low\n        high\n        smallSample\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n        band\n      }\n    }\n    actions {\n      rank\n      title\n      rationale\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      action\n      evidence\n      writer\n      impactExplanation\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}": typeof types.WaveAnalysisDocument,
    "subscription WaveAnalysisProgress($waveId: ID!) {\n  waveAnalysisProgress(waveId: $waveId) {\n    waveId\n    analysisId\n    status\n    total\n    coded\n    progress\n  }\n}": typeof types.WaveAnalysisProgressDocument,
    "query WaveAnalysisThemeFilters($id: ID!) {\n  waveAnalysis(id: $id) {\n    passive: themes(band: PASSIVE) {\n      key\n    }\n    detractorScope: themes(scope: DETRACTOR) {\n      key\n    }\n  }\n}": typeof types.WaveAnalysisThemeFiltersDocument,
    "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n  webhookDeliveries(\n    endpointId: $endpointId\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...WebhookDeliveryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  endpointId\n  eventId\n  eventType\n  status\n  attempts\n  nextAttemptAt\n  lastAttemptAt\n  statusCode\n  latencyMs\n  responseBody\n  error\n  deliveredAt\n  replayOf\n  createdAt\n}": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "fragment WebhookEndpointFields on WebhookEndpoint {\n  id\n  url\n  description\n  events\n  enabled\n  disabledReason\n  disabledAt\n  failingSince\n  createdAt\n  updatedAt\n}": typeof types.WebhookEndpointFieldsFragmentDoc,
    "query WebhookEndpoints {\n  webhookEndpoints {\n    ...WebhookEndpointFields\n  }\n}": typeof types.WebhookEndpointsDocument,
    "query WorkspaceMembers {\n  workspaceMembers {\n    totalCount\n    items {\n      user {\n        id\n        email\n      }\n      role\n      invitedByUserId\n      invitedByKeyId\n    }\n  }\n}": typeof types.WorkspaceMembersDocument,
    "query WorkspaceSettings {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}": typeof types.WorkspaceSettingsDocument,
    "query WorkspaceSso {\n  workspaceSso {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n    updatedAt\n  }\n}": typeof types.WorkspaceSsoDocument,
};
const documents: Documents = {
    "fragment AlertRuleFields on AlertRule {\n  id\n  studyId\n  name\n  metric\n  direction\n  groupBy\n  filter {\n    bands\n    attributes {\n      attribute\n      values\n    }\n  }\n  window {\n    days\n  }\n  baseline {\n    days\n    previousWave\n  }\n  minN\n  minDelta\n  level\n  enabled\n  ownerEmail\n  lastEvaluatedAt\n}\n\nquery AlertRules($studyId: ID!) {\n  alertRules(studyId: $studyId) {\n    ...AlertRuleFields\n  }\n}\n\nmutation CreateAlertRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n  updateAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation DeleteAlertRule($id: ID!) {\n  deleteAlertRule(id: $id)\n}": types.AlertRuleFieldsFragmentDoc,
    "fragment AlertFields on Alert {\n  id\n  studyId\n  ruleId\n  segment {\n    key {\n      attribute\n      value\n    }\n    label\n  }\n  metric\n  status\n  current\n  baseline\n  delta\n  ciLow\n  ciHigh\n  pValue\n  n\n  baselineN\n  firedAt\n  resolvedAt\n  acknowledgedAt\n  acknowledgedBy\n  ownerEmail\n}\n\nquery Alerts($studyId: ID!, $status: AlertStatus, $first: Int) {\n  alerts(studyId: $studyId, status: $status, first: $first) {\n    ...AlertFields\n    rule {\n      name\n    }\n  }\n}\n\nquery AlertDetail($id: ID!, $first: Int, $after: String) {\n  alert(id: $id) {\n    ...AlertFields\n    responses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          externalId\n          score\n          attributes\n        }\n      }\n    }\n    detractorThemes {\n      themeId\n      label\n      count\n      n\n      share\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    ...AlertFields\n  }\n}\n\nsubscription AlertRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    ...AlertFields\n  }\n}": types.AlertFieldsFragmentDoc,
    "query AnalysisCost($id: ID!) {\n  waveAnalysis(id: $id) {\n    cost {\n      interviews\n      moderationUsd\n      codingUsd\n      synthesisUsd\n      totalUsd\n      perInterviewUsd\n      synthesisModel\n      synthesisPromptVersion\n    }\n  }\n}\n\nquery CodingProvenance($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      provenance {\n        coder\n        model\n        promptVersion\n        taxonomyVersion\n        calls\n        promptTokens\n        completionTokens\n        costUsd\n      }\n    }\n  }\n}": types.AnalysisCostDocument,
    "query ApiKeys($first: Int, $includeRevoked: Boolean) {\n  apiKeys(first: $first, includeRevoked: $includeRevoked) {\n    totalCount\n    items {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      revokedBy\n      bootstrap\n    }\n  }\n}": types.ApiKeysDocument,
    "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        keyId\n        action\n        name\n        target\n        outcome\n        errorCode\n        at\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuditEventsDocument,
    "query CodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  codingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    coder\n    model\n    promptVersion\n    trigger\n    status\n    n\n    percentAgreement\n    kappa\n    threshold\n    belowThreshold\n    drivers {\n      driver {\n        key\n        label\n      }\n      goldenCount\n      recodeCount\n      bothCount\n      percentAgreement\n      kappa\n    }\n  }\n}": types.CodingAgreementDocument,
    "query CodingAgreementHistory($taxonomyVersionId: ID!, $coder: CoderKind, $first: Int) {\n  codingAgreementHistory(\n    taxonomyVersionId: $taxonomyVersionId\n    coder: $coder\n    first: $first\n  ) {\n    id\n    coder\n    trigger\n    status\n    n\n    kappa\n    belowThreshold\n    error\n    createdAt\n  }\n}": types.CodingAgreementHistoryDocument,
    "query CodingAgreementSettings {\n  codingAgreementSettings {\n    kappaThreshold\n    ownerEmail\n  }\n}": types.CodingAgreementSettingsDocument,
    "query CommentDrivers($waveId: ID!, $filter: SegmentFilter) {\n  commentDrivers(waveId: $waveId, filter: $filter) {\n    waveId\n    commented\n    coded\n    withoutDriver\n    smallSample\n    drivers {\n      driver {\n        key\n        label\n      }\n      count\n      share\n      ciLow\n      ciHigh\n      negative\n    }\n  }\n}": types.CommentDriversDocument,
    "query CompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!, $band: Band) {\n  compareWaves(\n    studyId: $studyId\n    baseWaveId: $baseWaveId\n    waveId: $waveId\n    band: $band\n  ) {\n    baseWave {\n      name\n      analysisId\n    }\n    currentWave {\n      name\n      analysisId\n    }\n    nps {\n      base {\n        nps\n        n\n      }\n      current {\n        nps\n        n\n      }\n      difference\n      low\n      high\n      pValue\n      significant\n      flag\n      smallSample\n    }\n    themes {\n      key\n      label\n      scope\n      band\n      matchedBy\n      base {\n        ...ShareFields\n      }\n      current {\n        ...ShareFields\n      }\n      difference\n      low\n      high\n      pValue\n      adjustedPValue\n      test\n      flag\n      smallSample\n    }\n  }\n}": types.CompareWavesDocument,
    "mutation ConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    source\n    url\n    secret\n    mapping\n    createdAt\n    rotatedAt\n  }\n}": types.ConfigureIngestSourceDocument,
    "mutation ConfigureWorkspaceSso($input: ConfigureWorkspaceSsoInput!) {\n  configureWorkspaceSso(input: $input) {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n  }\n}": types.ConfigureWorkspaceSsoDocument,
    "mutation ConfirmCoding($sessionId: ID!, $taxonomyVersionId: ID) {\n  confirmCoding(sessionId: $sessionId, taxonomyVersionId: $taxonomyVersionId) {\n    id\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n      driverKey\n      role\n    }\n  }\n}": types.ConfirmCodingDocument,
    "mutation CorrectCoding($input: CorrectCodingInput!) {\n  correctCoding(input: $input) {\n    id\n    sessionId\n    waveId\n    taxonomyVersionId\n    taxonomyVersion\n    source\n    inGoldenSet\n    statedDriver {\n      key\n      label\n    }\n    rootDriver {\n      key\n      label\n    }\n    excerpts {\n      turnSeq\n      start\n      end\n      quote\n      driverKey\n      driverLabel\n      categoryKey\n      role\n    }\n    note\n    byKeyId\n    by\n  }\n}": types.CorrectCodingDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    key {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      bootstrap\n    }\n  }\n}": types.CreateApiKeyDocument,
    "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}": types.CreateStudyDocument,
    "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}": types.CreateWaveDocument,
    "mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      ...WebhookEndpointFields\n    }\n  }\n}": types.CreateWebhookEndpointDocument,
    "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      matchedBy\n      base {\n        share\n      }\n      current {\n        share\n      }\n      pValue\n      adjustedPValue\n      flag\n    }\n  }\n}": types.DashboardCompareWavesDocument,
    "query DashboardNpsTrend($studyId: ID!) {\n  npsTrend(studyId: $studyId, groupBy: [\"tier\", \"region\"]) {\n    waves {\n      overall {\n        nps\n      }\n      segments {\n        nps\n      }\n      vsPrevious {\n        flag\n      }\n    }\n  }\n}": types.DashboardNpsTrendDocument,
    "query DashboardRollingNps($studyId: ID!) {\n  rollingNps(studyId: $studyId, groupBy: [\"tier\"]) {\n    overall {\n      windows {\n        nps\n      }\n    }\n    segments {\n      windows {\n        nps\n      }\n    }\n  }\n}": types.DashboardRollingNpsDocument,
    "query DashboardSegmentNps($studyId: ID!, $waveId: ID!) {\n  segmentNps(studyId: $studyId, waveId: $waveId, groupBy: [\"tier\", \"region\"]) {\n    overall {\n      nps\n      n\n    }\n    segments {\n      label\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.DashboardSegmentNpsDocument,
    "query DashboardStudies {\n  studies {\n    name\n    nps {\n      nps\n    }\n    bandCounts {\n      total\n    }\n    waves {\n      name\n      bandCounts {\n        total\n      }\n    }\n  }\n}": types.DashboardStudiesDocument,
    "query DashboardStudy($id: ID!) {\n  study(id: $id) {\n    name\n    respondentCount\n    nps {\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    bandCounts {\n      detractors\n      passives\n      promoters\n      total\n    }\n    waves {\n      name\n      status\n      respondentCount\n      bandCounts {\n        detractors\n        passives\n        promoters\n        total\n      }\n    }\n  }\n}": types.DashboardStudyDocument,
    "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n        vsPrevious {\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}": types.DashboardThemeTrendDocument,
    "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    taxonomyVersion\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n        label\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}": types.DashboardWaveAnalysisDocument,
    "mutation DeleteWebhookEndpoint($id: ID!) {\n  deleteWebhookEndpoint(id: $id) {\n    id\n    url\n  }\n}": types.DeleteWebhookEndpointDocument,
    "query Deliveries($waveId: ID!, $status: [DeliveryStatus!], $first: Int, $after: String) {\n  deliveries(waveId: $waveId, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        trigger\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        updatedAt\n        respondent {\n          externalId\n        }\n      }\n    }\n  }\n}": types.DeliveriesDocument,
    "query EmailSuppressions($first: Int) {\n  emailSuppressions(first: $first) {\n    totalCount\n    items {\n      email\n      reason\n      detail\n      createdAt\n    }\n  }\n}": types.EmailSuppressionsDocument,
    "query EmbedOrigins {\n  workspaceSettings {\n    embedOrigins\n  }\n}": types.EmbedOriginsDocument,
    "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}": types.EraseRespondentDocument,
    "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    reason\n    quote\n    status\n    session {\n      id\n    }\n  }\n}": types.EscalationRaisedDocument,
    "query Escalations($studyId: ID!, $status: [EscalationStatus!]) {\n  escalations(studyId: $studyId, status: $status) {\n    id\n    reason\n    owner\n  }\n}": types.EscalationsDocument,
    "fragment FindingsFields on FindingsBySegment {\n  analysisId\n  taxonomyVersion\n  groupBy\n  n\n  segments {\n    key {\n      attribute\n      value\n    }\n    label\n    n\n    cells {\n      key\n      label\n      count\n      n\n      share\n      low\n      high\n      smallSample\n      versusRest {\n        difference\n        low\n        high\n        pValue\n        adjustedP\n        flag\n        significant\n      }\n    }\n  }\n}\n\nquery ThemePrevalence($waveId: ID!, $groupBy: [String!]!, $filter: SegmentFilter) {\n  themePrevalence(waveId: $waveId, groupBy: $groupBy, filter: $filter) {\n    ...FindingsFields\n  }\n}\n\nquery DriverPrevalence($waveId: ID!, $groupBy: [String!]!, $role: DriverRole!) {\n  driverPrevalence(waveId: $waveId, groupBy: $groupBy, role: $role) {\n    ...FindingsFields\n  }\n}\n\nquery StatedToRoot($waveId: ID!, $groupBy: [String!]!) {\n  statedToRoot(waveId: $waveId, groupBy: $groupBy) {\n    analysisId\n    segments {\n      label\n      n\n      withBoth\n      differShare\n      cells {\n        stated\n        statedLabel\n        root\n        rootLabel\n        count\n        share\n      }\n    }\n  }\n}\n\nquery Competitors($studyId: ID!, $groupBy: [String!]!) {\n  competitors(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    unnamedMentions {\n      waveId\n      waveName\n      count\n      n\n      share\n    }\n    competitors {\n      name\n      total\n      byWave {\n        waveId\n        waveName\n        count\n        n\n        share\n      }\n      bySegment {\n        label\n        count\n        n\n        share\n      }\n      quotes {\n        sessionId\n        waveId\n        band\n        quote\n        turnSeq\n        start\n        end\n      }\n    }\n  }\n}": types.FindingsFieldsFragmentDoc,
    "query GoldenSet($taxonomyVersionId: ID!) {\n  goldenSet(taxonomyVersionId: $taxonomyVersionId) {\n    id\n    sessionId\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n    }\n    by\n  }\n}": types.GoldenSetDocument,
    "query Guide($id: ID!) {\n  guide(id: $id) {\n    id\n  }\n}": types.GuideDocument,
    "fragment GuideVersionFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}": types.GuideVersionFieldsFragmentDoc,
    "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideVersionFields\n  }\n}": types.GuideVersionsDocument,
    "query ImportBatches($waveId: ID!, $first: Int) {\n  importBatches(waveId: $waveId, first: $first) {\n    id\n    source\n    receivedAt\n    inserted\n    updated\n    unchanged\n    deliveryId\n  }\n}": types.ImportBatchesDocument,
    "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      row\n      column\n      code\n      message\n    }\n  }\n}": types.ImportRespondentsDocument,
    "mutation IngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    batchId\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}": types.IngestResponsesDocument,
    "query InterviewSessionCoding($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      coder\n      taxonomyVersion\n      statedDriver {\n        key\n        label\n      }\n      rootDriver {\n        key\n        label\n      }\n      rootNote\n      sentimentScore\n      competitors\n      competitorMentioned\n      excerpts {\n        driverKey\n        driverLabel\n        categoryKey\n        quote\n        turnSeq\n        start\n        end\n        role\n        sentiment\n        sentimentScore\n      }\n    }\n  }\n}": types.InterviewSessionCodingDocument,
    "query InterviewSessionCorrection($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      id\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      inGoldenSet\n      correction {\n        id\n        statedDriver {\n          key\n        }\n        rootDriver {\n          key\n        }\n        excerpts {\n          quote\n          driverKey\n        }\n      }\n    }\n  }\n}": types.InterviewSessionCorrectionDocument,
    "query InterviewSessionEscalations($id: ID!) {\n  interviewSession(id: $id) {\n    escalations {\n      reason\n      owner\n      status\n    }\n  }\n}": types.InterviewSessionEscalationsDocument,
    "query InterviewSessions($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    coding {\n      taxonomyVersion\n    }\n  }\n}": types.InterviewSessionsDocument,
    "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n    invitedByUserId\n    invitedByKeyId\n  }\n}": types.InviteMemberDocument,
    "mutation InviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}": types.InviteRespondentsDocument,
    "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      band\n      version\n    }\n  }\n}": types.LaunchWaveDocument,
    "query Me {\n  me {\n    kind\n    apiKeyId\n    workspaceId\n    role\n    user {\n      id\n      email\n      name\n    }\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}": types.MeDocument,
    "query NpsTrend($studyId: ID!, $groupBy: [String!]) {\n  npsTrend(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    waves {\n      waveName\n      overall {\n        nps\n        n\n        smallSample\n      }\n      segments {\n        label\n        n\n        nps\n      }\n      vsPrevious {\n        difference\n        pValue\n        flag\n      }\n    }\n  }\n}": types.NpsTrendDocument,
    "query NpsTrendCounts($studyId: ID!, $filter: SegmentFilter) {\n  npsTrend(studyId: $studyId, filter: $filter) {\n    waves {\n      overall {\n        n\n      }\n      segments {\n        n\n      }\n    }\n  }\n}": types.NpsTrendCountsDocument,
    "subscription OverallNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n  }\n}": types.OverallNpsChangedDocument,
    "mutation AssignEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    id\n    owner\n    ownerEmail\n  }\n}\n\nmutation AssignAlert($id: ID!, $ownerEmail: String!) {\n  assignAlert(id: $id, ownerEmail: $ownerEmail) {\n    id\n    ownerEmail\n  }\n}\n\nquery NotificationPreference($email: String!) {\n  notificationPreference(email: $email) {\n    email\n    digest\n    digestHourUtc\n  }\n}\n\nmutation SetNotificationPreference($input: NotificationPreferenceInput!) {\n  setNotificationPreference(input: $input) {\n    email\n    digest\n    digestHourUtc\n  }\n}": types.AssignEscalationDocument,
    "mutation RecodeStudy($input: RecodeStudyInput!) {\n  recodeStudy(input: $input) {\n    id\n    waveId\n    status\n    taxonomyVersion\n    synthesizer\n  }\n}": types.RecodeStudyDocument,
    "mutation RemoveFromGoldenSet($sessionId: ID!, $taxonomyVersionId: ID) {\n  removeFromGoldenSet(\n    sessionId: $sessionId\n    taxonomyVersionId: $taxonomyVersionId\n  )\n}": types.RemoveFromGoldenSetDocument,
    "mutation RemoveMember($userId: ID!) {\n  removeMember(userId: $userId) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}": types.RemoveMemberDocument,
    "mutation RemoveWorkspaceSso {\n  removeWorkspaceSso\n}": types.RemoveWorkspaceSsoDocument,
    "mutation ReplayWebhookDelivery($id: ID!) {\n  replayWebhookDelivery(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}": types.ReplayWebhookDeliveryDocument,
    "query RespondentComments($waveId: ID!) {\n  respondents(waveId: $waveId, first: 20) {\n    edges {\n      node {\n        externalId\n        commentCoding {\n          driver {\n            key\n            label\n          }\n          sentiment\n          quote\n          coder\n          codedAt\n        }\n      }\n    }\n  }\n}": types.RespondentCommentsDocument,
    "query RespondentInvitations($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    edges {\n      node {\n        externalId\n        invitation {\n          kind\n          trigger\n          status\n          attempts\n          lastError\n          sentAt\n        }\n      }\n    }\n  }\n}": types.RespondentInvitationsDocument,
    "query RespondentLineage($waveId: ID!, $filter: RespondentFilter, $first: Int) {\n  respondents(waveId: $waveId, filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        score\n        band\n        email\n        language\n        attributes\n        comment\n        source\n        importBatchId\n        respondedAt\n        receivedAt\n        updatedAt\n      }\n    }\n  }\n}": types.RespondentLineageDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    turns {\n      text\n    }\n  }\n}": types.RespondentSessionDocument,
    "query Respondents($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        respondedAt\n      }\n    }\n  }\n}": types.RespondentsDocument,
    "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n    revokedBy\n  }\n}": types.RevokeApiKeyDocument,
    "query RollingNps($studyId: ID!, $days: Int, $step: RollingStep, $groupBy: [String!]) {\n  rollingNps(studyId: $studyId, days: $days, step: $step, groupBy: $groupBy) {\n    days\n    step\n    overall {\n      windows {\n        start\n        end\n        n\n        nps\n        smallSample\n      }\n    }\n    segments {\n      label\n      windows {\n        end\n        n\n      }\n    }\n  }\n}": types.RollingNpsDocument,
    "mutation RotateIngestSecret($waveId: ID!, $source: IngestSourceKind!) {\n  rotateIngestSecret(waveId: $waveId, source: $source) {\n    source\n    url\n    secret\n    rotatedAt\n  }\n}": types.RotateIngestSecretDocument,
    "mutation RunCodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  runCodingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    status\n    trigger\n    coder\n    taxonomyVersion\n    threshold\n  }\n}": types.RunCodingAgreementDocument,
    "query SchemaQueryType {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}": types.SchemaQueryTypeDocument,
    "query SchemaRootFields {\n  __schema {\n    queryType {\n      fields {\n        name\n      }\n    }\n    mutationType {\n      fields {\n        name\n      }\n    }\n    subscriptionType {\n      fields {\n        name\n      }\n    }\n  }\n}": types.SchemaRootFieldsDocument,
    "subscription SegmentIntervalsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n  }\n}": types.SegmentIntervalsChangedDocument,
    "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    groupBy\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}": types.SegmentNpsDocument,
    "subscription SegmentNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    overall {\n      n\n      promoters\n      nps\n    }\n    segments {\n      label\n      n\n    }\n  }\n}": types.SegmentNpsChangedDocument,
    "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n  }\n}": types.SendRespondentMessageDocument,
    "query SessionDeliveries($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    delivery {\n      id\n      status\n      sessionId\n    }\n  }\n}": types.SessionDeliveriesDocument,
    "query SessionTranscript($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    turns {\n      seq\n      text\n    }\n  }\n}": types.SessionTranscriptDocument,
    "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n    }\n    turn {\n      id\n      seq\n      text\n      role\n    }\n  }\n}": types.SessionUpdatedDocument,
    "mutation SetStudyEscalationOwner($studyId: ID!, $ownerEmail: String!) {\n  setStudyEscalationOwner(studyId: $studyId, ownerEmail: $ownerEmail) {\n    id\n    escalationOwnerEmail\n  }\n}": types.SetStudyEscalationOwnerDocument,
    "fragment ShareFields on ShareEstimate {\n  count\n  n\n  share\n  low\n  high\n  smallSample\n}": types.ShareFieldsFragmentDoc,
    "mutation SignOutEverywhere {\n  signOutEverywhere\n}": types.SignOutEverywhereDocument,
    "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}": types.StartGuidePreviewDocument,
    "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n  }\n}": types.StartInterviewDocument,
    "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n    progress\n  }\n}": types.StartWaveAnalysisDocument,
    "query Studies {\n  studies {\n    id\n  }\n}": types.StudiesDocument,
    "query Study($id: ID!) {\n  study(id: $id) {\n    id\n  }\n}": types.StudyDocument,
    "query StudyGuides($id: ID!) {\n  study(id: $id) {\n    guides {\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n        phases {\n          key\n          budget {\n            turns\n            minutes\n          }\n          openingQuestions {\n            language\n            questions\n          }\n        }\n      }\n    }\n  }\n}": types.StudyGuidesDocument,
    "query StudyLatestAnalyses($id: ID!) {\n  study(id: $id) {\n    waves {\n      name\n      latestAnalysis {\n        id\n        status\n        progress\n        total\n        coded\n        finishedAt\n      }\n    }\n  }\n}": types.StudyLatestAnalysesDocument,
    "query StudySessionCounts($id: ID!) {\n  study(id: $id) {\n    sessionCounts {\n      invited\n      active\n      completed\n      total\n    }\n  }\n}": types.StudySessionCountsDocument,
    "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      id\n      quality {\n        respondentTurns\n      }\n      turns {\n        seq\n      }\n    }\n    turn {\n      seq\n    }\n  }\n}": types.StudySessionUpdatedDocument,
    "query StudyTaxonomy($id: ID!) {\n  study(id: $id) {\n    taxonomy {\n      version\n      crosswalk {\n        from\n      }\n      categories {\n        key\n        drivers {\n          key\n          label\n        }\n      }\n    }\n  }\n}": types.StudyTaxonomyDocument,
    "query StudyWaveFielding($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingRules {\n        autoInvite {\n          bands\n        }\n      }\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n        started\n        completed\n        responseRate\n        completionRate\n        medianMinutesToComplete\n      }\n    }\n  }\n}": types.StudyWaveFieldingDocument,
    "query StudyWaveFieldingTimeline($id: ID!, $bucket: FieldingBucket) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingTimeline(bucket: $bucket) {\n        at\n        invited\n        sent\n        started\n        completed\n      }\n    }\n  }\n}": types.StudyWaveFieldingTimelineDocument,
    "query StudyWaveGuides($id: ID!) {\n  study(id: $id) {\n    waves {\n      guides {\n        band\n        version\n      }\n    }\n  }\n}": types.StudyWaveGuidesDocument,
    "query StudyWaveIngestSources($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      ingestSources {\n        source\n        url\n        mapping\n        createdAt\n        rotatedAt\n      }\n    }\n  }\n}": types.StudyWaveIngestSourcesDocument,
    "query StudyWaveInterviewQuality($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}": types.StudyWaveInterviewQualityDocument,
    "mutation SuppressEmail($email: String!) {\n  suppressEmail(email: $email) {\n    email\n    reason\n  }\n}": types.SuppressEmailDocument,
    "mutation SwitchWorkspace($workspaceId: ID!) {\n  switchWorkspace(workspaceId: $workspaceId) {\n    kind\n    workspaceId\n    role\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}": types.SwitchWorkspaceDocument,
    "fragment TaxonomyFields on DriverTaxonomy {\n  id\n  version\n  note\n  createdBy\n  categories {\n    key\n    label\n    drivers {\n      key\n      label\n      description\n      examples\n    }\n  }\n  crosswalk {\n    from\n    to\n  }\n}": types.TaxonomyFieldsFragmentDoc,
    "query TaxonomyVersions($studyId: ID!) {\n  taxonomyVersions(studyId: $studyId) {\n    ...TaxonomyFields\n  }\n}": types.TaxonomyVersionsDocument,
    "query ThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n      analysisId\n    }\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      points {\n        waveId\n        band\n        matchedBy\n        estimate {\n          count\n          n\n        }\n        vsPrevious {\n          difference\n          pValue\n          adjustedPValue\n          test\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        waveId\n        band\n        estimate {\n          count\n          n\n          share\n        }\n        vsPrevious {\n          pValue\n          adjustedPValue\n        }\n      }\n    }\n  }\n}": types.ThemeTrendDocument,
    "subscription ThemeTrends($studyId: ID!) {\n  themeTrends(studyId: $studyId) {\n    studyId\n    waves {\n      waveId\n      analysisId\n      status\n      themeCount\n      finishedAt\n    }\n  }\n}": types.ThemeTrendsDocument,
    "mutation UnsuppressEmail($email: String!) {\n  unsuppressEmail(email: $email)\n}": types.UnsuppressEmailDocument,
    "mutation UpdateCodingAgreementSettings($input: UpdateCodingAgreementSettingsInput!) {\n  updateCodingAgreementSettings(input: $input) {\n    kappaThreshold\n    ownerEmail\n  }\n}": types.UpdateCodingAgreementSettingsDocument,
    "mutation UpdateEmbedOrigins($origins: [String!]!) {\n  updateEmbedOrigins(origins: $origins) {\n    embedOrigins\n  }\n}": types.UpdateEmbedOriginsDocument,
    "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    status\n    owner\n  }\n}": types.UpdateEscalationDocument,
    "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideVersionFields\n  }\n}": types.UpdateGuideDocument,
    "mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n  updateMemberRole(input: $input) {\n    user {\n      id\n    }\n    role\n  }\n}": types.UpdateMemberRoleDocument,
    "mutation UpdateTaxonomy($input: UpdateTaxonomyInput!) {\n  updateTaxonomy(input: $input) {\n    ...TaxonomyFields\n  }\n}": types.UpdateTaxonomyDocument,
    "mutation UpdateWaveFielding($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n        sampleRate\n        maxPerDay\n        delayMinutes\n        quietHours {\n          start\n          end\n          timezone\n        }\n      }\n      sender {\n        fromName\n        replyTo\n      }\n      updatedAt\n    }\n  }\n}": types.UpdateWaveFieldingDocument,
    "mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n  updateWebhookEndpoint(input: $input) {\n    ...WebhookEndpointFields\n  }\n}": types.UpdateWebhookEndpointDocument,
    "mutation UpdateWorkspaceSettings($input: UpdateWorkspaceSettingsInput!) {\n  updateWorkspaceSettings(input: $input) {\n    transcriptRetentionDays\n  }\n}": types.UpdateWorkspaceSettingsDocument,
    "query WaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    id\n    status\n    total\n    coded\n    progress\n    taxonomyVersion\n    synthesizer\n    summary\n    finishedAt\n    error\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      drivers {\n        key\n        label\n      }\n      rank\n      prevalence {\n        band\n        count\n        n\n        share\n        low\n        high\n        smallSample\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n        band\n      }\n    }\n    actions {\n      rank\n      title\n      rationale\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      action\n      evidence\n      writer\n      impactExplanation\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}": types.WaveAnalysisDocument,
    "subscription WaveAnalysisProgress($waveId: ID!) {\n  waveAnalysisProgress(waveId: $waveId) {\n    waveId\n    analysisId\n    status\n    total\n    coded\n    progress\n  }\n}": types.WaveAnalysisProgressDocument,
    "query WaveAnalysisThemeFilters($id: ID!) {\n  waveAnalysis(id: $id) {\n    passive: themes(band: PASSIVE) {\n      key\n    }\n    detractorScope: themes(scope: DETRACTOR) {\n      key\n    }\n  }\n}": types.WaveAnalysisThemeFiltersDocument,
    "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n  webhookDeliveries(\n    endpointId: $endpointId\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...WebhookDeliveryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  endpointId\n  eventId\n  eventType\n  status\n  attempts\n  nextAttemptAt\n  lastAttemptAt\n  statusCode\n  latencyMs\n  responseBody\n  error\n  deliveredAt\n  replayOf\n  createdAt\n}": types.WebhookDeliveryFieldsFragmentDoc,
    "fragment WebhookEndpointFields on WebhookEndpoint {\n  id\n  url\n  description\n  events\n  enabled\n  disabledReason\n  disabledAt\n  failingSince\n  createdAt\n  updatedAt\n}": types.WebhookEndpointFieldsFragmentDoc,
    "query WebhookEndpoints {\n  webhookEndpoints {\n    ...WebhookEndpointFields\n  }\n}": types.WebhookEndpointsDocument,
    "query WorkspaceMembers {\n  workspaceMembers {\n    totalCount\n    items {\n      user {\n        id\n        email\n      }\n      role\n      invitedByUserId\n      invitedByKeyId\n    }\n  }\n}": types.WorkspaceMembersDocument,
    "query WorkspaceSettings {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}": types.WorkspaceSettingsDocument,
    "query WorkspaceSso {\n  workspaceSso {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n    updatedAt\n  }\n}": types.WorkspaceSsoDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AlertRuleFields on AlertRule {\n  id\n  studyId\n  name\n  metric\n  direction\n  groupBy\n  filter {\n    bands\n    attributes {\n      attribute\n      values\n    }\n  }\n  window {\n    days\n  }\n  baseline {\n    days\n    previousWave\n  }\n  minN\n  minDelta\n  level\n  enabled\n  ownerEmail\n  lastEvaluatedAt\n}\n\nquery AlertRules($studyId: ID!) {\n  alertRules(studyId: $studyId) {\n    ...AlertRuleFields\n  }\n}\n\nmutation CreateAlertRule($input: CreateAlertRuleInput!) {\n  createAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation UpdateAlertRule($input: UpdateAlertRuleInput!) {\n  updateAlertRule(input: $input) {\n    ...AlertRuleFields\n  }\n}\n\nmutation DeleteAlertRule($id: ID!) {\n  deleteAlertRule(id: $id)\n}"): typeof import('./graphql.js').AlertRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AlertFields on Alert {\n  id\n  studyId\n  ruleId\n  segment {\n    key {\n      attribute\n      value\n    }\n    label\n  }\n  metric\n  status\n  current\n  baseline\n  delta\n  ciLow\n  ciHigh\n  pValue\n  n\n  baselineN\n  firedAt\n  resolvedAt\n  acknowledgedAt\n  acknowledgedBy\n  ownerEmail\n}\n\nquery Alerts($studyId: ID!, $status: AlertStatus, $first: Int) {\n  alerts(studyId: $studyId, status: $status, first: $first) {\n    ...AlertFields\n    rule {\n      name\n    }\n  }\n}\n\nquery AlertDetail($id: ID!, $first: Int, $after: String) {\n  alert(id: $id) {\n    ...AlertFields\n    responses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          externalId\n          score\n          attributes\n        }\n      }\n    }\n    detractorThemes {\n      themeId\n      label\n      count\n      n\n      share\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    ...AlertFields\n  }\n}\n\nsubscription AlertRaised($studyId: ID!) {\n  alertRaised(studyId: $studyId) {\n    ...AlertFields\n  }\n}"): typeof import('./graphql.js').AlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalysisCost($id: ID!) {\n  waveAnalysis(id: $id) {\n    cost {\n      interviews\n      moderationUsd\n      codingUsd\n      synthesisUsd\n      totalUsd\n      perInterviewUsd\n      synthesisModel\n      synthesisPromptVersion\n    }\n  }\n}\n\nquery CodingProvenance($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      provenance {\n        coder\n        model\n        promptVersion\n        taxonomyVersion\n        calls\n        promptTokens\n        completionTokens\n        costUsd\n      }\n    }\n  }\n}"): typeof import('./graphql.js').AnalysisCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeys($first: Int, $includeRevoked: Boolean) {\n  apiKeys(first: $first, includeRevoked: $includeRevoked) {\n    totalCount\n    items {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      revokedBy\n      bootstrap\n    }\n  }\n}"): typeof import('./graphql.js').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        keyId\n        action\n        name\n        target\n        outcome\n        errorCode\n        at\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.js').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  codingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    coder\n    model\n    promptVersion\n    trigger\n    status\n    n\n    percentAgreement\n    kappa\n    threshold\n    belowThreshold\n    drivers {\n      driver {\n        key\n        label\n      }\n      goldenCount\n      recodeCount\n      bothCount\n      percentAgreement\n      kappa\n    }\n  }\n}"): typeof import('./graphql.js').CodingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodingAgreementHistory($taxonomyVersionId: ID!, $coder: CoderKind, $first: Int) {\n  codingAgreementHistory(\n    taxonomyVersionId: $taxonomyVersionId\n    coder: $coder\n    first: $first\n  ) {\n    id\n    coder\n    trigger\n    status\n    n\n    kappa\n    belowThreshold\n    error\n    createdAt\n  }\n}"): typeof import('./graphql.js').CodingAgreementHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodingAgreementSettings {\n  codingAgreementSettings {\n    kappaThreshold\n    ownerEmail\n  }\n}"): typeof import('./graphql.js').CodingAgreementSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentDrivers($waveId: ID!, $filter: SegmentFilter) {\n  commentDrivers(waveId: $waveId, filter: $filter) {\n    waveId\n    commented\n    coded\n    withoutDriver\n    smallSample\n    drivers {\n      driver {\n        key\n        label\n      }\n      count\n      share\n      ciLow\n      ciHigh\n      negative\n    }\n  }\n}"): typeof import('./graphql.js').CommentDriversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!, $band: Band) {\n  compareWaves(\n    studyId: $studyId\n    baseWaveId: $baseWaveId\n    waveId: $waveId\n    band: $band\n  ) {\n    baseWave {\n      name\n      analysisId\n    }\n    currentWave {\n      name\n      analysisId\n    }\n    nps {\n      base {\n        nps\n        n\n      }\n      current {\n        nps\n        n\n      }\n      difference\n      low\n      high\n      pValue\n      significant\n      flag\n      smallSample\n    }\n    themes {\n      key\n      label\n      scope\n      band\n      matchedBy\n      base {\n        ...ShareFields\n      }\n      current {\n        ...ShareFields\n      }\n      difference\n      low\n      high\n      pValue\n      adjustedPValue\n      test\n      flag\n      smallSample\n    }\n  }\n}"): typeof import('./graphql.js').CompareWavesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfigureIngestSource($input: ConfigureIngestSourceInput!) {\n  configureIngestSource(input: $input) {\n    source\n    url\n    secret\n    mapping\n    createdAt\n    rotatedAt\n  }\n}"): typeof import('./graphql.js').ConfigureIngestSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfigureWorkspaceSso($input: ConfigureWorkspaceSsoInput!) {\n  configureWorkspaceSso(input: $input) {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n  }\n}"): typeof import('./graphql.js').ConfigureWorkspaceSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmCoding($sessionId: ID!, $taxonomyVersionId: ID) {\n  confirmCoding(sessionId: $sessionId, taxonomyVersionId: $taxonomyVersionId) {\n    id\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n      driverKey\n      role\n    }\n  }\n}"): typeof import('./graphql.js').ConfirmCodingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectCoding($input: CorrectCodingInput!) {\n  correctCoding(input: $input) {\n    id\n    sessionId\n    waveId\n    taxonomyVersionId\n    taxonomyVersion\n    source\n    inGoldenSet\n    statedDriver {\n      key\n      label\n    }\n    rootDriver {\n      key\n      label\n    }\n    excerpts {\n      turnSeq\n      start\n      end\n      quote\n      driverKey\n      driverLabel\n      categoryKey\n      role\n    }\n    note\n    byKeyId\n    by\n  }\n}"): typeof import('./graphql.js').CorrectCodingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    secret\n    key {\n      id\n      name\n      role\n      prefix\n      createdAt\n      createdBy\n      lastUsedAt\n      revokedAt\n      bootstrap\n    }\n  }\n}"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStudy($input: CreateStudyInput!) {\n  createStudy(input: $input) {\n    id\n    name\n  }\n}"): typeof import('./graphql.js').CreateStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWave($input: CreateWaveInput!) {\n  createWave(input: $input) {\n    id\n    name\n    status\n  }\n}"): typeof import('./graphql.js').CreateWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      ...WebhookEndpointFields\n    }\n  }\n}"): typeof import('./graphql.js').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCompareWaves($studyId: ID!, $baseWaveId: ID!, $waveId: ID!) {\n  compareWaves(studyId: $studyId, baseWaveId: $baseWaveId, waveId: $waveId) {\n    nps {\n      difference\n      pValue\n      flag\n    }\n    themes {\n      key\n      band\n      matchedBy\n      base {\n        share\n      }\n      current {\n        share\n      }\n      pValue\n      adjustedPValue\n      flag\n    }\n  }\n}"): typeof import('./graphql.js').DashboardCompareWavesDocument;
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
export function graphql(source: "query DashboardThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n    }\n    themes {\n      key\n      points {\n        band\n        estimate {\n          share\n        }\n        vsPrevious {\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        estimate {\n          share\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardThemeTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardWaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    status\n    progress\n    taxonomyVersion\n    summary\n    themes {\n      key\n      label\n      drivers {\n        key\n        label\n      }\n      prevalence {\n        band\n        share\n        low\n        high\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n      }\n    }\n    actions {\n      rank\n      title\n      impactPoints\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DashboardWaveAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhookEndpoint($id: ID!) {\n  deleteWebhookEndpoint(id: $id) {\n    id\n    url\n  }\n}"): typeof import('./graphql.js').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Deliveries($waveId: ID!, $status: [DeliveryStatus!], $first: Int, $after: String) {\n  deliveries(waveId: $waveId, status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        trigger\n        status\n        attempts\n        lastError\n        dueAt\n        sentAt\n        updatedAt\n        respondent {\n          externalId\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').DeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmailSuppressions($first: Int) {\n  emailSuppressions(first: $first) {\n    totalCount\n    items {\n      email\n      reason\n      detail\n      createdAt\n    }\n  }\n}"): typeof import('./graphql.js').EmailSuppressionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbedOrigins {\n  workspaceSettings {\n    embedOrigins\n  }\n}"): typeof import('./graphql.js').EmbedOriginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseRespondent($id: ID!) {\n  eraseRespondent(id: $id) {\n    id\n    erasedAt\n  }\n}"): typeof import('./graphql.js').EraseRespondentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EscalationRaised($studyId: ID!) {\n  escalationRaised(studyId: $studyId) {\n    reason\n    quote\n    status\n    session {\n      id\n    }\n  }\n}"): typeof import('./graphql.js').EscalationRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Escalations($studyId: ID!, $status: [EscalationStatus!]) {\n  escalations(studyId: $studyId, status: $status) {\n    id\n    reason\n    owner\n  }\n}"): typeof import('./graphql.js').EscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FindingsFields on FindingsBySegment {\n  analysisId\n  taxonomyVersion\n  groupBy\n  n\n  segments {\n    key {\n      attribute\n      value\n    }\n    label\n    n\n    cells {\n      key\n      label\n      count\n      n\n      share\n      low\n      high\n      smallSample\n      versusRest {\n        difference\n        low\n        high\n        pValue\n        adjustedP\n        flag\n        significant\n      }\n    }\n  }\n}\n\nquery ThemePrevalence($waveId: ID!, $groupBy: [String!]!, $filter: SegmentFilter) {\n  themePrevalence(waveId: $waveId, groupBy: $groupBy, filter: $filter) {\n    ...FindingsFields\n  }\n}\n\nquery DriverPrevalence($waveId: ID!, $groupBy: [String!]!, $role: DriverRole!) {\n  driverPrevalence(waveId: $waveId, groupBy: $groupBy, role: $role) {\n    ...FindingsFields\n  }\n}\n\nquery StatedToRoot($waveId: ID!, $groupBy: [String!]!) {\n  statedToRoot(waveId: $waveId, groupBy: $groupBy) {\n    analysisId\n    segments {\n      label\n      n\n      withBoth\n      differShare\n      cells {\n        stated\n        statedLabel\n        root\n        rootLabel\n        count\n        share\n      }\n    }\n  }\n}\n\nquery Competitors($studyId: ID!, $groupBy: [String!]!) {\n  competitors(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    unnamedMentions {\n      waveId\n      waveName\n      count\n      n\n      share\n    }\n    competitors {\n      name\n      total\n      byWave {\n        waveId\n        waveName\n        count\n        n\n        share\n      }\n      bySegment {\n        label\n        count\n        n\n        share\n      }\n      quotes {\n        sessionId\n        waveId\n        band\n        quote\n        turnSeq\n        start\n        end\n      }\n    }\n  }\n}"): typeof import('./graphql.js').FindingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoldenSet($taxonomyVersionId: ID!) {\n  goldenSet(taxonomyVersionId: $taxonomyVersionId) {\n    id\n    sessionId\n    source\n    inGoldenSet\n    statedDriver {\n      key\n    }\n    rootDriver {\n      key\n    }\n    excerpts {\n      quote\n    }\n    by\n  }\n}"): typeof import('./graphql.js').GoldenSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Guide($id: ID!) {\n  guide(id: $id) {\n    id\n  }\n}"): typeof import('./graphql.js').GuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GuideVersionFields on InterviewGuide {\n  id\n  band\n  version\n  note\n  createdAt\n  content {\n    ladderTargetDepth {\n      min\n      max\n    }\n    topicsToAvoid\n    phases {\n      key\n      objective\n      probeInstructions\n      budget {\n        turns\n        minutes\n      }\n      openingQuestions {\n        language\n        questions\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GuideVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuideVersions($studyId: ID!, $band: Band!) {\n  guideVersions(studyId: $studyId, band: $band) {\n    ...GuideVersionFields\n  }\n}"): typeof import('./graphql.js').GuideVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportBatches($waveId: ID!, $first: Int) {\n  importBatches(waveId: $waveId, first: $first) {\n    id\n    source\n    receivedAt\n    inserted\n    updated\n    unchanged\n    deliveryId\n  }\n}"): typeof import('./graphql.js').ImportBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportRespondents($input: ImportRespondentsInput!) {\n  importRespondents(input: $input) {\n    ok\n    importedCount\n    errorCount\n    errors {\n      row\n      column\n      code\n      message\n    }\n  }\n}"): typeof import('./graphql.js').ImportRespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestResponses($input: IngestResponsesInput!) {\n  ingestResponses(input: $input) {\n    ok\n    inserted\n    updated\n    unchanged\n    batchId\n    errors {\n      index\n      field\n      code\n      message\n    }\n  }\n}"): typeof import('./graphql.js').IngestResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSessionCoding($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      coder\n      taxonomyVersion\n      statedDriver {\n        key\n        label\n      }\n      rootDriver {\n        key\n        label\n      }\n      rootNote\n      sentimentScore\n      competitors\n      competitorMentioned\n      excerpts {\n        driverKey\n        driverLabel\n        categoryKey\n        quote\n        turnSeq\n        start\n        end\n        role\n        sentiment\n        sentimentScore\n      }\n    }\n  }\n}"): typeof import('./graphql.js').InterviewSessionCodingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSessionCorrection($id: ID!) {\n  interviewSession(id: $id) {\n    coding {\n      id\n      statedDriver {\n        key\n      }\n      rootDriver {\n        key\n      }\n      inGoldenSet\n      correction {\n        id\n        statedDriver {\n          key\n        }\n        rootDriver {\n          key\n        }\n        excerpts {\n          quote\n          driverKey\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').InterviewSessionCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSessionEscalations($id: ID!) {\n  interviewSession(id: $id) {\n    escalations {\n      reason\n      owner\n      status\n    }\n  }\n}"): typeof import('./graphql.js').InterviewSessionEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewSessions($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    coding {\n      taxonomyVersion\n    }\n  }\n}"): typeof import('./graphql.js').InterviewSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($input: InviteMemberInput!) {\n  inviteMember(input: $input) {\n    user {\n      id\n      email\n    }\n    role\n    invitedByUserId\n    invitedByKeyId\n  }\n}"): typeof import('./graphql.js').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteRespondents($input: InviteRespondentsInput!) {\n  inviteRespondents(input: $input) {\n    queued\n    alreadyInvited\n    withoutEmail\n    suppressed\n  }\n}"): typeof import('./graphql.js').InviteRespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LaunchWave($id: ID!) {\n  launchWave(id: $id) {\n    id\n    status\n    launchedAt\n    guides {\n      band\n      version\n    }\n  }\n}"): typeof import('./graphql.js').LaunchWaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    kind\n    apiKeyId\n    workspaceId\n    role\n    user {\n      id\n      email\n      name\n    }\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpsTrend($studyId: ID!, $groupBy: [String!]) {\n  npsTrend(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    waves {\n      waveName\n      overall {\n        nps\n        n\n        smallSample\n      }\n      segments {\n        label\n        n\n        nps\n      }\n      vsPrevious {\n        difference\n        pValue\n        flag\n      }\n    }\n  }\n}"): typeof import('./graphql.js').NpsTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpsTrendCounts($studyId: ID!, $filter: SegmentFilter) {\n  npsTrend(studyId: $studyId, filter: $filter) {\n    waves {\n      overall {\n        n\n      }\n      segments {\n        n\n      }\n    }\n  }\n}"): typeof import('./graphql.js').NpsTrendCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OverallNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n  }\n}"): typeof import('./graphql.js').OverallNpsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    id\n    owner\n    ownerEmail\n  }\n}\n\nmutation AssignAlert($id: ID!, $ownerEmail: String!) {\n  assignAlert(id: $id, ownerEmail: $ownerEmail) {\n    id\n    ownerEmail\n  }\n}\n\nquery NotificationPreference($email: String!) {\n  notificationPreference(email: $email) {\n    email\n    digest\n    digestHourUtc\n  }\n}\n\nmutation SetNotificationPreference($input: NotificationPreferenceInput!) {\n  setNotificationPreference(input: $input) {\n    email\n    digest\n    digestHourUtc\n  }\n}"): typeof import('./graphql.js').AssignEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecodeStudy($input: RecodeStudyInput!) {\n  recodeStudy(input: $input) {\n    id\n    waveId\n    status\n    taxonomyVersion\n    synthesizer\n  }\n}"): typeof import('./graphql.js').RecodeStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveFromGoldenSet($sessionId: ID!, $taxonomyVersionId: ID) {\n  removeFromGoldenSet(\n    sessionId: $sessionId\n    taxonomyVersionId: $taxonomyVersionId\n  )\n}"): typeof import('./graphql.js').RemoveFromGoldenSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMember($userId: ID!) {\n  removeMember(userId: $userId) {\n    user {\n      id\n      email\n    }\n    role\n  }\n}"): typeof import('./graphql.js').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveWorkspaceSso {\n  removeWorkspaceSso\n}"): typeof import('./graphql.js').RemoveWorkspaceSsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayWebhookDelivery($id: ID!) {\n  replayWebhookDelivery(id: $id) {\n    ...WebhookDeliveryFields\n  }\n}"): typeof import('./graphql.js').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentComments($waveId: ID!) {\n  respondents(waveId: $waveId, first: 20) {\n    edges {\n      node {\n        externalId\n        commentCoding {\n          driver {\n            key\n            label\n          }\n          sentiment\n          quote\n          coder\n          codedAt\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RespondentCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentInvitations($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    edges {\n      node {\n        externalId\n        invitation {\n          kind\n          trigger\n          status\n          attempts\n          lastError\n          sentAt\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RespondentInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentLineage($waveId: ID!, $filter: RespondentFilter, $first: Int) {\n  respondents(waveId: $waveId, filter: $filter, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        score\n        band\n        email\n        language\n        attributes\n        comment\n        source\n        importBatchId\n        respondedAt\n        receivedAt\n        updatedAt\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RespondentLineageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    sessionId\n    turns {\n      text\n    }\n  }\n}"): typeof import('./graphql.js').RespondentSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Respondents($waveId: ID!, $first: Int) {\n  respondents(waveId: $waveId, first: $first) {\n    totalCount\n    edges {\n      node {\n        externalId\n        respondedAt\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RespondentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n    revokedBy\n  }\n}"): typeof import('./graphql.js').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollingNps($studyId: ID!, $days: Int, $step: RollingStep, $groupBy: [String!]) {\n  rollingNps(studyId: $studyId, days: $days, step: $step, groupBy: $groupBy) {\n    days\n    step\n    overall {\n      windows {\n        start\n        end\n        n\n        nps\n        smallSample\n      }\n    }\n    segments {\n      label\n      windows {\n        end\n        n\n      }\n    }\n  }\n}"): typeof import('./graphql.js').RollingNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateIngestSecret($waveId: ID!, $source: IngestSourceKind!) {\n  rotateIngestSecret(waveId: $waveId, source: $source) {\n    source\n    url\n    secret\n    rotatedAt\n  }\n}"): typeof import('./graphql.js').RotateIngestSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunCodingAgreement($taxonomyVersionId: ID!, $coder: CoderKind!) {\n  runCodingAgreement(taxonomyVersionId: $taxonomyVersionId, coder: $coder) {\n    id\n    status\n    trigger\n    coder\n    taxonomyVersion\n    threshold\n  }\n}"): typeof import('./graphql.js').RunCodingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaQueryType {\n  __schema {\n    queryType {\n      name\n    }\n  }\n}"): typeof import('./graphql.js').SchemaQueryTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaRootFields {\n  __schema {\n    queryType {\n      fields {\n        name\n      }\n    }\n    mutationType {\n      fields {\n        name\n      }\n    }\n    subscriptionType {\n      fields {\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql.js').SchemaRootFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SegmentIntervalsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    overall {\n      n\n      nps\n    }\n    segments {\n      label\n      n\n      nps\n      ciLow\n      ciHigh\n    }\n  }\n}"): typeof import('./graphql.js').SegmentIntervalsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SegmentNps($studyId: ID!, $waveId: ID, $groupBy: [String!]!, $filter: SegmentFilter) {\n  segmentNps(\n    studyId: $studyId\n    waveId: $waveId\n    groupBy: $groupBy\n    filter: $filter\n  ) {\n    groupBy\n    overall {\n      n\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n    segments {\n      key {\n        attribute\n        value\n      }\n      label\n      n\n      promoters\n      passives\n      detractors\n      nps\n      ciLow\n      ciHigh\n      smallSample\n    }\n  }\n}"): typeof import('./graphql.js').SegmentNpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SegmentNpsChanged($studyId: ID!, $groupBy: [String!]!) {\n  segmentNpsChanged(studyId: $studyId, groupBy: $groupBy) {\n    groupBy\n    overall {\n      n\n      promoters\n      nps\n    }\n    segments {\n      label\n      n\n    }\n  }\n}"): typeof import('./graphql.js').SegmentNpsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendRespondentMessage($token: String!, $text: String!, $clientMessageId: String!) {\n  sendRespondentMessage(\n    token: $token\n    text: $text\n    clientMessageId: $clientMessageId\n  ) {\n    id\n  }\n}"): typeof import('./graphql.js').SendRespondentMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionDeliveries($studyId: ID!, $waveId: ID) {\n  interviewSessions(studyId: $studyId, waveId: $waveId) {\n    id\n    delivery {\n      id\n      status\n      sessionId\n    }\n  }\n}"): typeof import('./graphql.js').SessionDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionTranscript($id: ID!) {\n  interviewSession(id: $id) {\n    id\n    turns {\n      seq\n      text\n    }\n  }\n}"): typeof import('./graphql.js').SessionTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionUpdated($sessionId: ID!) {\n  sessionUpdated(sessionId: $sessionId) {\n    session {\n      id\n      status\n    }\n    turn {\n      id\n      seq\n      text\n      role\n    }\n  }\n}"): typeof import('./graphql.js').SessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStudyEscalationOwner($studyId: ID!, $ownerEmail: String!) {\n  setStudyEscalationOwner(studyId: $studyId, ownerEmail: $ownerEmail) {\n    id\n    escalationOwnerEmail\n  }\n}"): typeof import('./graphql.js').SetStudyEscalationOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ShareFields on ShareEstimate {\n  count\n  n\n  share\n  low\n  high\n  smallSample\n}"): typeof import('./graphql.js').ShareFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutEverywhere {\n  signOutEverywhere\n}"): typeof import('./graphql.js').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartGuidePreview($input: StartGuidePreviewInput!) {\n  startGuidePreview(input: $input) {\n    chatPath\n  }\n}"): typeof import('./graphql.js').StartGuidePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartInterview($respondentId: ID!) {\n  startInterview(respondentId: $respondentId) {\n    respondentToken\n    chatPath\n  }\n}"): typeof import('./graphql.js').StartInterviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartWaveAnalysis($waveId: ID!) {\n  startWaveAnalysis(waveId: $waveId) {\n    id\n    status\n    progress\n  }\n}"): typeof import('./graphql.js').StartWaveAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Studies {\n  studies {\n    id\n  }\n}"): typeof import('./graphql.js').StudiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Study($id: ID!) {\n  study(id: $id) {\n    id\n  }\n}"): typeof import('./graphql.js').StudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyGuides($id: ID!) {\n  study(id: $id) {\n    guides {\n      band\n      version\n      content {\n        ladderTargetDepth {\n          min\n          max\n        }\n        phases {\n          key\n          budget {\n            turns\n            minutes\n          }\n          openingQuestions {\n            language\n            questions\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyGuidesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyLatestAnalyses($id: ID!) {\n  study(id: $id) {\n    waves {\n      name\n      latestAnalysis {\n        id\n        status\n        progress\n        total\n        coded\n        finishedAt\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyLatestAnalysesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudySessionCounts($id: ID!) {\n  study(id: $id) {\n    sessionCounts {\n      invited\n      active\n      completed\n      total\n    }\n  }\n}"): typeof import('./graphql.js').StudySessionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StudySessionUpdated($studyId: ID!) {\n  studySessionUpdated(studyId: $studyId) {\n    session {\n      id\n      quality {\n        respondentTurns\n      }\n      turns {\n        seq\n      }\n    }\n    turn {\n      seq\n    }\n  }\n}"): typeof import('./graphql.js').StudySessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyTaxonomy($id: ID!) {\n  study(id: $id) {\n    taxonomy {\n      version\n      crosswalk {\n        from\n      }\n      categories {\n        key\n        drivers {\n          key\n          label\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyTaxonomyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyWaveFielding($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingRules {\n        autoInvite {\n          bands\n        }\n      }\n      fielding {\n        responses\n        invited\n        sent\n        failed\n        suppressed\n        started\n        completed\n        responseRate\n        completionRate\n        medianMinutesToComplete\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyWaveFieldingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyWaveFieldingTimeline($id: ID!, $bucket: FieldingBucket) {\n  study(id: $id) {\n    waves {\n      id\n      fieldingTimeline(bucket: $bucket) {\n        at\n        invited\n        sent\n        started\n        completed\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyWaveFieldingTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyWaveGuides($id: ID!) {\n  study(id: $id) {\n    waves {\n      guides {\n        band\n        version\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyWaveGuidesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyWaveIngestSources($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      ingestSources {\n        source\n        url\n        mapping\n        createdAt\n        rotatedAt\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyWaveIngestSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudyWaveInterviewQuality($id: ID!) {\n  study(id: $id) {\n    waves {\n      id\n      interviewQuality {\n        interviews\n        medianDepth\n        shareDepthAtLeast5\n        leadingCaught\n        probesReusingWordsShare\n        medianMinutes\n        costPerInterview\n        depthDistribution {\n          depth\n          interviews\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').StudyWaveInterviewQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuppressEmail($email: String!) {\n  suppressEmail(email: $email) {\n    email\n    reason\n  }\n}"): typeof import('./graphql.js').SuppressEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwitchWorkspace($workspaceId: ID!) {\n  switchWorkspace(workspaceId: $workspaceId) {\n    kind\n    workspaceId\n    role\n    memberships {\n      workspaceId\n      workspaceName\n      role\n    }\n  }\n}"): typeof import('./graphql.js').SwitchWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaxonomyFields on DriverTaxonomy {\n  id\n  version\n  note\n  createdBy\n  categories {\n    key\n    label\n    drivers {\n      key\n      label\n      description\n      examples\n    }\n  }\n  crosswalk {\n    from\n    to\n  }\n}"): typeof import('./graphql.js').TaxonomyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxonomyVersions($studyId: ID!) {\n  taxonomyVersions(studyId: $studyId) {\n    ...TaxonomyFields\n  }\n}"): typeof import('./graphql.js').TaxonomyVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemeTrend($studyId: ID!) {\n  themeTrend(studyId: $studyId) {\n    waves {\n      name\n      analysisId\n    }\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      points {\n        waveId\n        band\n        matchedBy\n        estimate {\n          count\n          n\n        }\n        vsPrevious {\n          difference\n          pValue\n          adjustedPValue\n          test\n          flag\n        }\n      }\n    }\n    drivers {\n      key\n      label\n      points {\n        waveId\n        band\n        estimate {\n          count\n          n\n          share\n        }\n        vsPrevious {\n          pValue\n          adjustedPValue\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ThemeTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ThemeTrends($studyId: ID!) {\n  themeTrends(studyId: $studyId) {\n    studyId\n    waves {\n      waveId\n      analysisId\n      status\n      themeCount\n      finishedAt\n    }\n  }\n}"): typeof import('./graphql.js').ThemeTrendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsuppressEmail($email: String!) {\n  unsuppressEmail(email: $email)\n}"): typeof import('./graphql.js').UnsuppressEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCodingAgreementSettings($input: UpdateCodingAgreementSettingsInput!) {\n  updateCodingAgreementSettings(input: $input) {\n    kappaThreshold\n    ownerEmail\n  }\n}"): typeof import('./graphql.js').UpdateCodingAgreementSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEmbedOrigins($origins: [String!]!) {\n  updateEmbedOrigins(origins: $origins) {\n    embedOrigins\n  }\n}"): typeof import('./graphql.js').UpdateEmbedOriginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEscalation($input: UpdateEscalationInput!) {\n  updateEscalation(input: $input) {\n    status\n    owner\n  }\n}"): typeof import('./graphql.js').UpdateEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGuide($input: UpdateGuideInput!) {\n  updateGuide(input: $input) {\n    ...GuideVersionFields\n  }\n}"): typeof import('./graphql.js').UpdateGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n  updateMemberRole(input: $input) {\n    user {\n      id\n    }\n    role\n  }\n}"): typeof import('./graphql.js').UpdateMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTaxonomy($input: UpdateTaxonomyInput!) {\n  updateTaxonomy(input: $input) {\n    ...TaxonomyFields\n  }\n}"): typeof import('./graphql.js').UpdateTaxonomyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWaveFielding($input: UpdateWaveFieldingInput!) {\n  updateWaveFielding(input: $input) {\n    id\n    fieldingRules {\n      autoInvite {\n        bands\n        sampleRate\n        maxPerDay\n        delayMinutes\n        quietHours {\n          start\n          end\n          timezone\n        }\n      }\n      sender {\n        fromName\n        replyTo\n      }\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql.js').UpdateWaveFieldingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n  updateWebhookEndpoint(input: $input) {\n    ...WebhookEndpointFields\n  }\n}"): typeof import('./graphql.js').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWorkspaceSettings($input: UpdateWorkspaceSettingsInput!) {\n  updateWorkspaceSettings(input: $input) {\n    transcriptRetentionDays\n  }\n}"): typeof import('./graphql.js').UpdateWorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveAnalysis($id: ID!) {\n  waveAnalysis(id: $id) {\n    id\n    status\n    total\n    coded\n    progress\n    taxonomyVersion\n    synthesizer\n    summary\n    finishedAt\n    error\n    themes {\n      key\n      label\n      scope\n      driverKeys\n      drivers {\n        key\n        label\n      }\n      rank\n      prevalence {\n        band\n        count\n        n\n        share\n        low\n        high\n        smallSample\n      }\n      quotes {\n        quote\n        sessionId\n        turnSeq\n        start\n        end\n        band\n      }\n    }\n    actions {\n      rank\n      title\n      rationale\n      impactPoints\n      impactLow\n      impactHigh\n      impactN\n      smallSample\n      action\n      evidence\n      writer\n      impactExplanation\n      themes {\n        key\n      }\n      quotes {\n        quote\n      }\n    }\n  }\n}"): typeof import('./graphql.js').WaveAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaveAnalysisProgress($waveId: ID!) {\n  waveAnalysisProgress(waveId: $waveId) {\n    waveId\n    analysisId\n    status\n    total\n    coded\n    progress\n  }\n}"): typeof import('./graphql.js').WaveAnalysisProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaveAnalysisThemeFilters($id: ID!) {\n  waveAnalysis(id: $id) {\n    passive: themes(band: PASSIVE) {\n      key\n    }\n    detractorScope: themes(scope: DETRACTOR) {\n      key\n    }\n  }\n}"): typeof import('./graphql.js').WaveAnalysisThemeFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n  webhookDeliveries(\n    endpointId: $endpointId\n    status: $status\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...WebhookDeliveryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.js').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookDeliveryFields on WebhookDelivery {\n  id\n  endpointId\n  eventId\n  eventType\n  status\n  attempts\n  nextAttemptAt\n  lastAttemptAt\n  statusCode\n  latencyMs\n  responseBody\n  error\n  deliveredAt\n  replayOf\n  createdAt\n}"): typeof import('./graphql.js').WebhookDeliveryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookEndpointFields on WebhookEndpoint {\n  id\n  url\n  description\n  events\n  enabled\n  disabledReason\n  disabledAt\n  failingSince\n  createdAt\n  updatedAt\n}"): typeof import('./graphql.js').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookEndpoints {\n  webhookEndpoints {\n    ...WebhookEndpointFields\n  }\n}"): typeof import('./graphql.js').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceMembers {\n  workspaceMembers {\n    totalCount\n    items {\n      user {\n        id\n        email\n      }\n      role\n      invitedByUserId\n      invitedByKeyId\n    }\n  }\n}"): typeof import('./graphql.js').WorkspaceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceSettings {\n  workspaceSettings {\n    transcriptRetentionDays\n  }\n}"): typeof import('./graphql.js').WorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceSso {\n  workspaceSso {\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    enabled\n    redirectUri\n    startPath\n    updatedAt\n  }\n}"): typeof import('./graphql.js').WorkspaceSsoDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
