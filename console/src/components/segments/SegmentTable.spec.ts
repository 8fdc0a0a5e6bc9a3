import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { segment } from '../insights/insights.fixture';
import SegmentTable from './SegmentTable.vue';

const segments = [
  segment('APAC', -8, 63),
  segment('EMEA', 9, 94),
  segment('LATAM', 5, 20),
  segment('North America', -7, 123),
  segment('Antarctica', 0, 2),
];
const mountTable = (selected: string[] = []) =>
  mount(SegmentTable, {
    props: { segments, overall: segment('all', -2, 300), maxSelected: 4, modelValue: selected, 'onUpdate:modelValue': () => undefined },
  });

describe('SegmentTable', () => {
  it('greys small samples and says why', () => {
    const rows = mountTable().findAll('[data-testid="segment-row"]');
    expect(rows.map((r) => r.attributes('data-small'))).toEqual([undefined, undefined, 'true', undefined, 'true']);
    expect(rows[2].classes()).toContain('segments-small');
    expect(rows[2].get('[data-testid="small-sample"]').text()).toBe('n < 30: interval is wide');
    expect(rows[1].find('[data-testid="small-sample"]').exists()).toBe(false);
    expect(rows[1].get('[data-testid="segment-nps"]').text()).toBe('9');
  });

  it('lets at most four segments be compared', () => {
    const w = mountTable(['region=APAC', 'region=EMEA', 'region=LATAM', 'region=North America']);
    const boxes = w.findAll<HTMLInputElement>('[data-testid="segment-compare"]');
    expect(boxes.map((b) => b.element.disabled)).toEqual([false, false, false, false, true]);
  });
});
