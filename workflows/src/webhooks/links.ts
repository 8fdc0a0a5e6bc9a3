import type { WebhookEventType, WebhookPayload } from '@ladder/contracts';

/** Bases of the links a payload carries: the console (LADDER_PUBLIC_URL) and the API (LADDER_API_URL). */
export interface WebhookLinkBases {
  publicUrl: string;
  apiUrl: string;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * Links for a receiver to open what the event is about, built from its ids when it is sent (so
 * they follow the console's address): the study, the interview's transcript, the escalation queue,
 * the wave's themes and summary, the alert's study; `graphql` is where the ids can be queried.
 */
export function linksOf(type: WebhookEventType, data: Record<string, unknown>, bases: WebhookLinkBases): Record<string, string> {
  const studyId = str(data.studyId);
  const sessionId = str(data.sessionId);
  const links: Record<string, string> = { graphql: `${bases.apiUrl}/graphql` };
  if (!studyId) return links;
  const study = `${bases.publicUrl}/studies/${studyId}`;
  links.study = study;
  if (sessionId) links.transcript = `${study}/interviews/${sessionId}`;
  if (type.startsWith('escalation.')) links.escalations = `${study}/escalations`;
  if (type === 'analysis.completed') {
    links.themes = `${study}/themes`;
    links.summary = `${study}/summary`;
  }
  if (type === 'response.ingested' || type.startsWith('alert.')) links.segments = `${study}/segments`;
  return links;
}

/** The body sent for an event: the same bytes on every attempt while the link bases stay the same. */
export function webhookBody(
  event: { type: WebhookEventType; payload: Record<string, unknown>; createdAt: Date },
  bases: WebhookLinkBases,
): string {
  const body: WebhookPayload = {
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: { ...event.payload, links: linksOf(event.type, event.payload, bases) },
  };
  return JSON.stringify(body);
}
