import { describe, expect, it } from 'vitest';
import { mapLimit } from './concurrency.ts';

describe('mapLimit', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0], 2, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
    expect(most).toBe(2);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapLimit([1, 2, 3], 3, (x) => (x === 2 ? Promise.reject(new Error('two')) : Promise.resolve(x))),
    ).rejects.toThrow('two');
  });

  it('handles no items', async () => {
    expect(await mapLimit([], 4, (x: number) => Promise.resolve(x))).toEqual([]);
  });
});
