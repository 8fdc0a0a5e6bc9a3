import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chatUrl, hashToken, linkToken, newUnsubscribeToken, unsubscribeUrl } from './links.js';

describe('links', () => {
  const session = '6f1c2b9e-4a43-4f3a-9a63-0c2f8f1b9b10';

  it('derive one 32-character URL-safe chat token per session and secret', () => {
    const token = linkToken('s'.repeat(32), session);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(linkToken('s'.repeat(32), session)).toBe(token);
    expect(linkToken('t'.repeat(32), session)).not.toBe(token);
    expect(linkToken('s'.repeat(32), session.replace('6f', '7f'))).not.toBe(token);
  });

  it('hash tokens the way the API looks them up (SHA-256 hex of the UTF-8 text)', () => {
    expect(hashToken('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('make random unsubscribe tokens of 24 bytes', () => {
    const [a, b] = [newUnsubscribeToken(), newUnsubscribeToken()];
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a).not.toBe(b);
  });

  it('build the chat and unsubscribe URLs without doubled slashes', () => {
    expect(chatUrl('http://localhost:5173/', 'tok')).toBe('http://localhost:5173/i/tok');
    expect(unsubscribeUrl('https://api.example.com', 'tok')).toBe('https://api.example.com/unsubscribe/tok');
  });
});
