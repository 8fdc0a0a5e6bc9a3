/** The parts of Mailpit's HTTP API (v1) the tests read: search, one message, its headers, chaos triggers. */

export interface MailpitAddress {
  Name: string;
  Address: string;
}

export interface MailpitSummary {
  ID: string;
  MessageID: string;
  From: MailpitAddress;
  To: MailpitAddress[];
  ReplyTo: MailpitAddress[];
  Subject: string;
  Created: string;
}

export interface MailpitMessage extends MailpitSummary {
  Text: string;
  HTML: string;
  ListUnsubscribe: { Header: string; Links: string[]; Errors: string; HeaderPost: string };
}

export interface MailpitChaosTrigger {
  /** SMTP reply code, 400-599. */
  ErrorCode: number;
  /** Percent of commands that get it, 0-100. */
  Probability: number;
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`Mailpit ${init?.method ?? 'GET'} ${url}: HTTP ${res.status} ${await res.text()}`);
  // Some answers are plain text ("ok" after a delete): only JSON is parsed.
  const text = await res.text();
  return (res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined) as T;
}

/** A client of one Mailpit's API (`MailpitHandle.apiUrl`). */
export function mailpitApi(apiUrl: string) {
  return {
    /** Messages matching a Mailpit search (`to:a@b.c`, `subject:"…"`), newest first. */
    async search(query: string, limit = 1000): Promise<MailpitSummary[]> {
      const params = new URLSearchParams({ query, limit: String(limit) });
      return (await call<{ messages: MailpitSummary[] }>(`${apiUrl}/v1/search?${params}`)).messages;
    },
    /** Polls the search until at least `count` messages match: Mailpit stores a message shortly after its 250 reply. */
    async waitFor(query: string, count = 1, timeoutMs = 15_000): Promise<MailpitSummary[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await this.search(query, Math.max(1000, count));
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async messages(limit = 1000): Promise<{ total: number; messages: MailpitSummary[] }> {
      return call(`${apiUrl}/v1/messages?limit=${limit}`);
    },
    message: (id: string) => call<MailpitMessage>(`${apiUrl}/v1/message/${encodeURIComponent(id)}`),
    headers: (id: string) => call<Record<string, string[]>>(`${apiUrl}/v1/message/${encodeURIComponent(id)}/headers`),
    deleteAll: () => call<void>(`${apiUrl}/v1/messages`, { method: 'DELETE' }),
    /** Needs Mailpit started with chaos enabled; omitted triggers are reset (never fire). */
    setChaos: (triggers: { Sender?: MailpitChaosTrigger; Recipient?: MailpitChaosTrigger }) =>
      call<unknown>(`${apiUrl}/v1/chaos`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(triggers),
      }),
  };
}

export type MailpitApi = ReturnType<typeof mailpitApi>;
