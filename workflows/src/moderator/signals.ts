/**
 * What one answer tells the policy, from its text alone: how long, how concrete, how charged,
 * whether it names alternatives, organisational dynamics or dates, whether it is thin, and whether
 * it reaches a root motivation. Lexicons exist for English and French (here), German, Spanish and
 * Portuguese (signal-lexicons.ts); any other language is read with the English lexicon (numbers,
 * capitals and punctuation still count).
 */
import type { AnswerSignals } from './types.js';
import { offlineLanguage, type OfflineLanguage } from './language.js';
import { DE, ES, PT } from './signal-lexicons.js';

export interface Lexicon {
  intensity: RegExp;
  dates: RegExp;
  durations: RegExp;
  frequency: RegExp;
  money: RegExp;
  concrete: RegExp;
  /** Cue + capitalised name: group 1 is the name. */
  competitorNamed: RegExp;
  competitorGeneric: RegExp;
  organisational: RegExp;
  timeline: RegExp;
  thin: RegExp;
  /** Capitalised words that are not names (sentence openers, days...). */
  notNames: Set<string>;
}

const NAME_WORDS = String.raw`(?:[A-Z][\w.&+-]*|[a-z]+[A-Z][\w.&+-]*)(?:\s+[A-Z][\w.&+-]*){0,2}`;
const NAME = `(${NAME_WORDS})`;
const DURATION_UNITS_EN = 'seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?';
const NUMBER_WORDS_EN = String.raw`\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a couple of`;
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const MONTHS_FR = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

const EN: Lexicon = {
  intensity:
    /\b(hate[sd]?|love[sd]?|furious|angry|livid|frustrat\w*|annoy\w*|awful|terrible|horrible|nightmare|disaster|unacceptable|ridiculous|absurd|useless|fantastic|amazing|brilliant|incredible|absolutely|totally|completely|extremely|seriously|so much|fed up|sick of|can't stand|disappointed|upset|worried|scared|stressed)\b/gi,
  dates: new RegExp(
    String.raw`\b(${MONTHS_EN})\b(?!\s+(?:I|we|be)\b)|` +
      String.raw`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (?:week|month|quarter|year)|Q[1-4]|20\d\d)\b|` +
      String.raw`\b\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\b`,
    'gi',
  ),
  durations: new RegExp(String.raw`\b(${NUMBER_WORDS_EN})\s+(${DURATION_UNITS_EN})\b|\b\d+\s*(h|d|min)\b`, 'gi'),
  frequency:
    /\b(?:once|twice|\w+ times) (?:a|an|per|every) (?:day|week|month|year|hour)\b|\bevery (?:day|week|month|morning|evening|time|sprint|release|monday|tuesday|wednesday|thursday|friday)\b|\b(?:daily|weekly|monthly)\b/gi,
  money:
    /[$€£]\s?\d|\d\s?[$€£k]\b|\b\d+\s*(dollars|euros|pounds|per seat|a seat|per user|a month|a year)\b|\b(budget|invoice|licen[cs]e fee|price increase)\b/gi,
  concrete:
    /\b(reports?|reporting|exports?|dashboards?|invoices?|tickets?|integrations?|api|login|sso|onboarding|migration|releases?|updates?|sync|fields?|workflows?|notifications?|emails?|spreadsheets?|csv|pdf|customers?|clients?|deals?|pipeline|renewal|contract|seats?|users?|team|manager|calls?|meetings?|demo|roadmap|bugs?|outage|downtime|crash\w*|errors?)\b/gi,
  competitorNamed: new RegExp(
    String.raw`\b(?:switch(?:ed|ing)? (?:over )?to|mov(?:e|ed|ing) (?:over )?to|migrat(?:e|ed|ing) to|` +
      String.raw`look(?:ed|ing)? at|evaluat(?:e|ed|ing)|trial(?:l?ed|l?ing)?(?: of| with)?|went with|go(?:ing)? with|signed with|` +
      String.raw`replac(?:e|ed|ing) (?:you|it|them) with|compared (?:to|with)|using|demo(?:s|ed)? (?:of|from|with)|` +
      String.raw`(?:tools?|products?|vendors?|something|options?|platforms?|solutions?|someone) like|tr(?:y|ied|ying)(?: out)?|` +
      String.raw`(?:competitors?|vendors?|alternatives?|providers?),?(?: called| named)?|(?:proposal|quote|demo) from|` +
      // "asked Acme for a quote": the name sits between the cue and what was asked for.
      String.raw`ask(?:ed|ing)(?=\s+${NAME_WORDS}\s+for (?:a |an )?(?:quote|proposal|demo|pricing|price|offer|trial)))\s+${NAME}`,
    'g',
  ),
  competitorGeneric:
    /\b(another (?:vendor|provider|supplier|tool|platform|solution|product)|other (?:vendors|providers|tools|platforms|solutions|products)|a competitor|competitors?|(?:an )?alternatives?|a cheaper option)\b/gi,
  organisational:
    /\b(leadership|management|(?:our|my|the|new) (?:ceo|cfo|cto|cio|coo|vp|vice president|director|head of \w+|boss|manager|board)|procurement|purchasing|finance team|legal team|security team|it team|it department|another team|other teams?|the \w+ team|champion|(?:who|that) (?:left|quit)|left the company|reorg\w*|reorgani[sz]ation|restructur\w*|budget cuts?|merger|acquisition|acquired|sign[- ]off|approval|stakeholders?|politics|internal(?:ly)?)\b/gi,
  timeline: new RegExp(
    String.raw`\b(since (?:${MONTHS_EN}|last|the|we|then|\d)|(?:${NUMBER_WORDS_EN}) (?:${DURATION_UNITS_EN}) ago|ago\b|` +
      String.raw`last (?:week|month|quarter|year|time)|next (?:week|month|quarter|year)|this (?:quarter|year)|` +
      String.raw`yesterday|recently|for (?:weeks|months|years)|renewal|deadline|by the end of|` +
      String.raw`(?:in|until|before|after) (?:${MONTHS_EN}|Q[1-4]|20\d\d))\b`,
    'gi',
  ),
  thin: /^(?:i\s+)?(?:don'?t know|dunno|not sure|no idea|nothing(?: really| much| special)?|fine|ok(?:ay)?|good|great|no|yes|nope|meh|n\/a|none|same|hard to say|can'?t say|no comment|not really|it'?s (?:fine|ok(?:ay)?|good)|all good|nothing to add|nothing comes to mind)\b/i,
  notNames: new Set([
    'I',
    "I'm",
    "I've",
    'The',
    'A',
    'An',
    'It',
    'We',
    'Our',
    'My',
    'This',
    'That',
    'They',
    'You',
    'Your',
    'But',
    'And',
    'So',
    'Then',
    'When',
    'If',
    'Well',
    'Yes',
    'No',
    'Ok',
    'OK',
    ...(
      'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
      'January February March April May June July August September October November December'
    ).split(' '),
  ]),
};

const FR: Lexicon = {
  intensity:
    /(?<!\p{L})(déteste\w*|adore\w*|furieu\w*|en colère|énervé\w*|frustr\w*|agaç\w*|horrible|affreu\w*|terrible|cauchemar|catastroph\w*|inadmissible|inacceptable|ridicule|absurde|inutile|génial\w*|formidable|incroyable|absolument|totalement|complètement|vraiment|extrêmement|marre|ras le bol|déçu\w*|inquiet\w*|stress\w*)(?!\p{L})/giu,
  dates: new RegExp(
    String.raw`(?<!\p{L})(${MONTHS_FR}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|` +
      String.raw`la semaine dernière|le mois dernier|l'an dernier|l'année dernière|T[1-4]|20\d\d)(?!\p{L})|` +
      String.raw`\b\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\b`,
    'giu',
  ),
  durations:
    /(?<!\p{L})(\d+|un|une|deux|trois|quatre|cinq|six|dix|quinze|plusieurs|quelques)\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|trimestres?|ans?|années?)(?!\p{L})|\b\d+\s*(h|j|min)\b/giu,
  frequency:
    /(?<!\p{L})(?:(?:une|deux|trois|\d+|plusieurs) fois par (?:jour|semaine|mois|an)|chaque (?:jour|semaine|mois|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|sprint)|tous les (?:jours|matins|soirs|lundis|mardis|mercredis|jeudis|vendredis|mois)|toutes les semaines|quotidien\w*|hebdomadaire\w*|mensuel\w*)(?!\p{L})/giu,
  money:
    /[$€£]\s?\d|\d\s?[$€£k]|(?<!\p{L})(\d+\s*(euros?|dollars?|par licence|par utilisateur|par mois|par an)|budget|facture\w*|prix|tarif\w*|licences?)(?!\p{L})/giu,
  concrete:
    /(?<!\p{L})(rapports?|exports?|tableaux? de bord|factures?|tickets?|intégrations?|api|connexion|sso|onboarding|migration|mises? à jour|synchro\w*|champs?|notifications?|e-?mails?|tableurs?|csv|pdf|clients?|contrats?|renouvellement|licences?|utilisateurs?|équipe|réunions?|démo|feuille de route|bugs?|bogues?|panne|plantages?|erreurs?)(?!\p{L})/giu,
  competitorNamed: new RegExp(
    String.raw`(?:passer (?:à|chez|sur)|pass(?:é|ons|er) (?:à|chez|sur)|migr(?:er|ons|é) (?:vers|sur)|` +
      String.raw`regard(?:ons|é|er|e) (?:du côté de\s+)?|évalu(?:ons|er|é|e)|test(?:ons|er|é) |essai(?:e|er|é) |signé avec|choisi|` +
      String.raw`comparé (?:à|avec)|utilis(?:ons|er|e) (?:plutôt\s+)?|comme|essayé|concurrents?,?|` +
      String.raw`demand(?:é|er|ons) (?:un devis|une proposition) à)\s*${NAME}`,
    'gu',
  ),
  competitorGeneric:
    /(?<!\p{L})(un autre (?:fournisseur|prestataire|outil|éditeur|produit)|une autre (?:solution|plateforme|offre)|d'autres (?:fournisseurs|outils|solutions|éditeurs)|(?:un |les |des )?concurrents?|la concurrence|(?:une |des )?alternatives?)(?!\p{L})/giu,
  organisational:
    /(?<!\p{L})(la direction|direction générale|(?:notre|mon|ma|le|la|nouveau|nouvelle) (?:pdg|daf|dsi|cto|directeur|directrice|responsable|manager|chef|patron|comité de direction)|les achats|service (?:achats|juridique|informatique)|l'informatique|une autre équipe|d'autres équipes|l'équipe \w+|champion|(?:qui|est) parti\w*|a quitté|réorganisation|restructuration|coupes? budgétaires?|fusion|rachat|racheté\w*|validation|arbitrage|politique interne|en interne)(?!\p{L})/giu,
  timeline: new RegExp(
    String.raw`(?<!\p{L})(depuis|il y a|la semaine dernière|le mois dernier|l'an dernier|l'année dernière|le trimestre dernier|` +
      String.raw`ce trimestre|cette année|le mois prochain|l'an prochain|hier|récemment|pendant des (?:semaines|mois)|` +
      String.raw`renouvellement|échéance|d'ici (?:la fin|${MONTHS_FR}|\d)|(?:en|avant|après|jusqu'en) (?:${MONTHS_FR}|20\d\d))(?!\p{L})`,
    'giu',
  ),
  thin: /^(?:je (?:ne )?sais pas|j'sais pas|sais pas|aucune idée|pas d'idée|rien(?: de (?:spécial|particulier|plus))?|pas (?:vraiment|sûre?|grand-chose)|bof|ça va|ok|d'accord|oui|non|bien|correct|pareil|difficile à dire|je ne vois pas|rien à ajouter|sans commentaire)(?!\p{L})/iu,
  notNames: new Set([
    'Je',
    "J'ai",
    'Le',
    'La',
    'Les',
    'Un',
    'Une',
    'Il',
    'Elle',
    'On',
    'Nous',
    'Notre',
    'Mon',
    'Ma',
    'Ce',
    'Cette',
    'Mais',
    'Et',
    'Donc',
    'Alors',
    'Quand',
    'Si',
    'Oui',
    'Non',
    'Ok',
    'OK',
  ]),
};

const LEXICONS: Record<OfflineLanguage, Lexicon> = { en: EN, fr: FR, de: DE, es: ES, pt: PT };

export const lexiconFor = (language: string): Lexicon => LEXICONS[offlineLanguage(language)];

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
const clamp01 = (value: number): number => Math.max(0, Math.min(1, Math.round(value * 100) / 100));

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Capitalised words inside a sentence (not its first word): product, team or company names. */
function namedThings(text: string, lexicon: Lexicon): number {
  let names = 0;
  for (const sentence of text.split(/[.!?\n]+/)) {
    const words = sentence.trim().split(/\s+/).slice(1);
    names += words.filter((w) => /^[A-Z][\p{L}\d.&+-]+$/u.test(w) && !/^[A-Z]+$/.test(w.slice(0, 4)) && !lexicon.notNames.has(w)).length;
    names += words.filter((w) => /^[A-Z]{2,6}s?$/.test(w) && w !== 'I').length; // acronyms: SSO, CRM, API
  }
  return names;
}

function specificityOf(text: string, lexicon: Lexicon): number {
  const numbers = count(text, /\d+/g);
  const score =
    0.2 * Math.min(numbers, 2) +
    0.25 * Math.min(count(text, lexicon.dates), 1) +
    0.25 * Math.min(count(text, lexicon.durations), 1) +
    0.2 * Math.min(count(text, lexicon.frequency), 1) +
    0.25 * Math.min(count(text, lexicon.money), 1) +
    0.15 * Math.min(namedThings(text, lexicon), 2) +
    0.1 * Math.min(count(text, lexicon.concrete), 3);
  return clamp01(score);
}

function emotionOf(text: string, lexicon: Lexicon): number {
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (w) => !/^(API|SSO|CRM|CSV|PDF|ERP|SLA|CEO|CFO|CTO|CIO|COO|DSI|DAF|PDG|RGPD|GDPR|SAP|AWS|UI|UX)$/.test(w),
  ).length;
  const score = 0.25 * Math.min(count(text, lexicon.intensity), 3) + 0.15 * Math.min(count(text, /!/g), 2) + 0.2 * Math.min(shouted, 2);
  return clamp01(score);
}

/** Products or vendors the answer names after a comparison or evaluation cue ("switching to Zendesk"), verbatim. */
export function namedCompetitorsIn(text: string, language: string): string[] {
  const lexicon = lexiconFor(language);
  const found: string[] = [];
  for (const match of text.matchAll(lexicon.competitorNamed)) {
    const name = match[1].replace(/[.,;:]+$/, '');
    const first = name.split(/\s+/)[0];
    if (lexicon.notNames.has(first) || EN.notNames.has(first)) continue;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** Competitor references without a name ("another vendor", "alternatives", "un autre outil"), as written. */
export function genericCompetitorsIn(text: string, language: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(lexiconFor(language).competitorGeneric)) {
    if (!found.some((f) => f.toLowerCase() === match[0].toLowerCase())) found.push(match[0]);
  }
  return found;
}

const ARTICLES = new Set('the a an le la les un une des el los las una o os as um uma der die das den dem ein eine einen'.split(' '));

/**
 * A competitor reference that names nothing: once the generic words of the language's lexicon (or
 * English's) and articles are taken out, nothing with a capital letter is left ("alternatives",
 * "another vendor", "la competencia", "a cheaper tool").
 */
export function isGenericCompetitor(phrase: string, language: string): boolean {
  const rest = [lexiconFor(language), EN].reduce((text, lexicon) => text.replace(lexicon.competitorGeneric, ' '), phrase);
  const words = rest.split(/[^\p{L}\p{N}.&+-]+/u).filter((w) => w && !ARTICLES.has(w.toLowerCase()));
  return !words.some((w) => /\p{Lu}/u.test(w));
}

/** Alternatives the answer names after a cue ("switching to Zendesk"), else the generic words it uses ("another vendor"). */
export function competitorsIn(text: string, language: string): string[] {
  const found = namedCompetitorsIn(text, language);
  for (const phrase of genericCompetitorsIn(text, language)) {
    if (!found.some((f) => f.toLowerCase() === phrase.toLowerCase())) found.push(phrase);
  }
  return found;
}

/** A stock non-answer ("fine", "I don't know", "bof"), whatever its length. */
export function isStockAnswer(text: string, language: string): boolean {
  const trimmed = text.trim().replace(/^(?:well|hmm+|um+|euh|eh bien|honestly|honnêtement)[,.\s]+/i, '');
  return wordCount(text) <= 8 && lexiconFor(language).thin.test(trimmed);
}

/**
 * Phrases that answer nothing, in English, French, German, Spanish and Portuguese (read whatever the
 * interview's language: they are whole answers, so a borrowed "idk" or "nada" still counts).
 * "Fine", "ok" or "good" are not among them: they say how the respondent feels about something.
 */
const NON_ANSWER_PHRASE = [
  // en
  String.raw`(?:i )?(?:really )?(?:don'?t|do not|dont) know|idk|dunno|no idea|not sure|(?:i'?m|i am) not sure|no clue|` +
    String.raw`no|nope|nah|none|nothing(?: really| much| special| else| to add| to say| comes to mind)?|n/?a|no comment|` +
    String.raw`pass|skip|can'?t say|hard to say|not really|whatever|meh|shrugs?|yes|yeah|yep|sure|same|no thanks|nothing,? thanks|` +
    String.raw`that'?s (?:all|it|everything)`,
  // fr
  String.raw`(?:je )?(?:ne )?sais pas|j'sais pas|chais pas|aucune idée|pas d'idée|pas (?:vraiment|sûre?|grand-chose)|` +
    String.raw`rien(?: de (?:spécial|particulier|plus))?(?: à (?:ajouter|dire|signaler))?|` +
    String.raw`non|nan|bof|je ne vois pas|sans commentaire|je passe|oui|ouais|aucun(?:e)?|c'est tout|rien d'autre`,
  // de, es, pt
  String.raw`(?:ich )?weiß (?:es )?nicht|weiss nicht|keine ahnung|nein|nichts|k\.? ?a\.?|` +
    String.raw`no sé|ni idea|nada|no lo sé|ninguno|não sei|nao sei|sei lá|não|nao|nenhum`,
].join('|');
const FILLER =
  String.raw`well|hmm+|um+|uh+|euh|bah|ben|honestly|honnêtement|really|sorry|désolée?|` +
  String.raw`tbh|lol|i guess|thanks|merci|not at all|pas du tout`;
const NON_ANSWER = new RegExp(
  String.raw`^(?:(?:${FILLER})[\s,.;!…-]+)*(?:${NON_ANSWER_PHRASE})(?:[\s,.;!…-]+(?:${NON_ANSWER_PHRASE}|${FILLER}))*$`,
  'iu',
);

/**
 * A non-answer: nothing but "idk", "no", "nothing", "n/a", "not sure", a shrug (or no words at all:
 * "🤷", "?", "..."), possibly two of them ("no, nothing"). A terse answer with content ("slow
 * sometimes", "reports", "no reporting") is not one.
 */
export function isNonAnswer(text: string): boolean {
  const clean = text
    .trim()
    .replace(/[’`]/g, "'")
    .replace(/[\s.!?…,;:)(*"“”«»-]+$/u, '')
    .replace(/^[\s.!?…,;:)(*"“”«»-]+/u, '')
    .replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(clean)) return true;
  return NON_ANSWER.test(clean);
}

/** Thin: too short to work with, or a stock non-answer with nothing concrete after it. */
function isThin(text: string, words: number, specificity: number, language: string): boolean {
  if (words < 4) return true;
  return isStockAnswer(text, language) && specificity < 0.3;
}

export function analyseAnswer(text: string, language: string): AnswerSignals {
  const lexicon = lexiconFor(language);
  const words = wordCount(text);
  const specificity = specificityOf(text, lexicon);
  return {
    words,
    specificity,
    emotion: emotionOf(text, lexicon),
    competitors: competitorsIn(text, language),
    organisational: count(text, lexicon.organisational) > 0,
    timeline: count(text, lexicon.timeline) > 0,
    thin: isThin(text, words, specificity, language),
  };
}
