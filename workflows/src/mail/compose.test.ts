import { describe, expect, it } from 'vitest';
import { composeMessage, firstNameOf, parseMailbox, type OutgoingEmail } from './compose.js';

const email: OutgoingEmail = {
  deliveryId: '0b6f5c59-2d0c-4a53-8f57-4f7e3f8f2a11',
  kind: 'invitation',
  to: 'anna@example.com',
  language: 'fr',
  studyName: 'Acme <NPS> & "Co"',
  firstName: 'Anna',
  chatUrl: 'http://localhost:5173/i/abc',
  unsubscribeUrl: 'http://localhost:4000/unsubscribe/xyz',
  validDays: 14,
  fromName: null,
  replyTo: null,
};
const from = { name: 'Ladder', address: 'interviews@ladder.localhost' };

describe('composeMessage', () => {
  it('sets one-click unsubscribe headers and a Message-ID derived from the delivery', () => {
    const message = composeMessage(email, from);
    expect(message.headers).toMatchObject({
      'List-Unsubscribe': '<http://localhost:4000/unsubscribe/xyz>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(message.messageId).toBe('<0b6f5c59-2d0c-4a53-8f57-4f7e3f8f2a11@ladder.localhost>');
    expect(composeMessage(email, from).messageId).toBe(message.messageId);
    expect(message.from).toEqual(from);
    expect(message.replyTo).toBeUndefined();
  });

  it('lets the wave’s sender replace the name (not the address) and set Reply-To', () => {
    const message = composeMessage({ ...email, fromName: 'Acme Research', replyTo: 'research@acme.example' }, from);
    expect(message.from).toEqual({ name: 'Acme Research', address: 'interviews@ladder.localhost' });
    expect(message.replyTo).toBe('research@acme.example');
    expect(String(message.text)).toContain('Acme Research');
  });
});

describe('parseMailbox', () => {
  it('reads a named or bare address and refuses anything else', () => {
    expect(parseMailbox('Ladder <interviews@ladder.localhost>')).toEqual(from);
    expect(parseMailbox('"Acme, Research" <r@acme.example>')).toEqual({ name: 'Acme, Research', address: 'r@acme.example' });
    expect(parseMailbox('r@acme.example')).toEqual({ name: '', address: 'r@acme.example' });
    expect(parseMailbox('Ladder')).toBeNull();
    expect(parseMailbox('a b@c.d')).toBeNull();
  });
});

describe('firstNameOf', () => {
  it('finds a first-name column whatever its spelling, and nothing else', () => {
    expect(firstNameOf({ plan: 'pro', 'First Name': ' Anna ' })).toBe('Anna');
    expect(firstNameOf({ firstName: 'Léa' })).toBe('Léa');
    expect(firstNameOf({ prenom: 'Zoé' })).toBe('Zoé');
    expect(firstNameOf({ name: 'Acme Corp', company: 'Acme' })).toBeNull();
    expect(firstNameOf({ first_name: '' })).toBeNull();
    expect(firstNameOf(null)).toBeNull();
  });
});
