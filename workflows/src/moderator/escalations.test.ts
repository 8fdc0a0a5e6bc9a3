import { describe, expect, it } from 'vitest';
import { detectEscalations, readDistress, sentencesOf } from './escalations.js';
import type { EscalationReason } from '@ladder/contracts';

const reasons = (answer: string, language = 'en'): EscalationReason[] => detectEscalations(answer, language).map((e) => e.reason);

describe('detectEscalations (English)', () => {
  it.each<[string, EscalationReason]>([
    ['We are actively evaluating Zendesk right now.', 'competitor_evaluation'],
    ['Procurement launched an RFP last month.', 'competitor_evaluation'],
    ['We signed with another provider on Friday.', 'competitor_evaluation'],
    ['The team is trialing other tools.', 'competitor_evaluation'],
    ['We are moving to Freshdesk in Q3.', 'competitor_evaluation'],
    ["We've started asking one of your competitors, Flowbase, for a proposal.", 'competitor_evaluation'],
    ['We asked Acmely for a quote last week.', 'competitor_evaluation'],
    ['We will cancel the subscription in June.', 'churn_risk'],
    ["We won't renew.", 'churn_risk'],
    ['Honestly we are not going to renew at this price.', 'churn_risk'],
    ['If it is not fixed by Friday we will cancel.', 'churn_risk'],
    ['The integration is still broken after three weeks.', 'unresolved_incident'],
    ['Our ticket has been open for weeks with no answer.', 'unresolved_incident'],
    ['We had data loss during the migration.', 'unresolved_incident'],
    ['The outage from Monday was never resolved.', 'unresolved_incident'],
    ['Our lawyers are reading the contract again.', 'legal_or_safety'],
    ['This looks like a GDPR breach to me.', 'legal_or_safety'],
    ['A technician got an injury because the sensor reading was wrong.', 'legal_or_safety'],
    ['I am completely overwhelmed.', 'distress'],
    ["I can't cope with this anymore.", 'distress'],
    ['Honestly I am burned out.', 'distress'],
  ])('%s → %s', (answer, reason) => {
    expect(reasons(answer)).toEqual([reason]);
  });

  it.each([
    'We are not evaluating anything else.',
    'We are not evaluating other tools.',
    'We have no plan to cancel the subscription.',
    "I don't want to cancel the contract, I want it to work.",
    'The outage last year was fixed quickly.',
    'We had no data loss, luckily.',
    'I am not overwhelmed, just busy.',
    'The meeting got cancelled so we rescheduled.',
    'We are evaluating things as we go.',
    'Looking at it again, the reports are fine.',
  ])('ignores "%s"', (answer) => {
    expect(reasons(answer)).toEqual([]);
  });

  it('reports each reason once, quoting the sentence verbatim', () => {
    const answer =
      'Support is slow. We are evaluating Zendesk and we have also looked at Freshdesk!\n' +
      'The export is still broken.  Our ticket has been open for weeks. We will cancel the contract in June';
    const found = detectEscalations(answer, 'en');
    expect(found).toEqual([
      { reason: 'competitor_evaluation', quote: 'We are evaluating Zendesk and we have also looked at Freshdesk!' },
      { reason: 'churn_risk', quote: 'We will cancel the contract in June' },
      { reason: 'unresolved_incident', quote: 'The export is still broken.' },
    ]);
    for (const { quote } of found) expect(answer).toContain(quote);
  });

  it('keeps a cue that follows a negated clause', () => {
    expect(reasons('Nothing has been fixed, so we are moving to Freshdesk.')).toEqual(['competitor_evaluation']);
    expect(reasons('Not only are we evaluating Zendesk, we have a budget for it.')).toEqual(['competitor_evaluation']);
  });
});

describe('detectEscalations (French)', () => {
  it.each<[string, EscalationReason]>([
    ['Nous évaluons Zendesk depuis un mois.', 'competitor_evaluation'],
    ["On a lancé un appel d'offres.", 'competitor_evaluation'],
    ['On va résilier le contrat.', 'churn_risk'],
    ['Nous ne renouvellerons pas.', 'churn_risk'],
    ["Le bug n'est toujours pas corrigé.", 'unresolved_incident'],
    ['Notre ticket est ouvert depuis des semaines.', 'unresolved_incident'],
    ['Notre avocat regarde le dossier.', 'legal_or_safety'],
    ["Je suis débordée, je n'en peux plus.", 'distress'],
    ['Honestly we are going to churn.', 'churn_risk'],
  ])('%s → %s', (answer, reason) => {
    expect(reasons(answer, 'fr')).toEqual([reason]);
  });

  it.each([
    "Nous n'évaluons pas d'autres solutions.",
    "Nous n'allons pas résilier.",
    'Pas question de résilier, on y tient.',
    "Il faut en finir avec ce problème d'export.",
  ])('ignores "%s"', (answer) => {
    expect(reasons(answer, 'fr-FR')).toEqual([]);
  });
});

describe('detectEscalations (German, Spanish, Portuguese)', () => {
  it.each<[string, string, EscalationReason]>([
    ['de', 'Wir evaluieren gerade Zendesk als Ersatz.', 'competitor_evaluation'],
    ['de', 'Die IT testet derzeit andere Anbieter.', 'competitor_evaluation'],
    ['de', 'Wir wechseln im Herbst zu Freshdesk.', 'competitor_evaluation'],
    ['de', 'Wir werden den Vertrag zum Jahresende kündigen.', 'churn_risk'],
    ['de', 'Den Vertrag verlängern wir nicht.', 'churn_risk'],
    ['de', 'Der Export ist immer noch nicht behoben.', 'unresolved_incident'],
    ['de', 'Unser Ticket ist seit Wochen offen.', 'unresolved_incident'],
    ['de', 'Unser Anwalt prüft den Vertrag.', 'legal_or_safety'],
    ['de', 'Ich bin völlig überfordert.', 'distress'],
    ['de', 'Ich kann einfach nicht mehr.', 'distress'],
    ['es', 'Estamos evaluando Zendesk desde hace un mes.', 'competitor_evaluation'],
    ['es', 'Vamos a cambiarnos a otro proveedor.', 'competitor_evaluation'],
    ['es', 'Vamos a cancelar la suscripción en junio.', 'churn_risk'],
    ['es', 'No vamos a renovar a este precio.', 'churn_risk'],
    ['es', 'El error de sincronización todavía no se ha resuelto.', 'unresolved_incident'],
    ['es', 'Nuestros abogados están revisando el contrato.', 'legal_or_safety'],
    ['es', 'Estoy agotado, ya no puedo más.', 'distress'],
    ['pt', 'Estamos avaliando o Flowbase desde março.', 'competitor_evaluation'],
    ['pt', 'Vamos migrar para outra plataforma.', 'competitor_evaluation'],
    ['pt', 'Vamos cancelar a assinatura no fim do trimestre.', 'churn_risk'],
    ['pt', 'O chamado ainda não foi resolvido.', 'unresolved_incident'],
    ['pt', 'Nossos advogados estão analisando o contrato.', 'legal_or_safety'],
    ['pt', 'Eu estou esgotada, não aguento mais.', 'distress'],
  ])('%s: %s → %s', (language, answer, reason) => {
    expect(reasons(answer, language)).toEqual([reason]);
  });

  it.each<[string, string]>([
    ['de', 'Wir evaluieren keine anderen Anbieter.'],
    ['de', 'Wir testen Funktionen, bevor wir sie ausrollen.'],
    ['de', 'Wir wollen nicht kündigen, es soll nur funktionieren.'],
    ['de', 'Wir haben alle Möglichkeiten erschöpft.'],
    ['de', 'Das System kann nicht mehr exportieren als tausend Zeilen.'],
    ['es', 'No estamos evaluando otras herramientas.'],
    ['es', 'No queremos cancelar el contrato, queremos que funcione.'],
    ['es', 'No puedo más que esperar a la próxima versión.'],
    ['pt', 'Não estamos avaliando outras ferramentas.'],
    ['pt', 'Precisamos processar os dados mais rápido.'],
  ])('%s: ignores "%s"', (language, answer) => {
    expect(reasons(answer, language)).toEqual([]);
  });

  it('reads English cues in these languages too, quoting the sentence verbatim', () => {
    const answer = 'Los informes tardan mucho. Honestly we are going to churn.';
    expect(detectEscalations(answer, 'es')).toEqual([{ reason: 'churn_risk', quote: 'Honestly we are going to churn.' }]);
  });
});

describe('sentencesOf', () => {
  it('splits on sentence ends and line breaks, keeping exact text', () => {
    expect(sentencesOf('One. Two?! three\nfour…  ')).toEqual(['One.', 'Two?!', 'three', 'four…']);
  });
});

describe('whose distress', () => {
  const owner = (answer: string, language = 'en') => readDistress(answer, language)?.owner ?? null;

  it.each<[string, string]>([
    ['I am exhausted.', 'en'],
    ["Honestly I can't cope with the backlog anymore.", 'en'],
    ["I've been completely burnt out since the migration.", 'en'],
    ["I really am at my wits' end.", 'en'],
    ['The rollout has me overwhelmed.', 'en'],
    ["The whole team's burnt out, me included.", 'en'],
    ['My admins are drained and honestly so am I. I feel burnt out.', 'en'],
    ['Je suis épuisée.', 'fr'],
    ["Je n'en peux plus de ces ressaisies.", 'fr'],
    ['Moi, je suis à bout.', 'fr'],
    ['Ich bin total ausgebrannt.', 'de'],
    ['Seit der Migration bin ich völlig erschöpft.', 'de'],
    ['Das Projekt überfordert mich.', 'de'],
    ['Estoy completamente agotada.', 'es'],
    ['Mi equipo está quemado y yo también.', 'es'],
    ['Me siento abrumado con tantos cambios.', 'es'],
    ['Eu estou exausto.', 'pt'],
    ['Estou sobrecarregada desde a migração.', 'pt'],
  ])('"%s" is the respondent\'s own and escalates', (answer, language) => {
    expect(owner(answer, language)).toBe('own');
    expect(detectEscalations(answer, language)).toEqual([{ reason: 'distress', quote: expect.any(String) }]);
  });

  it.each<[string, string]>([
    ["Two of my best engineers have told me they're burnt out.", 'en'],
    ['My team is frustrated and overwhelmed.', 'en'],
    ['Our customers are furious.', 'en'],
    ['The support agents were in tears after the outage.', 'en'],
    ["My manager can't cope with the reporting load.", 'en'],
    ['Everyone in finance seems exhausted by month end.', 'en'],
    ["Mes deux meilleurs techniciens m'ont dit qu'ils sont épuisés.", 'fr'],
    ["L'équipe est à bout.", 'fr'],
    ['Mon équipe se sent submergée.', 'fr'],
    ['Mein Team ist völlig überlastet.', 'de'],
    ['Zwei meiner besten Admins haben mir gesagt, dass sie ausgebrannt sind.', 'de'],
    ['Mi equipo está agotado.', 'es'],
    ['Dos de mis mejores técnicos me dijeron que están quemados.', 'es'],
    ['Nuestros clientes están desesperados.', 'es'],
    ['Minha equipe está esgotada.', 'pt'],
    ['Dois dos meus analistas disseram que eles estão sobrecarregados.', 'pt'],
  ])('"%s" reports others\' state: no distress', (answer, language) => {
    expect(owner(answer, language)).toBeNull();
    expect(reasons(answer, language)).toEqual([]);
  });

  it.each<[string, string]>([
    ["We're all burnt out.", 'en'],
    ['Overwhelmed, frankly.', 'en'],
    ['Total burnout around here.', 'en'],
    ['A colleague talked about suicide last month.', 'en'],
    ['On est tous débordés.', 'fr'],
    ['Épuisée, honnêtement.', 'fr'],
    ['Wir sind alle ausgebrannt.', 'de'],
    ['Erschöpft, ehrlich gesagt.', 'de'],
    ['Estamos todos agotados.', 'es'],
    ['Agotada, la verdad.', 'es'],
    ['Estamos todos esgotados.', 'pt'],
    ['A gente está no limite.', 'pt'],
  ])('"%s" is ambiguous: no escalation, unless it answers the check-in', (answer, language) => {
    expect(owner(answer, language)).toBe('ambiguous');
    expect(reasons(answer, language)).toEqual([]);
    expect(detectEscalations(answer, language, { answersCheckIn: true })).toEqual([{ reason: 'distress', quote: answer }]);
  });

  it('does not read "exhausted" with an object as distress', () => {
    expect(owner('We exhausted every workaround the consultants suggested.')).toBeNull();
  });

  it("quotes the sentence of the own cue when an answer mixes others' and own distress", () => {
    const answer = 'My team is burnt out. And I am exhausted too.';
    expect(readDistress(answer, 'en')).toEqual({ owner: 'own', quote: 'And I am exhausted too.' });
  });
});
