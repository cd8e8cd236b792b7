import { describe, expect, it } from 'vitest';
import { last } from '../../../tests/fixtures/annotate/harness.ts';

const ids = (text: string) => last(text).entities.map((m) => `${m.text}=${m.entityId}`);

describe('entities', () => {
  it.each<[string, string[]]>([
    ['乌克兰总统泽连斯基表示。', ['乌克兰=ukraine', '泽连斯基=zelensky']],
    ['烏克蘭總統澤倫斯基表示。', ['烏克蘭=ukraine', '澤倫斯基=zelensky']],
    ['澤連斯基與普丁、川普通話。', ['澤連斯基=zelensky', '普丁=putin', '川普=trump']],
    ['美國國務卿盧比歐抵達日內瓦。', ['美國=usa', '盧比歐=rubio', '日內瓦=geneva']],
    [
      '俄军已经控制红军城(乌克兰称波克罗夫斯克)。',
      ['俄军=russian-armed-forces', '红军城=pokrovsk', '乌克兰=ukraine', '波克罗夫斯克=pokrovsk'],
    ],
    ['據《華爾街日報》報導，NBC和CNN也證實。', ['華爾街日報=wsj', 'NBC=nbc', 'CNN=cnn']],
    [
      '俄乌冲突、美乌欧代表、俄方和乌军。',
      ['俄=russia', '乌=ukraine', '美=usa', '乌=ukraine', '欧=europe', '俄方=russia', '乌军=ukrainian-armed-forces'],
    ],
    ['美特使赴俄，对乌军援。', ['美=usa', '俄=russia', '乌军=ukrainian-armed-forces']],
    ['北約秘書長呂特在布魯塞爾說。', ['北約=nato', '呂特=rutte', '布魯塞爾=brussels']],
    [
      'Reuters and TASS reported that Putin met Witkoff.',
      ['Reuters=reuters', 'TASS=tass', 'Putin=putin', 'Witkoff=witkoff'],
    ],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    '会谈没有达成折中方案。', // 折中方案 is not 中方
    '美好的未来，美元走强。', // 美 alone is not the US here
    '奥兰多市举行音乐节。', // 兰多 inside a longer transliteration
    'UNESCO和EUR都不是实体缩写。', // Latin aliases (UN, EU) need word boundaries
    '乌鲁木齐的天气很好。',
  ])('finds no entity in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(ids('华盛顿邮报报道，俄罗斯国防部称。')).toEqual(['华盛顿邮报=washington-post', '俄罗斯国防部=russian-mod']);
  });

  it('slices every mention back from the sentence', () => {
    const s = last('（中央社華盛頓3日電）美國國務卿盧比歐、特使魏科夫與庫許納將赴莫斯科會見普丁。');
    expect(s.entities.length).toBeGreaterThan(5);
    for (const m of s.entities) expect(s.text.slice(m.start, m.end)).toBe(m.text);
  });
});
