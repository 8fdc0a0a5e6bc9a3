import { describe, expect, it } from 'vitest';
import { classifySmtpError } from './smtp-failure.js';

const smtp = (responseCode: number, response: string, code = 'EENVELOPE') =>
  Object.assign(new Error(response), { code, responseCode, response });

describe('classifySmtpError', () => {
  it('retries what a later attempt can get through: no server, timeouts, 4xx and 503', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1025'), { code: 'ESOCKET' });
    const timeout = Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' });
    expect(classifySmtpError(refused)).toEqual({ kind: 'retry', detail: 'connect ECONNREFUSED 127.0.0.1:1025' });
    expect(classifySmtpError(timeout).kind).toBe('retry');
    expect(classifySmtpError(smtp(451, '451 4.3.0 Try again later')).kind).toBe('retry');
    expect(classifySmtpError(smtp(421, '421 Service not available', 'ECONNECTION')).kind).toBe('retry');
    expect(classifySmtpError(smtp(503, '503 5.5.1 Bad sequence of commands')).kind).toBe('retry');
  });

  it('calls unknown recipients bounces: 550, 551, 553 and any enhanced 5.1.x', () => {
    expect(classifySmtpError(smtp(550, '550 5.1.0 Requested action not taken: mailbox unavailable'))).toEqual({
      kind: 'bounced',
      detail: '550 5.1.0 Requested action not taken: mailbox unavailable',
    });
    expect(classifySmtpError(smtp(550, '550 Chaos recipient error')).kind).toBe('bounced');
    expect(classifySmtpError(smtp(551, '551 User not local')).kind).toBe('bounced');
    expect(classifySmtpError(smtp(553, '553 5.1.3 The address is not a valid RFC 5321 address')).kind).toBe('bounced');
    expect(classifySmtpError(smtp(554, '554 5.1.1 No such user')).kind).toBe('bounced');
  });

  it('fails other permanent refusals without suppressing the address', () => {
    expect(classifySmtpError(smtp(550, '550 5.7.1 Message rejected as spam')).kind).toBe('failed');
    expect(classifySmtpError(smtp(552, '552 Message size exceeds limit', 'EMESSAGE')).kind).toBe('failed');
    expect(classifySmtpError(smtp(554, '554 Transaction failed')).kind).toBe('failed');
    expect(classifySmtpError(Object.assign(new Error('Invalid header'), { code: 'EMESSAGE' })).kind).toBe('failed');
  });

  it('keeps the detail on one bounded line', () => {
    const long = smtp(451, `451-first line\r\n451 ${'x'.repeat(1000)}`);
    const { detail } = classifySmtpError(long);
    expect(detail).not.toMatch(/[\r\n]/);
    expect(detail.length).toBe(500);
  });
});
