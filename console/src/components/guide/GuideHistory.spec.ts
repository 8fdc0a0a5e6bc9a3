import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import GuideHistory from './GuideHistory.vue';
import { guideFixture } from './fixtures';

const versions = [guideFixture('DETRACTOR', 3), guideFixture('DETRACTOR', 2), guideFixture('DETRACTOR', 1)];

describe('GuideHistory', () => {
  it('lists versions newest first with note and author, the first as latest', () => {
    const w = mount(GuideHistory, { props: { versions, selectedId: versions[0].id } });
    const rows = w.findAll('[data-testid="guide-version-row"]');
    expect(rows.map((r) => r.attributes('data-version'))).toEqual(['3', '2', '1']);
    expect(rows[0].text()).toContain('latest');
    expect(rows[0].text()).toContain('edit 3');
    expect(rows[0].text()).toContain('api key 1234abcd');
    expect(rows[2].text()).toContain('Initial guide');
    expect(w.find('[data-testid="guide-restore"]').exists()).toBe(false);
  });

  it('selects a version, and offers to restore only a selected older one', async () => {
    const w = mount(GuideHistory, { props: { versions, selectedId: versions[0].id } });
    await w.findAll('[data-testid="guide-version-row"]')[2].get('button').trigger('click');
    expect(w.emitted('select')).toEqual([[versions[2].id]]);

    await w.setProps({ selectedId: versions[2].id });
    const restore = w.findAll('[data-testid="guide-version-row"]')[2].get('[data-testid="guide-restore"]');
    await restore.trigger('click');
    expect(w.emitted('restore')).toEqual([[versions[2]]]);
    expect(w.findAll('[data-testid="guide-restore"]')).toHaveLength(1);
  });
});
