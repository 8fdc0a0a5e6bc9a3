/**
 * The offline moderator's German, Spanish and Portuguese wording (English and French live in
 * offline-composer.ts), written as a native moderator would ask: formal address ("Sie", "usted",
 * "você"), open questions only, each language's own quotation marks around the respondent's words
 * („…“, «…», “…”). A test runs every variant through the leading-question guard.
 */
import type { Templates } from './offline-composer.js';

export const DE: Templates = {
  welcome: 'Vielen Dank, dass Sie sich die Zeit nehmen.',
  said: (f) => `Sie sagten „${f}“.`,
  mentioned: (f) => `Sie erwähnten „${f}“.`,
  outOfTime: 'Unsere Zeit ist fast um.',
  context: {
    quoted: [(f) => `Erzählen Sie mir mehr über „${f}“.`, (f) => `Was kommt Ihnen als Erstes in den Sinn, wenn Sie an „${f}“ denken?`],
    plain: [
      'Erzählen Sie mir etwas mehr darüber, welche Rolle das Produkt in Ihrer Arbeit spielt.',
      'Was kommt Ihnen als Erstes in den Sinn, wenn Sie an die Arbeit mit dem Produkt denken?',
    ],
  },
  surface: {
    quoted: [
      (f) => `Erzählen Sie mir von einem Moment in letzter Zeit, in dem „${f}“ eine Rolle gespielt hat.`,
      (f) => `Wie sah die letzte Situation aus, in der „${f}“ vorkam?`,
    ],
    plain: [
      'Erzählen Sie mir von einem Moment in letzter Zeit, der Ihren Eindruck vom Produkt geprägt hat.',
      'Welche Situation aus letzter Zeit fällt Ihnen dazu als Erstes ein?',
    ],
  },
  ladder: [
    {
      quoted: [
        (f) => `Wenn Sie „${f}“ sagen, wie sieht das in Ihrem Arbeitsalltag aus?`,
        (f) => `Sie sagten „${f}“. Wie zeigt sich das an einem typischen Arbeitstag?`,
        (f) => `Erzählen Sie mir mehr über „${f}“: Wie macht sich das in Ihrer Arbeit bemerkbar?`,
      ],
      plain: [
        'Wie sieht das in Ihrem Arbeitsalltag aus?',
        'Wie zeigt sich das an einem typischen Arbeitstag?',
        'Beschreiben Sie mir, wie sich das in Ihrer Arbeit konkret abspielt.',
      ],
    },
    {
      quoted: [
        (f) => `Sie erwähnten „${f}“. Wozu führt das für Sie oder Ihr Team?`,
        (f) => `Was folgt aus „${f}“ im weiteren Verlauf?`,
        (f) => `Was verändert „${f}“ für Sie und die Menschen, mit denen Sie arbeiten?`,
      ],
      plain: [
        'Wozu führt das für Sie oder Ihr Team?',
        'Was passiert als Nächstes, wenn das eintritt?',
        'Was verändert das für die Menschen, mit denen Sie arbeiten?',
      ],
    },
    {
      quoted: [
        (f) => `Warum ist Ihnen „${f}“ persönlich wichtig?`,
        (f) => `Weshalb zählt „${f}“ für Sie?`,
        (f) => `Was steht für Sie persönlich bei „${f}“ auf dem Spiel?`,
      ],
      plain: ['Warum ist Ihnen das persönlich wichtig?', 'Weshalb zählt das für Sie?', 'Was steht für Sie persönlich dabei auf dem Spiel?'],
    },
  ],
  clarify: [
    'Erzählen Sie mir von einem konkreten Mal, als das passiert ist.',
    'Was ist beim letzten Mal passiert, als Sie darauf gestoßen sind?',
    'Beschreiben Sie mir das letzte Beispiel dafür, Schritt für Schritt.',
  ],
  competitor: [
    (f) => `Sie erwähnten „${f}“. Wie schneidet es im Vergleich zum Produkt bei Ihrer Arbeit ab?`,
    (f) => `Wenn Sie an „${f}“ denken, was fällt Ihnen im Vergleich zum Produkt auf?`,
  ],
  comparative: {
    quoted: [(f) => `Wie schneidet „${f}“ im Vergleich zu dem ab, was Sie anderswo gesehen haben?`],
    plain: {
      detractor: ['Was müsste eine andere Option Ihnen bieten, damit sich ein Wechsel lohnt?'],
      passive: ['Was müsste eine andere Option Ihnen bieten, damit sich ein Wechsel lohnt?'],
      promoter: ['Wie schneiden andere Tools, die Sie kennen, bei den Dingen ab, die Ihnen wichtig sind?'],
    },
  },
  anythingElse: [
    'Was möchten Sie noch ergänzen, worüber wir bisher nicht gesprochen haben?',
    'Was sollte das Team über Ihre Erfahrungen noch wissen, das wir bisher nicht angesprochen haben?',
  ],
  gentleClose:
    'Danke, dass Sie mir das erzählen; wir können jederzeit hier aufhören. ' +
    'Was möchten Sie dem Team noch mitgeben, bevor wir zum Ende kommen?',
  checkIn: 'Das ist eine Menge. Wie geht es Ihnen selbst damit?',
  thanks: 'Vielen Dank für Ihre Zeit und Ihre Offenheit. Ihre Antworten gehen direkt an das Team, das daran arbeitet.',
  gentleThanks: 'Danke, dass Sie das mit mir geteilt haben. Wir hören hier auf; passen Sie gut auf sich auf.',
  briefThanks: 'Vielen Dank für Ihre Zeit heute. Wir belassen es dabei.',
};

export const ES: Templates = {
  welcome: 'Gracias por dedicarnos su tiempo.',
  said: (f) => `Usted dijo «${f}».`,
  mentioned: (f) => `Usted mencionó «${f}».`,
  outOfTime: 'Nos queda poco tiempo.',
  context: {
    quoted: [(f) => `Cuénteme más sobre «${f}».`, (f) => `¿Qué es lo primero que le viene a la mente cuando piensa en «${f}»?`],
    plain: [
      'Cuénteme un poco más sobre el lugar que ocupa el producto en su trabajo.',
      '¿Qué es lo primero que le viene a la mente cuando piensa en usar el producto?',
    ],
  },
  surface: {
    quoted: [
      (f) => `Cuénteme un momento reciente en el que «${f}» estuvo presente.`,
      (f) => `¿Cuál fue la situación más reciente en la que apareció «${f}»?`,
    ],
    plain: [
      'Cuénteme un momento reciente que haya influido en su opinión sobre el producto.',
      '¿Cuál es la situación más reciente que le viene a la mente?',
    ],
  },
  ladder: [
    {
      quoted: [
        (f) => `Cuando dice «${f}», ¿cómo se refleja eso en su trabajo del día a día?`,
        (f) => `Usted dijo «${f}». ¿Cómo se ve eso en un día normal de trabajo?`,
        (f) => `Hábleme más de «${f}»: ¿cómo se nota en su trabajo?`,
      ],
      plain: [
        '¿Cómo se refleja eso en su trabajo del día a día?',
        '¿Cómo se ve eso en un día normal de trabajo?',
        'Descríbame cómo se desarrolla eso en su trabajo.',
      ],
    },
    {
      quoted: [
        (f) => `Usted mencionó «${f}». ¿A qué les lleva eso a usted y a su equipo?`,
        (f) => `¿Qué consecuencias tiene «${f}» más adelante?`,
        (f) => `¿Qué cambia «${f}» para usted y para las personas con las que trabaja?`,
      ],
      plain: [
        '¿A qué les lleva eso a usted y a su equipo?',
        '¿Qué ocurre después, cuando eso pasa?',
        '¿Qué cambia eso para las personas con las que trabaja?',
      ],
    },
    {
      quoted: [
        (f) => `¿Por qué es importante «${f}» para usted personalmente?`,
        (f) => `¿Qué hace que «${f}» sea importante para usted?`,
        (f) => `¿Qué está en juego para usted personalmente con «${f}»?`,
      ],
      plain: [
        '¿Por qué le importa eso a usted personalmente?',
        '¿Qué hace que eso sea importante para usted?',
        '¿Qué está en juego para usted personalmente?',
      ],
    },
  ],
  clarify: [
    'Cuénteme una ocasión concreta en la que eso ocurrió.',
    '¿Qué pasó la última vez que se encontró con eso?',
    'Descríbame el ejemplo más reciente, paso a paso.',
  ],
  competitor: [
    (f) => `Usted mencionó «${f}». ¿Cómo se compara con el producto para el trabajo que hace?`,
    (f) => `Cuando piensa en «${f}», ¿qué le llama la atención en comparación con el producto?`,
  ],
  comparative: {
    quoted: [(f) => `¿Cómo se compara «${f}» con lo que ha visto en otros sitios?`],
    plain: {
      detractor: ['¿Qué tendría que ofrecerle otra opción para que valiera la pena cambiar?'],
      passive: ['¿Qué tendría que ofrecerle otra opción para que valiera la pena cambiar?'],
      promoter: ['¿Cómo se comparan otras herramientas que conoce en lo que es importante para usted?'],
    },
  },
  anythingElse: [
    '¿Qué más le gustaría añadir que no hayamos tratado todavía?',
    '¿Qué más debería saber el equipo sobre su experiencia que no hayamos cubierto?',
  ],
  gentleClose:
    'Gracias por contarme esto; podemos parar aquí cuando usted quiera. ' + '¿Qué le gustaría que el equipo supiera antes de terminar?',
  checkIn: 'Es mucho que llevar. Y usted, ¿cómo está?',
  thanks: 'Gracias por su tiempo y por su franqueza. Sus respuestas llegan directamente al equipo que trabaja en esto.',
  gentleThanks: 'Gracias por compartir esto conmigo. Vamos a parar aquí; cuídese mucho.',
  briefThanks: 'Gracias por su tiempo hoy. Lo dejamos aquí.',
};

export const PT: Templates = {
  welcome: 'Obrigado por dedicar este tempo.',
  said: (f) => `Você disse “${f}”.`,
  mentioned: (f) => `Você mencionou “${f}”.`,
  outOfTime: 'Estamos quase sem tempo.',
  context: {
    quoted: [(f) => `Conte-me mais sobre “${f}”.`, (f) => `O que vem primeiro à sua mente quando pensa em “${f}”?`],
    plain: [
      'Conte-me um pouco mais sobre o lugar do produto no seu trabalho.',
      'O que vem primeiro à sua mente quando pensa em usar o produto?',
    ],
  },
  surface: {
    quoted: [
      (f) => `Conte-me sobre um momento recente em que “${f}” apareceu.`,
      (f) => `Qual foi a situação mais recente em que “${f}” aconteceu?`,
    ],
    plain: [
      'Conte-me sobre um momento recente que marcou a sua opinião sobre o produto.',
      'Qual é a situação mais recente que vem à sua mente?',
    ],
  },
  ladder: [
    {
      quoted: [
        (f) => `Quando você diz “${f}”, como isso aparece no seu dia a dia de trabalho?`,
        (f) => `Você disse “${f}”. Como isso se mostra num dia típico para você?`,
        (f) => `Fale mais sobre “${f}”: como isso aparece no seu trabalho?`,
      ],
      plain: [
        'Como isso aparece no seu dia a dia de trabalho?',
        'Como isso se mostra num dia típico para você?',
        'Descreva para mim como isso acontece no seu trabalho.',
      ],
    },
    {
      quoted: [
        (f) => `Você mencionou “${f}”. O que isso causa para você e para a sua equipe?`,
        (f) => `O que “${f}” provoca mais adiante?`,
        (f) => `O que “${f}” muda para você e para as pessoas com quem trabalha?`,
      ],
      plain: [
        'O que isso causa para você e para a sua equipe?',
        'O que acontece em seguida quando isso ocorre?',
        'O que isso muda para as pessoas com quem você trabalha?',
      ],
    },
    {
      quoted: [
        (f) => `Por que “${f}” importa para você pessoalmente?`,
        (f) => `O que torna “${f}” importante para você?`,
        (f) => `O que está em jogo para você pessoalmente em “${f}”?`,
      ],
      plain: [
        'Por que isso importa para você pessoalmente?',
        'O que torna isso importante para você?',
        'O que está em jogo para você pessoalmente?',
      ],
    },
  ],
  clarify: [
    'Conte-me sobre uma vez específica em que isso aconteceu.',
    'O que aconteceu da última vez que você passou por isso?',
    'Descreva o exemplo mais recente, passo a passo.',
  ],
  competitor: [
    (f) => `Você mencionou “${f}”. Como ele se compara com o produto para o trabalho que você faz?`,
    (f) => `Quando pensa em “${f}”, o que chama a sua atenção em comparação com o produto?`,
  ],
  comparative: {
    quoted: [(f) => `Como “${f}” se compara com o que você viu em outros lugares?`],
    plain: {
      detractor: ['O que outra opção precisaria oferecer a você para valer a pena mudar?'],
      passive: ['O que outra opção precisaria oferecer a você para valer a pena mudar?'],
      promoter: ['Como outras ferramentas que você conhece se comparam nas coisas que importam para você?'],
    },
  },
  anythingElse: [
    'O que mais você gostaria de acrescentar que ainda não conversamos?',
    'O que mais a equipe deveria saber sobre a sua experiência que ainda não abordamos?',
  ],
  gentleClose:
    'Obrigado por me contar isso; podemos parar aqui quando você quiser. ' +
    'O que você gostaria que a equipe soubesse antes de terminarmos?',
  checkIn: 'Isso é muita coisa. E você, como está?',
  thanks: 'Obrigado pelo seu tempo e pela sua franqueza. Suas respostas vão direto para a equipe que cuida disso.',
  gentleThanks: 'Obrigado por compartilhar isso comigo. Vamos parar por aqui; cuide-se bem.',
  briefThanks: 'Obrigado pelo seu tempo hoje. Vamos encerrar por aqui.',
};
