import { describe, expect, it, vi } from 'vitest';
import { createEmbedBridge, partnerOrigins, readEmbedParams } from './embed-bridge';

const PARTNER = 'https://app.partner.example';
const TOKEN = 'abcdefghijklmnopqrstuvwx';

/** The API's answer to GET /embed/frame-policy/<token> (the network boundary). */
const policy = (origins: string[], status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ origins }), { status, headers: { 'content-type': 'application/json' } }));

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the embedded chat bridge', () => {
  it('reads the parent origin, the theme and the height mode from the fragment', () => {
    const { parentOrigin, autoHeight, params } = readEmbedParams(`#origin=${encodeURIComponent(PARTNER)}&accent=%230b6e4f&height=auto`);
    expect([parentOrigin, autoHeight, params.get('accent')]).toEqual([PARTNER, true, '#0b6e4f']);
    expect(readEmbedParams('#origin=javascript:alert(1)').parentOrigin).toBeNull();
    expect(readEmbedParams('').parentOrigin).toBeNull();
  });

  it("posts events, in order, to the embedding page's origin when it is a partner origin of the link", async () => {
    const parent = { postMessage: vi.fn() };
    const fetchImpl = policy(['https://other.example', PARTNER]);
    const bridge = createEmbedBridge({ token: TOKEN, parentOrigin: PARTNER, parent: parent as unknown as Window, fetchImpl });
    bridge.post({ type: 'ready', status: 'ACTIVE' });
    bridge.post({ type: 'turn', turn: 1 });
    expect(await bridge.target).toBe(PARTNER);
    await flush();
    expect(fetchImpl).toHaveBeenCalledWith(`/embed/frame-policy/${TOKEN}`, expect.objectContaining({ credentials: 'omit' }));
    expect(parent.postMessage.mock.calls).toEqual([
      [{ ladder: 1, type: 'ready', status: 'ACTIVE' }, PARTNER],
      [{ ladder: 1, type: 'turn', turn: 1 }, PARTNER],
    ]);
  });

  it('posts nothing to an origin the workspace does not list, to a parent the browser names otherwise, or unframed', async () => {
    const cases = [
      { parentOrigin: 'https://evil.example', fetchImpl: policy([PARTNER]) },
      { parentOrigin: PARTNER, fetchImpl: policy([PARTNER]), ancestorOrigins: ['https://evil.example'] },
      { parentOrigin: null, fetchImpl: policy([PARTNER]) },
      { parentOrigin: PARTNER, fetchImpl: policy([PARTNER], 404) },
    ];
    for (const c of cases) {
      const parent = { postMessage: vi.fn() };
      const bridge = createEmbedBridge({ token: TOKEN, parent: parent as unknown as Window, ...c });
      bridge.post({ type: 'completed' });
      expect(await bridge.target).toBeNull();
      await flush();
      expect(parent.postMessage).not.toHaveBeenCalled();
    }
    const unframed = createEmbedBridge({ token: TOKEN, parentOrigin: PARTNER, parent: null, fetchImpl: policy([PARTNER]) });
    expect(await unframed.target).toBeNull();
  });

  it('asks the API twice at most when it fails, then counts no origin', async () => {
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await partnerOrigins(TOKEN, down)).toEqual([]);
    expect(down).toHaveBeenCalledTimes(2);
    const flaky = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ origins: [PARTNER] }), { status: 200 }));
    expect(await partnerOrigins(TOKEN, flaky)).toEqual([PARTNER]);
  });
});
