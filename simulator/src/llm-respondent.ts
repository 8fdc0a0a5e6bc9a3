import { Mistral } from '@mistralai/mistralai';
import { answerFor, questionOf, type RespondentModel } from './offline-respondent.js';
import type { Persona } from './personas.js';

export interface MistralRespondentOptions {
  apiKey: string;
  /** Origin of a Mistral-compatible server (a self-hosted deployment, the local fake); default api.mistral.ai. */
  serverUrl?: string;
  model?: string;
  /** Per answer; past it the offline answer is used. Default 30 s. */
  timeoutMs?: number;
  /** Told about each fallback to the offline answer (the run goes on either way). */
  onFallback?: (error: unknown) => void;
}

export const DEFAULT_RESPONDENT_MODEL = 'mistral-small-latest';

/** The longest answer sent; the API refuses messages above its own limit (4000). */
const MAX_ANSWER_CHARS = 2000;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

const STYLE: Record<Persona['verbosity'], string> = {
  terse: 'You answer in one short sentence, sometimes two.',
  normal: 'You answer in two to four sentences.',
  verbose: 'You answer at length, four to six sentences, with details and asides.',
};

/**
 * The persona played by a model: the system prompt holds the hidden chain and the offline answer
 * as a suggestion (also as a `LADDER_PERSONA {json}` line, which the local fake Mistral server
 * echoes); the transcript so far is the conversation, the moderator being the user. Any failure
 * (network, quota, timeout, empty answer) falls back to the offline answer: a run never stops
 * because the model did.
 */
export function mistralRespondent(options: MistralRespondentOptions): RespondentModel {
  const client = new Mistral({
    apiKey: options.apiKey,
    serverURL: options.serverUrl?.trim().replace(/\/+$/, '').replace(/\/v1$/, '') || undefined,
    timeoutMs: options.timeoutMs ?? 30_000,
    retryConfig: { strategy: 'none' },
  });
  const model = options.model ?? DEFAULT_RESPONDENT_MODEL;
  return {
    kind: 'mistral',
    async answer(persona, transcript) {
      const { question, earlier } = questionOf(transcript);
      const offline = answerFor(persona, question, earlier);
      try {
        const response = await client.chat.complete({
          model,
          temperature: 0.7,
          maxTokens: 400,
          messages: [
            { role: 'system', content: personaPrompt(persona, offline) },
            ...transcript.map((turn) =>
              turn.role === 'moderator'
                ? { role: 'user' as const, content: turn.text }
                : { role: 'assistant' as const, content: turn.text },
            ),
          ],
        });
        const content = response.choices[0]?.message?.content;
        const text = (
          typeof content === 'string' ? content : (content ?? []).map((c) => (c.type === 'text' ? c.text : '')).join('')
        ).trim();
        if (!text) throw new Error('the model returned an empty answer');
        return text.slice(0, MAX_ANSWER_CHARS);
      } catch (error) {
        options.onFallback?.(error);
        return offline;
      }
    },
  };
}

export function personaPrompt(persona: Persona, nextAnswer: string): string {
  const a = persona.attributes;
  const company = [
    a.tier && `${a.tier} customer`,
    a.region && `in ${a.region}`,
    a.product_line && `using the ${a.product_line} product`,
    a.tenure_months && `for ${a.tenure_months} months`,
  ]
    .filter(Boolean)
    .join(' ');
  const marker: Record<string, unknown> = {
    respondentId: persona.respondentId,
    band: persona.band,
    score: persona.score,
    language: persona.answerLanguage,
    verbosity: persona.verbosity,
    chain: persona.chain,
    competitor: persona.competitor ?? null,
    urgent: persona.urgent ?? null,
    nextAnswer,
  };
  return [
    'You are role-playing a customer of a B2B software company answering a follow-up interview about their survey answer, in a text chat.',
    `You gave the product ${persona.score}/10 (a ${persona.band}).${company ? ` You are a ${company}.` : ''}`,
    `Answer in ${LANGUAGE_NAMES[persona.answerLanguage]}. ${STYLE[persona.verbosity]} ` +
      'Write as a person typing in a chat: plain text, no lists, no markdown.',
    'Your story, which you reveal gradually and only as deep as each question goes:',
    `- what you say first: ${persona.chain.stated}`,
    `- the concrete impact on your work: ${persona.chain.impact}`,
    `- what that leads to: ${persona.chain.consequence}`,
    `- the real reason underneath, said only when asked repeatedly why it matters to you: ${persona.chain.root}`,
    `- a recent example: ${persona.example}`,
    `- the one thing you would change: ${persona.change}`,
    persona.competitor
      ? `- you know a competitor, ${persona.competitor}; mention it when asked about alternatives.`
      : '- you have not looked at alternatives.',
    'Never say you are an AI or a persona. Do not ask questions back. Do not repeat the question.',
    `A good answer to the latest question would be close to: ${nextAnswer}`,
    `LADDER_PERSONA ${JSON.stringify(marker)}`,
  ].join('\n');
}
