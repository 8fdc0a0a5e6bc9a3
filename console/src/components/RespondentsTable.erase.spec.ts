import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from './live/fake-fetch';
import RespondentsTable from './RespondentsTable.vue';

const node = (id: string) => ({
  id,
  externalId: `R-${id}`,
  score: 4,
  band: 'DETRACTOR',
  language: 'en',
  attributes: {},
  comment: null,
  commentCoding: null,
  source: 'csv',
  receivedAt: '2026-12-01T10:00:00Z',
  invitation: null,
  latestSession: null,
});
afterEach(() => vi.unstubAllGlobals());

describe('RespondentsTable: erasing a respondent', () => {
  it('erases from the row after the typed confirmation, drops the row and shows the receipt', async () => {
    const sent = stubGraphQL({
      Respondents: {
        data: {
          respondents: {
            totalCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: ['1', '2'].map((id) => ({ node: node(id) })),
          },
        },
      },
      EraseRespondent: { data: { eraseRespondent: { id: '2', erasedAt: '2026-12-07T09:31:00.000Z' } } },
    });
    const w = mount(RespondentsTable, {
      props: { studyId: 'study-1', waveId: 'w1', waveStatus: 'FIELDING' },
      global: { stubs: { RouterLink: RouterLinkStub } },
      attachTo: document.body,
    });
    await flushPromises();
    await w.get('[data-external-id="R-2"] [data-testid="erase-respondent"]').trigger('click');
    await w.get('[data-testid="erase-confirm-input"]').setValue('ERASE');
    await w.get('[data-testid="erase-dialog"]').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'EraseRespondent', variables: { id: '2' } });
    expect(w.findAll('[data-testid="respondent-row"]').map((r) => r.attributes('data-external-id'))).toEqual(['R-1']);
    expect(w.text()).toContain('1 respondents');
    expect(w.get('[data-testid="erasure-receipt"]').text()).toMatch(/Respondent R-2 erased/);
    w.unmount();
  });
});
