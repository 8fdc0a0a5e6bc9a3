export {
  personaFor,
  prng,
  CHAINS,
  COMPETITORS,
  type Persona,
  type PersonaChain,
  type RespondentRecord,
  type Verbosity,
  type UrgentReason,
  type AnswerLanguage,
} from './personas.js';
export { answerFor, offlineRespondent, type InterviewQuestion, type RespondentModel, type TranscriptTurn } from './offline-respondent.js';
export { mistralRespondent, personaPrompt, DEFAULT_RESPONDENT_MODEL, type MistralRespondentOptions } from './llm-respondent.js';
export { createGraphqlClient, GraphqlError, isRetryable, type GraphqlClient, type GraphqlClientOptions } from './graphql-client.js';
export {
  simulateWave,
  type SimulateWaveOptions,
  type SimulationProgress,
  type SimulationSummary,
  type FailedInterview,
} from './simulate-wave.js';
export { findDemoWave, ensureFielding, listWaves, DEMO_STUDY_NAME, type WaveInfo } from './waves.js';
