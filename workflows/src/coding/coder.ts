/**
 * The one coding interface: callers hold a TranscriptCoder and never know which coder it is, so
 * the analysis activities can try Mistral and fall back to the offline coder with one code path.
 */
import type { CoderKind } from '@ladder/contracts';
import type { MistralChat } from '../llm/mistral-chat.js';
import {
  codeTranscriptWithMistral,
  MISTRAL_CODER_PROMPT_VERSION,
  type CoderResult,
  type CodingInput,
  type MistralCoderOptions,
} from './mistral-coder.js';
import { codeTranscriptOffline } from './offline-coder.js';

export type { CoderResult, CodingInput, CodingUsage } from './mistral-coder.js';

export interface TranscriptCoder {
  kind: CoderKind;
  /** A coding whose quotes are verbatim at their spans; a model-made one carries its usage. */
  code(input: CodingInput): Promise<CoderResult>;
}

/**
 * The offline coder's rules' version, recorded on each of its codings like a prompt version:
 * bump it whenever the lexicons or the stated/root rules change what a coding says.
 */
export const OFFLINE_CODER_VERSION = 'offline-2026.12.07';

/** What a coding records as its prompt version: the Mistral prompt's digest, or the offline rules' version. */
export const promptVersionOf = (coder: CoderKind): string => (coder === 'mistral' ? MISTRAL_CODER_PROMPT_VERSION : OFFLINE_CODER_VERSION);

export const offlineCoder: TranscriptCoder = {
  kind: 'offline',
  code: async (input) => codeTranscriptOffline(input),
};

/** Throws LlmError (see codeTranscriptWithMistral): the caller decides between retrying and falling back. */
export function mistralCoder(chat: MistralChat, options: MistralCoderOptions = {}): TranscriptCoder {
  return { kind: 'mistral', code: (input) => codeTranscriptWithMistral(chat, input, options) };
}
