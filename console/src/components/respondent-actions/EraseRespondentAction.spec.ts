import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import EraseRespondentAction from './EraseRespondentAction.vue';

const RECEIPT = { id: 'r1', erasedAt: '2026-12-07T09:31:00.000Z' };
afterEach(() => vi.unstubAllGlobals());

async function opened(answer = { data: { eraseRespondent: RECEIPT } } as Parameters<typeof stubGraphQL>[0][string]) {
  const sent = stubGraphQL({ EraseRespondent: answer });
  const w = mount(EraseRespondentAction, { props: { respondentId: 'r1', externalId: 'R-1001' }, attachTo: document.body });
  await w.get('[data-testid="erase-respondent"]').trigger('click');
  return { w, sent };
}

describe('EraseRespondentAction', () => {
  it('says what is deleted and that it cannot be undone, and erases only once ERASE is typed', async () => {
    const { w, sent } = await opened();
    const dialog = w.get('[data-testid="erase-dialog"]');
    expect(dialog.attributes('role')).toBe('dialog');
    expect(dialog.text()).toContain('Erase respondent R-1001?');
    expect(dialog.get('[data-testid="erase-what"]').text()).toMatch(/contact details.*every interview with its transcript/s);
    expect(dialog.text()).toContain('This cannot be undone.');
    const confirm = () => w.get('[data-testid="erase-confirm"]');
    expect(confirm().attributes('disabled')).toBeDefined();
    await w.get('[data-testid="erase-confirm-input"]').setValue('erase');
    expect(confirm().attributes('disabled')).toBeDefined();
    await w.get('form').trigger('submit');
    expect(sent).toEqual([]);

    await w.get('[data-testid="erase-confirm-input"]').setValue('ERASE');
    expect(confirm().attributes('disabled')).toBeUndefined();
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([{ operation: 'EraseRespondent', variables: { id: 'r1' } }]);
    expect(w.emitted('erased')).toEqual([[{ ...RECEIPT, externalId: 'R-1001' }]]);
    expect(w.find('[data-testid="erase-dialog"]').exists()).toBe(false);
    expect(w.get('[data-testid="erasure-receipt-id"]').text()).toBe('r1');
    expect(w.get('[data-testid="erasure-receipt-time"]').attributes('datetime')).toBe(RECEIPT.erasedAt);
    expect(w.find('[data-testid="erase-respondent"]').exists()).toBe(false);
    w.unmount();
  });

  it.each([
    ['FORBIDDEN', /Only admin API keys can erase/],
    ['RESPONDENT_NOT_FOUND', /already erased/],
  ])('keeps the dialog open and explains %s by its code', async (code, text) => {
    const { w } = await opened({ errors: [{ message: 'internal text', extensions: { code } }] });
    await w.get('[data-testid="erase-confirm-input"]').setValue('ERASE');
    await w.get('form').trigger('submit');
    await flushPromises();
    const error = w.get('[data-testid="erase-error"]');
    expect(error.attributes('data-code')).toBe(code);
    expect(error.text()).toMatch(text);
    expect(w.find('[data-testid="erase-dialog"]').exists()).toBe(true);
    expect(w.emitted('erased')).toBeUndefined();
    w.unmount();
  });

  it('closes on cancel without calling the API, and asks for the word again next time', async () => {
    const { w, sent } = await opened();
    await w.get('[data-testid="erase-confirm-input"]').setValue('ERASE');
    await w.get('[data-testid="erase-cancel"]').trigger('click');
    expect(w.find('[data-testid="erase-dialog"]').exists()).toBe(false);
    await w.get('[data-testid="erase-respondent"]').trigger('click');
    expect((w.get('[data-testid="erase-confirm-input"]').element as HTMLInputElement).value).toBe('');
    expect(sent).toEqual([]);
    w.unmount();
  });
});
