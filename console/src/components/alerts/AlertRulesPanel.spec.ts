import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL, type Answer } from '../live/fake-fetch';
import { ruleRow } from './alert.fixture';
import AlertRulesPanel from './AlertRulesPanel.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const base: Record<string, Answer> = {
  AlertRules: {
    data: {
      alertRules: [
        ruleRow({ ownerEmail: 'dana@acme.example' }),
        ruleRow({ id: 'r2', name: 'Detractors up', metric: 'DETRACTOR_SHARE', groupBy: [] }),
      ],
    },
  },
  StudyWaves: {
    data: {
      study: {
        id: 's1',
        name: 'Demo',
        waves: [
          {
            id: 'w1',
            name: 'Q4',
            status: 'FIELDING',
            launchedAt: null,
            createdAt: '2026-12-01T00:00:00Z',
            respondentCount: 2,
            latestAnalysis: null,
          },
        ],
      },
    },
  },
  SegmentAttributes: { data: { respondents: { edges: [{ node: { id: 'p1', attributes: { region: 'EMEA', tier: 'SMB' } } }] } } },
};
const mountPanel = async (answers: Record<string, Answer> = {}) => {
  const sent = stubGraphQL({ ...base, ...answers });
  const w = mount(AlertRulesPanel, { props: { studyId: 's1' } });
  await flushPromises();
  return { w, sent };
};

describe('AlertRulesPanel', () => {
  it("lists the study's rules and offers band and the wave's attributes to group by", async () => {
    const { w, sent } = await mountPanel();
    expect(sent.find((s) => s.operation === 'SegmentAttributes')?.variables).toEqual({ waveId: 'w1', first: 200 });
    const rows = w.findAll('[data-testid="rule-row"]');
    expect(rows.map((r) => r.attributes('data-rule-id'))).toEqual(['r1', 'r2']);
    expect(rows[0].text()).toContain('by region · last 7 days vs the 28 days before · n ≥ 30 · Δ ≥ 10 pts · level 0.05');
    expect(rows[1].text()).toContain('whole study');
    expect(rows.map((r) => r.get('[data-testid="rule-owner"]').text())).toEqual(['dana@acme.example', '—']);
    expect(['band', 'region', 'tier'].map((a) => w.find(`[data-testid="rule-group-${a}"]`).exists())).toEqual([true, true, true]);
  });

  it('deletes a rule only after the confirm step', async () => {
    const { w, sent } = await mountPanel({ DeleteAlertRule: { data: { deleteAlertRule: 'r1' } } });
    await w.findAll('[data-testid="rule-delete"]')[0].trigger('click');
    expect(sent.some((s) => s.operation === 'DeleteAlertRule')).toBe(false);
    await w.get('[data-testid="rule-delete-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'DeleteAlertRule', variables: { id: 'r1' } });
    expect(w.findAll('[data-testid="rule-row"]').map((r) => r.attributes('data-rule-id'))).toEqual(['r2']);
  });

  it('tells a viewer key why a rule cannot be deleted', async () => {
    const { w } = await mountPanel({ DeleteAlertRule: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } });
    await w.findAll('[data-testid="rule-delete"]')[0].trigger('click');
    await w.get('[data-testid="rule-delete-confirm"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="rules-error"]').text()).toMatch(/viewer keys are read-only/);
    expect(w.findAll('[data-testid="rule-row"]')).toHaveLength(2);
  });

  it('edits a rule in the form and shows the saved rule in the list', async () => {
    const { w } = await mountPanel({ UpdateAlertRule: { data: { updateAlertRule: ruleRow({ name: 'Renamed' }) } } });
    await w.findAll('[data-testid="rule-edit"]')[0].trigger('click');
    await w.get('[data-testid="rule-name"]').setValue('Renamed');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.findAll('[data-testid="rule-row"]')[0].text()).toContain('Renamed');
    expect(w.find('[data-testid="rule-cancel"]').exists()).toBe(false);
  });
});
