/**
 * Where webhooks may go: https URLs whose host resolves only to public addresses. The API checks
 * an endpoint's URL when it is created or changed, the worker again before every request, and the
 * worker connects to the address it checked (no second lookup a DNS rebinding could answer
 * differently). `allowPrivate` (LADDER_WEBHOOK_ALLOW_PRIVATE=true) lifts both rules, for local receivers.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export type WebhookUrlProblem = 'malformed' | 'scheme' | 'credentials' | 'unresolvable' | 'private-address';

export interface ResolvedWebhookUrl {
  url: URL;
  /** The address to connect to (the first the resolver answered; all of them were checked). */
  address: string;
  family: 4 | 6;
  /** Every address the host resolved to, all checked, in the resolver's order (a client may try them in turn). */
  addresses: { address: string; family: 4 | 6 }[];
}

export class WebhookUrlError extends Error {
  constructor(
    readonly problem: WebhookUrlProblem,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookUrlError';
  }
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 (may reach an IPv4 private address)
  ['2001:db8::', 32], // documentation
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an address is private, loopback, link-local, unique-local, unspecified or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) return blocked.check(bare, 'ipv6');
  return true;
}

/** Checks the URL's form (no network): https (http only with allowPrivate), no user:password, at most 2,000 characters. */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    if (raw.length > 2000) throw new Error('too long');
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError('malformed', 'The URL is not a valid absolute URL of at most 2,000 characters');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new WebhookUrlError('scheme', 'Webhook URLs must use https');
  }
  if (url.username || url.password) throw new WebhookUrlError('credentials', 'Webhook URLs may not carry a user name or password');
  return url;
}

/**
 * Resolves the URL's host and refuses it when any of its addresses is not public (unless
 * allowPrivate). `resolve` is injectable for tests; by default the system resolver (getaddrinfo).
 */
export async function resolveWebhookUrl(
  raw: string,
  options: { allowPrivate: boolean; resolve?: (host: string) => Promise<{ address: string; family: number }[]> },
): Promise<ResolvedWebhookUrl> {
  const url = parseWebhookUrl(raw, options.allowPrivate);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (options.resolve ?? ((h: string) => lookup(h, { all: true, verbatim: true })))(host);
    } catch {
      addresses = [];
    }
    if (!addresses.length) throw new WebhookUrlError('unresolvable', `The host ${host} does not resolve`);
  }
  if (!options.allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new WebhookUrlError('private-address', `The host ${host} resolves to a private, loopback or link-local address`);
  }
  const checked = addresses.map((a) => ({ address: a.address, family: a.family === 6 ? (6 as const) : (4 as const) }));
  return { url, address: checked[0].address, family: checked[0].family, addresses: checked };
}
