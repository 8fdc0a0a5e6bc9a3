import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import config from '../../vite.config';

describe('the respondent chat page (/i/<token>)', () => {
  it('never passes its URL, and so the link token, on as Referer', () => {
    const doc = new DOMParser().parseFromString(indexHtml, 'text/html');
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    expect(config.server?.headers).toMatchObject({ 'Referrer-Policy': 'no-referrer' });
    expect(config.preview?.headers).toMatchObject({ 'Referrer-Policy': 'no-referrer' });
  });
});
