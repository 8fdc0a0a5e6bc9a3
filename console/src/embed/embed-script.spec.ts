import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import source from '../../public/embed.js?raw';

interface Mounted {
  frame: HTMLIFrameElement;
  destroy(): void;
}
interface LadderGlobal {
  mount(element: Element, options: Record<string, unknown>): Mounted;
  version: number;
}

const CONSOLE = 'https://ladder.example';
const TOKEN = 'tok_abcdefghijklmnopqrstuv';

/** Runs /embed.js as a partner page's <script src="https://ladder.example/embed.js"> would. */
function loadScript(): LadderGlobal {
  const script = document.createElement('script');
  script.src = `${CONSOLE}/embed.js`;
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  try {
    new Function(source)();
  } finally {
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
  }
  return (window as unknown as { Ladder: LadderGlobal }).Ladder;
}

const fromFrame = (frame: HTMLIFrameElement, data: unknown, origin = CONSOLE, source: MessageEventSource | null = frame.contentWindow) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

let element: HTMLElement;
beforeEach(() => {
  delete (window as unknown as { Ladder?: unknown }).Ladder;
  element = document.createElement('div');
  document.body.append(element);
});
afterEach(() => element.remove());

describe('/embed.js', () => {
  it("mounts the chat of a link in an iframe of the script's origin, titled, the page origin and theme in the fragment", () => {
    const { frame } = loadScript().mount(element, { token: TOKEN, theme: { accent: '#0b6e4f', fontFamily: 'Inter', ignored: 'x' } });
    const src = new URL(frame.src);
    expect(`${src.origin}${src.pathname}${src.search}`).toBe(`${CONSOLE}/i/${TOKEN}?embed=1`);
    const fragment = new URLSearchParams(src.hash.slice(1));
    expect(Object.fromEntries(fragment)).toEqual({ origin: window.location.origin, accent: '#0b6e4f', fontFamily: 'Inter' });
    expect(frame.title).toBe('Interview chat');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-forms');
    expect(frame.referrerPolicy).toBe('no-referrer');
    expect(element.querySelector('iframe')).toBe(frame);
    expect(frame.style.height).toBe('100%');
  });

  it("hands the page the frame's events, and only those from the frame at the chat's origin", () => {
    const onEvent = vi.fn();
    const { frame, destroy } = loadScript().mount(element, { token: TOKEN, onEvent });
    fromFrame(frame, { ladder: 1, type: 'ready', status: 'ACTIVE', text: 'never passed on' });
    fromFrame(frame, { ladder: 1, type: 'turn', turn: 2 });
    fromFrame(frame, { ladder: 1, type: 'turn', turn: 3 }, 'https://evil.example');
    fromFrame(frame, { ladder: 1, type: 'turn', turn: 4 }, CONSOLE, window);
    fromFrame(frame, { type: 'turn', turn: 5 });
    fromFrame(frame, { ladder: 1, type: 'surprise' });
    fromFrame(frame, { ladder: 1, type: 'error', code: 'LINK_REVOKED' });
    fromFrame(frame, { ladder: 1, type: 'completed' });
    expect(onEvent.mock.calls.map(([e]) => e)).toEqual([
      { type: 'ready', status: 'ACTIVE' },
      { type: 'turn', turn: 2 },
      { type: 'error', code: 'LINK_REVOKED' },
      { type: 'completed' },
    ]);
    destroy();
    expect(element.querySelector('iframe')).toBeNull();
    fromFrame(frame, { ladder: 1, type: 'completed' }, CONSOLE, null);
    expect(onEvent).toHaveBeenCalledTimes(4);
  });

  it("follows the chat's height between 320 px and maxHeight with height 'auto'", () => {
    const { frame } = loadScript().mount(element, { token: TOKEN, height: 'auto', maxHeight: 700 });
    expect(new URLSearchParams(new URL(frame.src).hash.slice(1)).get('height')).toBe('auto');
    expect(frame.style.height).toBe('320px');
    fromFrame(frame, { ladder: 1, type: 'resize', height: 512.4 });
    expect(frame.style.height).toBe('513px');
    fromFrame(frame, { ladder: 1, type: 'resize', height: 5000 });
    expect(frame.style.height).toBe('700px');
    fromFrame(frame, { ladder: 1, type: 'resize', height: 10 }, 'https://evil.example');
    expect(frame.style.height).toBe('700px');
  });

  it('refuses a missing element or a token that is not one', () => {
    const ladder = loadScript();
    expect(() => ladder.mount(null as unknown as Element, { token: TOKEN })).toThrow(/first argument must be an element/);
    for (const token of [undefined, 'short', '../../graphql?x=aaaaaaaaaaaaaaaa']) {
      expect(() => ladder.mount(element, { token })).toThrow(/options.token must be the token of a chat link/);
    }
    expect(element.children).toHaveLength(0);
  });
});
