import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as VueRouter from 'vue-router';
import { guideFixture } from '../components/guide/fixtures';
import { toContentInput } from '../components/guide/guide-content';
import GuideEditorPage from './GuideEditorPage.vue';

const leaveGuard = vi.hoisted(() => ({ current: null as null | (() => boolean) }));
vi.mock('vue-router', async (original) => ({
  ...(await original<typeof VueRouter>()),
  onBeforeRouteLeave: (guard: () => boolean) => {
    leaveGuard.current = guard;
  },
}));

type Body = { query: string; variables: Record<string, unknown> };
type Handler = (body: Body) => unknown;

let handlers: Record<string, Handler[]>;
let bodies: Body[];

const v1 = guideFixture('DETRACTOR', 1);
const study = { data: { study: { id: 's1', name: 'Demo', guides: [v1, guideFixture('PASSIVE', 1), guideFixture('PROMOTER', 1)] } } };
const on = (operation: string, reply: Handler) => {
  (handlers[operation] ??= []).push(reply);
};

beforeEach(() => {
  handlers = {};
  bodies = [];
  on('Guides', () => study);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Body;
      bodies.push(body);
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)![1];
      const reply = (handlers[operation]?.length ?? 0) > 1 ? handlers[operation].shift()! : handlers[operation]?.[0];
      return new Response(JSON.stringify(reply ? reply(body) : { errors: [{ message: `no ${operation}` }] }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function open(versions = [v1]) {
  on('GuideVersions', () => ({ data: { guideVersions: versions } }));
  const w = mount(GuideEditorPage, { props: { id: 's1' }, global: { stubs: { RouterLink: true, TryItPanel: true } } });
  await flushPromises();
  return w;
}
const turnsInput = (w: Awaited<ReturnType<typeof open>>) => w.get('[data-phase="LADDERING"] [data-testid="guide-budget-turns"]');
const updates = () =>
  bodies.filter((b) => b.query.includes('mutation UpdateGuide')).map((b) => b.variables.input as Record<string, unknown>);

describe('GuideEditorPage', () => {
  it('saves an edit from the latest version as a new version', async () => {
    const w = await open();
    expect(w.findAll('[data-testid="guide-band-tab"]').map((t) => t.text())).toEqual(['Detractor 0-6', 'Passive 7-8', 'Promoter 9-10']);
    expect(w.get('[data-testid="guide-save"]').attributes('disabled')).toBeDefined();
    await turnsInput(w).setValue('10');
    expect(w.find('[data-testid="guide-dirty"]').exists()).toBe(true);
    await w.get('[data-testid="guide-note"]').setValue('Longer laddering');
    on('UpdateGuide', () => ({ data: { updateGuide: { ...guideFixture('DETRACTOR', 2, 10), note: 'Longer laddering' } } }));
    await w.get('[data-testid="guide-save"]').trigger('click');
    await flushPromises();

    const [input] = updates();
    expect(input).toMatchObject({ studyId: 's1', band: 'DETRACTOR', baseVersion: 1, note: 'Longer laddering' });
    expect((input.content as ReturnType<typeof toContentInput>).phases[2].budget.turns).toBe(10);
    expect(w.get('[data-testid="guide-saved"]').text()).toBe('Saved as version 2');
    expect(w.find('[data-testid="guide-dirty"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="guide-version-row"]').map((r) => r.attributes('data-version'))).toEqual(['2', '1']);
  });

  it('shows GUIDE_INVALID issues next to the fields they name', async () => {
    const w = await open();
    await turnsInput(w).setValue('25');
    on('UpdateGuide', () => ({
      errors: [
        {
          message: 'The guide is not valid',
          extensions: {
            code: 'GUIDE_INVALID',
            issues: [{ path: 'phases.2.budget.turns', message: 'Too big: expected number to be <=20' }],
          },
        },
      ],
    }));
    await w.get('[data-testid="guide-save"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-phase="LADDERING"] [data-testid="guide-issue"]').text()).toBe('Too big: expected number to be <=20');
    expect(w.find('[data-testid="guide-saved"]').exists()).toBe(false);
    await turnsInput(w).setValue('12');
    expect(w.find('[data-testid="guide-issue"]').exists()).toBe(false);
  });

  it('names an empty number itself instead of sending it', async () => {
    const w = await open();
    await turnsInput(w).setValue('');
    await w.get('[data-testid="guide-save"]').trigger('click');
    await flushPromises();
    expect(updates()).toHaveLength(0);
    expect(w.get('[data-phase="LADDERING"] [data-testid="guide-issue"]').text()).toBe('a number is required');
  });

  it('explains a version conflict and reloads the latest version', async () => {
    const w = await open();
    await turnsInput(w).setValue('9');
    on('UpdateGuide', () => ({ errors: [{ message: 'stale', extensions: { code: 'GUIDE_VERSION_CONFLICT', latestVersion: 2 } }] }));
    await w.get('[data-testid="guide-save"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="guide-conflict"]').text()).toContain('Someone saved version 2');

    on('GuideVersions', () => ({ data: { guideVersions: [guideFixture('DETRACTOR', 2, 12), v1] } }));
    handlers.GuideVersions.shift();
    await w.get('[data-testid="guide-reload"]').trigger('click');
    await flushPromises();
    expect(w.find('[data-testid="guide-conflict"]').exists()).toBe(false);
    expect((turnsInput(w).element as HTMLInputElement).value).toBe('12');
    expect(w.find('[data-testid="guide-dirty"]').exists()).toBe(false);
  });

  it('shows an older version read-only and restores it as a new version', async () => {
    const v2 = guideFixture('DETRACTOR', 2, 12);
    const w = await open([v2, v1]);
    await w.findAll('[data-testid="guide-version-row"]')[1].get('button').trigger('click');
    expect(w.get('[data-testid="guide-readonly"]').text()).toContain('Version 1, read-only');
    expect(w.get('fieldset').attributes('disabled')).toBeDefined();
    expect((turnsInput(w).element as HTMLInputElement).value).toBe('8');

    on('UpdateGuide', () => ({ data: { updateGuide: { ...guideFixture('DETRACTOR', 3, 8), note: 'Restored version 1' } } }));
    await w.get('[data-testid="guide-restore"]').trigger('click');
    await flushPromises();
    expect(updates()[0]).toEqual({
      studyId: 's1',
      band: 'DETRACTOR',
      baseVersion: 2,
      note: 'Restored version 1',
      content: toContentInput(v1.content),
    });
    expect(w.find('[data-testid="guide-readonly"]').exists()).toBe(false);
    expect(w.get('[data-testid="guide-saved"]').text()).toBe('Saved as version 3');
    expect(w.findAll('[data-testid="guide-version-row"]').map((r) => r.attributes('data-version'))).toEqual(['3', '2', '1']);
  });

  it('keeps unsaved edits per band when switching tabs', async () => {
    const w = await open();
    await turnsInput(w).setValue('11');
    on('GuideVersions', () => ({ data: { guideVersions: [guideFixture('PASSIVE', 1)] } }));
    await w.findAll('[data-testid="guide-band-tab"]')[1].trigger('click');
    await flushPromises();
    expect((turnsInput(w).element as HTMLInputElement).value).toBe('8');
    expect(w.findAll('[data-testid="guide-band-tab"]')[0].find('.guide-dot').exists()).toBe(true);
    await w.findAll('[data-testid="guide-band-tab"]')[0].trigger('click');
    await flushPromises();
    expect((turnsInput(w).element as HTMLInputElement).value).toBe('11');
  });

  it('asks before leaving with unsaved edits', async () => {
    const w = await open();
    expect(leaveGuard.current!()).toBe(true);
    await turnsInput(w).setValue('9');
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    expect(leaveGuard.current!()).toBe(false);
    expect(window.confirm).toHaveBeenCalledWith('Leave without saving your guide edits?');
  });
});
