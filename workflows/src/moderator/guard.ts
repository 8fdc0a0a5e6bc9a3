/**
 * The leading-question guard: the last check before a question reaches the respondent, whoever
 * wrote it (offline templates or the LLM). It catches
 * - yes/no shapes: an auxiliary opener ("Is the UI…", "Could you…"), an auxiliary clause after a
 *   non-question lead-in ("When you say X, is that…?"), a question with no question word at all
 *   ("You found it slow?"); in French "Est-ce que", an inversion without a question word before it
 *   ("Pensez-vous que…", "Le prix est-il…"), "n'est-ce pas";
 * - either-or options ("…, A or B?", "slow or unhelpful?" without a question word, "or not?");
 * - suggestion phrases ("the main problem", "would you say", "because of"…);
 * - loaded adjectives, unless the respondent used the word in their last answer;
 * - the guide's topics to avoid (keyword match).
 * In German, Spanish and Portuguese (the other offline languages): a question with no question word
 * ("Sind Sie zufrieden mit …?", "¿Le parece caro?", "O preço é alto?"), a verb opening a question
 * ("Können Sie …?", "¿Podría …?", "Você acha que …?") or a clause after a lead-in ("Wenn Sie das
 * sagen, ist das …?"), a confirmation tag ("…, oder?", "¿verdad?", "né?"), "oder"/"o"/"ou" options,
 * and each language's suggestions and loaded adjectives.
 * Quoted passages that repeat the respondent's last answer are the respondent's words, not ours:
 * only the topic check reads them. Yes/no and either-or shapes are checked in the five offline
 * languages; other languages get the language-neutral checks.
 */
import type { ComposedQuestion, GuardFinding, GuardResult } from './types.js';
import { baseLanguage } from './language.js';

export interface GuardContext {
  language: string;
  lastAnswer: string;
  topicsToAvoid: string[];
}

const EN_AUX =
  String.raw`(?:is|are|am|was|were|do|does|did|would|could|can|should|have|has|had|will|shall|may|might|must|` +
  String.raw`isn't|aren't|wasn't|weren't|don't|doesn't|didn't|wouldn't|couldn't|can't|shouldn't|haven't|hasn't|hadn't|won't)`;
const EN_OPENER = new RegExp(String.raw`^(?:(?:so|and|but|ok(?:ay)?|then|also|now|right|well)[,\s]+)*(${EN_AUX})\b`, 'i');
const EN_AUX_CLAUSE = new RegExp(String.raw`[,:;]\s*(${EN_AUX})\s+(?:you|it|that|this|they|there|the|we|your|he|she)\b`, 'gi');
const EN_QUESTION_WORD = /\b(?:what|how|why|which|who|whom|whose|where|when)\b/i;
const EN_QUESTION_WORD_STRICT = /\b(?:what|how|why|which|who|whom|whose|where)\b/i;

const FR_INVERSION = /(?<![\p{L}])(?!rendez-vous)(\p{L}+-(?:t-)?(?:vous|il|elle|on|ils|elles|je|tu|ce))(?![\p{L}])/giu;
/** "que" is a question word only as the opener ("Que s'est-il passé ?"); elsewhere it is mostly a conjunction ("Vous trouvez que… ?"). */
const FR_QUESTION_WORD =
  /(?<![\p{L}])(?:comment|pourquoi|quoi|quel|quelle|quels|quelles|où|combien|lequel|laquelle|lesquels|lesquelles|qui|quand)(?![\p{L}])|^(?:que(?![\p{L}])|qu['’])/iu;
const FR_QUESTION_WORD_BEFORE =
  /(?<![\p{L}])(?:comment|pourquoi|que|quoi|quel|quelle|quels|quelles|où|combien|lequel|laquelle|lesquels|lesquelles|qui)(?![\p{L}])|qu['’]|(?<![\p{L}])quand\s*$/iu;

const SUGGESTIONS = [
  /\b(?:the (?:main|real|biggest|root|underlying) (?:problem|issue|reason|cause)|would you say|wouldn't you say|don't you think|(?:would|wouldn't) you agree|i assume|i guess|i imagine|i suppose|presumably|surely|obviously|of course|isn't (?:it|that)|aren't (?:they|you)|because of|must (?:be|have been)|it sounds like|is it fair to say|(?:right|correct|true)\s*\?)|too (?:high|low|expensive|slow|complicated|complex|hard|difficult)\b/gi,
  /(?<![\p{L}])(?:le (?:principal|vrai|plus gros) problème|le problème principal|la (?:principale|vraie) raison|diriez-vous que|ne (?:pensez|trouvez)-vous pas|vous ne trouvez pas|n['’]est-ce pas|je suppose|j['’]imagine|je présume|sûrement|forcément|évidemment|bien sûr|à cause d(?:e|u|es|['’])|en raison d|vous (?:pensez|trouvez|diriez|croyez) que|(?:ça|cela) doit être|trop (?:cher|chère|élevée?s?|lente?s?|compliquée?s?|complexes?|difficiles?))(?![\p{L}])/giu,
];

const LOADED =
  /(?<![\p{L}])(?:terrible|awful|horrible|dreadful|frustrating|frustrated|annoying|annoyed|infuriating|amazing|awesome|fantastic|wonderful|excellent|perfect|broken|clunky|slow|expensive|overpriced|pricey|buggy|confusing|useless|painful|disappointing|disappointed|poor|bad|unreliable|difficult|complicated|outdated|ugly|cumbersome|mediocre|lousy|affreu(?:x|se)|frustrante?s?|frustrée?s?|énervante?s?|agaçante?s?|pénibles?|géniale?s?|formidables?|incroyables?|parfaite?s?|nulle?s?|cassée?s?|lente?s?|cher|chère|chers|onéreu(?:x|se)|compliquée?s?|lourde?s?|catastrophiques?|décevante?s?|déçue?s?|mauvaise?s?|buggée?s?|inutilisables?|médiocres?)(?![\p{L}])/giu;

/** Yes/no and either-or grammar of a language whose yes/no questions show no inversion we can parse (de, es, pt). */
interface Grammar {
  /** A verb that opens a question ("Sind Sie…?", "¿Podría…?", "Você acha…?"): a yes/no shape whatever follows. */
  opener: RegExp;
  /** A verb opening the clause after a lead-in ("Wenn Sie das sagen, ist das…?"), unless a question word stands before it. */
  clause: RegExp;
  questionWord: RegExp;
  questionWordStrict: RegExp;
  /** A confirmation tag at the end: "…, oder?", "¿verdad?", "…, né?". */
  tag: RegExp;
  or: string;
  notOption: RegExp;
  suggestions: RegExp;
  loaded: RegExp;
}

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const words = (list: string, flags = 'iu'): RegExp => new RegExp(`${B}(?:${list})${E}`, flags);

const DE_VERB =
  'sind|ist|war|waren|wäre|wären|haben|hat|hatte|hatten|hätte|hätten|können|kann|konnte|konnten|könnte|könnten|' +
  'würden|würde|werden|wird|wurde|wurden|sollten|sollte|müssen|muss|musste|müsste|müssten|dürfen|darf|gibt|gab|' +
  'finden|fanden|glauben|denken|meinen|halten|stimmt|wollen|möchten|fühlen|fühlten|empfinden|empfanden|kennen|' +
  'wissen|erinnern|sehen|sahen|nutzen|liegt|lag|geht|ging|hilft|half|betrifft|macht|machte|stört|störte|gefällt';
const ES_VERB =
  'es|está|están|son|fue|fueron|era|eran|estaba|estaban|estuvo|ha|han|había|hay|hubo|tiene|tienen|tuvo|puede|pueden|' +
  'podría|podrían|cree|creía|piensa|diría|le parece|le pareció|le gusta|le gustaría|se siente|siente|sintió|considera|' +
  'sería|debería|va|van|encuentra|nota|notó|recuerda|sabe|quiere|querría|afecta|afectó|influye|influyó';
const PT_VERB =
  'é|está|estão|são|foi|foram|era|eram|estava|estavam|tem|têm|teve|tinha|há|houve|existe|pode|podem|poderia|poderiam|' +
  'acha|achou|acredita|pensa|diria|concorda|sente|sentiu|considera|seria|deveria|vai|vão|gosta|gostaria|gostou|' +
  'lembra|sabe|quer|afeta|afetou|influencia|influenciou|nota|notou|percebe|percebeu';

const GRAMMARS: Record<'de' | 'es' | 'pt', Grammar> = {
  de: {
    opener: new RegExp(String.raw`^(?:(?:und|also|aber|gut|okay|ok|nun|dann)[,\s]+)*(?:${DE_VERB})${E}`, 'iu'),
    clause: new RegExp(String.raw`[,:;]\s*(?:${DE_VERB})\s+(?:Sie|es|das|dies|der|die|den|man|Ihr\w*|er|sie|ein\w*|Ihnen)${E}`, 'giu'),
    questionWord: words(
      'was|wie|warum|wieso|weshalb|weswegen|welche[rsnm]?|wer|wen|wem|wessen|wo|wann|wozu|wofür|woran|worauf|' +
        'wodurch|womit|worüber|wovon|woher|wohin|worin|inwiefern|inwieweit',
    ),
    questionWordStrict: words(
      'was|wie|warum|wieso|weshalb|weswegen|welche[rsnm]?|wer|wen|wem|wessen|wo|wann|wozu|wofür|woran|worauf|' +
        'wodurch|womit|worüber|wovon|woher|wohin|worin|inwiefern|inwieweit',
    ),
    tag: /(?:,\s*|\s)(?:oder|nicht wahr|stimmt['’]?s|richtig|gell|ne)\s*\?$/iu,
    or: 'oder',
    notOption: /(?<![\p{L}])(?:oder nicht|entweder\b.+\boder)(?![\p{L}])/iu,
    suggestions: words(
      String.raw`das (?:Haupt|eigentliche |wirkliche |größte )problem|der (?:Haupt|eigentliche |wahre )grund|die (?:Haupt|` +
        String.raw`eigentliche )ursache|` +
        String.raw`würden Sie sagen|finden Sie nicht|meinen Sie nicht|nicht wahr|ich nehme an|ich vermute|vermutlich|sicherlich|` +
        String.raw`offensichtlich|natürlich|wegen|aufgrund|(?:finden|glauben|denken|meinen) Sie,? dass|` +
        String.raw`(?:das|es) muss (?:\p{L}+ )?(?:gewesen sein|sein)|klingt,? als|zu (?:teuer|langsam|kompliziert|schwierig|hoch|niedrig|` +
        String.raw`umständlich)`,
      'giu',
    ),
    loaded: words(
      String.raw`(?:schrecklich|furchtbar|frustrierend|frustriert|nervig|ärgerlich|toll|großartig|fantastisch|wunderbar|perfekt|` +
        String.raw`kaputt|langsam|teuer|überteuert|umständlich|verwirrend|nutzlos|schmerzhaft|enttäuschend|enttäuscht|schlecht|` +
        String.raw`unzuverlässig|schwierig|kompliziert|veraltet|hässlich|mittelmäßig|katastrophal|mühsam|fehlerhaft)(?:e|en|er|es|em)?`,
      'giu',
    ),
  },
  es: {
    opener: new RegExp(String.raw`^(?:(?:y|entonces|pues|bueno|vale|así que)[,\s]+)*(?:usted\s+)?(?:${ES_VERB})${E}`, 'iu'),
    clause: new RegExp(String.raw`[,:;]\s*¿?\s*(?:usted\s+)?(?:${ES_VERB})${E}`, 'giu'),
    questionWord: words('qué|cómo|por qué|cuál|cuáles|quién|quiénes|dónde|adónde|cuándo|cuánto|cuánta|cuántos|cuántas'),
    questionWordStrict: words('qué|cómo|por qué|cuál|cuáles|quién|quiénes|dónde|adónde|cuánto|cuánta|cuántos|cuántas'),
    tag: /(?:,\s*|\s|¿)(?:verdad|no|cierto|no es así|no cree|sí o no)\s*\?$/iu,
    or: '(?:o|u)',
    notOption: /(?<![\p{L}])(?:o no|ya sea\b.+\bo)(?![\p{L}])/iu,
    suggestions: words(
      String.raw`el (?:principal|verdadero|mayor) problema|el problema (?:principal|de fondo)|la (?:principal|verdadera) (?:razón|causa)|` +
        String.raw`la razón principal|diría (?:usted )?que|no (?:cree|le parece|piensa) que|supongo|me imagino|imagino que|` +
        String.raw`seguramente|obviamente|evidentemente|por supuesto|claro que|debido a|por culpa de|a causa de|` +
        String.raw`(?:cree|piensa|le parece|considera) que|deb(?:e|ió) (?:de )?(?:haber sido|ser)|suena a|` +
        String.raw`demasiado (?:caro|cara|lento|lenta|complicado|complicada|difícil|alto|alta|bajo|baja)`,
      'giu',
    ),
    loaded: words(
      String.raw`terribles?|horribles?|frustrantes?|frustrad[oa]s?|molest[oa]s?|irritantes?|increíbles?|fantástic[oa]s?|geniales?|genial|` +
        String.raw`maravillos[oa]s?|perfect[oa]s?|rot[oa]s?|lent[oa]s?|car[oa]s?|confus[oa]s?|inútil(?:es)?|doloros[oa]s?|` +
        String.raw`decepcionantes?|decepcionad[oa]s?|mal[oa]s?|pésim[oa]s?|difícil(?:es)?|complicad[oa]s?|anticuad[oa]s?|fe[oa]s?|` +
        String.raw`engorros[oa]s?|mediocres?|desastros[oa]s?`,
      'giu',
    ),
  },
  pt: {
    opener: new RegExp(
      String.raw`^(?:(?:e|então|bem|bom|ok|certo)[,\s]+)*(?:(?:você|vocês|o senhor|a senhora)\s+)?(?:${PT_VERB})${E}`,
      'iu',
    ),
    clause: new RegExp(String.raw`[,:;]\s*(?:(?:você|vocês)\s+)?(?:${PT_VERB})${E}`, 'giu'),
    questionWord: words('^que|(?:o|por|de|em|para|com|a) que|qual|quais|quem|onde|aonde|quando|como|quant[oa]s?|por quê|porquê', 'iu'),
    questionWordStrict: words('^que|(?:o|por|de|em|para|com|a) que|qual|quais|quem|onde|aonde|como|quant[oa]s?|por quê|porquê', 'iu'),
    tag: /(?:,\s*|\s)(?:não é|né|certo|verdade|não acha|ou não)\s*\?$/iu,
    or: 'ou',
    notOption: /(?<![\p{L}])(?:ou não|seja\b.+\bou)(?![\p{L}])/iu,
    suggestions: words(
      String.raw`o (?:principal|verdadeiro|maior) problema|o problema principal|a (?:principal|verdadeira) (?:razão|causa)|` +
        String.raw`o motivo principal|(?:você )?diria que|não (?:acha|concorda|acredita) que|suponho|imagino que|presumo|` +
        String.raw`certamente|obviamente|evidentemente|claro que|com certeza|por causa d[oae]s?|devido a|` +
        String.raw`(?:acha|acredita|pensa|considera) que|deve ter sido|parece que|` +
        String.raw`(?:caro|cara|lento|lenta|complicado|complicada|difícil|alto|alta) demais|demasiado (?:caro|cara|lento|lenta|` +
        String.raw`complicado|complicada)`,
      'giu',
    ),
    loaded: words(
      String.raw`terrível|terríveis|horrível|horríveis|frustrantes?|frustrad[oa]s?|irritantes?|chat[oa]s?|incrível|incríveis|` +
        String.raw`fantástic[oa]s?|ótim[oa]s?|maravilhos[oa]s?|perfeit[oa]s?|quebrad[oa]s?|lent[oa]s?|car[oa]s?|confus[oa]s?|` +
        String.raw`inútil|inúteis|decepcionantes?|decepcionad[oa]s?|ruim|ruins|péssim[oa]s?|difícil|difíceis|complicad[oa]s?|` +
        String.raw`desatualizad[oa]s?|fei[oa]s?|medíocres?|desastros[oa]s?`,
      'giu',
    ),
  },
};

const TOPIC_GENERIC = new Set(
  (
    'itself themselves named offer offers other others thing things about related anything specific product products ' +
    'company people general question questions topic topics their your with from that this such like more less ' +
    'sur les des une dans pour avec'
  ).split(' '),
);

const normalise = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
const wordsOf = (text: string): string[] => normalise(text).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];

/** Replaces quoted passages that repeat the respondent's last answer, so our checks read only our own words. */
function maskRespondentQuotes(text: string, lastAnswer: string): string {
  const answer = normalise(lastAnswer).replace(/["“”«»]/g, '');
  return text.replace(/"([^"]+)"|“([^”]+)”|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/g, (whole, a?: string, b?: string, c?: string, d?: string) => {
    const inner = normalise(a ?? b ?? c ?? d ?? '');
    return inner && answer.includes(inner) ? '"…"' : whole;
  });
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim().replace(/^["“«„\s]+/, ''))
    .filter(Boolean);
}

function yesNoEnglish(sentence: string): string | null {
  const opener = EN_OPENER.exec(sentence);
  if (opener) return opener[0];
  if (!sentence.endsWith('?')) return null;
  for (const clause of sentence.matchAll(EN_AUX_CLAUSE)) {
    if (!EN_QUESTION_WORD_STRICT.test(sentence.slice(0, clause.index))) return clause[0].replace(/^[,:;]\s*/, '');
  }
  return EN_QUESTION_WORD.test(sentence) ? null : sentence;
}

function yesNoFrench(sentence: string): string | null {
  const estCeQue = /^(?:(?:alors|et|mais|donc|bon|d'accord)[,\s]+)*est-ce qu/i.exec(sentence);
  if (estCeQue) return estCeQue[0];
  const nestCePas = /n['’]est-ce pas/i.exec(sentence);
  if (nestCePas) return nestCePas[0];
  if (!sentence.endsWith('?')) return null;
  for (const inversion of sentence.matchAll(FR_INVERSION)) {
    if (!FR_QUESTION_WORD_BEFORE.test(sentence.slice(0, inversion.index))) return inversion[0];
  }
  return FR_QUESTION_WORD.test(sentence) ? null : sentence;
}

function eitherOr(sentence: string, french: boolean): string | null {
  if (!sentence.endsWith('?')) return null;
  const or = french ? 'ou' : 'or';
  const notOption = french ? /\b(?:ou (?:pas|non)|soit\b.+\bsoit)\b/i : /\b(?:or not|either\b.+\bor)\b/i;
  const explicit = notOption.exec(sentence);
  if (explicit) return explicit[0];
  const options = new RegExp(String.raw`(?:^|[,:;]\s*|\s)([^,:;?]{1,60}?\s${or}\s[^,:;?]{1,60})\s*\?$`, 'iu').exec(sentence);
  if (!options) return null;
  const listed = new RegExp(String.raw`[,:;]\s*[^,:;?]{1,60}\s${or}\s[^,:;?]{1,60}\?$`, 'iu').test(sentence);
  const open = french ? FR_QUESTION_WORD.test(sentence) : EN_QUESTION_WORD.test(sentence);
  return listed || !open ? options[1].trim() : null;
}

/** The question proper: in Spanish the part from its last "¿" ("Cuando dice eso, ¿cómo…?"), else the whole sentence. */
const questionPart = (sentence: string): string => sentence.slice(Math.max(0, sentence.lastIndexOf('¿'))).replace(/^¿\s*/, '');

function yesNoOther(sentence: string, grammar: Grammar): string | null {
  if (!sentence.endsWith('?')) return null;
  const question = questionPart(sentence);
  const tag = grammar.tag.exec(question);
  if (tag) return tag[0].replace(/^[,\s¿]+/, '');
  const opener = grammar.opener.exec(question);
  if (opener) return opener[0];
  for (const clause of sentence.matchAll(grammar.clause)) {
    if (!grammar.questionWordStrict.test(sentence.slice(0, clause.index))) return clause[0].replace(/^[,:;]\s*/, '');
  }
  return grammar.questionWord.test(question) ? null : sentence;
}

function eitherOrOther(sentence: string, grammar: Grammar): string | null {
  if (!sentence.endsWith('?')) return null;
  const explicit = grammar.notOption.exec(sentence);
  if (explicit) return explicit[0];
  const text = sentence.replace(/¿/g, '');
  const options = new RegExp(String.raw`(?:^|[,:;]\s*|\s)([^,:;?]{1,60}?\s${grammar.or}\s[^,:;?]{1,60})\s*\?$`, 'iu').exec(text);
  if (!options) return null;
  const listed = new RegExp(String.raw`[,:;]\s*[^,:;?]{1,60}\s${grammar.or}\s[^,:;?]{1,60}\?$`, 'iu').test(text);
  return listed || !grammar.questionWord.test(text) ? options[1].trim() : null;
}

/** True when the respondent used this word (or a form of it) in their last answer. */
function respondentSaid(word: string, answerWords: string[]): boolean {
  const stem = word.slice(0, Math.max(Math.min(word.length, 4), word.length - 3));
  return answerWords.some((w) => w.startsWith(stem));
}

function topicKeywords(topic: string): string[] {
  return wordsOf(topic)
    .filter((w) => w.length >= 4 && !TOPIC_GENERIC.has(w))
    .map((w) => w.replace(/s$/, ''));
}

export function findLeading(text: string, ctx: GuardContext): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const add = (rule: GuardFinding['rule'], match: string | null) => {
    if (match && !findings.some((f) => f.rule === rule && f.match === match)) findings.push({ rule, match });
  };
  const own = maskRespondentQuotes(text, ctx.lastAnswer);
  const base = baseLanguage(ctx.language);
  const grammar = base === 'de' || base === 'es' || base === 'pt' ? GRAMMARS[base] : null;
  if (base === 'en' || base === 'fr') {
    for (const sentence of sentences(own)) {
      add('yes-no', base === 'fr' ? yesNoFrench(sentence) : yesNoEnglish(sentence));
      add('either-or', eitherOr(sentence, base === 'fr'));
    }
  } else if (grammar) {
    for (const sentence of sentences(own)) {
      add('yes-no', yesNoOther(sentence, grammar));
      add('either-or', eitherOrOther(sentence, grammar));
    }
  }
  for (const pattern of grammar ? [...SUGGESTIONS, grammar.suggestions] : SUGGESTIONS)
    for (const m of own.matchAll(pattern)) add('suggestion', m[0]);
  const answerWords = wordsOf(ctx.lastAnswer);
  for (const loaded of grammar ? [LOADED, grammar.loaded] : [LOADED])
    for (const m of own.matchAll(loaded)) if (!respondentSaid(m[0].toLowerCase(), answerWords)) add('loaded-adjective', m[0]);
  const questionWords = wordsOf(text);
  for (const topic of ctx.topicsToAvoid) {
    const hit = topicKeywords(topic).find((kw) => questionWords.some((w) => w.startsWith(kw)));
    if (hit) add('topic-to-avoid', topic);
  }
  return findings;
}

/** True when the text quotes a passage of the respondent's last answer. */
export function quotesRespondent(text: string, lastAnswer: string): boolean {
  return maskRespondentQuotes(text, lastAnswer) !== text;
}

export function guardQuestion(text: string, ctx: GuardContext & { replacement: () => ComposedQuestion }): GuardResult {
  const findings = findLeading(text, ctx);
  if (findings.length === 0) return { text, caught: 0, findings, reusedWords: quotesRespondent(text, ctx.lastAnswer) };
  const replacement = ctx.replacement();
  return { text: replacement.text, caught: 1, findings, reusedWords: replacement.reusedWords };
}
