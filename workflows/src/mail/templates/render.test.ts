import { describe, expect, it } from 'vitest';
import { renderEmail, type EmailContent } from './render.js';

const content: EmailContent = {
  kind: 'invitation',
  language: 'en',
  studyName: 'Acme NPS',
  firstName: null,
  chatUrl: 'http://localhost:5173/i/abc',
  unsubscribeUrl: 'http://localhost:4000/unsubscribe/xyz',
  validDays: 14,
  senderName: 'Ladder',
};

describe('renderEmail', () => {
  it('writes an English invitation with the study, the personal link, its validity and the unsubscribe link in both parts', () => {
    const email = renderEmail(content);
    expect(email.subject).toBe('A few questions about your feedback: Acme NPS');
    expect(email.text).toMatch(/^Hello,\n/);
    expect(email.text).toContain('Start the conversation: http://localhost:5173/i/abc');
    expect(email.text).toContain('valid for 14 days');
    expect(email.text).toContain('Unsubscribe from these emails: http://localhost:4000/unsubscribe/xyz');
    expect(email.html).toContain('<a href="http://localhost:5173/i/abc"');
    expect(email.html).toContain('<a href="http://localhost:4000/unsubscribe/xyz"');
    expect(email.html).toContain('<html lang="en">');
  });

  it('writes French for fr and fr-CA, with the first name, and English for other languages', () => {
    const fr = renderEmail({ ...content, language: 'fr-CA', firstName: 'Zoé' });
    expect(fr.language).toBe('fr');
    expect(fr.subject).toBe('Quelques questions sur votre avis : Acme NPS');
    expect(fr.text).toMatch(/^Bonjour Zoé,\n/);
    expect(fr.text).toContain('Commencer l’échange: http://localhost:5173/i/abc');
    expect(fr.html).toContain('Se désinscrire de ces e-mails');
    expect(renderEmail({ ...content, language: 'de' }).subject).toBe('A few questions about your feedback: Acme NPS');
    expect(renderEmail({ ...content, language: null }).language).toBe('en');
  });

  it('writes a reminder that promises the same link, in each language', () => {
    expect(renderEmail({ ...content, kind: 'reminder' }).subject).toBe('Reminder: a few questions about your feedback: Acme NPS');
    expect(renderEmail({ ...content, kind: 'reminder' }).text).toContain('Continue the conversation: http://localhost:5173/i/abc');
    expect(renderEmail({ ...content, kind: 'reminder', language: 'fr' }).subject).toBe(
      'Rappel : quelques questions sur votre avis : Acme NPS',
    );
  });

  it('escapes names and links in the HTML part and keeps them on one line', () => {
    const email = renderEmail({
      ...content,
      studyName: 'Q1 <script>alert(1)</script> & "more"',
      firstName: 'Bob\r\nBcc: x@evil.example',
      chatUrl: 'http://localhost:5173/i/a"b',
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('Q1 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(email.html).toContain('href="http://localhost:5173/i/a&quot;b"');
    expect(email.subject).toBe('A few questions about your feedback: Q1 <script>alert(1)</script> & "more"');
    expect(email.text).toMatch(/^Hello Bob Bcc: x@evil.example,\n/);
  });
});
