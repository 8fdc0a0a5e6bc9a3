import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, type TaxonomyContent } from '@ladder/contracts/taxonomy';
import { derivedStems, foldText, lexiconFor, stemOf, type DriverPatterns } from './driver-lexicon.js';

const matches = (patterns: DriverPatterns, text: string): boolean => {
  const folded = foldText(text);
  return folded.search(patterns.cues) >= 0 || (patterns.polar !== null && folded.search(patterns.polar) >= 0);
};

const driversMatching = (text: string, language: string, taxonomy: TaxonomyContent = DEFAULT_TAXONOMY): string[] =>
  lexiconFor(taxonomy, language)
    .filter((p) => matches(p, text))
    .map((p) => p.driverKey);

const defaultKeys = DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers.map((d) => d.key));

describe('lexiconFor (default taxonomy)', () => {
  it.each(['en', 'fr'])('has hand-written patterns for every default driver in %s', (language) => {
    const lexicon = lexiconFor(DEFAULT_TAXONOMY, language);
    expect(lexicon.map((p) => p.driverKey)).toEqual(defaultKeys);
    expect(lexicon.every((p) => p.source === 'builtin')).toBe(true);
    expect(lexicon.find((p) => p.driverKey === 'reliability')?.categoryKey).toBe('product');
  });

  it('matches every example of the default taxonomy to its own driver', () => {
    for (const driver of DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers)) {
      for (const example of driver.examples) expect(driversMatching(example, 'en'), example).toContain(driver.key);
    }
  });

  it.each<[string, string]>([
    ['The app keeps crashing and the sync fails every night.', 'reliability'],
    ['We had a two-hour outage last week.', 'reliability'],
    ['Half the time it is down when we need it.', 'reliability'],
    ['Reports take minutes to load and the whole thing lags.', 'performance'],
    ['There are too many clicks to do anything.', 'usability'],
    ['There is no way to schedule exports, so we use a workaround.', 'missing_capability'],
    ['The Salesforce connector drops fields.', 'integrations'],
    ["The totals don't match what finance sees.", 'data_quality'],
    ['The roadmap keeps slipping quarter after quarter.', 'product_direction'],
    ['Implementation took six months.', 'onboarding'],
    ['Support is slow to answer and tickets sit for days.', 'support'],
    ['We never hear from our CSM.', 'account_management'],
    ['The documentation is out of date.', 'training_docs'],
    ['I simply do not trust them anymore.', 'trust'],
    ['Nobody took responsibility for the incident.', 'trust'],
    ['The demo showed features we never got; it is not what we were told.', 'sales_gap'],
    ['They sold us a dream.', 'sales_gap'],
    ['It is too expensive for what we use.', 'pricing_value'],
    ['We were double-charged in March.', 'billing'],
    ['The seat minimum forces us to overpay at renewal.', 'contract_terms'],
    ['We are evaluating another vendor.', 'competitive'],
    ['Our security team flagged the SOC 2 report.', 'security_compliance'],
  ])('en: "%s" → %s', (text, driver) => {
    expect(driversMatching(text, 'en')).toContain(driver);
  });

  it.each<[string, string]>([
    ["L'application plante tous les lundis, c'est une panne après l'autre.", 'reliability'],
    ['Ça ne marche pas comme prévu.', 'reliability'],
    ['Les rapports sont très lents à charger.', 'performance'],
    ["L'interface est compliquée, il faut trop de clics.", 'usability'],
    ["Il manque l'export planifié, on passe par Excel.", 'missing_capability'],
    ['Le connecteur Salesforce perd des champs.', 'integrations'],
    ['Les chiffres ne correspondent pas à notre entrepôt.', 'data_quality'],
    ['La feuille de route prend du retard.', 'product_direction'],
    ['La mise en place a pris six mois.', 'onboarding'],
    ['Le support ne répond jamais aux tickets.', 'support'],
    ['Notre chargé de compte a disparu.', 'account_management'],
    ['La documentation est obsolète.', 'training_docs'],
    ["J'ai perdu confiance, on s'est senti trahis.", 'trust'],
    ["Ce n'est pas ce qu'on nous a vendu pendant la démo.", 'sales_gap'],
    ["C'est trop cher pour ce qu'on en fait.", 'pricing_value'],
    ['On a été facturé deux fois.', 'billing'],
    ['Le renouvellement du contrat nous impose vingt licences.', 'contract_terms'],
    ['Nous regardons un concurrent.', 'competitive'],
    ['Notre équipe sécurité exige la conformité RGPD.', 'security_compliance'],
  ])('fr: "%s" → %s', (text, driver) => {
    expect(driversMatching(text, 'fr-FR')).toContain(driver);
  });

  it.each<[string, string, string]>([
    ['en', 'We use it every day to manage our sales pipeline.', 'sales_gap'],
    ['en', 'We support three hundred users across Europe.', 'support'],
    ['en', 'Bill from finance sends the report.', 'billing'],
    ['en', 'They really excel at onboarding new admins.', 'missing_capability'],
    ['en', 'We switched to the new dashboard last month.', 'competitive'],
    ['en', 'Compared to last year, things are better.', 'competitive'],
    ['en', 'Our priority is the Q3 launch.', 'product_direction'],
    ['en', 'Let me take a break from the manual exports.', 'reliability'],
    ['en', 'We keep a manual process for approvals.', 'training_docs'],
    ['fr', 'Nous devons avoir un rapport chaque lundi.', 'billing'],
    ['fr', "D'ailleurs, on l'utilise tous les jours.", 'competitive'],
    ['fr', 'Le siège social a validé le budget.', 'contract_terms'],
    ['fr', "Le suivi des stocks se fait dans l'outil.", 'account_management'],
    ['fr', 'Nous avons vendu plus cette année.', 'sales_gap'],
    ['fr', 'Ça ne correspond pas à nos besoins.', 'data_quality'],
    ['fr', "Il faut évaluer l'impact sur les équipes.", 'competitive'],
  ])('%s: "%s" is not %s', (language, text, driver) => {
    expect(driversMatching(text, language)).not.toContain(driver);
  });

  it('reads accents loosely and does not match inside other words', () => {
    expect(driversMatching('la demo etait trompeuse', 'fr')).toContain('sales_gap');
    expect(driversMatching('Our debugger is great', 'en')).not.toContain('reliability');
    expect(driversMatching('In terms of price it is fine', 'en')).not.toContain('contract_terms');
  });

  it('reads other languages with the English lexicon', () => {
    expect(driversMatching('Das Dashboard hat einen Bug.', 'de')).toContain('reliability');
  });
});

describe('lexiconFor (custom drivers)', () => {
  const custom: TaxonomyContent = {
    categories: [
      {
        key: 'esg',
        label: 'ESG',
        drivers: [
          {
            key: 'carbon_reporting',
            label: 'Carbon reporting',
            description: 'Emissions tracking and sustainability disclosures',
            examples: ['our auditors need scope 3 numbers'],
          },
          { key: 'reliability', label: 'Uptime', description: 'Stays up', examples: ['the kiosk reboots itself'] },
        ],
      },
    ],
  };

  it('derives stems from the label, description and examples', () => {
    expect(derivedStems(custom.categories[0].drivers[0])).toEqual(
      expect.arrayContaining(['carbon', 'report', 'emission', 'track', 'sustainabil', 'disclosur', 'audit']),
    );
    expect(derivedStems(custom.categories[0].drivers[0])).not.toContain('need');
    const lexicon = lexiconFor(custom, 'en');
    expect(lexicon.map((p) => [p.driverKey, p.source])).toEqual([
      ['carbon_reporting', 'derived'],
      ['reliability', 'builtin'],
    ]);
  });

  it('matches derived words in inflected forms, and a known key also by its edited examples', () => {
    expect(driversMatching('We cannot get the emission figures out for the auditor.', 'en', custom)).toEqual(['carbon_reporting']);
    expect(driversMatching('The kiosk reboots itself twice a day.', 'en', custom)).toEqual(['reliability']);
  });

  it('stems crudely but not below four letters', () => {
    expect(stemOf('crashing')).toBe('crash');
    expect(stemOf('errors')).toBe('error');
    expect(stemOf('uses')).toBe('uses');
  });
});

describe('foldText', () => {
  it('strips accents and straightens apostrophes without changing the length', () => {
    const text = 'Ça n’a « jamais » marché — déçu 😞';
    expect(foldText(text)).toBe("Ca n'a « jamais » marche — decu 😞");
    expect(foldText(text)).toHaveLength(text.length);
  });
});
