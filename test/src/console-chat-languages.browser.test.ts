import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import {
  CreateWaveDocument,
  ImportRespondentsDocument,
  LaunchWaveDocument,
  RespondentsDocument,
  StartInterviewDocument,
  StudiesDocument,
  type TypedDocumentString,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { sendAnswer } from './support/chat.js';
import { startPlatform, type Platform } from './support/platform.js';

const WAVE = 'Q4 2027 (chat languages browser test)';
const CSV = ['id,score,language,tier', 'CL-DE,3,de,gold', 'CL-ES,4,es,silver', ''].join('\n');

let platform: Platform;
let browser: Browser;
let waveId: string;

const api = <Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables) =>
  gqlData(platform.apiUrl, document, variables, { key: platform.bootstrapKey });

async function chatPathOf(externalId: string): Promise<string> {
  const edges = (await api(RespondentsDocument, { waveId, first: 10 })).respondents.edges;
  const id = edges.find((e) => e.node.externalId === externalId)!.node.id;
  return (await api(StartInterviewDocument, { respondentId: id })).startInterview.chatPath;
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true, console: true });
  const demo = (await api(StudiesDocument, {})).studies.find((s) => s.name === 'Demo - NPS follow-up')!;
  waveId = (await api(CreateWaveDocument, { input: { studyId: demo.id, name: WAVE } })).createWave.id;
  await api(LaunchWaveDocument, { id: waveId });
  expect((await api(ImportRespondentsDocument, { input: { waveId, csv: CSV } })).importRespondents.importedCount).toBe(2);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Sends each answer and waits for the moderator's next question. */
async function answer(chat: Page, answers: string[]): Promise<void> {
  for (const text of answers) await sendAnswer(chat, text);
}

describe('the respondent chat in German and Spanish, offline moderator, in Chromium', () => {
  it.each([
    {
      language: 'de',
      externalId: 'CL-DE',
      welcome: 'Vielen Dank, dass Sie sich die Zeit nehmen.',
      send: 'Senden',
      quote: /„[^“]+“/,
      answers: [
        'Die Berichte laden jeden Montag ewig, und mein Team wartet dann eine Stunde auf die Zahlen.',
        'Letzte Woche ist der Export zweimal abgebrochen, und ich musste die Zahlen für den Vorstand von Hand zusammensuchen.',
        'Mein Chef fragt dann, warum die Zahlen fehlen, und das kostet mich Glaubwürdigkeit.',
      ],
    },
    {
      language: 'es',
      externalId: 'CL-ES',
      welcome: 'Gracias por dedicarnos su tiempo.',
      send: 'Enviar',
      quote: /«[^»]+»/,
      answers: [
        'Los informes tardan muchísimo en cargar cada lunes y mi equipo espera una hora para ver las cifras.',
        'La semana pasada la exportación falló dos veces y tuve que rehacer las cifras del consejo a mano.',
        'Mi jefa me pregunta por qué faltan las cifras, y eso me hace perder credibilidad.',
      ],
    },
  ])(
    'interviews a $language respondent in $language, the page in $language',
    async ({ language, externalId, welcome, send, quote, answers }) => {
      const chat = await browser.newPage({ viewport: { width: 390, height: 1400 }, locale: 'en-US' });
      await chat.goto(new URL(await chatPathOf(externalId), platform.consoleUrl).toString());
      const questions = chat.getByTestId('moderator-turn');
      await questions.first().waitFor({ timeout: 30_000 });
      expect(await chat.evaluate<string>('document.documentElement.lang')).toBe(language);
      expect(await chat.getByTestId('chat-send').innerText()).toBe(send);
      expect(await questions.first().innerText()).toContain(welcome);

      await answer(chat, answers);
      const texts = await questions.allInnerTexts();
      expect(texts).toHaveLength(answers.length + 1);
      // The moderator follows up in the respondent's language, quoting their words in its quotation marks.
      expect(texts.slice(1).some((t) => quote.test(t))).toBe(true);
      for (const t of texts) expect(t).not.toMatch(/\b(?:the|you|your|what|how)\b/i);
      await chat.evaluate('window.scrollTo(0, 0)');
      await screenshot(chat, `chat-${language}`);
      await chat.close();
    },
  );
});
