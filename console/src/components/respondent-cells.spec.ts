import { describe, expect, it } from 'vitest';
import { interviewOffer, shorten } from './respondent-cells';

describe('interviewOffer', () => {
  it('starts a first interview, re-issues an open one, and never starts a second', () => {
    expect(interviewOffer(null)).toBe('start');
    expect(interviewOffer({ status: 'INVITED' })).toBe('new-link');
    expect(interviewOffer({ status: 'ACTIVE' })).toBe('new-link');
    expect(interviewOffer({ status: 'COMPLETED' })).toBeNull();
    expect(interviewOffer({ status: 'ABANDONED' })).toBeNull();
    expect(interviewOffer({ status: 'EXPIRED' })).toBeNull();
  });
});

describe('shorten', () => {
  it('keeps short text whole and flattens its white space', () => {
    expect(shorten('Slow  dashboards,\nbad exports')).toEqual({ text: 'Slow dashboards, bad exports', cut: false });
  });
  it('cuts at a word near the limit', () => {
    expect(shorten('one two three four five six', 16)).toEqual({ text: 'one two three…', cut: true });
  });
  it('cuts inside a word when no word ends near the limit', () => {
    expect(shorten('a verylongwordwithoutspaces', 12)).toEqual({ text: 'a verylongwo…', cut: true });
  });
});
