import { describe, expect, it } from 'vitest';
import { codePair, HAN, isHan, pairAt } from './text.ts';

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

describe('pairAt', () => {
  it('gives each pair of code units its own 32-bit integer, high units included', () => {
    const units = [0, 1, 0x41, 0x7fff, 0x8000, 0x9fff, 0xd83d, 0xde00, 0xfffe, 0xffff];
    const seen = new Map<number, string>();
    for (const a of units) {
      for (const b of units) {
        const pair = codePair(a, b);
        expect(pair | 0).toBe(pair);
        expect(seen.get(pair)).toBeUndefined();
        seen.set(pair, `${a}:${b}`);
      }
    }
    expect(pairAt('中文😀', 0)).toBe(codePair(0x4e2d, 0x6587));
    expect(pairAt('中文😀', 2)).toBe(codePair(0xd83d, 0xde00));
    expect(pairAt('中文', 0)).not.toBe(pairAt('文中', 0));
  });
});
