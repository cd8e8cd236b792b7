import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertCharacter, SCRIPT_CONVERSIONS, type ScriptConversion } from './script-chars.ts';

/** Each conversion, as the full opencc-js converter is asked for it. */
const FULL: Record<ScriptConversion, { from: string; to: string }> = {
  simplifiedFromTaiwan: { from: 'tw', to: 'cn' },
  simplifiedFromHongKong: { from: 'hk', to: 'cn' },
  traditionalForTaiwan: { from: 'cn', to: 'tw' },
};

describe('convertCharacter', () => {
  it.each(Object.keys(SCRIPT_CONVERSIONS) as ScriptConversion[])(
    '%s gives what the full opencc-js converter gives, for every UTF-16 code unit',
    (conversion) => {
      const full = OpenCC.Converter(FULL[conversion]);
      const differ: string[] = [];
      for (let code = 0; code < 0x10000; code++) {
        const c = String.fromCharCode(code);
        if (convertCharacter(conversion, c) !== full(c)) differ.push(`U+${code.toString(16)}`);
      }
      expect(differ).toEqual([]);
    },
  );

  it('gives the same as the full converter for characters outside the basic plane too', () => {
    const full = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const c of ['𠮷', '𡘙', '𤋮', '😀']) expect(convertCharacter('simplifiedFromTaiwan', c)).toBe(full(c));
  });

  it('converts between the scripts, and leaves what has no other form as it is', () => {
    expect(convertCharacter('simplifiedFromTaiwan', '臺')).toBe('台');
    expect(convertCharacter('simplifiedFromHongKong', '萬')).toBe('万');
    expect(convertCharacter('traditionalForTaiwan', '国')).toBe('國');
    expect(convertCharacter('traditionalForTaiwan', '中')).toBe('中');
    expect(convertCharacter('simplifiedFromTaiwan', 'A')).toBe('A');
  });
});
