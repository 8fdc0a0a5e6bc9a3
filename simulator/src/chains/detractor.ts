import type { ChainEntry } from './chain.js';

/** Detractor chains (scores 0-6). Most roots are a trust, reputation or career matter, not the stated reason. */
export const DETRACTOR_CHAINS: readonly ChainEntry[] = [
  {
    id: 'demo-promise-gap',
    drivers: { stated: 'product-does-not-work', root: 'trust-rupture-sales' },
    en: {
      stated: "The product just doesn't work the way we expected it to.",
      impact:
        "We planned our whole rollout around the multi-entity consolidation we were shown in the sales demo, and it simply isn't there, so my team rebuilds the consolidated view by hand every month.",
      consequence:
        'We had to keep the old tool running in parallel, so we pay for two systems and finance maintains two processes that never quite agree.',
      root: 'We lost trust in the account team after the sales demo promised features that never shipped. Nobody has ever owned that, and now I question everything your people tell us.',
      example: 'Last month I asked when consolidation would ship and got the same "next quarter" answer we got a year ago.',
      change: 'honesty about what is really on the roadmap and what is just a demo',
    },
    fr: {
      stated: "Le produit ne fonctionne tout simplement pas comme nous l'attendions.",
      impact:
        "Nous avions bâti tout le déploiement autour de la consolidation multi-entités montrée pendant la démo commerciale, et elle n'existe pas : mon équipe refait la vue consolidée à la main chaque mois.",
      consequence:
        "Nous avons dû garder l'ancien outil en parallèle, donc nous payons deux systèmes et la finance maintient deux processus qui ne concordent jamais vraiment.",
      root: "Nous avons perdu confiance dans l'équipe commerciale après une démo qui promettait des fonctionnalités jamais livrées. Personne ne l'a jamais assumé, et maintenant je doute de tout ce qu'on nous dit.",
      example:
        "Le mois dernier, j'ai demandé quand la consolidation arriverait et on m'a répondu « le trimestre prochain », comme il y a un an.",
      change: "de l'honnêteté sur ce qui est vraiment prévu dans la feuille de route et ce qui n'est qu'une démo",
    },
  },
  {
    id: 'scheduled-reports-fail',
    drivers: { stated: 'reliability', root: 'personal-credibility' },
    en: {
      stated: "It's just not reliable enough.",
      impact:
        'Scheduled reports fail about once a week, and someone on my team has to rerun them by hand before the Monday leadership meeting.',
      consequence:
        'Leadership now double-checks every number we bring, and the first half of each review goes into defending the data instead of discussing it.',
      root: 'I personally vouched for this platform when we bought it, so every failure lands on my credibility. My reputation with the exec team has taken a hit and I no longer trust it to hold up when it matters.',
      example: 'Last Tuesday the revenue dashboard showed zero for EMEA for half a day, right before the board prep.',
      change: 'scheduled reports that simply run, every single time',
    },
    fr: {
      stated: "Ce n'est tout simplement pas assez fiable.",
      impact:
        "Les rapports planifiés échouent environ une fois par semaine, et quelqu'un de mon équipe doit les relancer à la main avant le comité de direction du lundi.",
      consequence:
        "La direction revérifie désormais chaque chiffre, et la première moitié de chaque revue sert à défendre les données au lieu d'en discuter.",
      root: "C'est moi qui ai défendu cette plateforme à l'achat, donc chaque panne retombe sur ma crédibilité. Ma réputation auprès de la direction en a pris un coup et je n'ai plus confiance dans l'outil quand ça compte.",
      example:
        "Mardi dernier, le tableau de bord du chiffre d'affaires affichait zéro pour l'EMEA pendant une demi-journée, juste avant la préparation du conseil.",
      change: 'des rapports planifiés qui tournent, à chaque fois, sans exception',
    },
  },
  {
    id: 'support-queue',
    drivers: { stated: 'support-responsiveness', root: 'feeling-deprioritised' },
    en: {
      stated: 'Support has become really slow.',
      impact:
        'Tickets sit for three or four days before anyone replies, and the first answer is usually a link to the documentation we had already read.',
      consequence: 'My team has stopped raising issues at all; we build workarounds in spreadsheets and live with the bugs.',
      root: "It feels like we don't matter to you anymore. We went from a named contact who knew us to a generic queue, and that tells me where we stand as a customer.",
      example: 'Our last ticket about broken exports took nine days and three handovers to get a real answer.',
      change: 'a named support contact who actually knows our setup',
    },
    fr: {
      stated: 'Le support est devenu vraiment lent.',
      impact:
        'Les tickets restent trois ou quatre jours sans réponse, et la première réponse est souvent un lien vers la documentation que nous avions déjà lue.',
      consequence: 'Mon équipe ne remonte plus rien : nous bricolons des contournements dans des tableurs et nous vivons avec les bugs.',
      root: "On a l'impression de ne plus compter pour vous. Nous sommes passés d'un interlocuteur qui nous connaissait à une file d'attente anonyme, et ça me dit où nous en sommes comme client.",
      example: 'Notre dernier ticket sur les exports cassés a pris neuf jours et trois transferts avant une vraie réponse.',
      change: 'un interlocuteur support nommé qui connaît vraiment notre configuration',
    },
  },
  {
    id: 'renewal-price-jump',
    drivers: { stated: 'pricing', root: 'internal-justification' },
    en: {
      stated: "It's too expensive for what we get out of it.",
      impact: 'The renewal came in about 30% higher, and we only really use a third of the modules we pay for.',
      consequence: "Our CFO asks me every quarter to justify the line item, and I can't show a clear return, so it's on the list of cuts.",
      root: "It's my budget and my name on the business case. I can't defend the spend internally anymore, and it makes me look like I made a bad call. My credibility with the CFO is what is really at stake.",
      example: 'At the last budget review I spent twenty minutes on this one contract and still lost the argument.',
      change: 'pricing that matches the modules we actually use',
    },
    fr: {
      stated: "C'est trop cher pour ce que ça nous apporte.",
      impact: "Le renouvellement est arrivé environ 30 % plus cher, et nous n'utilisons vraiment qu'un tiers des modules que nous payons.",
      consequence:
        'Notre directeur financier me demande chaque trimestre de justifier cette ligne, je ne peux pas montrer de retour clair, donc elle est sur la liste des coupes.',
      root: "C'est mon budget et c'est mon nom sur le dossier d'investissement. Je ne peux plus défendre cette dépense en interne, et ça donne l'impression que j'ai fait un mauvais choix. C'est ma crédibilité auprès du directeur financier qui est en jeu.",
      example: "Au dernier arbitrage budgétaire, j'ai passé vingt minutes sur ce seul contrat et j'ai quand même perdu.",
      change: 'un prix qui corresponde aux modules que nous utilisons vraiment',
    },
  },
  {
    id: 'onboarding-dragged',
    drivers: { stated: 'onboarding', root: 'career-reputation' },
    en: {
      stated: 'Getting started was painful and it still shows.',
      impact:
        'The onboarding took five months instead of the six weeks we were promised, with three different implementation consultants along the way.',
      consequence:
        "Half of the team never really adopted it and still works from Excel exports, so we don't get the benefits we bought it for.",
      root: 'The rollout was my project. It has become the example people use internally when they say our projects never deliver, and that reputation follows me into every new initiative I propose.',
      example: 'Each new consultant asked us to redo the data mapping workshop from scratch.',
      change: 'one implementation lead who stays from kickoff to go-live',
    },
    fr: {
      stated: 'La mise en route a été pénible et ça se voit encore.',
      impact: "L'intégration a pris cinq mois au lieu des six semaines promises, avec trois consultants différents en cours de route.",
      consequence:
        "La moitié de l'équipe ne l'a jamais vraiment adopté et travaille encore depuis des exports Excel, donc nous n'avons pas les bénéfices attendus.",
      root: "Le déploiement, c'était mon projet. Il est devenu l'exemple qu'on cite en interne pour dire que nos projets n'aboutissent jamais, et cette réputation me suit dans chaque nouvelle initiative que je propose.",
      example: "Chaque nouveau consultant nous a demandé de refaire l'atelier de mapping des données depuis le début.",
      change: 'un seul responsable de mise en œuvre, du lancement à la mise en production',
    },
  },
  {
    id: 'approval-levels',
    drivers: { stated: 'missing-capability', root: 'compliance-exposure' },
    en: {
      stated: "It's missing a few things we really need, approvals in particular.",
      impact:
        'Approvals stop at two levels, so anything above the threshold goes around the tool by email and gets tracked in a shared sheet.',
      consequence:
        'Our auditors flagged the email approvals as a control gap, and we now spend days before each audit reconstructing who approved what.',
      root: "I'm the one who signs off on those controls. If an audit finding lands, it's on me personally and on my career, and I no longer trust a tool that was supposed to remove that risk.",
      example: 'In the last audit we had to dig through 140 emails to prove three approvals.',
      change: 'approval chains with as many levels as our policy requires',
    },
    fr: {
      stated: 'Il manque des choses dont nous avons vraiment besoin, surtout les validations.',
      impact:
        "Les circuits de validation s'arrêtent à deux niveaux, donc tout ce qui dépasse le seuil passe par e-mail et se suit dans un tableur partagé.",
      consequence:
        'Nos auditeurs ont relevé ces validations par e-mail comme une faiblesse de contrôle, et nous passons des jours avant chaque audit à reconstituer qui a validé quoi.',
      root: "C'est moi qui signe ces contrôles. Si une observation d'audit tombe, c'est pour moi personnellement et pour ma carrière, et je n'ai plus confiance dans un outil censé supprimer ce risque.",
      example: 'Au dernier audit, il a fallu fouiller 140 e-mails pour prouver trois validations.',
      change: "des circuits de validation avec autant de niveaux que notre politique l'exige",
    },
  },
  {
    id: 'crm-sync',
    drivers: { stated: 'integrations', root: 'cross-team-relationship' },
    en: {
      stated: 'The Salesforce integration is unreliable.',
      impact: 'Records drift out of sync, so account owners see stale renewal dates and sometimes the wrong contract value.',
      consequence: 'The sales reps stopped trusting the data and keep their own notes outside the CRM, which defeats the whole point.',
      root: "I'm the person the sales VP calls when the pipeline looks wrong. It's eroding my relationship with that team, and I used to be the one they trusted for numbers.",
      example: 'Two weeks ago a rep called a customer about a renewal that had already been signed.',
      change: 'a CRM sync that tells us when it fails instead of failing silently',
    },
    fr: {
      stated: "L'intégration avec Salesforce n'est pas fiable.",
      impact:
        'Les fiches se désynchronisent, donc les responsables de compte voient des dates de renouvellement périmées et parfois une mauvaise valeur de contrat.',
      consequence:
        "Les commerciaux ne font plus confiance aux données et gardent leurs propres notes hors du CRM, ce qui annule tout l'intérêt.",
      root: "C'est moi que le directeur commercial appelle quand le pipeline semble faux. Ça abîme ma relation avec cette équipe, alors que j'étais celle en qui ils avaient confiance pour les chiffres.",
      example: 'Il y a deux semaines, un commercial a appelé un client pour un renouvellement déjà signé.',
      change: "une synchronisation CRM qui prévient quand elle échoue au lieu d'échouer en silence",
    },
  },
  {
    id: 'double-invoice',
    drivers: { stated: 'billing', root: 'trust-data-handling' },
    en: {
      stated: 'Billing has been a mess.',
      impact: 'We were invoiced twice for the same licences, in two different currencies, and it took two months to get a credit note.',
      consequence:
        'Procurement flagged you as a vendor risk, so every invoice now goes through a manual review and the renewal will get extra scrutiny.',
      root: 'It makes us look careless in front of our own finance team, and frankly it makes me wonder how carefully you handle the rest of our data. Trust is the real issue now.',
      example: 'The duplicate invoice even went to our dunning process before anyone caught it.',
      change: 'invoices that are right the first time, with one person to call when they are not',
    },
    fr: {
      stated: 'La facturation a été un vrai désordre.',
      impact:
        'Nous avons été facturés deux fois pour les mêmes licences, dans deux devises différentes, et il a fallu deux mois pour obtenir un avoir.',
      consequence:
        'Les achats vous ont classé comme fournisseur à risque, donc chaque facture passe en revue manuelle et le renouvellement sera examiné de près.',
      root: "Ça nous fait passer pour négligents auprès de notre propre direction financière, et franchement je me demande avec quel soin vous traitez le reste de nos données. Le vrai sujet, c'est la confiance.",
      example: "La facture en double est même partie en relance avant que quelqu'un ne s'en aperçoive.",
      change: "des factures justes du premier coup, et une personne à appeler quand ce n'est pas le cas",
    },
  },
  {
    id: 'clunky-interface',
    drivers: { stated: 'usability', root: 'job-satisfaction' },
    en: {
      stated: 'The interface is clunky.',
      impact: 'Building one quarterly view takes twenty-odd clicks and a lot of waiting between screens, so analysts avoid it.',
      consequence: "Everyone asks me for the numbers instead, so I've become the human API for the whole department.",
      root: "I joined to do analysis, not to run reports for other people. It's making my job worse, and honestly I've started to think about my career and whether I want to stay in this role.",
      example: 'Yesterday I spent most of the afternoon rebuilding the same filter set for five different people.',
      change: 'saved views that other people can open themselves',
    },
    fr: {
      stated: "L'interface est lourde.",
      impact:
        "Construire une seule vue trimestrielle demande une vingtaine de clics et beaucoup d'attente entre les écrans, donc les analystes l'évitent.",
      consequence: "Tout le monde me demande les chiffres à la place, je suis devenu l'API humaine de tout le service.",
      root: "J'ai été recruté pour analyser, pas pour produire des rapports pour les autres. Ça rend mon travail moins intéressant, et honnêtement je commence à réfléchir à ma carrière et à rester ou non à ce poste.",
      example: "Hier, j'ai passé presque tout l'après-midi à refaire le même jeu de filtres pour cinq personnes.",
      change: 'des vues enregistrées que les autres peuvent ouvrir eux-mêmes',
    },
  },
  {
    id: 'account-manager-churn',
    drivers: { stated: 'account-management', root: 'broken-promises' },
    en: {
      stated: 'We keep getting new account managers.',
      impact: "We've had four in eighteen months, and each one asks us to explain our setup from scratch.",
      consequence:
        'Commitments made by the previous one get lost, including a discount on the add-on and a roadmap session we were promised.',
      root: "There's no relationship anymore. We feel like a number, and I don't trust promises from your company now because nobody is around long enough to keep them.",
      example: "The latest one didn't know we had an escalation open with his predecessor.",
      change: 'one account manager who stays, and written follow-up on what was agreed',
    },
    fr: {
      stated: 'Nous changeons sans arrêt de responsable de compte.',
      impact: 'Nous en avons eu quatre en dix-huit mois, et chacun nous demande de réexpliquer notre configuration depuis le début.',
      consequence:
        'Les engagements du précédent se perdent, dont une remise sur le module complémentaire et une séance feuille de route promise.',
      root: "Il n'y a plus de relation. Nous nous sentons comme un numéro, et je n'ai plus confiance dans les promesses de votre entreprise, puisque personne ne reste assez longtemps pour les tenir.",
      example: "Le dernier ne savait même pas qu'une escalade était ouverte avec son prédécesseur.",
      change: 'un responsable de compte qui reste, et un suivi écrit de ce qui a été convenu',
    },
  },
  {
    id: 'price-small-team',
    drivers: { stated: 'pricing', root: 'pricing' },
    en: {
      stated: 'The price keeps going up.',
      impact:
        "We're a small team and the per-seat price went up twice in a year, so we had to drop two seats and share logins for a while.",
      consequence: 'The people without a seat are left out of the dashboards and ask for screenshots, which slows everything down.',
      root: "We have a fixed budget and it's simply money we don't have. It's really about the price for us, nothing deeper.",
      example: "This spring's increase arrived with two weeks' notice, after our budget was locked.",
      change: 'a price plan for small teams that stays stable for a year',
    },
    fr: {
      stated: "Le prix n'arrête pas d'augmenter.",
      impact:
        'Nous sommes une petite équipe et le prix par utilisateur a augmenté deux fois en un an, nous avons dû supprimer deux licences et partager des accès un moment.',
      consequence:
        "Ceux qui n'ont pas de licence sont exclus des tableaux de bord et demandent des captures d'écran, ce qui ralentit tout.",
      root: "Nous avons un budget fixe et c'est simplement de l'argent que nous n'avons pas. Pour nous, c'est vraiment une question de prix, rien de plus profond.",
      example: 'La hausse de ce printemps est arrivée avec deux semaines de préavis, après le bouclage de notre budget.',
      change: 'une offre pour petites équipes dont le prix reste stable un an',
    },
  },
  {
    id: 'outage-communication',
    drivers: { stated: 'reliability', root: 'transparency' },
    en: {
      stated: 'There have been too many outages lately.',
      impact: 'We had three outages in a quarter, and each time we found out from our own users before your status page changed.',
      consequence:
        'Our customer support team had to answer angry tickets without any information, and two of our clients asked for service credits.',
      root: "What really hurts is being kept in the dark. I can live with an outage; I can't live with looking uninformed in front of my own customers. It's our reputation on the line.",
      example: 'During the last one, the status page said "operational" for forty minutes while nothing loaded.',
      change: 'a status page that tells the truth within minutes',
    },
    fr: {
      stated: 'Il y a eu trop de pannes ces derniers temps.',
      impact:
        "Trois pannes en un trimestre, et à chaque fois nous l'avons appris par nos propres utilisateurs avant que votre page de statut ne change.",
      consequence:
        'Notre service client a dû répondre à des tickets furieux sans aucune information, et deux de nos clients ont demandé des avoirs.',
      root: "Ce qui fait vraiment mal, c'est d'être tenus dans l'ignorance. Je peux vivre avec une panne ; pas avec le fait de paraître mal informés devant nos propres clients. C'est notre réputation qui est en jeu.",
      example: 'Lors de la dernière, la page de statut affichait « opérationnel » pendant quarante minutes alors que rien ne chargeait.',
      change: 'une page de statut qui dit la vérité en quelques minutes',
    },
  },
];
