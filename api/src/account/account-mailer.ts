import nodemailer from 'nodemailer';

export interface AccountMailSettings {
  /** SMTP_URL, the worker's relay (Mailpit with `npm start`). */
  smtpUrl: string;
  /** LADDER_MAIL_FROM. */
  from: string;
  /** Connect, greeting and socket timeout of one send. */
  timeoutMs?: number;
}

export interface AccountMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email; rejects when the server refuses it or does not answer in time. */
export type AccountMailer = (mail: AccountMail) => Promise<void>;

/**
 * Sign-in links and invitations leave from the API itself, not through the worker's outbox
 * (docs/decisions.md, "Team accounts"): a magic link must not sit readable in a table until a
 * worker sends it, and it is worth nothing after 15 minutes, so a send that fails is not retried:
 * the person asks again. One unpooled connection per email, with short timeouts.
 */
export function createAccountMailer(settings: AccountMailSettings): AccountMailer {
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  return async (mail) => {
    await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

export function signInMail(to: string, link: string, validMinutes: number): AccountMail {
  return {
    to,
    subject: 'Your Ladder sign-in link',
    text: [
      'Open this link to sign in to Ladder:',
      '',
      link,
      '',
      `It works once, for ${validMinutes} minutes, and only in the browser where you asked for it.`,
      'If you did not ask to sign in, ignore this email: nothing happens without the link.',
    ].join('\n'),
  };
}

export function invitationMail(to: string, workspaceName: string, role: string, signInUrl: string): AccountMail {
  return {
    to,
    subject: `You are invited to ${workspaceName} on Ladder`.slice(0, 200),
    text: [
      `You have been added to the workspace "${workspaceName}" on Ladder as ${role}.`,
      '',
      'To sign in, open this page and ask for a sign-in link with this address:',
      '',
      signInUrl,
      '',
      'The link you then get by email works once, for 15 minutes, in the browser where you asked for it.',
    ].join('\n'),
  };
}
