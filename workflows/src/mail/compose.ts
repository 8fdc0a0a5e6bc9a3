import type { DeliveryKind } from '@ladder/contracts';
import type { SendMailOptions } from 'nodemailer';
import { renderEmail } from './templates/render.js';

export interface MailAddress {
  name: string;
  address: string;
}

/** One email ready to go: everything the templates and the headers need, nothing to look up. */
export interface OutgoingEmail {
  deliveryId: string;
  kind: DeliveryKind;
  to: string;
  language: string | null;
  studyName: string;
  firstName: string | null;
  chatUrl: string;
  unsubscribeUrl: string;
  validDays: number;
  /** The wave's sender name and Reply-To; null uses the default sender's name and no Reply-To. */
  fromName: string | null;
  replyTo: string | null;
}

/** `Ladder <interviews@ladder.localhost>` or a bare address; null when it is neither. */
export function parseMailbox(value: string): MailAddress | null {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s@]+@[^<>\s@]+)>\s*$/.exec(value);
  if (named) return { name: named[1].trim(), address: named[2] };
  const bare = /^\s*([^<>\s@]+@[^<>\s@]+)\s*$/.exec(value);
  return bare ? { name: '', address: bare[1] } : null;
}

/**
 * The Message-ID is derived from the delivery row, so a message sent twice (a worker killed after
 * the server accepted it, before the row said so) carries the same id and is recognisable as a
 * duplicate by any mail client or test.
 */
export const messageIdFor = (deliveryId: string, from: MailAddress): string => `<${deliveryId}@${from.address.split('@')[1]}>`;

export function composeMessage(email: OutgoingEmail, defaultFrom: MailAddress): SendMailOptions {
  const senderName = email.fromName?.trim() || defaultFrom.name;
  const rendered = renderEmail({
    kind: email.kind,
    language: email.language,
    studyName: email.studyName,
    firstName: email.firstName,
    chatUrl: email.chatUrl,
    unsubscribeUrl: email.unsubscribeUrl,
    validDays: email.validDays,
    senderName: senderName || 'Ladder',
  });
  return {
    from: { name: senderName, address: defaultFrom.address },
    to: email.to,
    replyTo: email.replyTo ?? undefined,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdFor(email.deliveryId, defaultFrom),
    headers: {
      // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the URL, no page to visit.
      'List-Unsubscribe': `<${email.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': rendered.language,
    },
  };
}

const FIRST_NAME_KEYS = ['first_name', 'firstname', 'given_name', 'prenom', 'prénom'];

/** The respondent's first name from the import's attributes, when a column carried one. */
export function firstNameOf(attributes: Record<string, unknown> | null): string | null {
  if (!attributes) return null;
  for (const [key, value] of Object.entries(attributes)) {
    if (!FIRST_NAME_KEYS.includes(key.toLowerCase().replace(/[\s-]/g, '_'))) continue;
    const name = typeof value === 'string' ? value.trim() : '';
    if (name && name.length <= 60) return name;
  }
  return null;
}
