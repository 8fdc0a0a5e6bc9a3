import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApi, type TestApi } from '../test-support/api-harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const TOKEN = 'a-link-token-that-names-nothing';

describe('failing sendRespondentMessage', () => {
  it('refuses a call without clientMessageId before looking at the link: the id makes every retry safe', async () => {
    const omitted = await api.gqlText(`mutation { sendRespondentMessage(token: "${TOKEN}", text: "hi") { id } }`, {}, null);
    expect(omitted.status).toBe(400);
    expect(omitted.errors?.[0]).toMatchObject({
      message: 'Field "sendRespondentMessage" argument "clientMessageId" of type "String!" is required, but it was not provided.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const nullable = `mutation S($id: String) { sendRespondentMessage(token: "${TOKEN}", text: "hi", clientMessageId: $id) { id } }`;
    expect(codeOf(await api.gqlText(nullable, { id: null }, null))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an id outside 8-100 of A-Z a-z 0-9 _ -', async () => {
    const send = `mutation S($id: String!) { sendRespondentMessage(token: "${TOKEN}", text: "hi", clientMessageId: $id) { id } }`;
    for (const id of ['short', 'has space in it', 'x'.repeat(101), 'name@example.com']) {
      expect(codeOf(await api.gqlText(send, { id }, null))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await api.gqlText(send, { id: 'a-fine-message-id' }, null))).toBe('SESSION_NOT_FOUND');
  });
});
