import type { Band } from '@ladder/contracts';
import type { AnswerLanguage, UrgentReason } from './personas.js';

/**
 * The phrase banks of the offline respondent, per answer language. Every slot has several
 * phrasings so that two personas with the same chain still read like two different people.
 */
export interface Templates {
  /** Openers put before a sentence; '' keeps the sentence as written. */
  openers: { surface: string[]; impact: string[]; consequence: string[]; root: string[]; clarify: string[] };
  /** Tails for verbose answers and for clarifications. */
  tails: Record<Band, string[]>;
  /** New material for a second question in the same ladder bucket (impact, consequence, root). */
  elaborations: Record<'impact' | 'consequence' | 'root', Record<Band, string[]>>;
  /** The stated reason was already given in the context phase. */
  asISaid: string[];
  rootTails: string[];
  closeTails: string[];
  framing: (p: { team: string; product: string; tenure: string }) => string[];
  mood: Record<Band, string[]>;
  /** Second question of the context phase: the story starts to show. */
  summing: string[];
  team: (tier: string | undefined) => string;
  product: (line: string | undefined) => string;
  tenure: (months: number | undefined) => string;
  exampleLead: string[];
  comparative: {
    competitor: (c: string, band: Band) => string[];
    none: Record<Band, string[]>;
    need: (change: string) => string[];
    /** Promoters: where others might still be ahead. */
    edge: (change: string) => string[];
  };
  close: { change: (change: string) => string[]; nothingElse: string[] };
  /** Words in a question that ask to say more about the same thing. */
  clarifyCue: RegExp;
  /** Words in a closing question that ask for anything else. */
  anythingElseCue: RegExp;
  urgent: (reason: UrgentReason, p: { competitor: string; month: string; ticket: string }) => string;
  months: string[];
}

const EN: Templates = {
  openers: {
    surface: ['', 'Honestly? ', 'Mainly this: ', 'Well, ', 'To be frank, ', 'The short version: '],
    impact: ['In practice, ', 'Day to day, ', 'Concretely, ', '', 'What it looks like: ', 'On a normal week, '],
    consequence: ['Which means ', 'The knock-on effect is that ', 'So in the end ', 'And because of that, ', 'The result is that '],
    root: [
      "If I'm really honest, ",
      'At the end of the day, ',
      'Deep down, ',
      'What it comes down to for me: ',
      'I think the real thing is this. ',
    ],
    clarify: ['What I mean is, ', 'Let me put it another way. ', 'To be more specific, ', 'Sorry, I mean that ', 'Put simply, '],
  },
  rootTails: [
    "That's the part I don't usually say out loud.",
    'It took me a while to admit that.',
    'That is what really sits behind my answer.',
  ],
  closeTails: ['That would change a lot for us.', 'Everything else would follow from that.', 'That alone would move my view.'],
  tails: {
    detractor: ["It's not a one-off either.", 'And it keeps happening.', 'That adds up quickly.', 'It has been like that for months.'],
    passive: ["It's not dramatic, but we notice it.", 'It comes up more often than I would like.', 'It has been like that for a while.'],
    promoter: [
      'People on the team mention it all the time.',
      'It has been like that since day one.',
      'That still surprises me, in a good way.',
    ],
  },
  elaborations: {
    impact: {
      detractor: [
        'I would guess it costs the team half a day a week, every week.',
        'New people on the team ask me why we put up with it.',
        "It's the kind of thing that makes people dread Monday mornings.",
      ],
      passive: [
        "It's friction more than a blocker, but it's there every week.",
        'People have learnt to work around it, which is its own kind of cost.',
        "Most weeks it's fine; the bad weeks are the ones people remember.",
      ],
      promoter: [
        'People actually open it without being asked, which says a lot.',
        "It has freed up a good chunk of everyone's week.",
        'Nobody on the team wants to go back to how it was.',
      ],
    },
    consequence: {
      detractor: [
        'It has become a topic in our leadership meetings, and not a good one.',
        'We have had to put other projects on hold because of it.',
        'Other teams have started to ask whether we chose the right vendor.',
      ],
      passive: [
        "It's why we have not expanded the contract, honestly.",
        'It keeps it from becoming a tool the whole company stands behind.',
        "It's the reason I hesitate when someone asks me for a recommendation.",
      ],
      promoter: [
        'It changed how other departments see my team.',
        'We now take on work we would have turned down before.',
        'It gave us room to think about next year instead of next week.',
      ],
    },
    root: {
      detractor: [
        "It's about trust. Once it's gone, every small issue feels bigger.",
        "I don't like being the one who defends this internally; it costs me personally, and my reputation with it.",
        "It's hard to keep believing in a vendor when you feel let down more than once.",
      ],
      passive: [
        "I want to be proud of the tools I put in front of my team, and I'm not quite there.",
        "It's about feeling that the vendor is on our side, and some days I'm not sure.",
        'My credibility is tied to the tools I recommend, so I stay careful.',
      ],
      promoter: [
        "It's the feeling of being backed up by a vendor, which I rarely get.",
        'I trust them, and my team trusts me more because of it.',
        "It made me look good, and I don't take that for granted in my career.",
      ],
    },
  },
  asISaid: ["As I said, that's the main thing.", "It's really what I mentioned a moment ago.", 'Mostly what I just said.'],
  framing: ({ team, product, tenure }) => [
    `We're ${team} and we've used ${product} for ${tenure}.`,
    `I look after ${product} for ${team}; we've been customers for ${tenure}.`,
    `${product[0].toUpperCase()}${product.slice(1)} is part of our weekly routine. We're ${team}, on it for ${tenure} now.`,
    `I run the team that uses ${product} the most, ${team}, and it's been ${tenure}.`,
  ],
  mood: {
    detractor: [
      'It started well, but the last few months have been frustrating.',
      'Lately it has been more of a struggle than a help.',
      'To be honest it has been a rocky ride.',
      "Let's say my patience has been tested.",
    ],
    passive: [
      'Overall it does the job, with ups and downs.',
      "It's fine, mostly. Not exciting, not terrible.",
      "It works, but I wouldn't say I'm a fan.",
      'Good in parts, frustrating in others.',
    ],
    promoter: [
      'It has become one of the tools we rely on most.',
      "Honestly it's been one of our better decisions.",
      "I'm a fan, I'll say that upfront.",
      'It has made a real difference for us.',
    ],
  },
  summing: ['If I had to sum it up: ', 'The thing that colours everything is simple. ', 'What stands out for me is this. '],
  team: (tier) =>
    ({ Enterprise: 'a large enterprise team', 'Mid-market': 'a mid-sized company', SMB: 'a small business' })[tier ?? ''] ??
    'a fairly typical B2B team',
  product: (line) => (line ? `the ${line} product` : 'the platform'),
  tenure: (months) => {
    if (!months) return 'a while';
    if (months < 12) return `${months} months`;
    if (months < 24) return 'a bit over a year';
    return `about ${Math.round(months / 12)} years`;
  },
  exampleLead: ['For example, ', 'Just recently: ', 'A concrete case: ', 'One example. ', ''],
  comparative: {
    competitor: (c, band) =>
      band === 'promoter'
        ? [
            `We used ${c} before. It was cheaper, but much harder to live with day to day.`,
            `I know ${c} from a previous job, and honestly this is a step up.`,
          ]
        : [
            `We've had a couple of calls with ${c}.`,
            `We have looked at ${c}, yes.`,
            `Our procurement team asked ${c} for a quote last month.`,
          ],
    none: {
      detractor: [
        'We have not looked elsewhere seriously yet. Switching would be a project in itself.',
        'Not really, we have not looked elsewhere. It would take a lot for us to move.',
      ],
      passive: [
        'We have not looked elsewhere, to be honest. Nothing has pushed us to.',
        "I haven't compared seriously. It's good enough that nobody asked me to.",
      ],
      promoter: [
        'We have not looked elsewhere, honestly. What I used before was clunkier.',
        "Nothing I've seen comes close for us, so we have not looked elsewhere.",
      ],
    },
    need: (change) => [
      `For us to move, they would need to offer ${change}.`,
      `What would make the difference is ${change}.`,
      `Anyone offering ${change} would get our attention.`,
    ],
    edge: (change) => [
      `The only place others might be ahead is ${change}.`,
      `If anything, I have seen better elsewhere on one point: ${change}.`,
    ],
  },
  close: {
    change: (change) => [
      `One thing: ${change}.`,
      `If I had to pick one thing, ${change}.`,
      `Easy. ${change[0].toUpperCase()}${change.slice(1)}.`,
      `I'd ask for ${change}.`,
    ],
    nothingElse: [
      'Nothing else, I think I have covered it.',
      "No, that's all from me. Thanks for asking.",
      "I think that's everything. Nothing else to add.",
    ],
  },
  clarifyCue: /\b(say more|tell me more|more about|what do you mean|could you (give|describe|expand)|an example|elaborate|in what way)\b/i,
  anythingElseCue: /\b(anything else|anything we have not|anything not yet|anything you would like to add)\b/i,
  urgent: (reason, { competitor, month, ticket }) =>
    ({
      competitor_evaluation: `We are actively evaluating ${competitor} right now, and we will not renew in ${month} unless something changes fast.`,
      churn_risk: `To be clear, we plan to cancel at the renewal in ${month}; the decision is almost made.`,
      unresolved_incident: `There is still an open incident from ${month}, ticket ${ticket}, where we lost a week of data, and nobody has followed up.`,
      legal_or_safety: "Some of our customers' personal data showed up in another account's export, and our legal team is now involved.",
      distress:
        "Honestly, I'm exhausted. I have been working late every night for months to keep this running, and it is affecting my health.",
    })[reason],
  months: ['January', 'March', 'April', 'June', 'September', 'November'],
};

const FR: Templates = {
  openers: {
    surface: ['', 'Honnêtement ? ', 'Surtout ceci : ', 'Eh bien, ', 'Pour être franc, ', 'En bref : '],
    impact: ['Concrètement, ', 'Au quotidien, ', 'En pratique, ', '', 'Ça ressemble à ça : ', 'Sur une semaine normale, '],
    consequence: ['Du coup, ', "La conséquence, c'est que ", 'Au final, ', 'Et à cause de ça, ', 'Résultat : '],
    root: [
      'Si je suis vraiment honnête, ',
      'Au fond, ',
      'Finalement, ',
      "Ce qui compte pour moi, c'est ceci : ",
      'Je crois que le vrai sujet est là. ',
    ],
    clarify: ["Ce que je veux dire, c'est que ", 'Autrement dit, ', 'Pour être plus précis, ', "Je m'explique : ", 'Pour faire simple, '],
  },
  rootTails: [
    "C'est la partie que je dis rarement à voix haute.",
    "Il m'a fallu du temps pour l'admettre.",
    "C'est vraiment ce qu'il y a derrière ma réponse.",
  ],
  closeTails: ['Ça changerait beaucoup de choses pour nous.', 'Tout le reste en découlerait.', 'Rien que ça ferait évoluer mon avis.'],
  tails: {
    detractor: ["Et ce n'est pas un cas isolé.", 'Et ça continue.', 'Ça finit par peser.', "C'est comme ça depuis des mois."],
    passive: [
      "Ce n'est pas dramatique, mais on le remarque.",
      'Ça revient plus souvent que je ne le voudrais.',
      "C'est comme ça depuis un moment.",
    ],
    promoter: ["L'équipe en parle tout le temps.", "C'est comme ça depuis le premier jour.", 'Ça me surprend encore, dans le bon sens.'],
  },
  elaborations: {
    impact: {
      detractor: [
        "À vue de nez, ça coûte une demi-journée par semaine à l'équipe, toutes les semaines.",
        "Les nouveaux de l'équipe me demandent pourquoi nous supportons ça.",
        "C'est le genre de chose qui fait redouter le lundi matin.",
      ],
      passive: [
        "C'est une gêne plus qu'un blocage, mais elle est là chaque semaine.",
        'Les gens ont appris à contourner, ce qui a aussi un coût.',
        'La plupart des semaines ça va ; on se souvient des mauvaises.',
      ],
      promoter: [
        "Les gens l'ouvrent sans qu'on leur demande, ça en dit long.",
        'Ça a libéré une bonne partie de la semaine de chacun.',
        "Personne dans l'équipe ne veut revenir en arrière.",
      ],
    },
    consequence: {
      detractor: [
        "C'est devenu un sujet en comité de direction, et pas dans le bon sens.",
        "Nous avons dû mettre d'autres projets en pause à cause de ça.",
        "D'autres équipes commencent à se demander si nous avons choisi le bon éditeur.",
      ],
      passive: [
        "C'est pour ça que nous n'avons pas étendu le contrat, honnêtement.",
        "Ça l'empêche de devenir un outil que toute l'entreprise soutient.",
        "C'est pour ça que j'hésite quand on me demande une recommandation.",
      ],
      promoter: [
        'Ça a changé le regard des autres services sur mon équipe.',
        'Nous prenons maintenant des sujets que nous aurions refusés avant.',
        "Ça nous a donné de l'air pour penser à l'année prochaine plutôt qu'à la semaine prochaine.",
      ],
    },
    root: {
      detractor: [
        "C'est une question de confiance. Une fois qu'elle est partie, chaque petit souci paraît plus gros.",
        "Je n'aime pas être celui qui défend ça en interne ; ça me coûte personnellement, et ma réputation avec.",
        "C'est difficile de continuer à croire en un éditeur quand on se sent déçu plus d'une fois.",
      ],
      passive: [
        "Je veux être fier des outils que je mets entre les mains de mon équipe, et je n'y suis pas tout à fait.",
        "C'est le sentiment que l'éditeur est de notre côté, et certains jours je n'en suis pas sûr.",
        'Ma crédibilité dépend des outils que je recommande, donc je reste prudent.',
      ],
      promoter: [
        "C'est le sentiment d'être soutenu par un éditeur, ce qui est rare.",
        'Je leur fais confiance, et mon équipe me fait davantage confiance grâce à ça.',
        "Ça m'a donné une bonne image, et dans une carrière ce n'est jamais acquis.",
      ],
    },
  },
  asISaid: [
    "Comme je le disais, c'est le point principal.",
    "C'est vraiment ce que je viens de mentionner.",
    'Surtout ce que je viens de dire.',
  ],
  framing: ({ team, product, tenure }) => [
    `Nous sommes ${team} et nous utilisons ${product} depuis ${tenure}.`,
    `Je m'occupe de ${product} pour ${team} ; nous sommes clients depuis ${tenure}.`,
    `${product[0].toUpperCase()}${product.slice(1)} fait partie de notre routine chaque semaine. Nous sommes ${team}, et ça fait ${tenure}.`,
    `Je dirige l'équipe qui utilise le plus ${product}, chez ${team}, et ça fait ${tenure}.`,
  ],
  mood: {
    detractor: [
      'Ça a bien commencé, mais ces derniers mois ont été frustrants.',
      "Ces temps-ci, c'est plus une contrainte qu'une aide.",
      'Pour être honnête, ça a été mouvementé.',
      "Disons que ma patience a été mise à l'épreuve.",
    ],
    passive: [
      "Dans l'ensemble il fait le travail, avec des hauts et des bas.",
      "C'est correct, globalement. Ni enthousiasmant, ni catastrophique.",
      'Ça marche, mais je ne dirais pas que je suis fan.',
      "Bien sur certains points, frustrant sur d'autres.",
    ],
    promoter: [
      "C'est devenu un des outils sur lesquels nous comptons le plus.",
      "Honnêtement, c'est une de nos meilleures décisions.",
      "Je suis conquis, je le dis d'emblée.",
      'Ça a vraiment changé les choses pour nous.',
    ],
  },
  summing: ['Si je devais résumer : ', "Ce qui colore tout, c'est simple. ", "Ce qui ressort pour moi, c'est ceci. "],
  team: (tier) =>
    ({ Enterprise: 'un grand compte', 'Mid-market': 'une entreprise de taille intermédiaire', SMB: 'une PME' })[tier ?? ''] ??
    'une équipe B2B assez classique',
  product: (line) => (line ? `le produit ${line}` : 'la plateforme'),
  tenure: (months) => {
    if (!months) return 'un moment';
    if (months < 12) return `${months} mois`;
    if (months < 24) return "un peu plus d'un an";
    return `environ ${Math.round(months / 12)} ans`;
  },
  exampleLead: ['Par exemple, ', 'Tout récemment : ', 'Un cas concret : ', 'Un exemple. ', ''],
  comparative: {
    competitor: (c, band) =>
      band === 'promoter'
        ? [
            `Nous utilisions ${c} avant. C'était moins cher, mais bien plus pénible au quotidien.`,
            `Je connais ${c} d'un poste précédent, et honnêtement c'est un cran au-dessus.`,
          ]
        : [
            `Nous avons eu deux ou trois échanges avec ${c}.`,
            `Oui, nous avons regardé ${c}.`,
            `Nos achats ont demandé un devis à ${c} le mois dernier.`,
          ],
    none: {
      detractor: [
        "Nous n'avons pas encore vraiment regardé ailleurs. Changer serait un projet en soi.",
        "Pas vraiment, nous n'avons pas regardé ailleurs. Il faudrait beaucoup pour que nous partions.",
      ],
      passive: [
        "Nous n'avons pas regardé ailleurs, pour être honnête. Rien ne nous y a poussés.",
        "Je n'ai pas comparé sérieusement. C'est assez bien pour que personne ne me le demande.",
      ],
      promoter: [
        "Nous n'avons pas regardé ailleurs, honnêtement. Ce que j'utilisais avant était plus lourd.",
        "Rien de ce que j'ai vu n'arrive à ce niveau pour nous, donc nous n'avons pas regardé ailleurs.",
      ],
    },
    need: (change) => [
      `Pour que nous partions, il faudrait qu'ils offrent ${change}.`,
      `Ce qui ferait la différence, c'est ${change}.`,
      `Celui qui proposerait ${change}, nous l'écouterions.`,
    ],
    edge: (change) => [
      `Le seul point où d'autres pourraient être devant : ${change}.`,
      `À la rigueur, j'ai vu mieux ailleurs sur un point : ${change}.`,
    ],
  },
  close: {
    change: (change) => [
      `Une chose : ${change}.`,
      `S'il fallait choisir une seule chose, ${change}.`,
      `Facile. ${change[0].toUpperCase()}${change.slice(1)}.`,
      `Je demanderais ${change}.`,
    ],
    nothingElse: [
      "Rien d'autre, je crois avoir tout dit.",
      "Non, c'est tout pour moi. Merci de m'avoir posé la question.",
      "Je pense que c'est tout. Rien à ajouter.",
    ],
  },
  clarifyCue: /(en dire plus|préciser|précisez|que voulez-vous dire|un exemple|développer|de quelle manière)/i,
  anythingElseCue: /(autre chose|pas encore abordé|quelque chose à ajouter)/i,
  urgent: (reason, { competitor, month, ticket }) =>
    ({
      competitor_evaluation: `Nous évaluons activement ${competitor} en ce moment, et nous ne renouvellerons pas en ${month} si rien ne change rapidement.`,
      churn_risk: `Pour être clair, nous prévoyons de résilier au renouvellement de ${month} ; la décision est presque prise.`,
      unresolved_incident: `Il y a toujours un incident ouvert depuis ${month}, ticket ${ticket}, où nous avons perdu une semaine de données, et personne n'a fait de suivi.`,
      legal_or_safety:
        "Des données personnelles de nos clients sont apparues dans l'export d'un autre compte, et notre service juridique est maintenant impliqué.",
      distress: 'Honnêtement, je suis épuisé. Je travaille tard tous les soirs depuis des mois pour que ça tienne, et ça touche ma santé.',
    })[reason],
  months: ['janvier', 'mars', 'avril', 'juin', 'septembre', 'novembre'],
};

export const TEMPLATES: Record<AnswerLanguage, Templates> = { en: EN, fr: FR };
