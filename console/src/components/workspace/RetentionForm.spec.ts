import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import RetentionForm from './RetentionForm.vue';
import { failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const settings = (days: number | null) => ({ data: { workspaceSettings: { transcriptRetentionDays: days } } });
const updated = (v: Record<string, unknown>) => ({
  data: {
    updateWorkspaceSettings: { transcriptRetentionDays: (v.input as { transcriptRetentionDays: number | null }).transcriptRetentionDays },
  },
});
const input = (w: ReturnType<typeof mount>) => w.get('[data-testid="retention-days"]');

describe('RetentionForm', () => {
  it('shows the stored retention and saves a new one with a confirmation', async () => {
    const sent = stubGraphQL({ WorkspaceSettings: settings(365), UpdateWorkspaceSettings: updated });
    const w = mount(RetentionForm);
    await flushPromises();
    expect((input(w).element as HTMLInputElement).value).toBe('365');
    await input(w).setValue('90');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'UpdateWorkspaceSettings', variables: { input: { transcriptRetentionDays: 90 } } });
    expect(w.get('[data-testid="retention-saved"]').text()).toBe(
      'Saved: a respondent is erased 90 days after their last interview closed.',
    );
    await input(w).setValue('91');
    expect(w.find('[data-testid="retention-saved"]').exists()).toBe(false);
  });

  it('sends null for an empty field: keep interviews forever', async () => {
    const sent = stubGraphQL({ WorkspaceSettings: settings(30), UpdateWorkspaceSettings: updated });
    const w = mount(RetentionForm);
    await flushPromises();
    await input(w).setValue('');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ input: { transcriptRetentionDays: null } });
    expect(w.get('[data-testid="retention-saved"]').text()).toBe('Saved: interviews are kept forever.');
  });

  it('refuses a value outside 1 to 36500 next to the field, without calling the API', async () => {
    const sent = stubGraphQL({ WorkspaceSettings: settings(null), UpdateWorkspaceSettings: updated });
    const w = mount(RetentionForm);
    await flushPromises();
    expect((input(w).element as HTMLInputElement).value).toBe('');
    for (const bad of ['0', '2.5', '36501']) {
      await input(w).setValue(bad);
      await w.get('form').trigger('submit');
      expect(w.get('[data-field="transcriptRetentionDays"]').text()).toContain('from 1 to 36500');
    }
    expect(sent.map((s) => s.operation)).toEqual(['WorkspaceSettings']);
  });

  it("shows the API's BAD_USER_INPUT inline and FORBIDDEN as admins only", async () => {
    let answer = failure('BAD_USER_INPUT', 'Invalid input: transcriptRetentionDays must not be less than 1');
    stubGraphQL({ WorkspaceSettings: settings(null), UpdateWorkspaceSettings: () => answer });
    const w = mount(RetentionForm);
    await flushPromises();
    await input(w).setValue('10');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-field="transcriptRetentionDays"]').text()).toBe('Invalid input: transcriptRetentionDays must not be less than 1');
    answer = failure('FORBIDDEN');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="retention-error"]').text()).toBe('Only admins can change the workspace settings.');
  });
});
