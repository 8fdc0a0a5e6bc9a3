/**
 * Answers a human must see right away: active competitor evaluation, churn threat, an unresolved
 * incident, legal or safety matters, distress. The moderator only documents; a person recovers.
 *
 * Each reason is reported at most once, quoting the respondent's sentence verbatim (an exact
 * substring of the answer). A cue is ignored when a negation stands within the three words before
 * it in the same clause ("we have no plan to cancel", "nous n'évaluons pas d'autre outil"); cues
 * that carry their own negation ("won't renew", "can't cope", "still not fixed") are written as
 * such and only look before themselves. English cues are always read too, because French answers
 * borrow them ("on va churn").
 */
import { ESCALATION_REASONS, type EscalationReason } from '@ladder/contracts';
import type { DetectedEscalation } from './types.js';
import { baseLanguage } from './language.js';

type Cues = Record<EscalationReason, RegExp[]>;

const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const cue = (source: string): RegExp => new RegExp(`${L}(?:${source})${R}`, 'giu');
/** For cues followed by a product name: case matters, so that 'evaluating Zendesk' counts and 'evaluating things' does not. */
const named = (source: string): RegExp => new RegExp(`${L}(?:${source})${R}`, 'gu');

const ALTERNATIVE_EN =
  String.raw`(?:another|a different|a new|other|alternative|competing|cheaper) ` +
  String.raw`(?:vendors?|providers?|tools?|platforms?|solutions?|products?|suppliers?)|alternatives|competitors?`;
const NAMED = String.raw`[A-Z][\p{L}\p{N}.&+-]*`;

const EN: Cues = {
  competitor_evaluation: [
    named(
      '(?:actively |currently |already )?' +
        '(?:evaluat(?:e|ing)|assess(?:ing)?|trial(?:l?ing)?|test(?:ing)?|pilot(?:ing)?|demo(?:ing)?|shortlist(?:ed|ing)?) ' +
        `(?:${ALTERNATIVE_EN}|${NAMED})`,
    ),
    named(`(?:free )?trial (?:with|of) (?:${ALTERNATIVE_EN}|${NAMED})`),
    named(`signed with|(?:moving|switching|migrating|going) (?:over )?to (?:${ALTERNATIVE_EN}|${NAMED})`),
    cue(String.raw`rfp|request for proposals?|tender|proof of concept with|poc with`),
    cue(`(?:talking|talks) to (?:${ALTERNATIVE_EN})`),
  ],
  churn_risk: [
    String.raw`cancel(?:l?ing|l?ed)? (?:the |our |my |this |your )?(?:subscription|contract|account|licen[cs]es?|plan|service|renewal)|` +
      String.raw`(?:going to|gonna|will|might|plan to|want to|have to|about to|'ll) cancel|cancellation`,
    String.raw`(?:not|never) (?:be )?renew(?:ing)?|not going to renew|won't (?:be )?renew(?:ing)?|` +
      String.raw`(?:don't|do not|won't|will not) (?:plan|intend|want) to renew|no (?:plan|intention) to renew|` +
      String.raw`terminat(?:e|ing) (?:the |our |my )?(?:contract|subscription|account)`,
    String.raw`leav(?:e|ing) (?:you|your (?:product|platform|company))|churn(?:ing)?|` +
      String.raw`end (?:our|the) (?:subscription|contract)|pull(?:ing)? the plug|(?:moving|switching) away`,
  ].map(cue),
  unresolved_incident: [
    String.raw`still (?:down|broken|(?:not|isn't|is not|hasn't been|has not been|wasn't) (?:fixed|resolved|working)|` +
      String.raw`doesn't work|does not work|unresolved|` +
      String.raw`waiting (?:for|on) (?:a |an |the )?(?:fix|answer|response|reply|support|resolution|them)|failing|losing data)`,
    String.raw`(?:outage|incident|bug|issue|problem|ticket)s?(?: \w+){0,4} ` +
      String.raw`(?:not|never|hasn't been|has not been|wasn't|was never) (?:been )?(?:fixed|resolved|closed|answered)`,
    String.raw`(?:ticket|case)s? (?:\w+ ){0,3}open for (?:weeks|months|\d+ (?:days|weeks|months))|open for (?:weeks|months) now`,
    String.raw`data loss|lost (?:all |some |our |my )*(?:data|records|customer data)|ongoing outage|outage (?:is )?(?:still|ongoing)`,
  ].map(cue),
  legal_or_safety: [
    String.raw`lawyers?|attorneys?|legal action|lawsuit|sue|suing|litigation|take (?:you|this|them) to court|breach of contract`,
    String.raw`(?:gdpr|data protection|privacy) (?:breach|violation|complaint)|data breach|regulator`,
    String.raw`injur(?:y|ies|ed)|unsafe|dangerous|safety (?:issue|hazard|incident|risk)|someone (?:could|will) get hurt`,
  ].map(cue),
  distress: [
    String.raw`overwhelmed|(?:can't|cannot|can not) cope|not coping|panic(?:king|ked)?|burn(?:ed|t)[ -]out|burnout|hopeless|` +
      String.raw`crying|in tears|breaking down|at my wits'? end|falling apart`,
    String.raw`kill myself|end it all|hurt myself|self[- ]harm|suicid\w*|(?:don't|do not) want to (?:live|be here)|no way out`,
  ].map(cue),
};

const ALTERNATIVE_FR =
  String.raw`(?:d'autres|une autre|un autre|des) (?:solutions?|outils?|fournisseurs?|éditeurs?|plateformes?|offres?|prestataires?)|` +
  String.raw`(?:la |des |les )?concurrents?|(?:la )?concurrence|(?:des |une )?alternatives?`;

const FR: Cues = {
  competitor_evaluation: [
    named(
      `(?:évalu(?:ons|e|er)|test(?:ons|e|er)|compar(?:ons|e|er)|consult(?:ons|e|er)|regard(?:ons|e|er)) (?:${ALTERNATIVE_FR}|${NAMED})`,
    ),
    named(`(?:passer|passons|migrer|migrons|partir) (?:à|chez|vers|sur) (?:${ALTERNATIVE_FR}|${NAMED})`),
    cue(String.raw`appel d'offres?|en test avec|poc avec|pilote avec|signé avec`),
  ],
  churn_risk: [
    String.raw`résili\w*|(?:pas|plus) renouvel\w*|ne (?:pas |plus )?renouvel\w*|` +
      String.raw`mettre fin (?:au|à notre) (?:contrat|abonnement)|arrêter (?:le|notre) (?:contrat|abonnement)|` +
      String.raw`vous quitter|partir de chez vous|churn`,
  ].map(cue),
  unresolved_incident: [
    String.raw`toujours (?:en panne|cassé\w*|pas (?:résolu|réglé|corrigé)\w*|bloqué\w*|en attente)|` +
      String.raw`(?:panne|incident|bug|problème|ticket)s?(?: \S+){0,4} ` +
      String.raw`(?:jamais|toujours pas|pas encore) (?:été )?(?:résolu|réglé|corrigé|traité)\w*`,
    String.raw`ticket (?:\S+ ){0,3}ouvert depuis (?:des semaines|des mois|\d+ (?:jours|semaines|mois))|perte de données|` +
      String.raw`(?:perdu|perdre) (?:toutes )?(?:nos |mes |les )?données`,
  ].map(cue),
  legal_or_safety: [
    String.raw`avocats?|action en justice|procès|poursuivre en justice|poursuites|tribunal|mise en demeure|rupture de contrat|contentieux`,
    String.raw`(?:violation|infraction) (?:du |au )?rgpd|fuite de données|cnil|` +
      String.raw`blessures?|blessé\w*|dangereu\w*|pas sûr pour|mise en danger`,
  ].map(cue),
  distress: [
    String.raw`débordée?s?|submergée?s?|(?:je )?n'en peux plus|j'en peux plus|panique\w*|` +
      String.raw`burn-?out|épuisée?s?|désespérée?s?|je pleure|en larmes|à bout|je craque`,
    String.raw`me faire du mal|(?:je veux|envie d'|je vais) en finir(?! avec)|suicid\w*|plus envie de vivre`,
  ].map(cue),
};

const NEGATION = /(?:^|[^\p{L}])(?:not|no|never|without|nor|hardly|none|ne|n['’]\p{L}*|pas|jamais|aucun\w*|sans|\p{L}+n['’]t)$/iu;
const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s-\s|(?<![\p{L}])(?:but|and|so|because|if|although|mais|et|donc|car|parce que|si|alors)(?![\p{L}])/giu;
const NOT_ONLY = /\b(?:not only|non seulement)\b/giu;

/** True when a negation stands in the three words before `index`, within the same clause. */
function negatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index).replace(NOT_ONLY, ' ');
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks[breaks.length - 1];
  const clause = last ? before.slice((last.index ?? 0) + last[0].length) : before;
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-3);
  return words.some((word) => NEGATION.test(` ${word.replace(/[^\p{L}'’]/gu, '')}`));
}

/** Sentences with their exact text, trimmed, in order. */
export function sentencesOf(answer: string): string[] {
  return (answer.match(/[^.!?…\n]+[.!?…]*/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

function firstHit(sentences: string[], patterns: RegExp[]): string | null {
  for (const sentence of sentences) {
    // Same length, so indices stay valid: a sentence-initial capital must not pass for a product name.
    const lowered = sentence.charAt(0).toLowerCase() + sentence.slice(1);
    for (const pattern of patterns) {
      for (const match of lowered.matchAll(pattern)) {
        if (!negatedAt(sentence, match.index ?? 0)) return sentence;
      }
    }
  }
  return null;
}

export function detectEscalations(answer: string, language: string): DetectedEscalation[] {
  const sentences = sentencesOf(answer);
  const lexicons = baseLanguage(language) === 'fr' ? [FR, EN] : [EN];
  const found: DetectedEscalation[] = [];
  for (const reason of ESCALATION_REASONS) {
    const quote = firstHit(
      sentences,
      lexicons.flatMap((lexicon) => lexicon[reason]),
    );
    if (quote) found.push({ reason, quote });
  }
  return found;
}
