import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mistralRespondent } from './llm-respondent.js';
import { answerFor, type TranscriptTurn } from './offline-respondent.js';
import { personaFor } from './personas.js';

interface Chat {
  model: string;
  messages: { role: string; content: string }[];
}

/** A stand-in for Mistral's chat endpoint: answers with the persona's `nextAnswer`, or fails on demand. */
let server: Server;
let url: string;
let mode: 'echo' | 'fail' | 'empty' = 'echo';
const received: Chat[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const chat = JSON.parse(body) as Chat;
      received.push(chat);
      if (mode === 'fail') return res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"boom"}');
      const system = chat.messages.find((m) => m.role === 'system')!.content;
      const marker = JSON.parse(system.slice(system.lastIndexOf('LADDER_PERSONA ') + 'LADDER_PERSONA '.length).split('\n')[0]) as {
        nextAnswer: string;
      };
      const content = mode === 'empty' ? '  ' : `${marker.nextAnswer} (from the model)`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          model: chat.model,
          created: 0,
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const persona = personaFor({ id: 'llm-1', externalId: 'X', score: 2, language: 'fr', attributes: { tier: 'SMB' } });
const transcript: TranscriptTurn[] = [
  { seq: 0, role: 'moderator', text: 'Parlez-moi de votre expérience.', phase: 'context', ladderLevel: 0 },
  { seq: 1, role: 'respondent', text: 'Plutôt compliquée.', phase: 'context', ladderLevel: 0 },
  { seq: 2, role: 'moderator', text: "Qu'est-ce qui explique cela ?", phase: 'surface', ladderLevel: 0 },
];
const offline = answerFor(persona, transcript[2], [transcript[0]]);

describe('mistralRespondent', () => {
  it("sends the persona (with the offline answer as nextAnswer) and the transcript, and returns the model's text", async () => {
    mode = 'echo';
    const answer = await mistralRespondent({ apiKey: 'k', serverUrl: `${url}/v1/`, model: 'mistral-small-latest' }).answer(
      persona,
      transcript,
    );
    expect(answer).toBe(`${offline} (from the model)`);
    const chat = received.at(-1)!;
    expect(chat.model).toBe('mistral-small-latest');
    expect(chat.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(chat.messages[0].content).toContain('Answer in French');
    expect(chat.messages[0].content).toContain(persona.chain.root);
    expect(chat.messages.at(-1)!.content).toBe(transcript[2].text);
  });

  it('falls back to the offline answer when the model fails or says nothing', async () => {
    const fallbacks: unknown[] = [];
    const respondent = mistralRespondent({ apiKey: 'k', serverUrl: url, onFallback: (e) => fallbacks.push(e) });
    mode = 'fail';
    expect(await respondent.answer(persona, transcript)).toBe(offline);
    mode = 'empty';
    expect(await respondent.answer(persona, transcript)).toBe(offline);
    expect(fallbacks).toHaveLength(2);
    const unreachable = mistralRespondent({ apiKey: 'k', serverUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(await unreachable.answer(persona, transcript)).toBe(offline);
  });
});
