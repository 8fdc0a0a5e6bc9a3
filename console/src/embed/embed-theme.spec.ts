import { describe, expect, it } from 'vitest';
import { chatTheme, contrast, MIN_TEXT_CONTRAST, parseHex, readableOn } from './embed-theme';

const theme = (query: Record<string, string>) => chatTheme(new URLSearchParams(query));

describe('the embedded chat theme', () => {
  it('reads #rgb and #rrggbb colours only', () => {
    expect(parseHex('#0b6e4f')).toEqual([11, 110, 79]);
    expect(parseHex('#FFF')).toEqual([255, 255, 255]);
    for (const value of ['red', 'rgb(0,0,0)', '#12345', 'url(x)', 'var(--x)', '#000;background:url(//evil)', '', null]) {
      expect(parseHex(value)).toBeNull();
    }
  });

  it('sets the accent, the colour on it and the focus ring from an accent alone', () => {
    expect(theme({ accent: '#0b6e4f' })).toEqual({
      style: { '--accent': '#0b6e4f', '--focus': '#0b6e4f', '--on-accent': '#ffffff' },
      adjusted: [],
    });
    // A light accent gets black text on it.
    expect(theme({ accent: '#ffd400' }).style['--on-accent']).toBe('#000000');
  });

  it('derives readable bubble, muted and line colours from a background and text', () => {
    const { style, adjusted } = theme({ background: '#101820', text: '#f2f2f2' });
    expect(adjusted).toEqual([]);
    expect(style['--chat-bg']).toBe('#101820');
    expect(style['--ink']).toBe('#f2f2f2');
    const [bg, ink, bubble, muted] = ['--chat-bg', '--ink', '--bg', '--muted'].map((k) => parseHex(style[k])!);
    expect(contrast(ink, bubble)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrast(muted, bubble)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrast(muted, bg)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(style['--line']).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('replaces a text colour too faint on its background, and says so', () => {
    const { style, adjusted } = theme({ background: '#ffffff', text: '#dddddd' });
    expect(adjusted).toEqual(['text']);
    expect(style['--ink']).toBe('#000000');
  });

  it('gives every background a text colour of at least 4.5:1', () => {
    for (let v = 0; v <= 255; v += 17) {
      const bg = [v, 255 - v, (v * 7) % 256] as const;
      expect(contrast(readableOn(bg), bg)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('takes plain font family names and ignores anything else', () => {
    expect(theme({ fontFamily: "'Inter', Arial, sans-serif" }).style).toEqual({ 'font-family': "'Inter', Arial, sans-serif" });
    for (const fontFamily of ['x; color: red', 'url(https://evil.example/font)', 'a{}', 'x'.repeat(101)]) {
      expect(theme({ fontFamily }).style).toEqual({});
    }
  });

  it('sets nothing for an empty or foreign fragment', () => {
    expect(theme({})).toEqual({ style: {}, adjusted: [] });
    expect(theme({ accent: 'javascript:alert(1)', background: 'expression(1)', color: '#000' })).toEqual({ style: {}, adjusted: [] });
  });
});
