/**
 * Word lists the salient-phrase picker (salient.ts) weighs words by, in the five offline languages:
 * function words count nothing, filler openers carry no content of their own, vague words may sit
 * inside a quote but do not make one.
 */
export const STOP = new Set(
  (
    'a an the and or but so of to in on at for with from by is are was were be been being it its this that these those ' +
    'i me my we our you your they them their he she his her just really very quite also too then than there here ' +
    'as into onto about over under through not whether if when how what who which why us ' +
    'le la les un une des et ou de du en au aux est sont je nous vous ils elles mon ma mes notre nos votre vos ce cette ces que qui ' +
    'dans sur pour par avec sans sous chez vers si quand comment pourquoi ne pas y a ai depuis très trop plus moins aussi toujours encore déjà tout tous toute hors entre contre selon après avant pendant sans ' +
    // de, es, pt (words that are also English content words, such as "war", "do" or "son", are left out)
    'der die das den dem des ein eine einen einem einer und oder aber von zu zum zur im ins auf für mit aus bei nach über unter durch ' +
    'ist sind waren sein es ich wir sie er ihr mein meine unser unsere ihre ihnen sich nicht kein keine wenn als wie wer dass ob auch nur ' +
    'noch schon sehr dann da hier dort bis seit um vor gegen ohne ' +
    'el los las unos unas y o pero del al con por para sobre está están estar lo les mi mis su sus nuestro nuestra nosotros yo usted ' +
    'ellos ellas cuando como muy más menos también ya todavía desde hasta porque cada ' +
    'e os as um uma uns umas mas da dos das em no na nas ao aos com sem é são foi ser estão lhe meu minha seu sua nosso nossa nós eu ' +
    'você eles elas não muito mais até já ainda isso isto toda todas todos'
  ).split(' '),
);

/** Openers that carry no content of their own. */
export const FILLER = new Set(
  (
    'well so yeah yes no ok okay um uh hmm like actually basically honestly frankly mean means meant think guess feel say ' +
    "i'd i'm i've it's that's there's we're they're you're euh ben bah bon enfin franchement donc alors oui non c'est ça cela put simply " +
    'sorry specific specifically instead know knew sais sait ' +
    'ja nein also naja ähm äh halt eben eigentlich genau denke glaube weiß sagen sí bueno pues vale eh creo supongo digo sé ' +
    'sinceramente honestamente francamente sim bom bem então tipo né acho sei'
  ).split(' '),
);

/** Vague words: they may sit inside a quote but do not make one. */
export const WEAK = new Set(
  (
    'kind sort thing things stuff way ways lot lots bit makes make made making would could should will can may might ' +
    'difference point people person someone something anything everything nothing one ones get gets got have has had do does did ' +
    'going need needs want wants keep keeps happen happens happening time times day days really whole part start started ' +
    'chose see seen look looks sure exactly other others another more most less much many ' +
    'chose truc genre façon fait faire peut peuvent pouvons pouvez veux veut voulons doivent doit avoir être quelque quelqu choses gens fois beaucoup peu assez vraiment bien mal ' +
    'sache sachen ding dinge weise viel viele etwas irgendwas alles nichts leute jemand machen macht gemacht haben hatte wird werden ' +
    'kann können könnte sollte muss müssen wollen geht gehen gibt zeit immer wirklich ganz bisschen andere anderen mehr ' +
    'cosa cosas algo nada gente alguien manera forma vez veces tiempo mucho muchos poco hace hacer hecho tener tiene tienen puede pueden ' +
    'podría debería quiere ir va van parte otro otra otros otras siempre realmente bastante ' +
    'coisa coisas tudo alguém maneira jeito vezes tempo muitos pouco faz fazer feito ter tem têm pode podem poderia deveria quer vai vão ' +
    'outro outra outros outras sempre ' +
    'tag tage woche wochen letzte letzten letzter letztes día días dia dias semana semanas pasada pasado passada passado última último ' +
    'musste mussten tuve tuvo tuvimos tuvieron tive teve tivemos tiveram'
  ).split(' '),
);
