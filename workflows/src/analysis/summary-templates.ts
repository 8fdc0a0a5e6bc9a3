/**
 * The executive summary's words, per interview language: actions keyed by driver (then by category,
 * then a generic one), the evidence clause with its counts, and the summary paragraph's sentences.
 * English and French in full, and German, Spanish and Portuguese, the offline moderator's other
 * languages; any other language gets English.
 */
import { baseLanguage } from '../moderator/language.js';

export const SUMMARY_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;
export type SummaryLanguage = (typeof SUMMARY_LANGUAGES)[number];

type DriverActions = Record<string, string>;

/** An action on the driver, in the imperative; the evidence clause follows it. */
const DRIVER_ACTIONS: Record<SummaryLanguage, DriverActions> = {
  en: {
    reliability: 'Fix the failures customers run into',
    performance: 'Speed up the workflows customers find slow',
    usability: 'Simplify the everyday tasks customers find clunky',
    missing_capability: 'Schedule the missing capability, with a date',
    integrations: 'Repair the integrations customers depend on',
    data_quality: "Make the figures match customers' own records",
    product_direction: 'Publish a dated roadmap and ship what was promised',
    onboarding: 'Give each new account a named implementation owner',
    support: 'Set and meet a response-time target for support tickets',
    account_management: 'Give each account a named contact who checks in',
    training_docs: 'Update the documentation and training customers rely on',
    trust: 'Name an owner for each open problem and report back until it is closed',
    sales_gap: 'Align what sales demos with what ships',
    pricing_value: 'Review pricing against the value customers use',
    billing: 'Fix billing errors and make invoices easy to check',
    contract_terms: 'Fit seat and licensing terms to how customers work',
    competitive: 'Answer the comparisons customers make with competitors',
    security_compliance: 'Close the security and compliance gaps customers raise',
    'category:product': 'Fix the product problems customers describe',
    'category:experience': 'Improve the service experience customers describe',
    'category:commercial': 'Revisit the commercial terms customers question',
    'category:risk': 'Address the risks customers raise',
    generic: 'Act on what customers raise',
  },
  fr: {
    reliability: 'Corriger les pannes que rencontrent les clients',
    performance: 'Accélérer les parcours jugés lents',
    usability: 'Simplifier les tâches quotidiennes jugées laborieuses',
    missing_capability: 'Planifier la fonctionnalité manquante, avec une date',
    integrations: 'Réparer les intégrations dont les clients dépendent',
    data_quality: 'Aligner les chiffres sur les données des clients',
    product_direction: 'Publier une feuille de route datée et livrer ce qui a été promis',
    onboarding: 'Désigner un responsable de mise en place pour chaque nouveau compte',
    support: 'Fixer et tenir un délai de réponse pour les tickets de support',
    account_management: 'Donner à chaque compte un interlocuteur attitré qui fait le point',
    training_docs: 'Mettre à jour la documentation et les formations',
    trust: "Désigner un responsable pour chaque problème ouvert et rendre compte jusqu'à sa résolution",
    sales_gap: 'Aligner les démonstrations commerciales sur ce qui est livré',
    pricing_value: 'Revoir les prix au regard de la valeur utilisée',
    billing: 'Corriger les erreurs de facturation et rendre les factures vérifiables',
    contract_terms: "Adapter les conditions de licence à l'usage réel des clients",
    competitive: 'Répondre aux comparaisons que font les clients avec la concurrence',
    security_compliance: 'Combler les lacunes de sécurité et de conformité signalées',
    'category:product': 'Corriger les problèmes de produit décrits par les clients',
    'category:experience': "Améliorer l'expérience de service décrite par les clients",
    'category:commercial': 'Revoir les conditions commerciales contestées',
    'category:risk': 'Traiter les risques signalés par les clients',
    generic: 'Agir sur ce que disent les clients',
  },
  de: {
    reliability: 'Die Fehler beheben, auf die Kunden stoßen',
    performance: 'Die Abläufe beschleunigen, die Kunden zu langsam finden',
    usability: 'Die täglichen Aufgaben vereinfachen',
    missing_capability: 'Die fehlende Funktion mit Termin einplanen',
    integrations: 'Die Integrationen reparieren, auf die Kunden angewiesen sind',
    data_quality: 'Die Zahlen mit den Daten der Kunden abgleichen',
    product_direction: 'Eine Roadmap mit Terminen veröffentlichen und Zugesagtes liefern',
    onboarding: 'Jedem neuen Kunden einen festen Verantwortlichen für die Einführung geben',
    support: 'Eine Antwortzeit für Support-Tickets festlegen und einhalten',
    account_management: 'Jedem Kunden einen festen Ansprechpartner geben, der sich meldet',
    training_docs: 'Dokumentation und Schulungen aktualisieren',
    trust: 'Für jedes offene Problem einen Verantwortlichen benennen und bis zur Lösung berichten',
    sales_gap: 'Vertriebsdemos mit dem Ausgelieferten abgleichen',
    pricing_value: 'Preise am genutzten Wert überprüfen',
    billing: 'Abrechnungsfehler beheben und Rechnungen nachvollziehbar machen',
    contract_terms: 'Lizenzbedingungen an die tatsächliche Nutzung anpassen',
    competitive: 'Auf die Vergleiche der Kunden mit Wettbewerbern antworten',
    security_compliance: 'Die gemeldeten Sicherheits- und Compliance-Lücken schließen',
    'category:product': 'Die beschriebenen Produktprobleme beheben',
    'category:experience': 'Die beschriebene Betreuung verbessern',
    'category:commercial': 'Die kritisierten kommerziellen Bedingungen überprüfen',
    'category:risk': 'Die genannten Risiken angehen',
    generic: 'Auf das reagieren, was Kunden nennen',
  },
  es: {
    reliability: 'Corregir los fallos que encuentran los clientes',
    performance: 'Acelerar los procesos que los clientes consideran lentos',
    usability: 'Simplificar las tareas diarias que los clientes encuentran engorrosas',
    missing_capability: 'Planificar la función que falta, con fecha',
    integrations: 'Reparar las integraciones de las que dependen los clientes',
    data_quality: 'Hacer que las cifras coincidan con los datos de los clientes',
    product_direction: 'Publicar una hoja de ruta con fechas y entregar lo prometido',
    onboarding: 'Asignar a cada cuenta nueva un responsable de implantación',
    support: 'Fijar y cumplir un plazo de respuesta para los tickets de soporte',
    account_management: 'Dar a cada cuenta un interlocutor fijo que haga seguimiento',
    training_docs: 'Actualizar la documentación y la formación',
    trust: 'Nombrar un responsable para cada problema abierto e informar hasta resolverlo',
    sales_gap: 'Alinear las demostraciones comerciales con lo que se entrega',
    pricing_value: 'Revisar los precios frente al valor que se usa',
    billing: 'Corregir los errores de facturación y hacer las facturas verificables',
    contract_terms: 'Adaptar las condiciones de licencia al uso real',
    competitive: 'Responder a las comparaciones con la competencia',
    security_compliance: 'Cerrar las carencias de seguridad y cumplimiento señaladas',
    'category:product': 'Corregir los problemas de producto que describen los clientes',
    'category:experience': 'Mejorar la atención que describen los clientes',
    'category:commercial': 'Revisar las condiciones comerciales cuestionadas',
    'category:risk': 'Atender los riesgos señalados',
    generic: 'Actuar sobre lo que mencionan los clientes',
  },
  pt: {
    reliability: 'Corrigir as falhas que os clientes encontram',
    performance: 'Acelerar os processos que os clientes consideram lentos',
    usability: 'Simplificar as tarefas do dia a dia',
    missing_capability: 'Planear a funcionalidade em falta, com data',
    integrations: 'Reparar as integrações de que os clientes dependem',
    data_quality: 'Fazer os números coincidir com os dados dos clientes',
    product_direction: 'Publicar um roteiro com datas e entregar o prometido',
    onboarding: 'Atribuir a cada nova conta um responsável pela implementação',
    support: 'Definir e cumprir um prazo de resposta para os pedidos de suporte',
    account_management: 'Dar a cada conta um interlocutor fixo que faça acompanhamento',
    training_docs: 'Atualizar a documentação e a formação',
    trust: 'Nomear um responsável por cada problema em aberto e informar até à resolução',
    sales_gap: 'Alinhar as demonstrações comerciais com o que é entregue',
    pricing_value: 'Rever os preços face ao valor utilizado',
    billing: 'Corrigir os erros de faturação e tornar as faturas verificáveis',
    contract_terms: 'Ajustar as condições de licenciamento ao uso real',
    competitive: 'Responder às comparações com a concorrência',
    security_compliance: 'Colmatar as lacunas de segurança e conformidade apontadas',
    'category:product': 'Corrigir os problemas de produto descritos pelos clientes',
    'category:experience': 'Melhorar o atendimento descrito pelos clientes',
    'category:commercial': 'Rever as condições comerciais contestadas',
    'category:risk': 'Tratar os riscos apontados',
    generic: 'Agir sobre o que os clientes referem',
  },
};

export type EvidenceBand = 'detractor' | 'passive';

/** A count of a band, e.g. "6 of 7 detractors". */
export interface BandCount {
  band: EvidenceBand;
  count: number;
  n: number;
}

export interface SummaryPhrases {
  /** "6 of 7 detractors and 2 of 9 passives mention “Data sync failures”". */
  evidence(counts: readonly BandCount[], label: string): string;
  /** The regular expression an evidence clause's counts match ("N of M"). */
  countPattern: RegExp;
  coded(total: number, detractors: number, passives: number, promoters: number, themes: number): string;
  none: string;
  gains(items: readonly { label: string; points: number; low: number; high: number }[]): string;
  noGain: string;
  praise(labels: readonly string[]): string;
  differences(items: readonly { segment: string; label: string; share: number; rest: number; flag: string }[]): string;
  noSignificantDifference(item: { segment: string; label: string; share: number; rest: number }): string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
const list = (items: readonly string[], and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

interface Words {
  of: string;
  and: string;
  bands: Record<EvidenceBand, [singular: string, plural: string]>;
  /** The verb after the counts: [one (count of 1), several]. */
  mention: [string, string];
  quote: (label: string) => string;
}

const WORDS: Record<SummaryLanguage, Words> = {
  en: {
    of: 'of',
    and: 'and',
    bands: { detractor: ['detractor', 'detractors'], passive: ['passive', 'passives'] },
    mention: ['mentions', 'mention'],
    quote: (l) => `“${l}”`,
  },
  fr: {
    of: 'sur',
    and: 'et',
    bands: { detractor: ['détracteur', 'détracteurs'], passive: ['passif', 'passifs'] },
    mention: ['évoque', 'évoquent'],
    quote: (l) => `« ${l} »`,
  },
  de: {
    of: 'von',
    and: 'und',
    bands: { detractor: ['Kritiker', 'Kritikern'], passive: ['Passiven', 'Passiven'] },
    mention: ['nennt', 'nennen'],
    quote: (l) => `„${l}“`,
  },
  es: {
    of: 'de',
    and: 'y',
    bands: { detractor: ['detractor', 'detractores'], passive: ['pasivo', 'pasivos'] },
    mention: ['menciona', 'mencionan'],
    quote: (l) => `«${l}»`,
  },
  pt: {
    of: 'de',
    and: 'e',
    bands: { detractor: ['detrator', 'detratores'], passive: ['passivo', 'passivos'] },
    mention: ['menciona', 'mencionam'],
    quote: (l) => `«${l}»`,
  },
};

function evidenceOf(w: Words) {
  return (counts: readonly BandCount[], label: string) => {
    const parts = counts.map((c) => `${c.count} ${w.of} ${c.n} ${w.bands[c.band][c.n === 1 ? 0 : 1]}`);
    const several = counts.length > 1 || counts[0]?.count !== 1;
    return `${list(parts, w.and)} ${w.mention[several ? 1 : 0]} ${w.quote(label)}`;
  };
}

const countPattern = (of: string) => new RegExp(`\\b\\d+ ${of} \\d+\\b`);

type GainItem = Parameters<SummaryPhrases['gains']>[0][number];
type DifferenceItem = Parameters<SummaryPhrases['differences']>[0][number];

/** "Export failures (+13.4, 95% CI 5.3 to 24.7)". */
const gainItem = (ci: string, to: string) => (i: GainItem) =>
  `${i.label} (${signed(i.points)}, ${ci} ${i.low.toFixed(1)} ${to} ${i.high.toFixed(1)})`;

/** "Enterprise (plan) raise “Stalled rollouts” more often (80% vs 10% of the rest, **)". */
const differenceItem = (more: (segment: string, label: string) => string, vs: string, rest: string, w: Words) => (i: DifferenceItem) =>
  `${more(i.segment, w.quote(i.label))} (${pct(i.share)} ${vs} ${pct(i.rest)}${rest ? ` ${rest}` : ''}${i.flag ? `, ${i.flag}` : ''})`;

const PHRASES: Record<SummaryLanguage, SummaryPhrases> = {
  en: {
    evidence: evidenceOf(WORDS.en),
    countPattern: countPattern('of'),
    coded: (t, d, p, pr, th) => `${t} interviews coded (${d} detractors, ${p} passives, ${pr} promoters); ${th} themes.`,
    none: 'No coded interviews in this wave yet.',
    gains: (items) => `Largest estimated NPS gains: ${items.map(gainItem('95% CI', 'to')).join('; ')}.`,
    noGain: 'No theme holds back detractors or passives.',
    praise: (labels) => `Promoters value: ${labels.join('; ')}.`,
    differences: (items) =>
      `Biggest segment differences: ${items
        .map(differenceItem((s, l) => `${s} raise ${l} more often`, 'vs', 'of the rest', WORDS.en))
        .join('; ')}.`,
    noSignificantDifference: (i) =>
      `No segment differs significantly from the rest in its themes; the largest gap: ${i.segment}, ${WORDS.en.quote(i.label)} ` +
      `(${pct(i.share)} vs ${pct(i.rest)}).`,
  },
  fr: {
    evidence: evidenceOf(WORDS.fr),
    countPattern: countPattern('sur'),
    coded: (t, d, p, pr, th) => `${t} entretiens codés (${d} détracteurs, ${p} passifs, ${pr} promoteurs) ; ${th} thèmes.`,
    none: "Aucun entretien codé dans cette vague pour l'instant.",
    gains: (items) => `Gains de NPS estimés les plus forts : ${items.map(gainItem('IC 95 %', 'à')).join(' ; ')}.`,
    noGain: 'Aucun thème ne retient les détracteurs ou les passifs.',
    praise: (labels) => `Les promoteurs apprécient : ${labels.join(' ; ')}.`,
    differences: (items) =>
      `Plus grands écarts entre segments : ${items
        .map(differenceItem((s, l) => `${s} évoquent plus souvent ${l}`, 'contre', 'pour le reste', WORDS.fr))
        .join(' ; ')}.`,
    noSignificantDifference: (i) =>
      `Aucun segment ne se distingue significativement du reste ; le plus grand écart : ${i.segment}, ${WORDS.fr.quote(i.label)} ` +
      `(${pct(i.share)} contre ${pct(i.rest)}).`,
  },
  de: {
    evidence: evidenceOf(WORDS.de),
    countPattern: countPattern('von'),
    coded: (t, d, p, pr, th) => `${t} Interviews codiert (${d} Kritiker, ${p} Passive, ${pr} Promotoren); ${th} Themen.`,
    none: 'In dieser Welle ist noch kein Interview codiert.',
    gains: (items) => `Größte geschätzte NPS-Gewinne: ${items.map(gainItem('95%-KI', 'bis')).join('; ')}.`,
    noGain: 'Kein Thema hält Kritiker oder Passive zurück.',
    praise: (labels) => `Promotoren schätzen: ${labels.join('; ')}.`,
    differences: (items) =>
      `Größte Unterschiede zwischen Segmenten: ${items
        .map(differenceItem((s, l) => `${s} nennen ${l} häufiger`, 'gegenüber', 'der übrigen', WORDS.de))
        .join('; ')}.`,
    noSignificantDifference: (i) =>
      `Kein Segment unterscheidet sich signifikant vom Rest; der größte Abstand: ${i.segment}, ${WORDS.de.quote(i.label)} ` +
      `(${pct(i.share)} gegenüber ${pct(i.rest)}).`,
  },
  es: {
    evidence: evidenceOf(WORDS.es),
    countPattern: countPattern('de'),
    coded: (t, d, p, pr, th) => `${t} entrevistas codificadas (${d} detractores, ${p} pasivos, ${pr} promotores); ${th} temas.`,
    none: 'Todavía no hay entrevistas codificadas en esta ola.',
    gains: (items) => `Mayores ganancias de NPS estimadas: ${items.map(gainItem('IC 95 %', 'a')).join('; ')}.`,
    noGain: 'Ningún tema frena a detractores o pasivos.',
    praise: (labels) => `Los promotores valoran: ${labels.join('; ')}.`,
    differences: (items) =>
      `Mayores diferencias entre segmentos: ${items
        .map(differenceItem((s, l) => `${s} mencionan más ${l}`, 'frente a', 'del resto', WORDS.es))
        .join('; ')}.`,
    noSignificantDifference: (i) =>
      `Ningún segmento difiere significativamente del resto; la mayor diferencia: ${i.segment}, ${WORDS.es.quote(i.label)} ` +
      `(${pct(i.share)} frente a ${pct(i.rest)}).`,
  },
  pt: {
    evidence: evidenceOf(WORDS.pt),
    countPattern: countPattern('de'),
    coded: (t, d, p, pr, th) => `${t} entrevistas codificadas (${d} detratores, ${p} passivos, ${pr} promotores); ${th} temas.`,
    none: 'Ainda não há entrevistas codificadas nesta vaga.',
    gains: (items) => `Maiores ganhos de NPS estimados: ${items.map(gainItem('IC 95 %', 'a')).join('; ')}.`,
    noGain: 'Nenhum tema trava detratores ou passivos.',
    praise: (labels) => `Os promotores valorizam: ${labels.join('; ')}.`,
    differences: (items) =>
      `Maiores diferenças entre segmentos: ${items
        .map(differenceItem((s, l) => `${s} mencionam mais ${l}`, 'face a', 'do resto', WORDS.pt))
        .join('; ')}.`,
    noSignificantDifference: (i) =>
      `Nenhum segmento difere significativamente do resto; a maior diferença: ${i.segment}, ${WORDS.pt.quote(i.label)} ` +
      `(${pct(i.share)} face a ${pct(i.rest)}).`,
  },
};

/** The summary language for a language tag: its base when templates exist, else English. */
export function summaryLanguage(language: string | null | undefined): SummaryLanguage {
  const base = baseLanguage(language ?? 'en');
  return (SUMMARY_LANGUAGES as readonly string[]).includes(base) ? (base as SummaryLanguage) : 'en';
}

export function summaryPhrases(language: string | null | undefined): SummaryPhrases {
  return PHRASES[summaryLanguage(language)];
}

/** The action on a driver (its category's, or a generic one, for drivers a study added to its taxonomy). */
export function driverAction(language: string | null | undefined, driverKey: string | undefined, categoryKey: string | undefined): string {
  const actions = DRIVER_ACTIONS[summaryLanguage(language)];
  return (driverKey && actions[driverKey]) || (categoryKey && actions[`category:${categoryKey}`]) || actions.generic;
}
