import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHAT_LANGUAGES, CHAT_TEXT, LINK_PROBLEMS } from '../components/chat/chat-i18n';
import { stubGraphQL, type Answer } from '../components/live/fake-fetch';
import ChatPage from './ChatPage.vue';

const linkError = (code: string, extensions: Record<string, unknown> = {}): Answer => ({
  errors: [{ message: 'This interview link has been withdrawn. Thank you for your time.', extensions: { code, ...extensions } }],
});
const opened = (language: string) => ({
  data: {
    respondentSession: {
      sessionId: 's1',
      status: 'ACTIVE',
      language,
      moderator: 'OFFLINE',
      turns: [{ id: 't0', seq: 0, role: 'MODERATOR', text: 'Hallo?', phase: 'context', ladderLevel: 0, action: 'OPEN' }],
    },
  },
});

async function mountWith(answers: Parameters<typeof stubGraphQL>[0]) {
  const sent = stubGraphQL(answers);
  const w = mount(ChatPage, { props: { token: 'tok' } });
  await flushPromises();
  return { w, sent };
}
afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});

describe('ChatPage: a link that no longer opens the interview', () => {
  it.each([
    ['LINK_REVOKED', 'de', 'Dieser Interview-Link wurde zurückgezogen'],
    ['LINK_EXPIRED', 'es', 'Este enlace de entrevista ha caducado'],
    ['LINK_REVOKED', 'pt-br', 'Este link de entrevista foi retirado'],
    ['LINK_EXPIRED', 'fr', "Ce lien d'entretien a expiré"],
    ['LINK_REVOKED', 'en', 'This interview link has been withdrawn'],
  ])('says %s in the interview language (%s) the error names, never the API text, with no input', async (code, language, text) => {
    const { w } = await mountWith({ RespondentSession: linkError(code, { language }) });
    const problem = w.get('[data-testid="chat-link-problem"]');
    expect(problem.attributes('data-code')).toBe(code);
    expect(problem.text()).toContain(text);
    expect(w.find('[data-testid="chat-error"]').exists()).toBe(false);
    expect(w.find('[data-testid="chat-input"]').exists()).toBe(false);
    const base = language.split('-')[0];
    expect(w.get('.chat').attributes('lang')).toBe(base);
    expect(document.documentElement.lang).toBe(base);
    expect(w.get('.chat-head strong').text()).toBe(CHAT_TEXT[base as 'en'].title);
  });

  it('uses the browser language when the link names no interview (SESSION_NOT_FOUND), English when it is not one of ours', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-NL', 'es-ES', 'en']);
    const { w } = await mountWith({ RespondentSession: linkError('SESSION_NOT_FOUND') });
    expect(w.get('[data-testid="chat-link-problem"]').text()).toContain('Este enlace de entrevista no es válido');
    expect(document.documentElement.lang).toBe('es');

    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-NL']);
    const other = await mountWith({ RespondentSession: linkError('SESSION_NOT_FOUND') });
    expect(other.w.get('[data-testid="chat-link-problem"]').text()).toContain('This interview link is not valid');
  });

  it('keeps the open interview language when an answer meets a link revoked meanwhile', async () => {
    const { w, sent } = await mountWith({ RespondentSession: opened('de'), SendRespondentMessage: linkError('LINK_REVOKED') });
    expect(w.get('[data-testid="chat-send"]').text()).toBe('Senden');
    await w.get('[data-testid="chat-input"]').setValue('Zu langsam');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.map((r) => r.operation)).toEqual(['RespondentSession', 'SendRespondentMessage']);
    expect(w.get('[data-testid="chat-link-problem"]').text()).toContain('zurückgezogen');
    expect(w.find('[data-testid="chat-input"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="moderator-turn"]')).toHaveLength(1);
  });

  it('has every text of the page, link problems included, in each of the five languages', () => {
    expect(CHAT_LANGUAGES).toEqual(['en', 'fr', 'de', 'es', 'pt']);
    const keys = Object.keys(CHAT_TEXT.en).sort();
    for (const language of CHAT_LANGUAGES) {
      expect(Object.keys(CHAT_TEXT[language]).sort()).toEqual(keys);
      for (const key of keys) expect(CHAT_TEXT[language][key as 'title'].trim()).not.toBe('');
      if (language !== 'en') for (const code of LINK_PROBLEMS) expect(CHAT_TEXT[language][code]).not.toBe(CHAT_TEXT.en[code]);
    }
  });
});
