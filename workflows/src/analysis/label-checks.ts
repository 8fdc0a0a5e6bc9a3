/**
 * What makes a theme label unfit to print: empty, too long, only function words, or a clipped
 * fragment: it starts or ends on a function word (an article may start it, "The export"), ends on a
 * verb ("internally talks"), or a comma joins something that is not a noun phrase ("learnt to work,
 * cost"), or its phrase is one generic word ("Competitive alternatives: point"). Verbs are found by
 * the language's part-of-speech tagger (taggers.ts); languages without one get the word-list checks
 * only. Offline labels, the model's labels and the summary eval share it.
 */
import { baseLanguage } from '../moderator/language.js';
import { tagTerms, type TaggedTerm } from './taggers.js';

export const MAX_LABEL_WORDS = 6;
export const MAX_LABEL_CHARS = 48;

/** Words a label may start with: articles ("The export keeps failing" reads well). */
const ARTICLES: Record<string, string> = {
  en: 'a an the',
  fr: "le la les l' un une",
  de: 'der die das den dem des ein eine einen einem einer eines',
  es: 'el la los las un una unos unas',
  pt: 'o a os as um uma uns umas',
};

/** Prepositions, conjunctions, pronouns and possessives, auxiliaries: a label neither starts nor ends on one. */
const FUNCTION_WORDS: Record<string, string> = {
  en: `about above across after against along among around as at before behind below between beyond by despite down
    during except for from in inside into near of off on onto out over past per since than through till to toward
    towards under until up upon via with within without and but or nor so yet because although though if unless while
    whereas whether that i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs this these those who whom whose which what is are was were be been being am do does did have has had will
    would shall should can could may might must not no very just also too`,
  fr: `de d' du des à au aux en dans par pour sur sous avec sans chez entre vers contre depuis pendant avant après et
    ou mais donc ni car que qu' qui quoi dont où si je j' tu il elle on nous vous ils elles me m' te t' se s' lui leur
    leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce c' cet cette ces est sont était a ont être avoir ne
    n' pas plus très`,
  de: `und oder aber denn sondern dass weil wenn ob als wie mit von vom zu zum zur bei beim nach aus für auf an in im am
    um über unter vor hinter neben zwischen durch gegen ohne seit bis ich du er sie es wir ihr mich mir uns euch ihn
    ihm ihnen mein meine meinen unser unsere unseren dein sein seine ist sind war waren hat haben wird werden nicht
    kein keine sehr`,
  es: `de del al a en con sin por para sobre entre hasta desde hacia según y e o u pero ni que si porque aunque como
    cuando donde yo tú él ella nosotros vosotros ellos ellas me te se nos le les lo mi mis tu tus su sus nuestro
    nuestra nuestros nuestras es son está están fue ha han no muy`,
  pt: `de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem sobre entre até desde e ou
    mas nem que se porque como quando onde eu tu ele ela nós vós eles elas me te lhe lhes meu minha meus minhas seu
    sua seus suas nosso nossa nossos nossas é são está estão foi tem têm não muito`,
};

/**
 * Generic ("light") nouns: alone after a driver they say nothing ("Competitive alternatives: point",
 * "Trust and accountability: vendor"); inside a longer phrase they are fine ("point of contact").
 */
const LIGHT_NOUNS: Record<string, string> = {
  en: `thing things point points way ways lot lots bit kind sort stuff time times team teams people person vendor
    vendors company companies product products one ones part parts day days week weeks month months year years something
    anything everything issue issues problem problems case cases fact end side place reason reasons`,
  fr: `chose choses truc trucs point points façon manière fois temps équipe équipes gens personne personnes fournisseur
    fournisseurs entreprise entreprises produit produits partie parties jour jours semaine semaines mois an ans année
    années problème problèmes cas fait côté raison raisons`,
  de: `ding dinge sache sachen punkt punkte art weise mal zeit team teams leute person personen anbieter firma firmen
    unternehmen produkt produkte teil teile tag tage woche wochen monat monate jahr jahre problem probleme fall fälle
    seite grund gründe`,
  es: `cosa cosas punto puntos manera maneras forma formas vez veces tiempo equipo equipos gente persona personas
    proveedor proveedores empresa empresas producto productos parte partes día días semana semanas mes meses año años
    problema problemas caso casos lado razón razones`,
  pt: `coisa coisas ponto pontos maneira forma vez vezes tempo equipe equipes gente pessoa pessoas fornecedor empresa
    produto produtos parte partes dia dias semana semanas mês meses ano anos problema problemas caso casos lado razão`,
};

/**
 * English -ing words that name a process or a product area, so a label may end on one alone
 * ("Usability: reporting"). The tagger reads every -ing word as a verb form, "Billing" and
 * "believing" alike; after a driver, any other lone -ing word is a verb tail ("Trust: believing").
 */
const NOMINAL_GERUNDS = `accounting alerting auditing banking billing booking branding budgeting building consulting engineering
  exporting filtering forecasting formatting funding handling hosting importing integrating invoicing labeling labelling
  learning licensing listing logging mapping marketing meeting messaging monitoring networking offboarding onboarding
  packaging planning pricing printing processing provisioning rating reporting routing scheduling searching setting
  sharing shipping staffing syncing tagging testing ticketing tracking training upgrading`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const NOMINAL_GERUND_SET = words(NOMINAL_GERUNDS);
const LIGHT_SETS = Object.fromEntries(Object.entries(LIGHT_NOUNS).map(([k, v]) => [k, words(v)]));
const ARTICLE_SETS = Object.fromEntries(Object.entries(ARTICLES).map(([k, v]) => [k, words(v)]));
const FUNCTION_SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, words(v)]));

/** The word lists of a language; English for a language without its own (the model writes labels in the quotes' language). */
function listsOf(language: string): { articles: Set<string>; functionWords: Set<string> } {
  const base = baseLanguage(language) in FUNCTION_SETS ? baseLanguage(language) : 'en';
  return { articles: ARTICLE_SETS[base], functionWords: FUNCTION_SETS[base] };
}

/** Words of a label, lower-cased, without the punctuation around them; elided articles kept whole ("l'export"). */
export function labelWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Human-readable problems of a label; empty when it is fine to print. */
export function labelProblems(label: string, language: string): string[] {
  const text = label.trim().replace(/\s+/g, ' ');
  const all = labelWords(text);
  if (all.length === 0) return ['empty label'];
  const problems: string[] = [];
  if (all.length > MAX_LABEL_WORDS) problems.push(`too long: ${all.length} words (at most ${MAX_LABEL_WORDS})`);
  if (text.length > MAX_LABEL_CHARS) problems.push(`too long: ${text.length} characters (at most ${MAX_LABEL_CHARS})`);
  const { articles, functionWords } = listsOf(language);
  if (all.every((w) => articles.has(w) || functionWords.has(w))) return [...problems, 'only function words'];
  // "Driver: phrase" is two labels in one: each side must stand on its own.
  for (const part of text.split(/:\s+/)) problems.push(...fragmentProblems(part, language, articles, functionWords));
  const light = LIGHT_SETS[baseLanguage(language)] ?? LIGHT_SETS.en;
  const lastPart = labelWords(text.split(/:\s+/).at(-1) ?? '').filter((w) => !articles.has(w));
  if (lastPart.length === 1 && light.has(lastPart[0])) problems.push(`says nothing: "${lastPart[0]}" alone is a generic word`);
  if (text.includes(':') && lastPart.length === 1 && loneVerbForm(lastPart[0], language)) {
    problems.push(`verb tail: "${lastPart[0]}" alone reads as a verb`);
  }
  return [...new Set(problems)];
}

function fragmentProblems(part: string, language: string, articles: Set<string>, functionWords: Set<string>): string[] {
  const problems: string[] = [];
  const partWords = labelWords(part);
  const [first, last] = [partWords[0], partWords.at(-1)];
  if (!first || !last) return ['empty part around a colon'];
  if (functionWords.has(first)) problems.push(`clipped fragment: starts with "${first}"`);
  if (articles.has(last) || functionWords.has(last) || /'$/.test(last)) problems.push(`clipped fragment: ends with "${last}"`);
  // Tagged as a whole, so each word is read in its context ("seat" of "seat prices" is no verb).
  const tagged = tagTerms(part, language)?.flat() ?? null;
  if (tagged && endsOnVerb(tagged, functionWords)) problems.push(`verb tail: ends with the verb "${tagged.at(-1)?.text}"`);
  if (part.includes(',')) problems.push(...commaProblems(part, tagged, articles, functionWords));
  return problems;
}

/** A lone -ing word the tagger reads as a verb form and that names no process (English only: the tag is English). */
function loneVerbForm(word: string, language: string): boolean {
  if (baseLanguage(language) !== 'en' || NOMINAL_GERUND_SET.has(word)) return false;
  const [term] = tagTerms(word, language)?.flat() ?? [];
  return !!term && term.tags.has('Gerund') && !term.tags.has('Noun');
}

const isVerb = (t: TaggedTerm) => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');

/**
 * The last word is a verb. A third-person -s form right after a noun is read as a plural noun
 * instead: "renewal quotes" and "account manager changes" are compounds far more often in a label
 * than a subject and its verb; "internally talks" still is a verb tail.
 */
function endsOnVerb(terms: readonly TaggedTerm[], functionWords: Set<string>): boolean {
  const [before, last] = [terms.at(-2), terms.at(-1)];
  // One word alone is a noun in a label ("Billing", "Setup"), whatever the tagger reads.
  if (!before || !last || !isVerb(last) || functionWords.has(last.text.toLowerCase())) return false;
  if (/s$/i.test(last.text) && before.tags.has('Noun') && !before.tags.has('Pronoun')) return false;
  // An -ing form is a verb after a verb or adverb ("keeps failing"), a noun after anything else ("contract and licensing").
  return !last.tags.has('Gerund') || before.tags.has('Verb') || before.tags.has('Adverb');
}

/** A comma may only list noun phrases ("Seat prices, renewal terms"); anything else is a clause cut short. */
function commaProblems(part: string, tagged: readonly TaggedTerm[] | null, articles: Set<string>, functionWords: Set<string>): string[] {
  const pieces = part.split(',').map((p) => p.trim());
  // The tagged words of each piece: a new piece starts after a word written with a comma.
  const taggedPieces: TaggedTerm[][] = [[]];
  for (const term of tagged ?? []) {
    taggedPieces[taggedPieces.length - 1].push(term);
    if (term.post.includes(',')) taggedPieces.push([]);
  }
  const clipped = pieces.find((piece, k) => {
    const w = labelWords(piece);
    if (w.length === 0) return true;
    if (functionWords.has(w[0]) || functionWords.has(w.at(-1) ?? '') || articles.has(w.at(-1) ?? '')) return true;
    // A first word read alone is often tagged an imperative ("Seat prices"): verbs after it count.
    return (taggedPieces[k] ?? []).slice(1).some((t) => isVerb(t) && !functionWords.has(t.text.toLowerCase()));
  });
  return clipped === undefined ? [] : [`unbalanced comma clause: "${clipped}" is not a noun phrase`];
}
