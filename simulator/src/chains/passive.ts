import type { ChainEntry } from './chain.js';

/** Passive chains (scores 7-8): mixed feelings, a real strength held back by one thing. */
export const PASSIVE_CHAINS: readonly ChainEntry[] = [
  {
    id: 'basic-reporting',
    drivers: { stated: 'reporting-depth', root: 'team-visibility' },
    en: {
      stated: 'It does the job, but the reporting is pretty basic.',
      impact: 'Anything beyond the standard charts means exporting to Excel and rebuilding it there.',
      consequence: 'It adds about a day to our month-end close, and the decks we present look homemade.',
      root: "I want my team to be seen as the people with the insight, not the people formatting slides. Right now the tool doesn't help us look good in front of leadership.",
      example: "For the last quarterly review we rebuilt eight charts by hand because we couldn't group by region and tier together.",
      change: 'reports we can present as they are, without an export',
    },
    fr: {
      stated: 'Il fait le travail, mais les rapports sont assez basiques.',
      impact: "Dès qu'on sort des graphiques standard, il faut exporter vers Excel et tout refaire.",
      consequence: "Ça ajoute environ une journée à notre clôture mensuelle, et nos présentations ont l'air artisanales.",
      root: "Je veux que mon équipe soit reconnue pour ses analyses, pas pour la mise en forme des slides. Aujourd'hui, l'outil ne nous aide pas à être crédibles devant la direction.",
      example:
        'Pour la dernière revue trimestrielle, nous avons refait huit graphiques à la main faute de pouvoir croiser région et segment.',
      change: 'des rapports présentables tels quels, sans export',
    },
  },
  {
    id: 'support-slower',
    drivers: { stated: 'support-responsiveness', root: 'partnership' },
    en: {
      stated: 'The product is solid, but support has gotten slower over the past year.',
      impact: 'Simple questions now take a couple of days, where it used to be the same afternoon.',
      consequence: "We've started holding back small issues and batching them, so some problems linger for weeks.",
      root: 'We used to feel like partners, people on your side knew our business. That feeling is fading, and it matters more to me than the response times themselves.',
      example: 'A question about user permissions last month took three days and two follow-ups.',
      change: 'the kind of support we had in the first year, someone who knows us',
    },
    fr: {
      stated: 'Le produit est solide, mais le support est devenu plus lent depuis un an.',
      impact: "Une question simple prend maintenant deux jours, alors qu'avant c'était réglé dans l'après-midi.",
      consequence: 'Nous avons commencé à garder les petits problèmes pour les regrouper, donc certains traînent des semaines.',
      root: "Nous avions le sentiment d'être partenaires, vos équipes connaissaient notre métier. Ce sentiment s'efface, et ça compte plus pour moi que les délais eux-mêmes.",
      example: 'Une question sur les droits utilisateurs le mois dernier a pris trois jours et deux relances.',
      change: "le support de la première année, quelqu'un qui nous connaît",
    },
  },
  {
    id: 'pricier-than-alternatives',
    drivers: { stated: 'pricing', root: 'pricing' },
    en: {
      stated: "It's good, but it's pricier than the alternatives.",
      impact: "When we compare per-seat costs, we're paying noticeably more than peers using other tools for similar work.",
      consequence: "Each renewal turns into a negotiation, and we can't roll it out to the wider team at this price.",
      root: "It's really about value for money. We like it, but the budget is what it is, and I need the numbers to work.",
      example: 'At renewal, procurement showed me a quote from another vendor at roughly two thirds of the price.',
      change: 'a price that lets us give it to the whole team',
    },
    fr: {
      stated: "C'est bien, mais c'est plus cher que les alternatives.",
      impact:
        "Quand on compare le coût par utilisateur, nous payons nettement plus que des pairs qui utilisent d'autres outils pour un travail similaire.",
      consequence: "Chaque renouvellement devient une négociation, et à ce prix nous ne pouvons pas l'étendre à toute l'équipe.",
      root: "C'est vraiment une question de rapport qualité-prix. Nous l'apprécions, mais le budget est ce qu'il est, et il faut que les chiffres tiennent.",
      example: "Au renouvellement, les achats m'ont montré un devis concurrent à environ deux tiers du prix.",
      change: "un prix qui nous permette de le donner à toute l'équipe",
    },
  },
  {
    id: 'siloed-adoption',
    drivers: { stated: 'adoption', root: 'internal-championing' },
    en: {
      stated: 'It works well for my team, but the other departments barely use it.',
      impact: 'Marketing and operations keep their own spreadsheets, so we spend meetings reconciling whose numbers are right.',
      consequence: 'We end up with two sources of truth and the tool never becomes the company standard.',
      root: "I'd like to champion it across the company, but I can't risk my reputation on a rollout that might stall like the last one did.",
      example: 'Last week we had a forty-minute debate because ops had a different churn figure from ours.',
      change: 'help to roll it out to other teams, with training they actually attend',
    },
    fr: {
      stated: "Ça marche bien pour mon équipe, mais les autres services l'utilisent à peine.",
      impact: 'Le marketing et les opérations gardent leurs tableurs, donc nos réunions servent à réconcilier les chiffres.',
      consequence: "Nous avons deux sources de vérité et l'outil ne devient jamais le standard de l'entreprise.",
      root: "J'aimerais le porter dans toute l'entreprise, mais je ne peux pas risquer ma réputation sur un déploiement qui pourrait s'enliser comme le précédent.",
      example: "La semaine dernière, quarante minutes de débat parce que les opérations avaient un autre taux d'attrition que nous.",
      change: "de l'aide pour le déployer dans les autres équipes, avec des formations auxquelles ils viennent vraiment",
    },
  },
  {
    id: 'mobile-afterthought',
    drivers: { stated: 'mobile-app', root: 'field-team-valued' },
    en: {
      stated: 'The core product is good, the mobile app much less so.',
      impact: "Our field technicians can't update records offline, so they write notes on paper and type them in at night.",
      consequence: 'Data arrives a day late and the field team feels the tool was built for the office, not for them.',
      root: 'My field people already feel like an afterthought in our company. When the tool treats them the same way, it confirms it, and I care about them feeling valued.',
      example: 'On a site visit last week, one of my techs lost an hour of notes when the app dropped the connection.',
      change: 'a mobile app that works offline',
    },
    fr: {
      stated: "Le cœur du produit est bon, l'application mobile beaucoup moins.",
      impact:
        'Nos techniciens terrain ne peuvent pas mettre à jour les fiches hors connexion, ils prennent des notes sur papier et les saisissent le soir.',
      consequence:
        "Les données arrivent avec un jour de retard et l'équipe terrain sent que l'outil a été conçu pour le bureau, pas pour eux.",
      root: "Mes équipes terrain se sentent déjà oubliées dans l'entreprise. Quand l'outil les traite de la même façon, ça le confirme, et je tiens à ce qu'elles se sentent reconnues.",
      example: "La semaine dernière, un technicien a perdu une heure de notes quand l'application a perdu la connexion.",
      change: 'une application mobile qui fonctionne hors connexion',
    },
  },
  {
    id: 'updates-break',
    drivers: { stated: 'release-quality', root: 'predictability' },
    en: {
      stated: 'Mostly fine, but updates sometimes break things.',
      impact: 'Twice this year a release changed how filters work, and our saved dashboards showed different numbers overnight.',
      consequence: 'We now wait a couple of weeks before trusting anything after an update, and we test every release ourselves.',
      root: "Predictability matters more to me than new features. I need to plan with confidence, and right now I can't fully trust that Monday will look like Friday.",
      example: 'After the June update our conversion funnel dropped by 12% on screen, and it was a definition change, not reality.',
      change: 'release notes that say what changes in existing numbers, before it ships',
    },
    fr: {
      stated: 'Globalement bien, mais les mises à jour cassent parfois des choses.',
      impact:
        "Deux fois cette année, une version a changé le fonctionnement des filtres, et nos tableaux de bord ont affiché d'autres chiffres du jour au lendemain.",
      consequence:
        'Nous attendons maintenant deux semaines avant de nous fier aux chiffres après une mise à jour, et nous testons chaque version nous-mêmes.',
      root: "La prévisibilité compte plus pour moi que les nouveautés. J'ai besoin de planifier sereinement, et aujourd'hui je ne peux pas avoir pleinement confiance que lundi ressemblera à vendredi.",
      example:
        "Après la mise à jour de juin, notre tunnel de conversion a chuté de 12 % à l'écran, alors que c'était un changement de définition.",
      change: 'des notes de version qui disent ce qui change dans les chiffres existants, avant la sortie',
    },
  },
  {
    id: 'steep-learning-curve',
    drivers: { stated: 'learning-curve', root: 'workload' },
    en: {
      stated: "It's good once you know it, but the learning curve is steep.",
      impact: "Every new hire needs two or three weeks before they're comfortable, and the built-in help doesn't cover our use cases.",
      consequence: 'I end up running the training sessions myself, on top of my actual job.',
      root: "I'm stretched thin already. It's less about the tool than about me being the bottleneck, and it's wearing on my own work.",
      example: 'We onboarded four people this quarter and I did every session myself.',
      change: "training material good enough that I don't have to be in the room",
    },
    fr: {
      stated: "C'est bien une fois maîtrisé, mais la prise en main est difficile.",
      impact:
        "Chaque nouvel arrivant a besoin de deux ou trois semaines pour être à l'aise, et l'aide intégrée ne couvre pas nos cas d'usage.",
      consequence: 'Je finis par animer les formations moi-même, en plus de mon vrai travail.',
      root: "Je suis déjà à la limite. C'est moins l'outil que le fait d'être le goulot d'étranglement, et ça pèse sur mon propre travail.",
      example: "Nous avons intégré quatre personnes ce trimestre et j'ai assuré toutes les sessions.",
      change: "des supports de formation assez bons pour que je n'aie pas à être dans la salle",
    },
  },
  {
    id: 'nothing-exceptional',
    drivers: { stated: 'meets-expectations', root: 'partnership' },
    en: {
      stated: "We're happy overall, it's just nothing exceptional.",
      impact: "It does what we need and not much more; we haven't seen anything new that matters to us in a while.",
      consequence: "We've stopped looking forward to the roadmap updates and nobody internally talks about the tool anymore.",
      root: "We don't feel valued; you don't seem to invest in customers like us. I'd like to feel we're growing together, not just renewing out of habit.",
      example: "The last three release announcements were all about enterprise features we'll never use.",
      change: 'a roadmap that shows customers our size still count',
    },
    fr: {
      stated: "Nous sommes contents dans l'ensemble, c'est juste qu'il n'y a rien d'exceptionnel.",
      impact: 'Il fait ce dont nous avons besoin et pas beaucoup plus ; rien de nouveau ne nous a concernés depuis un moment.',
      consequence: "Nous n'attendons plus les annonces de la feuille de route et personne en interne ne parle plus de l'outil.",
      root: "Nous ne nous sentons pas valorisés ; vous ne semblez pas investir pour des clients comme nous. J'aimerais sentir que nous grandissons ensemble, pas seulement renouveler par habitude.",
      example: "Les trois dernières annonces de version portaient sur des fonctions grands comptes que nous n'utiliserons jamais.",
      change: 'une feuille de route qui montre que les clients de notre taille comptent encore',
    },
  },
];
