/**
 * How deep down the ladder an answer goes, read from what the respondent said rather than from how
 * many probes were asked. Each answer is classified:
 *
 * - 0, stated reason: what they like or dislike ("the rollout has been painful");
 * - 1, concrete impact: what it looks like in their work (numbers, dates, frequencies, named things:
 *   "the migration tool drops the approval steps every time");
 * - 2, consequence: what it leads to for people or the business (weekends worked, a client nearly
 *   lost, a team back to spreadsheets, a budget cut);
 * - 3, root motivation: what is at stake for the respondent themself (trust, reputation, their name,
 *   credibility, a promise, pride, peace of mind, having vouched for the product). It needs the
 *   respondent in the sentence ("I", "my", "we", "je", "mes"...): "the sales reps stopped trusting
 *   the numbers" is a consequence for others, "I can't promise anything" is the respondent's own stake.
 *
 * An answer may jump levels: a first answer can already be a consequence or a root motivation. Past
 * the first root motivation, each further answer that stays at that level goes one level up the
 * chain of values (why the credibility matters: being able to defend one's choices, then one's
 * standing...), so the level is the previous substantive answer's plus one, up to MAX_LEVEL.
 *
 * The lexicons are per language; a language without one is read with the English lexicon.
 * Deterministic and pure.
 */
import { offlineLanguage, type OfflineLanguage } from './language.js';
import { isNonAnswer, lexiconFor } from './signals.js';

/** The deepest level recorded: the method asks for 5 to 7. */
export const MAX_LEVEL = 7;
export const ROOT_LEVEL = 3;

export type LevelClass = 0 | 1 | 2 | 3;

interface LevelLexicon {
  /** The respondent as the subject or owner of the sentence. */
  self: RegExp;
  /** Stakes of their own: trust, reputation, credibility, promises, pride, fear, having vouched. */
  root: RegExp;
  /** What it leads to for people or the business. */
  consequence: RegExp;
}

const b = (source: string, flags = 'iu') => new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${source})(?![\p{L}\p{N}])`, flags);

const EN: LevelLexicon = {
  self: b(String.raw`i|i'm|i've|i'd|i'll|me|my|myself|we|we're|we've|our|us`),
  root: b(
    [
      String.raw`trust(?:ed|ing|s)?|distrust|confiden(?:ce|t)|reputation|credib\w*|integrity|respect(?:ed)?`,
      String.raw`my (?:name|neck|career|job|reputation|credibility|word)|on the line|stake my|put my`,
      String.raw`makes? (?:me|us|my \w+|our \w+) look|(?:i|we) look(?:ed)? (?:like|bad|stupid|foolish|incompetent)`,
      String.raw`embarrass\w*|humiliat\w*|ashamed|shame`,
      String.raw`champion(?:ed)?|vouch(?:ed)?|pushed for|sold (?:it|this) internally`,
      String.raw`recommend(?:ed|ing|s)? (?:you|it|the product|this|them) to|bet (?:on|my)`,
      String.raw`defend (?:my|the|our) (?:choice|decision|pick)\w*`,
      String.raw`promis\w*|straight face|justify|pay for (?:themselves|itself)|stand behind|proud|pride`,
      String.raw`sleep (?:better|at night)|peace of mind`,
      String.raw`afraid|scared|fear(?:ful)?|anxious|let (?:me|us) down|betray\w*|accountab\w*|(?:held )?responsible|blamed?`,
      String.raw`believ(?:e|ing) in|on (?:our|my) side|backed up|partners?(?:hip)?|value for money|risk my|costs? me personally`,
      String.raw`(?:feel(?:s|ing)?|felt) (?:like (?:a number|partners)|valued|heard|ignored|let down|backed)`,
      String.raw`(?:be |being )?seen as|recogni[sz]ed`,
      String.raw`look good|(?:my team|they) trusts? me`,
    ].join('|'),
  ),
  consequence: b(
    [
      String.raw`weekends?|overtime|late nights?|evenings|burn(?:t|ed)? out|burnout|exhausted|stress(?:ed)?|morale|quit`,
      String.raw`resign\w*`,
      String.raw`los(?:e|t|ing) (?:the |that |a |our |two |three |\w+ )?(?:client|customer|deal|account|revenue|money|business|contract)s?`,
      String.raw`churn\w*`,
      String.raw`miss(?:ed|ing|es)? (?:the |a |our )?(?:\w+ )?(?:audit|deadline|target|quarter|launch|go-live|renewal)`,
      String.raw`revenue|margin|cost(?:s|ing)? us`,
      String.raw`question(?:s|ed|ing)? (?:whether|why|if)|asks? (?:us |me )?why|asking (?:us |me )?why|doubts?`,
      String.raw`budget|cut (?:access|seats|licen[cs]es|costs)|bottleneck`,
      String.raw`back to (?:\w+ )?(?:spreadsheets|excel|asking|doing)|stopped (?:using|trusting|relying)`,
      String.raw`behind (?:schedule)?|delay(?:ed|s)? (?:the|our)|blocked|can't (?:ship|launch|close|sell|report)|complain\w*`,
      String.raw`escalat\w*|it means|which means|so (?:they|we)(?:'re| are| have| had)`,
      String.raw`slow(?:s|ed|ing)? (?:everything|us|the team|things|everyone) down|on hold|left out|linger\w*|hesitate\w*`,
      String.raw`(?:leadership|board|management|steering|exec(?:utive)?) (?:meetings?|committee|team)|chose the (?:right|wrong)`,
      String.raw`wast(?:e|ed|es|ing) (?:time|hours|days|a day|half a day)|(?:adds?|added|costs?|costing) (?:us )?(?:about |around )?` +
        String.raw`(?:a|an|half a|\d+|one|two|three) (?:day|days|hours?|weeks?)`,
      String.raw`turn(?:ed|s|ing)? down|expand(?:ed|ing)? the contract|sources of truth|negotiation|other (?:teams|departments)`,
      String.raw`(?:the )?whole company|wider team|work around it|workarounds?`,
    ].join('|'),
  ),
};

const FR: LevelLexicon = {
  self: /(?<!\p{L})[jm]['’]|(?<![\p{L}\p{N}'’])(?:je|moi|me|mon|ma|mes|nous|notre|nos|on)(?![\p{L}\p{N}])/iu,
  root: b(
    [
      String.raw`confiance|méfiance|réputation|crédibilité|intégrité|respect\w*|valeurs?|image`,
      String.raw`mon (?:nom|poste|job|travail|image)|ma (?:carrière|crédibilité|réputation|parole|place)|c'est moi qui`,
      String.raw`c’est moi qui`,
      String.raw`passe(?:r|rais)? pour|mal vu\w*|honte|gêné\w*|embarrass\w*|ridicule`,
      String.raw`porté (?:ce|le) projet|défendu|défendre (?:mes|mon|ma|nos|notre) (?:choix|décision\w*)|mauvais pari|pari`,
      String.raw`recommand\w*|misé`,
      String.raw`promesse\w*|promis|promettre|justifier|fier|fierté|dormir|sérénité|tranquillité|peur|inquiet\w*|angoiss\w*`,
      String.raw`trahi\w*|laissé tomber|responsab\w*`,
      String.raw`croire en|de notre côté|partenaires?|sentiment d|reconnu\w*|crédibles?|risquer ma|rapport qualité-prix`,
      String.raw`porter (?:dans|à travers)|bien vu\w*|(?:mon équipe|ils) me fai(?:t|sait|saient) confiance`,
    ].join('|'),
  ),
  consequence: b(
    [
      String.raw`week-ends?|heures sup\w*|le soir|épuisé\w*|stress\w*|moral|démission\w*`,
      String.raw`perd(?:u|re|ons|ent) (?:un |le |ce |des |nos |deux )?(?:client|contrat|marché|affaire|chiffre d'affaires|budget)s?`,
      String.raw`chiffre d'affaires|marge`,
      String.raw`manqu(?:é|er) (?:l'|la |le |un )?(?:audit|échéance|objectif|lancement)|budget|coût\w*|goulot`,
      String.raw`arrêt(?:é|er) de|retard|bloqué\w*|plaint\w*|du coup|ce qui fait que|si bien que|en parallèle`,
      String.raw`(?:me |nous )?demande(?:nt)? pourquoi|se demande\w*|doutes?`,
      String.raw`en attente|(?:comité|réunions?|revues?) de direction|choisi le bon|perd(?:ons|u|re) du temps|traînent|négociation`,
      String.raw`ajoute (?:environ )?(?:une|un|\d+) (?:journée|jour|heures?|semaines?)|sources de vérité|toute l'(?:équipe|entreprise)`,
      String.raw`d'autres (?:équipes|services)|hésite\w*|contourne\w*|(?:dans|sur) (?:des |un |leurs? )?(?:fichiers? )?(?:excel|tableurs?)`,
    ].join('|'),
  ),
};

const DE: LevelLexicon = {
  self: b(String.raw`ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem`),
  root: b(
    [
      String.raw`vertrauen|misstrauen|ruf|reputation|glaubwürdig\p{L}*|integrität|respekt\p{L}*|werte`,
      String.raw`mein (?:name|ruf|job|wort)|meine (?:karriere|glaubwürdigkeit|stelle)|meinen (?:kopf|namen|ruf)`,
      String.raw`dumm dastehen|blamier\p{L}*|peinlich|schäme|scham`,
      String.raw`durchgesetzt|dafür eingesetzt|mich (?:dafür )?stark gemacht|empfohlen|verteidigen`,
      String.raw`versprech\p{L}*|versprochen|rechtfertigen|stolz|ruhig schlafen|seelenfrieden`,
      String.raw`angst|sorge|im stich gelassen|verraten|verantwort\p{L}*|schuld`,
    ].join('|'),
  ),
  consequence: b(
    [
      String.raw`wochenenden?|überstunden|abends|ausgebrannt|erschöpft|stress\p{L}*|stimmung|gekündigt|kündigung`,
      String.raw`(?:kunden|auftrag|aufträge|umsatz|geld|vertrag|deal) (?:\p{L}+ )?verl(?:oren|ieren)|umsatz|marge|kostet uns`,
      String.raw`(?:frist|deadline|audit|ziel|start|launch) (?:\p{L}+ )?verpasst|budget|engpass`,
      String.raw`zurück zu (?:excel|tabellen)|von hand|wieder (?:in excel|manuell)|aufgehört|verzögert|blockiert|beschwer\p{L}*`,
      String.raw`fragt(?: mich| uns)? warum|fragen(?: mich| uns)? warum|zweifel\p{L}*|das heißt|was bedeutet|sodass|deshalb`,
    ].join('|'),
  ),
};

const ES: LevelLexicon = {
  self: b(String.raw`yo|me|mi|mis|conmigo|nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras`),
  root: b(
    [
      String.raw`confianza|desconfianza|reputación|credibilidad|integridad|respeto|valores|imagen`,
      String.raw`mi (?:nombre|puesto|trabajo|palabra|carrera|credibilidad|reputación)|me juego`,
      String.raw`quedar mal|quedé mal|vergüenza|avergonzad\p{L}*|ridículo`,
      String.raw`defendí|defender (?:mi|la|nuestra) (?:decisión|elección)|aposté|recomend\p{L}*|impulsé`,
      String.raw`promesas?|prometi\p{L}*|justificar|orgullo\p{L}*|dormir tranquil\p{L}*|tranquilidad|miedo|preocupa\p{L}*`,
      String.raw`traicion\p{L}*|me (?:han )?fallado|defraudad\p{L}*|responsab\p{L}*|culpa`,
    ].join('|'),
  ),
  consequence: b(
    [
      String.raw`fines de semana|horas extra|por la noche|agotad\p{L}*|quemad\p{L}*|estrés|estresad\p{L}*|moral|renunci\p{L}*`,
      String.raw`perd(?:er|imos|emos|ió|ieron) (?:un |el |a |nuestro |dos )?(?:cliente|contrato|negocio|venta|ingresos)s?`,
      String.raw`ingresos|margen|nos cuesta|presupuesto|cuello de botella`,
      String.raw`(?:plazo|auditoría|objetivo|lanzamiento) (?:\p{L}+ )?(?:perdid|incumplid)\p{L}*|retras\p{L}*|bloquead\p{L}*|quej\p{L}*`,
      String.raw`a mano|volv(?:er|imos) a (?:excel|las hojas)|dej(?:ar|aron|amos) de (?:usar|confiar)`,
      String.raw`pregunta(?:n)? por qué|dudas?|lo que significa|así que|por eso`,
    ].join('|'),
  ),
};

const PT: LevelLexicon = {
  self: b(String.raw`eu|me|mim|meu|minha|meus|minhas|nós|nos|nosso|nossa|nossos|nossas|a gente`),
  root: b(
    [
      String.raw`confiança|desconfiança|reputação|credibilidade|integridade|respeito|valores|imagem`,
      String.raw`meu (?:nome|cargo|emprego|trabalho|pescoço)|minha (?:carreira|credibilidade|reputação|palavra)`,
      String.raw`passar vergonha|vergonha|ficar mal|fiquei mal|constrangid\p{L}*|ridículo`,
      String.raw`defendi|defender (?:minha|a|nossa) (?:decisão|escolha)|apostei|recomend\p{L}*|bati o pé`,
      String.raw`promessas?|prometid\p{L}*|prometeram|justificar|orgulho\p{L}*|dormir tranquil\p{L}*|tranquilidade|medo|preocupad\p{L}*`,
      String.raw`traíd\p{L}*|traição|decepcion\p{L}*|responsab\p{L}*|culpa`,
    ].join('|'),
  ),
  consequence: b(
    [
      String.raw`fins de semana|horas extras?|à noite|esgotad\p{L}*|sobrecarregad\p{L}*|estresse|estressad\p{L}*|moral|pediu demissão`,
      String.raw`perd(?:er|emos|eu|eram) (?:um |o |a |nosso |dois )?(?:cliente|contrato|negócio|venda|receita)s?`,
      String.raw`receita|margem|custa(?:ndo)? caro|orçamento|gargalo`,
      String.raw`(?:prazo|auditoria|meta|lançamento) (?:\p{L}+ )?(?:perdid|estourad)\p{L}*|atras\p{L}*|bloquead\p{L}*|reclama\p{L}*`,
      String.raw`à mão|voltar(?:am|mos)? (?:para|pra) (?:o excel|as planilhas)|par(?:ar|aram|amos) de (?:usar|confiar)`,
      String.raw`pergunta(?:m)? por que|dúvidas?|o que significa|então (?:a gente|nós|eles)|por isso`,
    ].join('|'),
  ),
};

const LEXICONS: Partial<Record<OfflineLanguage, LevelLexicon>> = { en: EN, fr: FR, de: DE, es: ES, pt: PT };

const lexiconOf = (language: string): LevelLexicon => LEXICONS[offlineLanguage(language)] ?? EN;

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether the answer gives something concrete: numbers, dates, durations, frequencies, money or named things. */
function concrete(text: string, language: string): boolean {
  const lexicon = lexiconFor(language);
  const hits = [lexicon.dates, lexicon.durations, lexicon.frequency, lexicon.money].filter((p) => {
    p.lastIndex = 0;
    const found = p.test(text);
    p.lastIndex = 0;
    return found;
  }).length;
  return hits > 0 || /\d/.test(text) || (text.match(lexicon.concrete)?.length ?? 0) >= 3;
}

/** The level one answer reaches on its own, with the words that put it there. */
export function classifyAnswer(text: string, language: string): { level: LevelClass; cue: string | null } {
  if (isNonAnswer(text)) return { level: 0, cue: null };
  const lexicon = lexiconOf(language);
  for (const sentence of sentences(text)) {
    const root = lexicon.root.exec(sentence);
    if (root && lexicon.self.test(sentence)) return { level: 3, cue: root[0] };
  }
  const consequence = lexicon.consequence.exec(text);
  if (consequence) return { level: 2, cue: consequence[0] };
  return concrete(text, language) ? { level: 1, cue: null } : { level: 0, cue: null };
}

/**
 * The level each respondent answer reveals, in order: its own class, and past a root motivation one
 * more for each further root answer (non-answers in between neither count nor break the chain).
 * `given[i]`, when a number, is a level already read for answer i (the model's reading) and wins.
 */
export function revealedLevels(answers: readonly string[], language: string, given: readonly (number | null | undefined)[] = []): number[] {
  const levels: number[] = [];
  let previous = -1;
  answers.forEach((text, i) => {
    const known = given[i];
    if (typeof known === 'number') {
      levels.push(Math.min(MAX_LEVEL, Math.max(0, Math.round(known))));
      if (!isNonAnswer(text)) previous = levels[i];
      return;
    }
    if (isNonAnswer(text)) {
      levels.push(0);
      return;
    }
    const { level } = classifyAnswer(text, language);
    const chained = level === ROOT_LEVEL && previous >= ROOT_LEVEL ? Math.min(MAX_LEVEL, previous + 1) : level;
    levels.push(chained);
    previous = chained;
  });
  return levels;
}

/**
 * The words of a root motivation in a language (trust, reputation, their name, being let down...):
 * the one list, which the coder also reads to tell root-type drivers of a custom taxonomy.
 */
export const rootWords = (language: string): RegExp => lexiconOf(language).root;

/** The words that mark a consequence or a stake of the respondent's own: quoting them is worth more. */
export function ladderCues(language: string): RegExp[] {
  const lexicon = lexiconOf(language);
  return [lexicon.root, lexicon.consequence];
}
