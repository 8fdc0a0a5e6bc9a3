import type { PhaseKey } from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, type TranscriptCoding } from '@ladder/contracts/taxonomy';
import type { TranscriptTurn } from '../moderator/types.js';
import { codeTranscriptOffline } from './offline-coder.js';

/** One moderator question and the respondent's answer per line. */
function transcriptOf(answers: string[], phase: PhaseKey = 'comparative'): TranscriptTurn[] {
  return answers.flatMap((answer, i): TranscriptTurn[] => [
    { seq: 2 * i, role: 'moderator', text: 'What else comes to mind?', phase, ladderLevel: 0, action: 'probe', createdAt: new Date(0) },
    { seq: 2 * i + 1, role: 'respondent', text: answer, phase, ladderLevel: 0, action: null, createdAt: new Date(0) },
  ]);
}

const code = (answers: string[], language: string): TranscriptCoding =>
  codeTranscriptOffline({ transcript: transcriptOf(answers), taxonomy: DEFAULT_TAXONOMY, taxonomyVersion: 1, language });

describe('codeTranscriptOffline: named competitors', () => {
  it.each<[string, string, string[]]>([
    ['en', 'We tried Quillpad for a month last spring.', ['Quillpad']],
    ['en', 'Right now we are evaluating Brightdesk Pro.', ['Brightdesk Pro']],
    ['en', 'Half the sales team is switching to Tallyforge after the summer.', ['Tallyforge']],
    ['en', 'Last month I asked Nimbo Systems for a quote.', ['Nimbo Systems']],
    ['fr', 'Nous avons testé Cartolia pendant deux semaines.', ['Cartolia']],
    ['de', 'Wir testen gerade Kontora als Ersatz.', ['Kontora']],
    ['es', 'El trimestre pasado probamos Fichalia con dos equipos.', ['Fichalia']],
    ['pt', 'Estamos avaliando o Planejo para o próximo ano.', ['Planejo']],
  ])('%s: "%s" names %j', (language, answer, names) => {
    const coding = code([answer], language);
    expect(coding).toMatchObject({ competitors: names, competitorMentioned: true });
    for (const name of coding.competitors) expect(answer).toContain(name);
    expect(coding.excerpts.find((e) => e.driverKey === 'competitive')?.competitors).toEqual(names);
  });

  it('gathers every named competitor of the transcript once, in the order they came', () => {
    const coding = code(['We tried Quillpad first.', 'Then we were evaluating Tallyforge, and we tried Quillpad again.'], 'en');
    expect(coding.competitors).toEqual(['Quillpad', 'Tallyforge']);
  });
});

describe('codeTranscriptOffline: generic competitor words', () => {
  it.each<[string, string]>([
    ['en', 'We keep an eye on alternatives, nothing concrete yet.'],
    ['en', 'Honestly another vendor would have to be much cheaper.'],
    ['fr', "On pourrait prendre un autre outil l'an prochain."],
    ['de', 'Wir überlegen, einen anderen Anbieter zu nehmen.'],
    ['es', 'Quizá busquemos otra herramienta el año que viene.'],
    ['pt', 'Talvez a gente procure outra ferramenta no ano que vem.'],
  ])('%s: "%s" is a mention without a name', (language, answer) => {
    expect(code([answer], language)).toMatchObject({ competitors: [], competitorMentioned: true });
  });

  it('keeps the name and still counts the generic word as a mention when both appear', () => {
    expect(code(['We tried Quillpad and a few other tools.'], 'en')).toMatchObject({
      competitors: ['Quillpad'],
      competitorMentioned: true,
    });
  });
});

describe('codeTranscriptOffline: capitalised words that are not competitors', () => {
  it.each<[string, string]>([
    ['en', 'I told Priya on Monday that the export broke again.'],
    ['en', 'We tried Monday morning to restart the sync, and Priya helped.'],
    ['fr', 'Mon collègue Julien a remonté le problème en Mars.'],
    ['de', 'Mein Kollege Jonas hat das am Montag gemeldet.'],
    ['es', 'Mi compañera Lucía lo reportó el lunes.'],
    ['pt', 'Meu colega Rafael abriu o chamado na segunda-feira.'],
  ])('%s: "%s" names no competitor and mentions none', (language, answer) => {
    expect(code([answer], language)).toMatchObject({ competitors: [], competitorMentioned: false });
  });
});
