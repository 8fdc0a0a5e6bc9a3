import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailpitApi } from './mailpit-api.js';
import { startMailpit, type MailpitHandle } from './mailpit.js';
import { freePort, isPortOpen } from './ports.js';

/** A bare SMTP conversation (no client library in devstack); resolves with the server's reply to each command. */
async function smtp(port: number, commands: string[]): Promise<string[]> {
  const socket = new Socket();
  const replies: string[] = [];
  let buffered = '';
  let waiting: ((line: string) => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    // A reply ends with a line whose code is followed by a space (multi-line replies use "250-").
    const done = /(^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(buffered);
    if (done && waiting) {
      const reply = buffered.trim().split('\r\n').pop()!;
      buffered = '';
      waiting(reply);
    }
  });
  const next = () => new Promise<string>((resolve) => (waiting = resolve));
  const greeting = next();
  socket.connect(port, '127.0.0.1');
  await greeting;
  for (const command of commands) {
    const reply = next();
    socket.write(`${command}\r\n`);
    replies.push(await reply);
  }
  socket.destroy();
  return replies;
}

const message = (to: string) => ['EHLO test', 'MAIL FROM:<sender@example.com>', `RCPT TO:<${to}>`];

let mailpit: MailpitHandle;
beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort(), chaos: true, maxMessages: 0 });
});
afterAll(async () => {
  await mailpit?.stop();
});

describe('Mailpit', () => {
  it('accepts mail on its SMTP port and shows it through its HTTP API', async () => {
    const port = Number(new URL(mailpit.smtpUrl).port);
    const replies = await smtp(port, [
      ...message('anna@example.com'),
      'DATA',
      'To: anna@example.com\r\nSubject: Hello Anna\r\nMessage-ID: <fixed-1@ladder.test>\r\n\r\nHi.\r\n.',
      'QUIT',
    ]);
    expect(replies.map((r) => r.slice(0, 3))).toEqual(['250', '250', '250', '354', '250', '221']);
    const api = mailpitApi(mailpit.apiUrl);
    const [found] = await api.waitFor('to:anna@example.com');
    expect(found).toMatchObject({ Subject: 'Hello Anna', MessageID: 'fixed-1@ladder.test' });
    expect((await api.message(found.ID)).Text.trim()).toBe('Hi.');
    await api.deleteAll();
    expect((await api.messages()).total).toBe(0);
  });

  it('refuses recipients with the chosen code while chaos is set, and accepts them again once reset', async () => {
    const api = mailpitApi(mailpit.apiUrl);
    const port = Number(new URL(mailpit.smtpUrl).port);
    await api.setChaos({ Recipient: { ErrorCode: 550, Probability: 100 } });
    expect((await smtp(port, message('bounce@example.com')))[2]).toMatch(/^550 /);
    await api.setChaos({});
    expect((await smtp(port, message('bounce@example.com')))[2]).toMatch(/^250 /);
  });

  it('closes both ports when stopped', async () => {
    const other = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort() });
    const ports = [Number(new URL(other.smtpUrl).port), Number(new URL(other.webUrl).port)];
    expect(await Promise.all(ports.map((p) => isPortOpen(p)))).toEqual([true, true]);
    await other.stop();
    expect(await Promise.all(ports.map((p) => isPortOpen(p)))).toEqual([false, false]);
  });
});
