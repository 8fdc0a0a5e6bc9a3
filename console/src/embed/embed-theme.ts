/**
 * A partner's colours for the embedded chat, from the frame's URL fragment (`accent`, `background`,
 * `text` as #rgb or #rrggbb, `fontFamily` as plain family names). Only these reach the page, as CSS
 * custom properties: anything else (a url(), a var(), a semicolon) is ignored, so no CSS can be
 * injected. Text keeps WCAG AA contrast (4.5:1): a text colour too faint on the background is replaced
 * by black or white, whichever reads better, and the colour on the accent is chosen the same way.
 */
export type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT_FAMILY = /^[A-Za-z0-9 ,'"-]{1,100}$/;
export const MIN_TEXT_CONTRAST = 4.5;
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** The console's ink (styles.css), the text colour when only a background is given. */
const INK: Rgb = [0x1d, 0x24, 0x33];

export function parseHex(value: string | null | undefined): Rgb | null {
  if (!value || !HEX.test(value)) return null;
  const digits = value.length === 4 ? [...value.slice(1)].map((d) => d + d) : value.slice(1).match(/../g)!;
  const [r, g, b] = digits.map((d) => parseInt(d, 16));
  return [r, g, b];
}

export const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever contrasts more with `background` (always at least 4.58:1). */
export const readableOn = (background: Rgb): Rgb => (contrast(BLACK, background) >= contrast(WHITE, background) ? BLACK : WHITE);

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i] * (1 - t) + b[i] * t) as unknown as Rgb;

export interface ChatTheme {
  /** CSS custom properties (and font-family) for the chat's root element; empty without a theme. */
  style: Record<string, string>;
  /** Theme colours replaced to keep text readable (`text`), for a console warning. */
  adjusted: string[];
}

export function chatTheme(params: URLSearchParams): ChatTheme {
  const style: Record<string, string> = {};
  const adjusted: string[] = [];
  const background = parseHex(params.get('background'));
  const text = parseHex(params.get('text'));
  const accent = parseHex(params.get('accent'));
  if (background || text) {
    const bg = background ?? WHITE;
    let ink = text ?? INK;
    if (contrast(ink, bg) < MIN_TEXT_CONTRAST) {
      ink = readableOn(bg);
      if (text) adjusted.push('text');
    }
    // The moderator's bubbles and the consent note sit on a faint tint of the background.
    const tint = mix(bg, ink, 0.06);
    const bubble = contrast(ink, tint) >= MIN_TEXT_CONTRAST ? tint : bg;
    const muted = mix(ink, bg, 0.3);
    Object.assign(style, {
      '--chat-bg': toHex(bg),
      '--ink': toHex(ink),
      '--bg': toHex(bubble),
      '--muted': toHex(contrast(muted, bubble) >= MIN_TEXT_CONTRAST && contrast(muted, bg) >= MIN_TEXT_CONTRAST ? muted : ink),
      '--line': toHex(mix(bg, ink, 0.18)),
    });
  }
  if (accent) {
    Object.assign(style, { '--accent': toHex(accent), '--focus': toHex(accent), '--on-accent': toHex(readableOn(accent)) });
  }
  const font = params.get('fontFamily');
  if (font && FONT_FAMILY.test(font)) style['font-family'] = font;
  return { style, adjusted };
}
