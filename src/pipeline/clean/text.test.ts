import { describe, expect, it } from 'vitest';
import { HAN, isHan } from './text.ts';

describe('isHan', () => {
  it('agrees with the HAN class on every code unit, on astral characters and on longer strings', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isHan(ch) !== HAN.test(ch)) expect([c.toString(16), isHan(ch)]).toEqual([c.toString(16), HAN.test(ch)]);
    }
    for (const s of ['𠀀', '😀', 'a中', '中a', 'ab', '']) expect(isHan(s)).toBe(HAN.test(s));
    expect(isHan(undefined)).toBe(false);
    expect(isHan('中')).toBe(true);
    expect(isHan('，')).toBe(false);
  });
});
