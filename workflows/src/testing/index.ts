/**
 * Test doubles for the worker's one network boundary, the Mistral API: a local server speaking
 * its protocol and the real client pointed at it. Exported as `@ladder/workflows/testing` for the
 * cross-process tests and the benchmark; nothing the worker runs imports this folder
 * (worker-imports.test.ts walks the imports from src/main.ts), so the fakes stay out of its path.
 */
export { chatOnFakeMistral, closeFakeMistrals } from './fake-mistral-client.js';
export {
  startFakeMistral,
  type ChatRequest,
  type FakeMistral,
  type FakeMistralFailures,
  type FakeMistralOptions,
  type FakeMistralStats,
  type WireDecision,
} from './fake-mistral-server.js';
