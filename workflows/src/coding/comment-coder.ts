/**
 * The survey's free-text comment ("why did you give that score?"), coded like the first answer of an
 * interview: the same offline coder reads it as the respondent's answer to the surface question, so
 * the driver it finds is the stated driver, with the sentence that names it as the verbatim quote.
 *
 * Comments are coded offline only, whether or not the worker has Mistral: they arrive by the
 * thousand with every survey export, are a sentence or two long, and are there so segment views have
 * something before any interview happens; the interview, coded by the model, is the deep reading.
 */
import type { Sentiment } from '@ladder/contracts';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { codeTranscriptOffline, type CodableTurn } from './offline-coder.js';
import { sentimentOf } from './sentiment.js';

export interface CommentCoding {
  driverKey: string | null;
  sentiment: Sentiment;
  /** The sentence of the comment that names the driver, verbatim; null when no driver was found. */
  quote: string | null;
  coder: 'offline';
}

/** What the survey asked before the comment box: the question the comment answers. */
const SURVEY_QUESTION = 'What is the main reason for your score?';

export function codeComment(comment: string, taxonomy: TaxonomyContent, taxonomyVersion: number, language: string): CommentCoding {
  const transcript: CodableTurn[] = [
    { seq: 1, role: 'moderator', text: SURVEY_QUESTION, phase: 'surface', ladderLevel: 0 },
    { seq: 2, role: 'respondent', text: comment, phase: 'surface', ladderLevel: 0 },
  ];
  const coding = codeTranscriptOffline({ transcript, taxonomy, taxonomyVersion, language });
  const driverKey = coding.statedDriverKey;
  const quote = coding.excerpts.find((e) => e.driverKey === driverKey)?.quote ?? null;
  return { driverKey, sentiment: sentimentOf(comment, language).label, quote, coder: 'offline' };
}
