import { describe, expect, it } from 'vitest';
import { nextWebhookAttemptDelay, WEBHOOK_RETRY_SCHEDULE_MS } from './webhooks.js';
import { isPrivateAddress, parseWebhookUrl, resolveWebhookUrl, WebhookUrlError } from './webhook-url.js';

describe('webhook retry schedule', () => {
  it('retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, then gives up (8 attempts, the first at once)', () => {
    const s = 1000;
    const waits = [1, 2, 3, 4, 5, 6, 7].map((failed) => nextWebhookAttemptDelay(failed));
    expect(waits).toEqual([5 * s, 300 * s, 1800 * s, 7200 * s, 18_000 * s, 36_000 * s, 36_000 * s]);
    expect(nextWebhookAttemptDelay(8)).toBeNull();
    expect(WEBHOOK_RETRY_SCHEDULE_MS[0]).toBe(0);
    expect(nextWebhookAttemptDelay(2, [0, 10, 20])).toBe(20);
    expect(nextWebhookAttemptDelay(3, [0, 10, 20])).toBeNull();
  });
});

describe('webhook URLs', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::', true],
    ['::1', true],
    ['[::1]', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['93.184.215.14', false],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: WebhookUrlError) => error.problem,
    );

  it('refuses loopback, private, link-local and unique-local hosts, literal or resolved, unless private ones are allowed', async () => {
    const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];
    expect(await refusal(resolveWebhookUrl('https://hooks.example.test/x', { allowPrivate: false, resolve: toLoopback }))).toBe(
      'private-address',
    );
    // One private address among public ones is enough to refuse (the connection could go to it).
    const mixed = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.8', family: 4 },
    ];
    expect(await refusal(resolveWebhookUrl('https://hooks.example.test/x', { allowPrivate: false, resolve: mixed }))).toBe(
      'private-address',
    );
    for (const url of [
      'https://localhost/x',
      'https://10.0.0.1/x',
      'https://169.254.169.254/latest',
      'https://[::1]:8443/x',
      'https://[fd00::1]/x',
    ]) {
      expect(await refusal(resolveWebhookUrl(url, { allowPrivate: false }))).toBe('private-address');
    }
    const allowed = await resolveWebhookUrl('http://hooks.example.test:8080/x', { allowPrivate: true, resolve: toLoopback });
    expect(allowed).toMatchObject({ address: '127.0.0.1', family: 4 });
    const pub = await resolveWebhookUrl('https://hooks.example.test/x', {
      allowPrivate: false,
      resolve: async () => [{ address: '93.184.215.14', family: 4 }],
    });
    expect(pub.address).toBe('93.184.215.14');
  });

  it('wants https without credentials, and a host that resolves', async () => {
    expect(() => parseWebhookUrl('http://hooks.example.com/x', false)).toThrow(/must use https/);
    expect(() => parseWebhookUrl('ftp://hooks.example.com/x', true)).toThrow(/must use https/);
    expect(() => parseWebhookUrl('https://user:pw@hooks.example.com/x', false)).toThrow(/user name or password/);
    expect(() => parseWebhookUrl('not a url', false)).toThrow(WebhookUrlError);
    expect(await refusal(resolveWebhookUrl('https://nowhere.invalid/x', { allowPrivate: false, resolve: async () => [] }))).toBe(
      'unresolvable',
    );
  });
});
