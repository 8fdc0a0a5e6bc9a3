/**
 * Answers a human must see right away: active competitor evaluation, churn threat, an unresolved
 * incident, legal or safety matters, distress. The moderator only documents; a person recovers.
 *
 * Each reason is reported at most once, quoting the respondent's sentence verbatim (an exact
 * substring of the answer). A cue is ignored when a negation stands within the three words before
 * it in the same clause ("we have no plan to cancel", "nous n'évaluons pas d'autre outil"); cues
 * that carry their own negation ("won't renew", "can't cope", "still not fixed") are written as
 * such and only look before themselves. Cues exist in English, French, German, Spanish and
 * Portuguese; English cues are always read too, because answers in the others borrow them ("on va churn").
 *
 * Distress is the respondent's own only: "two of my admins told me they're burnt out" or "my team
 * is overwhelmed" report others and raise nothing; "I am exhausted" does; "we're all burnt out" or
 * a bare "Overwhelmed." is ambiguous (readDistress says so; the policy asks one check-in, and an
 * ambiguous answer to that check-in counts as the respondent's own).
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

const SELF_HARM_EN =
  String.raw`kill myself|end it all|hurt myself|self[- ]harm|suicid\w*|` + String.raw`(?:don't|do not) want to (?:live|be here)|no way out`;
const SELF_HARM_FR = String.raw`me faire du mal|(?:je veux|envie d'|je vais) en finir(?! avec)|suicid\w*|plus envie de vivre`;
const SELF_HARM_DE =
  String.raw`mir (?:etwas|was) an(?:zu)?tun|mich umbringen|suizid\w*|selbstmord\w*|(?:nicht mehr|` +
  String.raw`keine lust mehr zu) leben|keinen ausweg`;
const SELF_HARM_ES =
  String.raw`hacerme daño|quitarme la vida|suicid\w*|no quiero vivir|no quiero seguir viviendo|acabar con todo|` +
  String.raw`no veo (?:ninguna )?salida`;
const SELF_HARM_PT =
  String.raw`me machucar|tirar a minha vida|me matar|suicíd\w*|suicid\w*|não quero (?:mais )?viver|acabar com tudo|` +
  String.raw`sem saída`;
/** Self-harm is never set aside as someone else's: without a first-person subject it is ambiguous (a check-in). */
const SELF_HARM = cue(`${SELF_HARM_EN}|${SELF_HARM_FR}|${SELF_HARM_DE}|${SELF_HARM_ES}|${SELF_HARM_PT}`);

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
    // "asking one of your competitors, Flowbase, for a proposal"
    named(
      String.raw`(?:ask(?:ing|ed)?|getting|got|requested) (?:one of (?:your|the) )?` +
        String.raw`(?:(?:competitors?|another vendor),? (?:${NAMED},? )?|${NAMED},? )` +
        String.raw`for (?:a |an )?(?:proposal|quote|demo|pricing|price|offer|trial)`,
    ),
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
    String.raw`overwhelmed|(?:can't|cannot|can not) cope|not coping|panic(?:king|ked)?|` +
      String.raw`burn(?:ed|t)[ -]out|burnout|burning me out|hopeless|` +
      String.raw`crying|in tears|breaking down|at my wits'? end|falling apart|worn out|` +
      String.raw`exhausted(?! (?:all|every|any|our|the|my|their|its|his|her|this|that|these|those)${R})`,
    SELF_HARM_EN,
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
    cue(String.raw`demand(?:é|er|ons|e) (?:un devis|une proposition|une offre|une démo) (?:à|chez)`),
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
    SELF_HARM_FR,
  ].map(cue),
};

/** German nouns are capitalised: these common ones after "testen", "evaluieren"... are not product names. */
const NOT_A_NAME_DE =
  String.raw`(?!(?:Funktionen|Features|Daten|Berichte|Exporte|Optionen|Möglichkeiten|Prozesse|Lösungen|Tools|Updates|` +
  String.raw`Versionen?|Integrationen|Schnittstellen|Änderungen|Abläufe|Workflows|Ergebnisse|Zahlen|Kosten|Preise|Angebote|Dinge|` +
  String.raw`Sachen)${R})`;
const ALTERNATIVE_DE =
  String.raw`(?:andere|anderen|einen anderen|eine andere|ein anderes|alternative|alternativen|günstigere) ` +
  String.raw`(?:Anbieter|Tools?|Lösungen|Lösung|Plattformen?|Produkte?|Systeme?|Hersteller)|Alternativen|Wettbewerber|` +
  String.raw`Konkurrenz(?:produkte|anbieter)?`;

const DE: Cues = {
  competitor_evaluation: [
    named(
      String.raw`(?:evaluier(?:en|t)|prüf(?:en|t)|test(?:en|et)|vergleich(?:en|t)|pilotier(?:en|t)|schauen uns|sehen uns|schaut sich|` +
        String.raw`sieht sich) ` +
        String.raw`(?:gerade |derzeit |aktuell |bereits |schon )?(?:${ALTERNATIVE_DE}|${NOT_A_NAME_DE}${NAMED})`,
    ),
    named(
      String.raw`(?:wechseln|wechselt|wechsel|umsteigen|migrieren|migriert) (?:\p{Ll}+ |im \p{Lu}\p{Ll}+ ){0,2}(?:zu|auf|nach) ` +
        String.raw`(?:${ALTERNATIVE_DE}|${NOT_A_NAME_DE}${NAMED})`,
    ),
    cue(
      String.raw`ausschreibung|testphase mit|proof of concept mit|pilotprojekt mit|unterschrieben bei|vertrag mit (?:einem )?(?:anderen|` +
        String.raw`neuen) anbieter`,
    ),
  ],
  churn_risk: [
    String.raw`kündig\w*|(?:nicht|nie) (?:mehr )?verlänger\w*|keine verlängerung|verlänger\w* (?:\S+ ){0,3}nicht|` +
      String.raw`vertrag auslaufen lassen|(?:den )?rücken kehren|abspringen|churn`,
  ].map(cue),
  unresolved_incident: [
    String.raw`(?:immer noch|noch immer|nach wie vor|bis heute) (?:nicht (?:behoben|gelöst|repariert|beantwortet)|kaputt|down|` +
      String.raw`ausgefallen|fehlerhaft|offen)|` +
      String.raw`warten (?:immer noch |seit \S+ \S+ )?auf (?:eine |einen |die )?(?:lösung|antwort|rückmeldung|fix|behebung)`,
    String.raw`(?:ausfall|störung|fehler|bug|problem|ticket)s?(?: \S+){0,4} (?:nie|noch nicht|immer noch nicht|` +
      String.raw`bis heute nicht) (?:\S+ )?(?:behoben|gelöst|beantwortet|geschlossen)`,
    String.raw`seit (?:wochen|monaten|\d+ (?:tagen|wochen|monaten)) offen|datenverlust|daten (?:sind )?verloren|(?:alle |` +
      String.raw`unsere )?daten verloren`,
  ].map(cue),
  legal_or_safety: [
    String.raw`anwalt|anwälte|anwältin|rechtsanwält\w*|rechtliche schritte|klage|verklagen|gericht|vertragsbruch|abmahnung`,
    String.raw`dsgvo-?(?:verstoß|verletzung|beschwerde)|datenschutzverletzung|datenpanne|datenleck|aufsichtsbehörde|` +
      String.raw`verletzung(?:en)?|gefährlich\w*|sicherheitsrisiko|jemand (?:könnte|wird) sich verletzen`,
  ].map(cue),
  distress: [
    String.raw`überfordert|überlastet|ausgebrannt|burn-?out|` +
      String.raw`(?<!(?:möglichkeiten|optionen|ressourcen|mittel|reserven|kontingent|budget) )erschöpft|` +
      String.raw`am ende meiner kräfte|mit den nerven (?:völlig |total )?am ende|verzweifelt|hoffnungslos|panik\w*|` +
      String.raw`(?:kann|können) (?:einfach |echt |wirklich )?nicht mehr(?=\s*(?:[.!?,;…]|$))|weine|in tränen|` +
      String.raw`breche zusammen|(?:völlig|total|komplett) fertig`,
    SELF_HARM_DE,
  ].map(cue),
};

const ALTERNATIVE_ES =
  String.raw`(?:otro|otros|otra|otras) (?:proveedor(?:es)?|herramientas?|plataformas?|soluci(?:ón|ones)|productos?|sistemas?)|` +
  String.raw`alternativas?|competidor(?:es)?|(?:la )?competencia`;

const ES: Cues = {
  competitor_evaluation: [
    named(
      String.raw`(?:evaluando|evaluar|evaluamos|probando|probar|probamos|comparando|analizando|mirando|valorando|considerando) ` +
        String.raw`(?:a |el |la )?(?:${ALTERNATIVE_ES}|${NAMED})`,
    ),
    named(
      String.raw`(?:cambiar(?:nos)?|cambiando(?:nos)?|pasar(?:nos)?|pasándonos|migrar|migrando|mudarnos|irnos|nos vamos) (?:a|` +
        String.raw`con) (?:${ALTERNATIVE_ES}|${NAMED})`,
    ),
    cue(String.raw`licitación|solicitud de propuestas|prueba de concepto con|piloto con|firmado con|firmamos con`),
  ],
  churn_risk: [
    String.raw`cancelar (?:la |el |nuestra |nuestro |su )?(?:suscripción|contrato|cuenta|licencias?|plan|servicio)|` +
      String.raw`(?:vamos a|voy a|queremos|pensamos|planeamos|tendremos que) cancelar|cancelación|` +
      String.raw`no (?:vamos a )?renovar|no renovaremos|dar(?:nos)? de baja|rescindir|dejar (?:de usar )?(?:su|el) (?:producto|servicio)|` +
      String.raw`churn`,
  ].map(cue),
  unresolved_incident: [
    String.raw`(?:todavía|aún|sigue|siguen) (?:sin (?:resolver|arreglar|solucionar|respuesta)|caíd[oa]|rot[oa]|fallando|` +
      String.raw`no (?:funciona|está resuelto|se ha resuelto|lo han arreglado))`,
    String.raw`(?:ticket|incidencia|incidente|caso|error|problema|fallo|caída)s?(?: \S+){0,4} ` +
      String.raw`(?:nunca|todavía no|aún no|no) (?:se )?(?:ha |han )?(?:sido )?(?:resuelt|arreglad|solucionad|respondid|cerrad)\w*`,
    String.raw`abiert[oa] desde hace (?:semanas|meses|\d+ (?:días|semanas|meses))|lleva (?:semanas|meses) abiert[oa]|` +
      String.raw`pérdida de datos|(?:perdimos|hemos perdido) (?:todos )?(?:los |nuestros )?datos`,
  ].map(cue),
  legal_or_safety: [
    String.raw`abogad[oa]s?|acciones legales|acción legal|demandar(?:les|los)?|demandaremos|una demanda judicial|` +
      String.raw`litigio|tribunal(?:es)?|` +
      String.raw`incumplimiento de contrato`,
    String.raw`(?:violación|brecha|infracción) (?:del |de la )?(?:rgpd|gdpr|protección de datos)|filtración de datos|brecha de datos|` +
      String.raw`regulador|lesi(?:ón|ones)|herid[oa]s?|peligros[oa]s?|riesgo de seguridad|` +
      String.raw`alguien (?:podría|puede|va a) (?:salir herido|` +
      String.raw`hacerse daño)`,
  ].map(cue),
  distress: [
    String.raw`abrumad[oa]s?|desbordad[oa]s?|agotad[oa]s?|quemad[oa]s?|exhaust[oa]s?|burn-?out|` +
      String.raw`no (?:puedo|puede|pueden|podemos) más(?! que)|no aguanto más|no lo soporto más|al límite|` +
      String.raw`ataques? de (?:pánico|ansiedad)|en pánico|desesperad[oa]s?|sin esperanza|llorando|lloro|me derrumbo|hech[oa]s? polvo`,
    SELF_HARM_ES,
  ].map(cue),
};

const ALTERNATIVE_PT =
  String.raw`(?:outro|outros|outra|outras) (?:fornecedor(?:es)?|ferramentas?|plataformas?|soluç(?:ão|ões)|produtos?|sistemas?)|` +
  String.raw`alternativas?|concorrentes?|(?:a )?concorrência`;

const PT: Cues = {
  competitor_evaluation: [
    named(
      String.raw`(?:avaliando|avaliar|avaliamos|testando|testar|testamos|comparando|analisando|olhando|considerando) ` +
        String.raw`(?:o |a |os |as )?(?:${ALTERNATIVE_PT}|${NAMED})`,
    ),
    named(
      String.raw`(?:mudar|mudando|migrar|migrando|trocar|trocando|passar|passando) (?:para|pro|pra) (?:o |a )?(?:${ALTERNATIVE_PT}|` +
        String.raw`${NAMED})`,
    ),
    cue(String.raw`licitação|prova de conceito com|piloto com|assinamos com|fechamos com`),
  ],
  churn_risk: [
    String.raw`cancelar (?:a |o |nossa |nosso |sua |seu )?(?:assinatura|contrato|conta|licenças?|plano|serviço)|` +
      String.raw`(?:vamos|vou|queremos|pensamos em|planejamos|teremos que) cancelar|cancelamento|` +
      String.raw`não (?:vamos )?renovar|não renovaremos|rescindir|encerrar (?:o |a |nosso |nossa )?(?:contrato|assinatura)|` +
      String.raw`deixar de usar (?:o|a) (?:produto|serviço|plataforma)|churn`,
  ].map(cue),
  unresolved_incident: [
    String.raw`(?:ainda|continua|continuam) (?:sem (?:solução|resposta|resolver)|fora do ar|quebrad[oa]|com falha|` +
      String.raw`não (?:funciona|foi resolvid[oa]|foi corrigid[oa]))`,
    String.raw`(?:chamado|ticket|incidente|bug|erro|problema|falha)s?(?: \S+){0,4} ` +
      String.raw`(?:nunca|ainda não|não) (?:foi |foram )?(?:resolvid|corrigid|respondid|fechad)\w*`,
    String.raw`abert[oa] há (?:semanas|meses|\d+ (?:dias|semanas|meses))|perda de dados|perdemos (?:todos )?(?:os |nossos )?dados`,
  ].map(cue),
  legal_or_safety: [
    String.raw`advogad[oa]s?|ação judicial|processo judicial|(?:vamos |vou )?processar (?:vocês|a empresa|o fornecedor)|tribunal|` +
      String.raw`entrar na justiça|quebra de contrato`,
    String.raw`(?:violação|vazamento) (?:da |de )?(?:lgpd|gdpr|dados)|anpd|` +
      String.raw`les(?:ão|ões)|ferid[oa]s?|perigos[oa]s?|risco de segurança|alguém (?:pode|vai) se machucar`,
  ].map(cue),
  distress: [
    String.raw`sobrecarregad[oa]s?|esgotad[oa]s?|exaust[oa]s?|burn-?out|no limite|não (?:aguento|aguenta|aguentam|aguentamos) mais|` +
      String.raw`em pânico|ataques? de (?:pânico|ansiedade)|desesperad[oa]s?|sem esperança|chorando|em lágrimas|desmoronando`,
    SELF_HARM_PT,
  ].map(cue),
};

/** The cue lexicons read for an interview's language: its own, then English (answers borrow English words: "churn"). */
const LEXICONS: Record<'fr' | 'de' | 'es' | 'pt', Cues> = { fr: FR, de: DE, es: ES, pt: PT };
const lexiconsFor = (language: string): Cues[] => {
  const base = baseLanguage(language);
  return base in LEXICONS ? [LEXICONS[base as keyof typeof LEXICONS], EN] : [EN];
};

const NEGATION = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:not|no|never|without|nor|hardly|none|ne|n['’]\p{L}*|pas|jamais|aucun\w*|sans|\p{L}+n['’]t|` +
    String.raw`nicht|kein\w*|nie|niemals|ohne|nunca|jamás|sin|ningún|ninguna|ninguno|tampoco|não|nem|nenhum\w*|sem)$`,
  'iu',
);
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;:()\u2013\u2014]|\s-\s|(?<![\p{L}])(?:but|and|so|because|if|although|mais|et|donc|car|parce que|si|alors|` +
    String.raw`aber|und|weil|denn|obwohl|pero|y|porque|aunque|mas|e|embora)(?![\p{L}])`,
  'giu',
);
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

/**
 * Whose distress a cue speaks of, read from the words before it in its clause (nearest first):
 * a first-person singular subject ("I", "I'm", "me", "je", "m'") makes it the respondent's own;
 * a third person ("they're", "he", "ils", "who") or a noun before a third-person verb ("my team is",
 * "two admins have", "l'équipe est") makes it a state they report of others; "we", "you", "on",
 * "nous", or no subject at all leaves it ambiguous. "Me included" / "so am I" / "moi aussi" after
 * the cue make it their own whatever came before.
 */
export type DistressOwner = 'own' | 'reported' | 'ambiguous';

interface Persons {
  own: Set<string>;
  group: Set<string>;
  other: Set<string>;
  /** Finite verbs whose subject is the word before them (adverbs skipped). */
  verbs: Set<string>;
  /** Words skipped between a verb and its subject ("my team really is", "se sent"). */
  skip: Set<string>;
  /** Subjects that say nothing about whose state it is ("it is", "c'est", "there's"). */
  neutral: Set<string>;
  tokens: RegExp;
  selfAfter: RegExp;
}

const words = (list: string): Set<string> => new Set(list.split(' '));

const EN_PERSONS: Persons = {
  own: words("i i'm im i've i'd i'll me myself am"),
  group: words("we we're we've we'd we'll us ourselves you you're you've yourself"),
  other: words(
    "he she they he's she's they're they've they'd him her them himself herself themselves his their " +
      'everyone everybody someone somebody nobody people who whom whose',
  ),
  verbs: words(
    'is are was were has have had seems seem seemed looks look looked feels feel felt gets get got ' +
      'becomes became sounds sounded keeps kept remains remained can could will would',
  ),
  skip: words(
    'really just also all both still totally so very quite pretty truly basically ' +
      'already now even too completely utterly clearly absolutely',
  ),
  neutral: words("it it's this that's there there's what what's here's which"),
  tokens: /\p{L}+(?:['’]\p{L}+)*/gu,
  selfAfter: /(?<!\p{L})(?:me included|myself included|including me|including myself|so am i|as am i|me too|and me)(?!\p{L})/iu,
};

const FR_PERSONS: Persons = {
  own: words("je j' me m' moi suis"),
  group: words('nous on vous'),
  other: words('il elle ils elles lui eux leur leurs gens monde chacun certains plusieurs qui'),
  verbs: words(
    'est sont était étaient a ont avait avaient semble semblent paraît paraissent reste restent devient deviennent sent sentent',
  ),
  skip: words(
    "vraiment complètement totalement tous toutes tout très trop déjà encore aussi souvent toujours se s’ s' en y ne n' pas plus",
  ),
  neutral: words("c' ce ça cela"),
  tokens: /(?<!\p{L})(?:[jmtsldnc]|qu)['’]|\p{L}+(?:-\p{L}+)*/giu,
  selfAfter: /(?<!\p{L})(?:moi aussi|moi compris|moi y compris|y compris moi|comme moi)(?!\p{L})/iu,
};

const DE_PERSONS: Persons = {
  own: words('ich mich mir bin'),
  group: words('wir uns man euch'),
  other: words('er sie ihm ihn ihnen leute jemand niemand jeder jede wer'),
  verbs: words(
    'ist sind war waren hat haben hatte hatten wirkt wirken wirkte scheint scheinen schien fühlt fühlen fühlte ' +
      'wird werden wurde wurden bleibt bleiben klingt klingen',
  ),
  skip: words(
    'wirklich echt total völlig komplett ganz so sehr schon inzwischen mittlerweile einfach auch alle beide noch ziemlich absolut ' +
      'gerade nur',
  ),
  neutral: words('es das dies was'),
  tokens: /\p{L}+/gu,
  selfAfter:
    /^\s*(?:mich|mir)(?!\p{L})|(?<!\p{L})(?:ich auch|mich eingeschlossen|mich inklusive|auch ich|ich ebenso|ich selbst auch)(?!\p{L})/iu,
};

const ES_PERSONS: Persons = {
  own: words('yo me estoy soy estaba estuve siento sentía ando'),
  group: words('nosotros nosotras nos estamos somos estábamos usted ustedes vosotros'),
  other: words('él ella ellos ellas les gente alguien nadie quien quienes'),
  verbs: words(
    'es está están son era eran estaba estaban fue fueron ha han había habían parece parecen parecía siente sienten ' +
      'quedó quedaron anda andan sigue siguen tiene tienen lleva llevan',
  ),
  skip: words(
    'realmente totalmente completamente muy ya todavía también todos todas todo bastante tan súper super se siempre absolutamente',
  ),
  neutral: words('esto eso ello'),
  tokens: /\p{L}+/gu,
  selfAfter: /(?<!\p{L})(?:yo también|incluid[oa] yo|yo incluid[oa]|igual que yo|y yo|como yo)(?!\p{L})/iu,
};

const PT_PERSONS: Persons = {
  own: words('eu me mim estou sou estava fiquei sinto'),
  group: words('nós nos estamos somos estávamos você vocês gente'),
  other: words('ele ela eles elas lhe lhes pessoas alguém ninguém quem'),
  verbs: words(
    'é está estão são era eram estava estavam foi foram tem têm tinha parece parecem sente sentem fica ficam ficou ficaram ' +
      'anda andam continua continuam',
  ),
  skip: words(
    'realmente totalmente completamente muito já ainda também todos todas tudo bem bastante tão super se sempre absolutamente meio',
  ),
  neutral: words('isso isto aquilo'),
  tokens: /\p{L}+/gu,
  selfAfter: /(?<!\p{L})(?:eu também|inclusive eu|eu incluíd[oa]|incluindo eu|como eu|e eu)(?!\p{L})/iu,
};

const PERSONS: Record<string, Persons> = { fr: FR_PERSONS, de: DE_PERSONS, es: ES_PERSONS, pt: PT_PERSONS };

/** Cues that name their own first-person subject: "at my wits' end", "je n'en peux plus", "j'en peux plus". */
const FIRST_PERSON_CUE =
  /(?<!\p{L})(?:i|i['’]m|me|my|myself|je|moi|peux|meiner|puedo|aguanto|lloro|derrumbo|aguento)(?!\p{L})|(?<!\p{L})[jm]['’]/iu;
/** Cues that start with their verb: the subject is the word before. */
const VERB_CUE = /^(?:can['’]t|cannot|can not|not coping|kann|können|no pueden?|no podemos|não aguentam?|não aguentamos)/iu;
const SELF_HARM_CUE = new RegExp(SELF_HARM.source, 'iu');

const apostrophe = (token: string): string => token.toLowerCase().replace(/’/g, "'");

/** Whose state the distress cue at `index` of `sentence` is about. */
export function distressOwnerAt(sentence: string, index: number, length: number, language: string): DistressOwner {
  const persons = PERSONS[baseLanguage(language)] ?? EN_PERSONS;
  const cueText = sentence.slice(index, index + length);
  if (FIRST_PERSON_CUE.test(cueText)) return 'own';
  if (persons.selfAfter.test(sentence.slice(index + length))) return 'own';
  const before = sentence.slice(0, index);
  const starts = [0, ...[...before.matchAll(SUBJECT_BREAK)].map((b) => (b.index ?? 0) + b[0].length)];
  const tokensFrom = (start: number): string[] => (before.slice(start).match(persons.tokens) ?? []).map(apostrophe);
  const filler = (token: string): boolean => persons.skip.has(token) || /ly$/.test(token);
  // A clause of nothing but adverbs shares the subject of the one before: "My team is frustrated and (totally) overwhelmed".
  let clause = starts.length - 1;
  while (
    clause > 0 &&
    before
      .slice(starts[clause])
      .match(persons.tokens)
      ?.every((t) => filler(apostrophe(t))) !== false
  )
    clause--;
  const tokens = tokensFrom(starts[clause]);
  const subjectBefore = (end: number): DistressOwner => {
    let j = end;
    while (j >= 0 && filler(tokens[j])) j--;
    const subject = tokens[j];
    if (subject === undefined || persons.neutral.has(subject) || persons.group.has(subject)) return 'ambiguous';
    return persons.own.has(subject) ? 'own' : 'reported';
  };
  // "My team can't cope": the cue carries the verb, its subject stands right before it.
  if (VERB_CUE.test(cueText)) return subjectBefore(tokens.length - 1);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (persons.own.has(token)) return 'own';
    if (persons.group.has(token)) return 'ambiguous';
    if (persons.other.has(token)) return 'reported';
    if (persons.verbs.has(token)) return subjectBefore(i - 1);
    // "the team's burnt out", "everyone's overwhelmed" (but "it's", "that's" say nothing).
    if (/'s$/.test(token) && !persons.neutral.has(token)) return 'reported';
  }
  return 'ambiguous';
}

/** Clause breaks for finding a cue's subject: unlike negation, "so" and "if" do not start a new subject. */
const SUBJECT_BREAK = new RegExp(
  String.raw`[,;:()\u2013\u2014]|\s-\s|(?<![\p{L}])(?:but|and|because|although|while|whereas|mais|et|car|parce que|alors que|tandis que|` +
    String.raw`aber|und|weil|denn|obwohl|während|pero|y|porque|aunque|mientras|mas|e|embora|enquanto)(?![\p{L}])`,
  'giu',
);

export interface DistressReading {
  /** 'own' when any cue is the respondent's own, else 'ambiguous' when any is; reported-only answers give null. */
  owner: Exclude<DistressOwner, 'reported'>;
  /** The sentence of the deciding cue, verbatim. */
  quote: string;
}

/** The distress an answer shows and whose it is; null when none, or only others' (reported) states. */
export function readDistress(answer: string, language: string): DistressReading | null {
  const lexicons = lexiconsFor(language);
  const patterns = lexicons.flatMap((lexicon) => lexicon.distress);
  let ambiguous: string | null = null;
  for (const sentence of sentencesOf(answer)) {
    const lowered = sentence.charAt(0).toLowerCase() + sentence.slice(1);
    for (const pattern of patterns) {
      for (const match of lowered.matchAll(pattern)) {
        const index = match.index ?? 0;
        if (negatedAt(sentence, index)) continue;
        let owner = distressOwnerAt(sentence, index, match[0].length, language);
        if (owner === 'reported' && SELF_HARM_CUE.test(match[0])) owner = 'ambiguous';
        if (owner === 'own') return { owner, quote: sentence };
        if (owner === 'ambiguous') ambiguous ??= sentence;
      }
    }
  }
  return ambiguous ? { owner: 'ambiguous', quote: ambiguous } : null;
}

export interface EscalationContext {
  /**
   * The answer replies to the moderator's check-in ("how are you doing yourself?"): distress
   * without a subject ("Exhausted, honestly.") is then the respondent's own.
   */
  answersCheckIn?: boolean;
}

/**
 * The escalations an answer raises. Distress counts only when it is the respondent's own (or
 * ambiguous in answer to a check-in): a team or a customer reported as burnt out is not.
 */
export function detectEscalations(answer: string, language: string, context: EscalationContext = {}): DetectedEscalation[] {
  const sentences = sentencesOf(answer);
  const lexicons = lexiconsFor(language);
  const found: DetectedEscalation[] = [];
  for (const reason of ESCALATION_REASONS) {
    if (reason === 'distress') {
      const distress = readDistress(answer, language);
      if (distress && (distress.owner === 'own' || context.answersCheckIn)) found.push({ reason, quote: distress.quote });
      continue;
    }
    const quote = firstHit(
      sentences,
      lexicons.flatMap((lexicon) => lexicon[reason]),
    );
    if (quote) found.push({ reason, quote });
  }
  return found;
}
