import type { DeliveryKind } from '@ladder/contracts';
import { wordingFor } from './wording.js';

export interface EmailContent {
  kind: DeliveryKind;
  /** The session's language (the respondent's, or detected); others than en and fr get English. */
  language: string | null;
  studyName: string;
  /** The respondent's first name when the import carried one. */
  firstName: string | null;
  chatUrl: string;
  unsubscribeUrl: string;
  /** How long the invitation stays open, in whole days. */
  validDays: number;
  /** Who signs the email (the wave's sender name, else the default). */
  senderName: string;
}

export interface RenderedEmail {
  language: 'en' | 'fr';
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Placeholders are filled from data (study names, first names): line breaks are flattened so a value cannot add lines. */
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => (values[key] ?? '').replace(/[\r\n]+/g, ' '));

/** The plain-text and HTML parts of an invitation or reminder; every value in the HTML is escaped. */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { language, wording } = wordingFor(content.kind, content.language);
  const values = { study: content.studyName, name: content.firstName ?? '', days: String(content.validDays) };
  const greeting = fill(content.firstName ? wording.greetingNamed : wording.greeting, values);
  const lines = wording.lines.map((line) => fill(line, values));
  const validity = fill(wording.validity, values);
  const footer = fill(wording.footer, values);
  const text = [
    greeting,
    '',
    ...lines.flatMap((line) => [line, '']),
    `${wording.button}: ${content.chatUrl}`,
    '',
    validity,
    '',
    content.senderName,
    '',
    '--',
    footer,
    `${wording.unsubscribe}: ${content.unsubscribeUrl}`,
    '',
  ].join('\n');
  const p = (inner: string, style = 'margin:0 0 16px') => `<p style="${style}">${inner}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(fill(wording.subject, values))}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933">',
    '<div style="max-width:560px;margin:0 auto">',
    p(escapeHtml(greeting)),
    ...lines.map((line) => p(escapeHtml(line))),
    p(
      `<a href="${escapeHtml(content.chatUrl)}" style="display:inline-block;padding:12px 20px;background:#2457c5;color:#ffffff;` +
        `text-decoration:none;border-radius:6px">${escapeHtml(wording.button)}</a>`,
      'margin:24px 0',
    ),
    p(escapeHtml(validity), 'margin:0 0 16px;font-size:14px;color:#52606d'),
    p(escapeHtml(content.senderName)),
    `<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0">`,
    p(escapeHtml(footer), 'margin:0 0 8px;font-size:12px;color:#7b8794'),
    p(`<a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#7b8794">${escapeHtml(wording.unsubscribe)}</a>`, 'font-size:12px'),
    '</div></body></html>',
    '',
  ].join('\n');
  return { language, subject: fill(wording.subject, values), text, html };
}
