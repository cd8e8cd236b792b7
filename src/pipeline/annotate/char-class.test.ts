import { describe, expect, it } from 'vitest';
import { charClass, CLOSER_OF, codeSet, someChar } from './char-class.ts';

describe('charClass', () => {
  it('answers as the regex does on each one-unit string, and false past the end of a key', () => {
    const re = /[\s,。]/u;
    const inClass = charClass(re);
    const key = '会谈,\u3000“富有成效”。😀';
    for (let i = 0; i <= key.length; i++) expect(inClass(key.charCodeAt(i))).toBe(re.test(key[i] ?? ''));
  });

  it('refuses a stateful regex', () => {
    expect(() => charClass(/[,]/gu)).toThrow(/drop the g and y flags/u);
  });

  it('finds a character of the class anywhere in a key', () => {
    const isDigit = charClass(/\d/u);
    expect(someChar('普京3日表示', isDigit)).toBe(true);
    expect(someChar('普京表示', isDigit)).toBe(false);
    expect(someChar('', isDigit)).toBe(false);
  });
});

describe('codeSet', () => {
  it('holds the code units of its characters', () => {
    const set = codeSet(',;:');
    expect([...',;:。'].map((c) => set.has(c.charCodeAt(0)))).toEqual([true, true, true, false]);
  });
});

describe('CLOSER_OF', () => {
  it('pairs each opening mark with its closer, and nothing else', () => {
    const closer = (c: string) => String.fromCharCode(CLOSER_OF[c.charCodeAt(0)]!);
    expect(['“', '‘', '(', '《', '[', '【'].map(closer)).toEqual(['”', '’', ')', '》', ']', '】']);
    expect(CLOSER_OF['”'.charCodeAt(0)]).toBe(0);
    expect(CLOSER_OF['说'.charCodeAt(0)]).toBe(0);
  });
});
