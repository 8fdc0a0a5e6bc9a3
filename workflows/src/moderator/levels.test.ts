import { describe, expect, it } from 'vitest';
import { classifyAnswer, MAX_LEVEL, revealedLevels } from './levels.js';

describe('classifyAnswer: the level one answer reaches', () => {
  it.each([
    ['The reporting is clunky.', 0],
    ['Honestly the rollout has been painful.', 0],
    ['Every Monday the export takes 40 minutes to load.', 1],
    ['We went from 40 to 55 dollars a seat with no new features we actually use.', 1],
    ['It means my team works weekends before every go-live.', 2],
    ['Without that call we would have missed the audit and probably lost that client.', 2],
    ['We cut access for the sales team to stay inside budget, so they are back to asking my analysts for numbers.', 2],
    ['I championed this purchase internally; it is my name on the slide.', 3],
    ['Right now I cannot promise anything to the steering committee.', 3],
    ['It makes my team look like a bottleneck.', 3],
    ["With this price I can't say that with a straight face.", 3],
    ['idk', 0],
  ])('%s → %i', (text, level) => {
    expect(classifyAnswer(text, 'en').level).toBe(level);
  });

  it('reads French with the French lexicon', () => {
    expect(classifyAnswer('Lundi dernier, toutes les opportunités ont disparu pendant une journée entière.', 'fr').level).toBe(1);
    expect(classifyAnswer('Ils refont leurs prévisions dans des fichiers Excel à côté.', 'fr').level).toBe(2);
    expect(classifyAnswer("C'est moi qui ai porté ce projet.", 'fr').level).toBe(3);
    expect(classifyAnswer('Je passe pour quelqu’un qui a fait un mauvais pari.', 'fr').level).toBe(3);
  });

  it('a stake is root only when it is the respondent’s own: others losing trust is a consequence', () => {
    expect(classifyAnswer('The sales reps stopped trusting the numbers in the dashboard.', 'en').level).toBe(2);
    expect(classifyAnswer('I stopped trusting the numbers in the dashboard.', 'en').level).toBe(3);
    expect(classifyAnswer('Les commerciaux ont arrêté de faire confiance aux chiffres.', 'fr').level).toBe(2);
    expect(classifyAnswer('Je n’ai plus confiance dans les chiffres.', 'fr').level).toBe(3);
  });
});

describe('revealedLevels: depth is what the respondent revealed', () => {
  it('jumps levels: a first answer can already be a root motivation', () => {
    expect(revealedLevels(['I vouched for you to our board and now my credibility is on the line.'], 'en')).toEqual([3]);
  });

  it('climbs one level per further root answer, and keeps the chain over a non-answer', () => {
    const answers = [
      'The sync breaks every week since the last update.',
      'My team rebuilds the reports by hand, so we work weekends.',
      'I pushed for this tool; my name is on it.',
      'idk',
      'I need to be able to defend my choices to the board and I cannot promise anything.',
      'Being trusted by my own team is what I care about; I feel I let them down and I am embarrassed.',
    ];
    expect(revealedLevels(answers, 'en')).toEqual([1, 2, 3, 0, 4, 5]);
  });

  it('a concrete answer after the root breaks the chain; the deepest level stays', () => {
    const levels = revealedLevels(['I championed it and my reputation is at stake.', 'The export failed 3 times last week.'], 'en');
    expect(levels).toEqual([3, 1]);
    expect(Math.max(...levels)).toBe(3);
  });

  it('never passes MAX_LEVEL', () => {
    const root = 'I promised my board it would work and my credibility is on the line.';
    expect(Math.max(...revealedLevels(Array(12).fill(root), 'en'))).toBe(MAX_LEVEL);
  });

  it('a level already read (the model’s) wins, and the chain goes on from it', () => {
    expect(revealedLevels(['Support is slow.', 'I promised my board and my credibility is on the line.'], 'en', [4, undefined])).toEqual([
      4, 5,
    ]);
  });
});

describe('classifyAnswer in German, Spanish and Portuguese: stated reason, concrete impact, consequence, own stake', () => {
  it.each<[string, string, number]>([
    ['de', 'Die Oberfläche ist unübersichtlich.', 0],
    ['de', 'Der Export scheitert zweimal pro Woche.', 1],
    ['de', 'Mein Team macht deswegen Überstunden am Wochenende.', 2],
    ['de', 'Ich habe diesen Kauf durchgesetzt, jetzt steht meine Glaubwürdigkeit auf dem Spiel.', 3],
    ['de', 'Die Vertriebler vertrauen den Zahlen nicht mehr.', 0],
    ['es', 'La interfaz es confusa.', 0],
    ['es', 'La exportación falla dos veces por semana.', 1],
    ['es', 'Mi equipo trabaja los fines de semana por eso.', 2],
    ['es', 'Yo defendí esta compra y ahora mi credibilidad está en juego.', 3],
    ['pt', 'A interface é confusa.', 0],
    ['pt', 'A exportação falha duas vezes por semana.', 1],
    ['pt', 'Minha equipe faz horas extras nos fins de semana por isso.', 2],
    ['pt', 'Eu defendi essa compra e agora minha credibilidade está em jogo.', 3],
  ])('%s: %s → %i', (language, text, level) => {
    expect(classifyAnswer(text, language).level).toBe(level);
  });
});
