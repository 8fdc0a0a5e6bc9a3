import { describe, expect, it } from 'vitest';
import { KeySlots } from './key-slots.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('KeySlots', () => {
  it('runs at most perKey at once per key, the others in arrival order; other keys are not held', async () => {
    const slots = new KeySlots(2);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const pending = [1, 2, 3, 4].map((n) => slots.acquire('k').then((release) => (order.push(n), releases.push(release))));
    await tick();
    expect(order).toEqual([1, 2]);
    expect(slots.inUse('k')).toBe(2);
    const other = await slots.acquire('other');
    expect(slots.inUse('other')).toBe(1);
    other();
    releases[0]();
    await tick();
    expect(order).toEqual([1, 2, 3]);
    expect(slots.inUse('k')).toBe(2);
    releases[1]();
    releases[2]();
    await Promise.all(pending);
    expect(order).toEqual([1, 2, 3, 4]);
    releases[3]();
    expect(slots.inUse('k')).toBe(0);
  });

  it('frees a slot once however often its release is called', async () => {
    const slots = new KeySlots(1);
    const first = await slots.acquire('k');
    const second = slots.acquire('k');
    first();
    first();
    const release = await second;
    let third = false;
    void slots.acquire('k').then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    release();
    await tick();
    expect(third).toBe(true);
  });
});
