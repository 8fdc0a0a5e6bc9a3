import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GREY } from '../insights/format';

// Specs run in the console package's directory (jsdom gives import.meta.url no file scheme).
const styles = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8');
const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(styles)?.[1];

/** Relative luminance contrast (WCAG 2.1), to check the tokens keep the ratios styles.css promises. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour tokens', () => {
  it('keep text at 4.5:1 on white and on their tints', () => {
    for (const [text, tint] of [
      ['--detractor', '--detractor-tint'],
      ['--passive-text', '--passive-tint'],
      ['--promoter', '--promoter-tint'],
    ]) {
      expect(contrast(token(text)!, '#ffffff'), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token(text)!, token(tint)!), `${text} on ${tint}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const text of ['--ink', '--muted', '--accent']) expect(contrast(token(text)!, '#ffffff'), text).toBeGreaterThanOrEqual(4.5);
  });

  it('keep chart fills and series at 3:1 on white', () => {
    for (const fill of [
      '--passive',
      '--small-sample',
      '--series-1',
      '--series-2',
      '--series-3',
      '--series-4',
      '--series-5',
      '--series-6',
    ]) {
      expect(contrast(token(fill)!, '#ffffff'), fill).toBeGreaterThanOrEqual(3);
    }
  });

  it('give canvas charts the small-sample grey the styles define', () => {
    expect(GREY.toLowerCase()).toBe(token('--small-sample')!.toLowerCase());
  });
});
