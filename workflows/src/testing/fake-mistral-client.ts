import { createMistralClient } from '../llm/mistral-client.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import { startFakeMistral, type FakeMistral, type FakeMistralOptions } from './fake-mistral-server.js';

const started: FakeMistral[] = [];

/** A local Mistral-protocol server and the real client pointed at it; `closeFakeMistrals` in afterEach stops them all. */
export async function chatOnFakeMistral(options: FakeMistralOptions = {}): Promise<{ server: FakeMistral; chat: MistralChat }> {
  const server = await startFakeMistral(options);
  started.push(server);
  const { chat } = createMistralClient({
    apiKey: 'k',
    serverUrl: server.url,
    model: 'mistral-small-latest',
    timeoutMs: 5000,
    pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
  });
  return { server, chat };
}

export async function closeFakeMistrals(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.close()));
}
