import nodemailer, { type SendMailOptions } from 'nodemailer';

export interface Mailer {
  /** Resolves with the server's reply once it accepted the message; rejects with nodemailer's error (see smtp-failure.ts). */
  send(message: SendMailOptions): Promise<{ response: string }>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string;
  /** Connections kept open to the server; sends beyond it wait in the pool's queue. */
  maxConnections?: number;
  /** Connect, greeting and idle-socket limits, so a silent server fails a send instead of holding it forever. */
  timeoutMs?: number;
}

/**
 * One pooled SMTP transport per worker. Pooling keeps connections open between messages (a new
 * connection per message would cost a TCP and SMTP handshake each); the timeouts turn an
 * unreachable or stalled server into an error the dispatcher retries later.
 */
export function createMailer({ smtpUrl, maxConnections = 8, timeoutMs = 10_000 }: MailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections,
    // Reconnecting every 100 messages (the default) costs little, but there is no reason for it here.
    maxMessages: 1000,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: Math.max(timeoutMs, 30_000),
    dnsTimeout: timeoutMs,
  });
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      return { response: String(info.response ?? '') };
    },
    close: () => transport.close(),
  };
}
