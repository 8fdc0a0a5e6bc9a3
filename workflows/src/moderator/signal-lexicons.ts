/**
 * The answer-signal lexicons of German, Spanish and Portuguese (English and French live in
 * signals.ts): the same fields, written for how respondents put things in each language. German
 * capitalises every noun, so its competitor cues skip the common nouns that follow "testen" or
 * "evaluieren" ("wir testen Funktionen"), and its names count a little in specificity as any noun
 * would (see docs/decisions.md, "Offline languages").
 */
import type { Lexicon } from './signals.js';

/** As in signals.ts (not imported from it: signals.ts imports this module). Group 1 is the name. */
const NAME = String.raw`((?:[A-Z][\w.&+-]*|[a-z]+[A-Z][\w.&+-]*)(?:\s+[A-Z][\w.&+-]*){0,2})`;

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const any = (source: string): RegExp => new RegExp(`${B}(?:${source})${E}`, 'giu');
const DATE_DIGITS = String.raw`|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b`;

const MONTHS_DE = 'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const MONTHS_PT = 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';

const NOT_A_NAME_DE = String.raw`(?!(?:Funktionen|Features|Daten|Berichte|Exporte|Optionen|Möglichkeiten|Prozesse|Lösungen|Tools|Updates|Versionen?|Integrationen|Schnittstellen|Änderungen|Abläufe|Workflows|Ergebnisse|Zahlen|Kosten|Preise|Angebote|Dinge|Sachen|Alternativen)${E})`;

export const DE: Lexicon = {
  intensity: any(
    String.raw`hass\p{L}*|liebe\p{L}*|wütend|sauer|stinksauer|frustrier\p{L}*|genervt|nervig|ärger\p{L}*|furchtbar|schrecklich|` +
      String.raw`katastroph\p{L}*|albtraum|unerträglich|inakzeptabel|lächerlich|absurd|nutzlos|großartig|fantastisch|genial|` +
      String.raw`unglaublich|absolut|total|völlig|komplett|extrem|enttäuscht|besorgt|gestresst|die nase voll|es satt`,
  ),
  dates: new RegExp(
    String.raw`${B}(?:${MONTHS_DE}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|letzte woche|` +
      String.raw`letzten monat|letztes jahr|letztes quartal|Q[1-4]|20\d\d)${E}${DATE_DIGITS}`,
    'giu',
  ),
  durations: new RegExp(
    String.raw`${B}(?:\d+|eine[nm]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|ein paar|einige)\s+` +
      String.raw`(?:sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?|quartale?n?|jahre?n?)${E}|\b\d+\s*(?:h|std|min)\b`,
    'giu',
  ),
  frequency: any(
    String.raw`(?:einmal|zweimal|dreimal|\d+\s*mal|mehrmals) (?:am tag|pro tag|pro woche|die woche|im monat|pro monat|im jahr|pro jahr)|` +
      String.raw`jede[nrs]? (?:tag|woche|monat|morgen|abend|montag|dienstag|mittwoch|donnerstag|freitag|sprint|release)|` +
      String.raw`täglich|wöchentlich|monatlich`,
  ),
  money: new RegExp(
    String.raw`[$€£]\s?\d|\d\s?[$€£k]|${B}(?:\d+\s*(?:euro|dollar|pro lizenz|pro nutzer|pro benutzer|im monat|pro monat|im jahr|pro jahr)|` +
      String.raw`budget|rechnung\p{L}*|preis\p{L}*|lizenzgebühr\p{L}*|preiserhöhung)${E}`,
    'giu',
  ),
  concrete: any(
    String.raw`berichte?|reports?|reporting|exporte?|dashboards?|rechnungen?|tickets?|integrationen?|schnittstellen?|api|login|anmeldung|` +
      String.raw`sso|onboarding|migration|releases?|updates?|synchronisation|sync|felder|feld|workflows?|benachrichtigungen?|e-?mails?|` +
      String.raw`tabellen?|excel|csv|pdf|kunden?|verträge?|vertrag|verlängerung|lizenzen?|nutzer|benutzer|team|teams|meetings?|` +
      String.raw`besprechung\p{L}*|demo|roadmap|bugs?|fehler|ausfall|ausfälle|absturz|abstürze|störung\p{L}*`,
  ),
  competitorNamed: new RegExp(
    String.raw`(?:wechseln (?:zu|auf)|wechselten (?:zu|auf)|umsteigen auf|umgestiegen auf|migrieren (?:zu|auf|nach)|schauen uns|` +
      // "wir testen gerade Zendesk": a time adverb or two may sit between the verb and the name.
      String.raw`(?:evaluier(?:en|t|ten)|test(?:en|et|eten))(?:\s+(?:gerade|derzeit|aktuell|momentan|jetzt|schon|bereits|auch|parallel)){0,2}|` +
      String.raw`vergleich(?:en|t) mit|verglichen mit|entschieden für|` +
      String.raw`(?:Tools?|Produkte?|Anbieter|Lösungen?|Konkurrenten|so etwas) wie)\s+${NOT_A_NAME_DE}${NAME}`,
    'gu',
  ),
  competitorGeneric: any(
    String.raw`eine[nm]? anderen? (?:anbieter|hersteller|tool|produkt)|eine andere (?:lösung|plattform)|` +
      String.raw`andere(?:n)? (?:anbieter|tools|lösungen|plattformen|produkte)|(?:ein(?:en)? )?wettbewerber|(?:die )?konkurrenz|` +
      String.raw`(?:eine )?alternativen?|eine günstigere option`,
  ),
  organisational: any(
    String.raw`geschäftsführung|(?:die|der|unsere|unser|mein|meine|neue|neuer) (?:ceo|cfo|cto|cio|geschäftsführer\p{L}*|chef\p{L}*|` +
      String.raw`vorgesetzte\p{L}*|abteilungsleit\p{L}*|teamleit\p{L}*|vorstand|führung)|einkauf|beschaffung|finanzabteilung|` +
      String.raw`rechtsabteilung|it-abteilung|die it|ein anderes team|andere teams|champion|(?:hat|haben) (?:uns|das unternehmen) verlassen|` +
      String.raw`umstrukturierung|reorganisation|budgetkürzung\p{L}*|fusion|übernahme|übernommen|freigabe|genehmigung|stakeholder|` +
      String.raw`interne politik|intern`,
  ),
  timeline: any(
    String.raw`seit|vor (?:\d+|einem|einer|zwei|drei|mehreren|ein paar) (?:tag|tagen|woche|wochen|monat|monaten|jahr|jahren)|` +
      String.raw`letzte woche|letzten monat|letztes jahr|letztes quartal|nächste woche|nächsten monat|nächstes jahr|dieses jahr|` +
      String.raw`dieses quartal|gestern|kürzlich|neulich|vor kurzem|verlängerung|frist|deadline|bis ende|` +
      String.raw`(?:im|bis|vor|nach) (?:${MONTHS_DE}|Q[1-4]|20\d\d)`,
  ),
  thin: /^(?:ich )?(?:weiß (?:es )?nicht|weiss nicht|keine ahnung|nicht sicher|nichts(?: besonderes| weiter)?|passt|gut|ok(?:ay)?|ja|nein|geht so|egal|schwer zu sagen|kann ich nicht sagen|nicht wirklich|alles gut|nichts hinzuzufügen|mir fällt nichts ein)(?!\p{L})/iu,
  notNames: new Set(
    (
      'Ich Wir Die Der Das Den Dem Des Ein Eine Einen Es Sie Er Unser Unsere Mein Meine Aber Und Also Dann Wenn Ja Nein Ok OK ' +
      'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember'
    ).split(' '),
  ),
};

export const ES: Lexicon = {
  intensity: any(
    String.raw`odio|odiamos|me encanta\p{L}*|furios[oa]s?|enfadad[oa]s?|enojad[oa]s?|frustr\p{L}*|molest\p{L}*|hart[oa]s?|horrible|` +
      String.raw`terrible|pesadilla|desastre|inaceptable|ridícul[oa]|absurd[oa]|inútil|genial|fantástic[oa]|increíble|absolutamente|` +
      String.raw`totalmente|completamente|extremadamente|muchísimo|decepcionad[oa]s?|preocupad[oa]s?|estresad[oa]s?|agobiad[oa]s?`,
  ),
  dates: new RegExp(
    String.raw`${B}(?:${MONTHS_ES}|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|ayer|la semana pasada|` +
      String.raw`el mes pasado|el año pasado|el trimestre pasado|T[1-4]|Q[1-4]|20\d\d)${E}${DATE_DIGITS}`,
    'giu',
  ),
  durations: new RegExp(
    String.raw`${B}(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|varios|varias|unos|unas|algunos|algunas)\s+` +
      String.raw`(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|trimestres?|años?)${E}|\b\d+\s*(?:h|d|min)\b`,
    'giu',
  ),
  frequency: any(
    String.raw`(?:una|dos|tres|\d+|varias) veces (?:al|por) (?:día|semana|mes|año)|` +
      String.raw`(?:cada|todos los|todas las) (?:día|días|semana|semanas|mes|meses|mañana|mañanas|lunes|martes|miércoles|jueves|viernes|sprint)|` +
      String.raw`a diario|diari[oa]s?|semanal\p{L}*|mensual\p{L}*`,
  ),
  money: new RegExp(
    String.raw`[$€£]\s?\d|\d\s?[$€£k]|${B}(?:\d+\s*(?:euros?|dólares?|por licencia|por usuario|al mes|por mes|al año|por año)|` +
      String.raw`presupuesto|factura\p{L}*|precio\p{L}*|tarifa\p{L}*|licencias?)${E}`,
    'giu',
  ),
  concrete: any(
    String.raw`informes?|reportes?|exportaci(?:ón|ones)|paneles?|facturas?|tickets?|integraci(?:ón|ones)|api|inicio de sesión|login|sso|` +
      String.raw`onboarding|migración|versi(?:ón|ones)|actualizaci(?:ón|ones)|sincronizaci(?:ón|ones)|campos?|flujos? de trabajo|` +
      String.raw`notificaci(?:ón|ones)|correos?|e-?mails?|hojas? de cálculo|excel|csv|pdf|clientes?|contratos?|renovación|licencias?|` +
      String.raw`usuarios?|equipo|gerente|jefe|llamadas?|reuni(?:ón|ones)|demo|hoja de ruta|errores?|fallos?|caídas?|bugs?`,
  ),
  competitorNamed: new RegExp(
    String.raw`(?:(?:cambiar(?:nos)?|cambiamos|cambiando|pasar(?:nos)?|pasamos|migrar|migramos|migrando) (?:a|con)|evaluando|evaluamos|` +
      String.raw`evaluar|probando|probamos|probar|comparando|comparamos|mirando|miramos|valorando|considerando|(?:nos )?quedamos con|` +
      String.raw`firmamos con|usando|(?:herramientas?|productos?|proveedores?|soluciones?|algo|opciones?|plataformas?) como)\s+` +
      String.raw`(?:(?:a|el|la|los|las)\s+)?${NAME}`,
    'gu',
  ),
  competitorGeneric: any(
    String.raw`otro (?:proveedor|producto|sistema)|otra (?:herramienta|solución|plataforma|opción)|otros (?:proveedores|productos|sistemas)|` +
      String.raw`otras (?:herramientas|soluciones|plataformas|opciones)|(?:un |los )?competidor(?:es)?|la competencia|` +
      String.raw`(?:una |las )?alternativas?|una opción más barata`,
  ),
  organisational: any(
    String.raw`la dirección|la gerencia|(?:nuestro|nuestra|mi|el|la|nuevo|nueva) (?:ceo|cfo|cto|director financiero|directora financiera|` +
      String.raw`director|directora|jefe|jefa|gerente|responsable|consejo)|compras|el departamento de (?:compras|finanzas|it|sistemas|legal)|` +
      String.raw`(?:equipo|área) de (?:finanzas|legal|seguridad|it|sistemas)|otro equipo|otros equipos|se fue de la empresa|` +
      String.raw`dejó la empresa|renunció|reorganización|reestructuración|recortes? de presupuesto|fusión|adquisición|adquirid[oa]s?|` +
      String.raw`aprobación|visto bueno|política interna|internamente`,
  ),
  timeline: any(
    String.raw`desde|hace (?:\d+|un|una|dos|tres|varios|varias|unos|unas) (?:días?|semanas?|mes(?:es)?|años?)|la semana pasada|` +
      String.raw`el mes pasado|el año pasado|el trimestre pasado|este trimestre|este año|el mes que viene|el próximo (?:mes|año|trimestre)|` +
      String.raw`ayer|recientemente|últimamente|durante (?:semanas|meses)|renovación|plazo|fecha límite|para finales de|` +
      String.raw`(?:en|hasta|antes de|después de) (?:${MONTHS_ES}|20\d\d)`,
  ),
  thin: /^(?:(?:yo )?no (?:lo )?sé|ni idea|no estoy segur[oa]|nada(?: especial| más| en particular)?|bien|vale|ok(?:ay)?|sí|si|no|igual|lo mismo|difícil de decir|no sabría decir|no realmente|la verdad que no|todo bien|nada que añadir|no se me ocurre nada|normal)(?!\p{L})/iu,
  notNames: new Set(
    (
      'Yo El La Los Las Un Una Es Nosotros Nuestro Nuestra Mi Mis Este Esta Eso Pero Y Entonces Cuando Si Sí No Ok OK Usted ' +
      'Lunes Martes Miércoles Jueves Viernes Sábado Domingo'
    ).split(' '),
  ),
};

export const PT: Lexicon = {
  intensity: any(
    String.raw`odeio|odiamos|adoro|adoramos|furios[oa]s?|irritad[oa]s?|com raiva|frustr\p{L}*|chatead[oa]s?|horrível|terrível|pesadelo|` +
      String.raw`desastre|inaceitável|ridícul[oa]|absurd[oa]|inútil|genial|fantástic[oa]|incrível|absolutamente|totalmente|completamente|` +
      String.raw`extremamente|decepcionad[oa]s?|preocupad[oa]s?|estressad[oa]s?|de saco cheio`,
  ),
  dates: new RegExp(
    String.raw`${B}(?:${MONTHS_PT}|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|ontem|` +
      String.raw`semana passada|mês passado|ano passado|trimestre passado|T[1-4]|Q[1-4]|20\d\d)${E}${DATE_DIGITS}`,
    'giu',
  ),
  durations: new RegExp(
    String.raw`${B}(?:\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vários|várias|alguns|algumas)\s+` +
      String.raw`(?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|trimestres?|anos?)${E}|\b\d+\s*(?:h|d|min)\b`,
    'giu',
  ),
  frequency: any(
    String.raw`(?:uma|duas|três|\d+|várias) vezes por (?:dia|semana|mês|ano)|` +
      String.raw`(?:todo|toda|todos os|todas as|cada) (?:dia|dias|semana|semanas|mês|meses|manhã|manhãs|segunda|segundas|sprint)|` +
      String.raw`diariamente|semanal\p{L}*|mensal\p{L}*`,
  ),
  money: new RegExp(
    String.raw`R?[$€£]\s?\d|\d\s?[$€£k]|${B}(?:\d+\s*(?:reais|euros?|dólares?|por licença|por usuário|por mês|ao mês|por ano|ao ano)|` +
      String.raw`orçamento|fatura\p{L}*|preço\p{L}*|licenças?|mensalidade)${E}`,
    'giu',
  ),
  concrete: any(
    String.raw`relatórios?|exportaç(?:ão|ões)|painéis|painel|dashboards?|faturas?|chamados?|tickets?|integraç(?:ão|ões)|api|login|sso|` +
      String.raw`onboarding|migração|versão|versões|atualizaç(?:ão|ões)|sincronizaç(?:ão|ões)|campos?|fluxos? de trabalho|` +
      String.raw`notificaç(?:ão|ões)|e-?mails?|planilhas?|excel|csv|pdf|clientes?|contratos?|renovação|usuários?|equipe|equipa|gerente|` +
      String.raw`chefe|reuni(?:ão|ões)|demo|roadmap|bugs?|erros?|falhas?|quedas?`,
  ),
  competitorNamed: new RegExp(
    String.raw`(?:(?:mudar|mudamos|mudando|migrar|migramos|migrando|trocar|trocamos|trocando|passar|passamos) (?:para|pro|pra)|` +
      String.raw`avaliando|avaliamos|avaliar|testando|testamos|testar|comparando|comparamos|olhando|olhamos|considerando|fechamos com|` +
      String.raw`assinamos com|usando|(?:ferramentas?|produtos?|fornecedores?|soluç(?:ão|ões)|algo|opç(?:ão|ões)|plataformas?) como)\s+` +
      String.raw`(?:(?:o|a|os|as)\s+)?${NAME}`,
    'gu',
  ),
  competitorGeneric: any(
    String.raw`outro (?:fornecedor|produto|sistema)|outra (?:ferramenta|solução|plataforma|opção)|outros (?:fornecedores|produtos|sistemas)|` +
      String.raw`outras (?:ferramentas|soluções|plataformas|opções)|(?:um |os )?concorrentes?|a concorrência|(?:uma |as )?alternativas?|` +
      String.raw`uma opção mais barata`,
  ),
  organisational: any(
    String.raw`a diretoria|a direção|a liderança|(?:nosso|nossa|meu|minha|o|a|novo|nova) (?:ceo|cfo|cto|diretor financeiro|diretora financeira|` +
      String.raw`diretor|diretora|chefe|gerente|gestor|gestora|conselho)|compras|o departamento de (?:compras|finanças|ti|jurídico)|` +
      String.raw`o jurídico|outra equipe|outras equipes|saiu da empresa|pediu demissão|reorganização|reestruturação|cortes? de orçamento|` +
      String.raw`fusão|aquisição|adquirid[oa]s?|aprovação|política interna|internamente`,
  ),
  timeline: any(
    String.raw`desde|há (?:\d+|um|uma|dois|duas|três|vários|várias|alguns|algumas) (?:dias?|semanas?|mês|meses|anos?)|semana passada|` +
      String.raw`mês passado|ano passado|trimestre passado|este trimestre|este ano|mês que vem|próximo (?:mês|ano|trimestre)|ontem|` +
      String.raw`recentemente|ultimamente|durante (?:semanas|meses)|por (?:semanas|meses)|renovação|prazo|até o fim d[oa]|` +
      String.raw`(?:em|até|antes de|depois de) (?:${MONTHS_PT}|20\d\d)`,
  ),
  thin: /^(?:(?:eu )?não sei|sei lá|nem ideia|não faço ideia|não tenho certeza|nada(?: de especial| demais| mais)?|bem|tudo bem|ok|beleza|sim|não|tanto faz|igual|difícil dizer|não sei dizer|na verdade não|nada a acrescentar|normal)(?!\p{L})/iu,
  notNames: new Set('Eu O A Os As Um Uma É Nós Nosso Nossa Meu Minha Este Esta Isso Mas E Então Quando Se Sim Não Ok OK Você'.split(' ')),
};
