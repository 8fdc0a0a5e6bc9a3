/**
 * Words that point at each driver of a taxonomy, for the offline coder. Known driver keys (those
 * of DEFAULT_TAXONOMY) have hand-written English and French patterns; any other driver gets
 * patterns derived from its own label, description and examples (content words, crude stemming),
 * so an edited or custom taxonomy still codes something offline. Every driver also matches its
 * examples verbatim.
 *
 * Patterns are matched against folded text (accents stripped, typographic apostrophes made
 * straight, same length as the original so indices stay valid), case-insensitively. In the
 * pattern sources below, `*` stands for "any further letters" and a space for any whitespace.
 */
import { offlineLanguage, type OfflineLanguage } from '../moderator/language.js';
import type { TaxonomyContent, TaxonomyDriver } from '@ladder/contracts/taxonomy';

export interface DriverPatterns {
  driverKey: string;
  categoryKey: string;
  /**
   * Problem words and topics. A negation just before one ("no outage", "no problem with
   * support") means the driver is not at issue, so the coder skips that match.
   */
  cues: RegExp;
  /**
   * Quality words whose negation is itself the complaint ("not reliable", "pas fiable", "I don't
   * trust them"): matched whether negated or not. Null when the driver has none.
   */
  polar: RegExp | null;
  /** 'builtin' for known keys, 'derived' for drivers read from their own wording. */
  source: 'builtin' | 'derived';
}

interface Entry {
  cues: string;
  polar?: string;
}

/** Same length as the input: accents stripped, ’ made '. Case is left alone (patterns use the i flag). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\u2019' || ch === '\u02bc') {
      out += "'";
      continue;
    }
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare.length === ch.length ? bare : ch;
  }
  return out;
}

const EN: Record<string, Entry> = {
  reliability: {
    cues: String.raw`crash*|outages?|downtime|(?:is|was|were|are|went|goes|going|been|being) down|bugs?|buggy|glitch*|broke|broken|breaks|breaking|fail*|keeps failing|errors?|unstable|instabilit*|unreliab*|reliabilit*|(?:doesn't|does not|didn't|did not|don't|do not|isn't|is not|wasn't|stopped|not|no longer) work(?:s|ing|ed)?|data loss|lost (?:our |all |some )?data|inconsisten*|flaky|freez*|froze|timeouts?|times? out|incidents?|regressions?`,
    polar: String.raw`reliable|stable|dependable|rock solid|rock-solid|robust|(?:just|always) works`,
  },
  performance: {
    cues: String.raw`slow(?:s|er|est|ly|ness|ed|ing)?(?! to (?:answer|respond|reply|get back|fix|react))|sluggish|lag|lags|laggy|lagging|latency|take(?:s|n)? (?:forever|ages|minutes|hours|too long)|took (?:forever|ages|minutes|hours|too long)|(?:seconds|minutes) to (?:load|open|run|refresh)|load(?:ing)? times?|loads? slowly|spinner|spinning|performance|speed|unresponsive`,
    polar: String.raw`fast|faster|snappy|speedy|blazing`,
  },
  usability: {
    cues: String.raw`clunky|too many clicks|clicks|confusing|confused|complicated|unintuitive|counter-?intuitive|(?:hard|difficult|tricky) to (?:use|find|learn|navigate|understand|set|configure)|cumbersome|awkward|user interface|ui|ux|interface|navigation|navigate|menus?|learning curve|usability|ease of use|buried|hidden in|layout|design`,
    polar: String.raw`intuitive|(?:easy|simple|straightforward) to (?:use|learn|navigate|find|set up)|user-?friendly|user friendly`,
  },
  missing_capability: {
    cues: String.raw`missing|lacks?|lacking|(?:no|not any|there's no|there is no|doesn't have|does not have|don't have) (?:way|option|feature|ability|means) to|feature requests?|(?:export|copy|paste) (?:\p{L}+ )?(?:to|into) (?:spreadsheets?|excel)|spreadsheets?|(?:in|into|to|use|using|on|ms) excel|excel (?:sheets?|files?|exports?)|workarounds?|(?:can't|cannot|can not) (?:do|build|create|customi[sz]e|filter|schedule|automate|configure|track|report)|wish (?:it|there|they|you)|would love (?:a|an|to have|to see)|(?:doesn't|does not|don't) support|not supported|limitations?`,
  },
  integrations: {
    cues: String.raw`integrat*|connectors?|connections? (?:to|with)|connect(?:s|ed|ing)? (?:to|with)|api|apis|webhooks?|sync|syncs|syncing|synced|synchroni[sz]*|salesforce|hubspot|slack|jira|zapier|sso|crm|erp|plug-?ins?|third-party|third party|(?:our|the rest of (?:our|the)) stack`,
  },
  data_quality: {
    cues: String.raw`(?:numbers|data|figures|totals|values|reports?|counts|dashboards?) (?:don't|do not|doesn't|does not|never) (?:match|add up|agree)|(?:don't|doesn't|do not|does not) add up|inaccura*|wrong (?:numbers|data|figures|values|totals|counts)|incorrect|duplicat*|missing data|data quality|(?:bad|dirty|stale|outdated|incomplete|messy|wrong) data|discrepanc*|mismatch*|out of sync`,
    polar: String.raw`accurate|(?:numbers|data|figures) (?:are|is) (?:right|correct|clean)`,
  },
  product_direction: {
    cues: String.raw`roadmaps?|road map|product direction|direction|vision|slipp*|(?:features?|releases?) (?:never|haven't|hasn't|didn't|did not|have not|has not) (?:ship|shipped|arrive|arrived|land|landed|come|came)|(?:still )?waiting (?:for|on) (?:the |a |that )?(?:feature|release|update)|(?:their|your|the vendor's) priorit*|not a priority|depriorit*|delayed|postponed`,
  },
  onboarding: {
    cues: String.raw`onboard*|implementation|set-?up|setting up|go-?live|go live|went live|getting started|roll-?out|rolled out|deployment|migration|kick-?off`,
    polar: String.raw`smooth (?:onboarding|rollout|implementation|setup|start)`,
  },
  support: {
    cues: String.raw`(?<!(?:doesn't|does not|don't|do not|didn't|to|will|would|can't|cannot|could|should|we|i|they|it|that|which|also|fully) )support(?! for)|help ?desk|tickets?|customer service|service desk|slow to (?:answer|respond|reply|get back)|sit(?:s|ting)? for (?:days|weeks)|response times?|(?:no|never an?) (?:answer|response|reply)|(?:never|didn't|did not|don't|do not|doesn't|does not) (?:answer|respond|reply|get back)|escalat*|agents?|live chat|chatbot|hotline|helpline`,
  },
  account_management: {
    cues: String.raw`account (?:manager|management|team|executive|rep)s?|csms?|customer success(?: manager| team)?|success manager|(?:our|my) (?:rep|contact|point of contact)|check-?ins?|(?:quarterly )?business reviews?|qbrs?|relationship|never hear from|hear from (?:them|anyone|our)|follow(?:-| )?ups?|followed up|point of contact`,
  },
  training_docs: {
    cues: String.raw`docs|doc|documentation|help (?:center|centre|articles?|pages?)|knowledge base|tutorials?|training|trainings|webinars?|enablement|academy|how-?tos?|videos?|manuals|user manual|the manual|release notes`,
  },
  trust: {
    cues: String.raw`distrust|mistrust|lost (?:faith|confidence)|credib*|accountab*|responsibility|(?:take|took|takes|taking) (?:no )?ownership|own(?:ed|s)? up|owned (?:the |their )?(?:problem|issue|mistake)s?|let (?:us |me |them )?down|betray*|broke (?:their|its|his|her|a) (?:word|promise)s?|dishonest*|lied|lying|misled|mislead*|blam*|excuses`,
    polar: String.raw`trust*|confidence|honest|honesty|transparen*|integrity|(?:kept|keep|keeps|keeping) (?:their|its|his|her) (?:word|promises?)|rely on (?:them|you|the vendor|their word)|count on (?:them|you)`,
  },
  sales_gap: {
    cues: String.raw`demo|demos|demoed|demoing|promise|promises|promised|overpromis*|over-promis*|oversold|over-sold|sold (?:us|me|to us)|sales (?:pitch|process|cycle|call|calls|deck|promises?|demo)|(?:their|the vendor's|your|the) sales(?: team| reps?| people| guy| person)?|salesperson|salesman|pitch*|what (?:we|I) (?:were|was) (?:told|sold|promised|shown)|not as (?:advertised|described|demoed|promised|sold)|expectations?|bait and switch|they (?:said|told us) (?:it|we) would`,
  },
  pricing_value: {
    cues: String.raw`price|prices|pricing|priced|overpriced|expensive|costs?|costly|overpay*|pay(?:ing)? (?:too much|more|for)|value for money|roi|budget*|cheap*|per seat|(?:price|cost) (?:increase|hike)s?|fees?|money|\$\d+(?:[.,]\d+)?k?`,
    polar: String.raw`worth (?:it|the money|the price|every penny)|good value|great value|affordable`,
  },
  billing: {
    cues: String.raw`billing|billed|invoic*|double-?charged|charged twice|overcharg*|charged|refunds?|refunded|credit card|payments?|receipts?`,
  },
  contract_terms: {
    cues: String.raw`contracts?|contractual|licen[cs]e|licen[cs]es|licensing|seats?|renewals?|renew|renewed|renewing|auto-?renew*|minimum (?:commitment|term|seats?)|terms and conditions|(?:contract|payment) terms|lock-?in|locked in|notice period|multi-?year|annual commitment|tiers?|subscription`,
  },
  competitive: {
    cues: String.raw`competitors?|competition|competing|alternatives?|switch(?:ed|ing)? (?:vendors?|tools?|providers?|platforms?|away)|(?:move|moved|moving|migrate|migrated|migrating) away|evaluat(?:e|ed|ing|ion) (?:of )?(?:other|another|alternatives?|competitors?|options|vendors?|tools?|solutions?)|(?:another|other|different) (?:vendors?|tools?|providers?|solutions?|platforms?|products?)|look(?:ed|ing)? at (?:other|another|alternatives)|shortlist*|rfp|(?:cheaper|better) options?|elsewhere`,
  },
  security_compliance: {
    cues: String.raw`security|insecure|compliance|gdpr|soc ?2|iso ?27001|hipaa|data protection|privacy|pen(?:etration)? tests?|pentests?|audits?|auditors?|vulnerab*|breach*|encrypt*|infosec|dpa`,
    polar: String.raw`secure|compliant`,
  },
};

const FR: Record<string, Entry> = {
  reliability: {
    cues: String.raw`pannes?|en panne|plante|plantent|plantait|planté|plantée|plantés|plantage*|bugs?|buggé|bugue|bogues?|crash*|erreurs?|instab*|(?:ne |n')?(?:marche|fonctionne)(?:nt)? (?:pas|plus|jamais)|n'a jamais (?:marché|fonctionné)|ne (?:marche|fonctionne)|perte de données|(?:perdu|perd|perdons) (?:des |nos |les |toutes nos )?données|incidents?|cassé*|hors service|indisponib*|coupures?|fiabilité|dysfonctionn*|ne répond plus|régressions?`,
    polar: String.raw`fiables?|stables?|robustes?`,
  },
  performance: {
    cues: String.raw`lent|lente|lents|lentes|lenteurs?|rame|rament|ramer|(?:met|mettent|prend|prennent) (?:des heures|des minutes|une éternité|un temps fou|trop de temps|des plombes)|temps de (?:chargement|réponse de l'outil|traitement)|chargements?|latence|performances?|vitesse|(?:secondes|minutes) (?:à|pour) (?:charger|s'afficher|s'ouvrir)`,
    polar: String.raw`rapides?|fluides?`,
  },
  usability: {
    cues: String.raw`pas pratique|compliqu*|complexe*|(?:difficile|dur) à (?:utiliser|prendre en main|trouver|comprendre|paramétrer)|ergonomie|interface|trop de clics|clics|lourd|lourde|lourds|lourdes|prise en main|contre-intuiti*|navigation|menus?|usine à gaz|mal (?:fichu|conçu|pensé)|confus`,
    polar: String.raw`intuiti*|(?:facile|simple)s? à (?:utiliser|prendre en main|comprendre)|ergonomique*|simple d'utilisation`,
  },
  missing_capability: {
    cues: String.raw`il manque|manque (?:d'une |d'un |d'|de |une |un |des |la |le |l')(?:fonction*|option*|possibilit*|export*|rapport*|intégration*)|manquant*|il n'y a (?:pas|aucune?) (?:de |d')?(?:moyen|option|possibilité|fonctionnalité)|pas (?:de |la )?possibilité de|impossible de|on (?:ne )?peut pas (?:faire|créer|exporter|filtrer|automatiser|personnaliser|paramétrer|suivre)|(?:tableur|excel|fichiers? excel)|contournement*|limitations?|j'aimerais (?:qu|pouvoir|avoir)|il faudrait|absence de|fonctionnalités? (?:absente|manquante)s?`,
  },
  integrations: {
    cues: String.raw`intégration*|intègre*|connecteurs?|api|apis|webhooks?|synchro*|sync|salesforce|hubspot|slack|jira|zapier|sso|crm|erp|se connecte*|outils? tiers|notre (?:stack|si)|système d'information|interfaçage|plug-?ins?`,
  },
  data_quality: {
    cues: String.raw`chiffres? (?:faux|erronés?|incohérents?)|(?:chiffres|données|totaux|montants|rapports?|tableaux) (?:ne |n')?(?:correspond|colle)(?:ent)? pas|erroné*|inexact*|incohéren*|doublons?|données (?:fausses|incomplètes|manquantes|erronées|obsolètes|pas à jour)|qualité (?:des|de la) données?|écarts? (?:entre|de)`,
    polar: String.raw`(?:chiffres|données) (?:justes|exacts|exactes|fiables)`,
  },
  product_direction: {
    cues: String.raw`feuille de route|roadmap|direction (?:du produit|prise)|vision|(?:prend|prennent|a pris|ont pris) du retard|toujours en retard|(?:fonctionnalités?|nouveautés?) (?:promises?|annoncées?)|toujours (?:en )?attend*|repouss*|(?:leur|leurs|votre|vos) priorit*|pas une priorité|évolutions? du produit`,
  },
  onboarding: {
    cues: String.raw`onboarding|mise en (?:place|œuvre|oeuvre|service|production|route)|déploiement|déployer|démarrage|paramétrage|migration|installation`,
  },
  support: {
    cues: String.raw`support|service client|assistance|hotline|tickets?|sav|(?:pas|jamais|aucune?) (?:de )?(?:réponse|retour)|(?:ne )?(?:répond|répondent) (?:pas|jamais)|escalad*|relanc*|temps de réponse du support`,
  },
  account_management: {
    cues: String.raw`(?:chargée?|responsable|gestionnaire) (?:de |du )?(?:compte|clientèle)|account manager|csms?|customer success|interlocut*|relation (?:client|commerciale)|(?:pas de|aucun|manque de|absence de) suivi|suivi (?:client|commercial|de (?:notre )?compte)|points? (?:de suivi|réguliers?)|(?:pas|plus) de nouvelles|personne ne (?:nous )?(?:rappelle|suit|contacte)`,
  },
  training_docs: {
    cues: String.raw`doc|docs|documentation|centre d'aide|base de connaissances?|tutoriels?|tutos?|formations?|former (?:les|nos) (?:équipes|utilisateurs)|webinaires?|webinars?|vidéos?|guide utilisateur|manuels?`,
  },
  trust: {
    cues: String.raw`méfian*|défian*|perdu (?:toute )?confiance|crédibilit*|responsabilit*|assum* (?:ses|leurs|la|les) (?:responsabilités?|erreurs?)|trahi*|trahison|laissé* tomber|menti|mensonges?|rupture de confiance|malhonnête*|excuses`,
    polar: String.raw`confiance|honnête*|honnêteté|transparen*|intégrité|(?:tenu|tient|tiennent|tenir) (?:sa|leur|leurs|ses) (?:parole|promesses?|engagements?)|compter sur (?:eux|vous)|fiabilité (?:de l'éditeur|du fournisseur)`,
  },
  sales_gap: {
    cues: String.raw`démo*|demo|promesses?|promis*|(?:nous|m') a (?:été )?vendu*|vendu comme|on nous a (?:vendu|promis|dit|montré|présenté)|commerciaux|(?:le|leur|votre|son) commercial|avant-vente|survend*|pitch|écart entre|décalage entre|attentes`,
  },
  pricing_value: {
    cues: String.raw`prix|tarif*|cher|chère|chers|chères|coût*|coûte*|onéreu*|budgets?|rapport qualité[- ]prix|payer trop|trop payé|augmentation*|euros?|\d+ ?€|€ ?\d+|par (?:licence|utilisateur|mois|siège)|pricing`,
    polar: String.raw`(?:vaut|valait|vaudrait) le coup|abordables?|rentab*`,
  },
  billing: {
    cues: String.raw`factur*|prélèv*|rembours*|paiements?|carte bancaire|facturé deux fois|débité*`,
  },
  contract_terms: {
    cues: String.raw`contrat*|contractuel*|licences?|par siège|nombre de sièges|renouvel*|durée d'engagement|engagement (?:annuel|minimum|de (?:un|deux|trois|\d+) ans?)|préavis|clauses?|conditions (?:générales|contractuelles)|minimum de (?:licences|utilisateurs)|abonnement*`,
  },
  competitive: {
    cues: String.raw`concurren*|alternatives?|passer chez|évalu(?:ons|e|er|é|ent|ation) (?:de |d')?(?:d'autres|un autre|une autre|des alternatives|la concurrence|des concurrents|autres)|(?:un autre|une autre|d'autres) (?:fournisseurs?|outils?|solutions?|éditeurs?|plateformes?|prestataires?|logiciels?)|appel d'offres?|(?<!d')ailleurs|regardons (?:du côté|ailleurs)`,
  },
  security_compliance: {
    cues: String.raw`sécurité|rgpd|gdpr|conformité|protection des données|confidentialité|audits?|auditeurs?|vulnérab*|fuites?|chiffrement|soc ?2|iso ?27001|hébergement (?:des données|en europe|en france)|cnil|hds`,
    polar: String.raw`sécurisé*|conformes?`,
  },
};

/** Languages without a driver lexicon (de, es, pt) read as English, as before they had offline templates. */
const LEXICONS: Partial<Record<OfflineLanguage, Record<string, Entry>>> = { en: EN, fr: FR };

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compiles a pattern source: folds it like the text, `*` → any further letters, space → any whitespace. */
function compile(source: string): RegExp {
  const body = foldText(source)
    .replace(/\*/g, String.raw`\p{L}*`)
    .replace(/ /g, String.raw`\s+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
}

/** An example written in the taxonomy ("too many clicks"), matched as a phrase. */
const phrase = (example: string): string => escapeRegex(foldText(example.trim()).replace(/\*/g, '')).replace(/\s+/g, ' ');

const STOPWORDS = new Set(
  `
the and for with that this from have has had been were was are what when where which while there their they them then than
into onto about over under after before still every each some many much more most other another also just only very really
does doesn't dont didn't would could should will shall might must keep keeps kept make makes made take takes took give gives
get gets getting goes going come comes thing things something anything nothing everything stuff people someone anyone nobody
team teams week weeks month months year years time times day days today always never ever often sometimes need needs needed
want wants like likes well good better best great whether because though although across within without around through again
being having those these your yours ours itself here able same such both either neither less least enough quite rather instead
customer customers user users vendor vendors product products company companies tool tools work works working using used does
done doing whole part parts kind sort lots first last next high long short example examples between whose number numbers
problem problems issue issues
les des une pour avec dans sans sous chez vers entre leur leurs nous vous elle elles ils sont etait etre avoir avait fait faire
font plus moins tres trop tout tous toute toutes encore toujours jamais rien chose choses quelque aussi comme mais donc alors
chiffre chiffres probleme problemes souci soucis
quand cette ceux celui celle notre votre depuis pendant avant apres chaque autre autres meme bien bonne produit produits
client clients outil outils fournisseur fournisseurs semaine semaines mois annee annees jour jours fois temps personne gens
equipe equipes utilisateur utilisateurs`
    .split(/\s+/)
    .filter(Boolean),
);

const SUFFIXES = [
  'ations',
  'ation',
  'ements',
  'ement',
  'ments',
  'ment',
  'ings',
  'ing',
  'ities',
  'ity',
  'ites',
  'ite',
  'ness',
  'ships',
  'ship',
  'ies',
  'ied',
  'ors',
  'ers',
  'eurs',
  'euses',
  'euse',
  'eur',
  'ees',
  'ee',
  'es',
  'ed',
  'er',
  'ly',
  's',
  'e',
];
const MIN_STEM = 4;

/** Crude suffix stripping: enough for "crashing" → "crash", "disclosures" → "disclosur". */
export function stemOf(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stems of the content words of a driver's label, description and examples, in order of first use. */
export function derivedStems(driver: TaxonomyDriver): string[] {
  const text = foldText([driver.label, driver.description, ...driver.examples].join(' ')).toLowerCase();
  const words = text.match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  const stems = words
    .map((w) => w.replace(/^(?:l|d|j|qu|c|s|m|t|n)'/, ''))
    .filter((w) => w.length >= MIN_STEM && !STOPWORDS.has(w))
    .map(stemOf)
    .filter((s) => !STOPWORDS.has(s));
  return [...new Set(stems)];
}

function entryFor(driver: TaxonomyDriver, language: OfflineLanguage): { entry: Entry; source: DriverPatterns['source'] } {
  const known = (LEXICONS[language] ?? EN)[driver.key];
  const examples = driver.examples.map(phrase);
  if (known) return { entry: { ...known, cues: [known.cues, ...examples].join('|') }, source: 'builtin' };
  const stems = derivedStems(driver).map((s) => `${escapeRegex(s)}*`);
  return { entry: { cues: [...examples, ...stems].join('|') || '(?!)' }, source: 'derived' };
}

/** The patterns for every driver of the taxonomy, in taxonomy order. Languages without a lexicon read as English. */
export function lexiconFor(taxonomy: TaxonomyContent, language: string): DriverPatterns[] {
  const lang = offlineLanguage(language);
  return taxonomy.categories.flatMap((category) =>
    category.drivers.map((driver) => {
      const { entry, source } = entryFor(driver, lang);
      return {
        driverKey: driver.key,
        categoryKey: category.key,
        cues: compile(entry.cues),
        polar: entry.polar ? compile(entry.polar) : null,
        source,
      };
    }),
  );
}

/** Driver keys with a hand-written lexicon (the keys of DEFAULT_TAXONOMY). */
export const KNOWN_DRIVER_KEYS: readonly string[] = Object.keys(EN);
