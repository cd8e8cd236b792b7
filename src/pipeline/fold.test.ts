import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold', () => {
  it.each([
    ['澤倫斯基表示，會談「富有成效」。', '泽伦斯基表示,会谈“富有成效”。'],
    ['烏克蘭總統澤連斯基', '乌克兰总统泽连斯基'],
    ['紅軍城（烏克蘭稱波克羅夫斯克）', '红军城(乌克兰称波克罗夫斯克)'],
    ['ＮＢＣ１２３％', 'nbc123%'],
    ['威廉‧阿爾貝克', '威廉·阿尔贝克'],
    ['普丁說：「我們不會放棄。」', '普丁说:“我们不会放弃。”'],
    ['NATO　Summit', 'nato summit'],
    ['Путин', 'путин'],
    ['红军城', '红军城'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('keeps the length of any text, so spans in the key slice the text', () => {
    const samples = [
      '俄總統助理烏沙科夫會後表示，會談「非常有益、富有建設性」。',
      'Emoji 😀 and 𠀀 (astral) stay put',
      '乾隆、著名、裏面、麵條、臺灣、週末、於是、衆人',
      'İstanbul ǅ ß',
    ];
    for (const s of samples) expect(fold(s)).toHaveLength(s.length);
  });

  it.each([
    ['雙方各讓一步，達成折衷辦法。', '双方各让一步,达成折中办法。'],
    ['该國提出的計畫有一部份已落實。', '该国提出的计划有一部分已落实。'],
  ])('folds variant words opencc leaves apart: %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input)).toHaveLength(input.length);
  });

  it('leaves words that only share a variant character alone', () => {
    expect(fold('衷心感謝')).toBe('衷心感谢');
  });

  it('keeps lone surrogates and long texts as they are, folding the rest', () => {
    expect(fold('會\ud800談\udc00')).toBe('会\ud800谈\udc00');
    const long = '烏克蘭總統澤連斯基表示😀'.repeat(2000);
    expect(fold(long)).toBe('乌克兰总统泽连斯基表示😀'.repeat(2000));
    expect(fold(`${'會談'.repeat(5000)}\udfff`)).toBe(`${'会谈'.repeat(5000)}\udfff`);
  });

  it('is idempotent', () => {
    const s = '澤倫斯基表示，會談「富有成效」。ＡＢＣ';
    expect(fold(fold(s))).toBe(fold(s));
  });
});
