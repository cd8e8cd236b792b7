import { describe, expect, it } from 'vitest';
import { last } from '../../../tests/fixtures/annotate/harness.ts';
import { parseChineseNumber } from './quantities.ts';

const q = (text: string) =>
  last(text).quantities.map((x) => [x.text, x.value, x.unit, x.approx, ...(x.counter ? [x.counter] : [])]);

describe('quantities', () => {
  it.each<[string, unknown[][]]>([
    ['会谈持续时长:近5个小时;', [['近5个小时', 5, 'hour', 'near']]],
    ['會談持續近五個小時。', [['近五個小時', 5, 'hour', 'near']]],
    ['这次通话持续了两个多小时。', [['两个多小时', 2, 'hour', 'over']]],
    ['持续5小时。', [['5小时', 5, 'hour', 'exact']]],
    ['已有逾三分之二北约成员作出承诺。', [['逾三分之二', 0.6667, 'fraction', 'over']]],
    ['超過三分之二的成員國承諾。', [['超過三分之二', 0.6667, 'fraction', 'over']]],
    ['预计今年年底将达到近60亿美元。', [['近60亿美元', 6e9, 'usd', 'near']]],
    [
      '至少需要约830亿欧元（约合970亿美元）。',
      [
        ['约830亿欧元', 8.3e10, 'eur', 'near'],
        ['约合970亿美元', 9.7e10, 'usd', 'near'],
      ],
    ],
    ['提供总额达1500亿欧元的金融支持。', [['1500亿欧元', 1.5e11, 'eur', 'exact']]],
    [
      '实行“65%欧洲、35%外部”的配额。',
      [
        ['65%', 65, 'percent', 'exact'],
        ['35%', 35, 'percent', 'exact'],
      ],
    ],
    ['形成了19点计划。', [['19点', 19, 'point', 'exact', '计划']]],
    ['以20點文件為基礎。', [['20點', 20, 'point', 'exact', '文件']]],
    ['提出28点“和平计划”。', [['28点', 28, 'point', 'exact', '和平计划']]],
    ['阻止了俄军的72次突击行动。', [['72次', 72, 'time', 'exact', '突击行动']]],
    ['控制有101名被扣押人员。', [['101名', 101, 'person', 'exact']]],
    ['达成交换1000名战俘的协议。', [['1000名', 1000, 'person', 'exact', '战俘']]],
    ['收到了另外4份文件。', [['4份', 4, 'copy', 'exact', '文件']]],
    ['这是他第6次访问莫斯科。', [['第6次', 6, 'ordinal', 'exact', '访问']]],
    ['持续近四年的冲突。', [['近四年', 4, 'year', 'near']]],
    ['深耕十余年。', [['十余年', 10, 'year', 'over']]],
    ['存款利率下调0.25个百分点。', [['0.25个百分点', 0.25, 'percentage-point', 'exact']]],
    ['有五个国家承诺。', [['五个国家', 5, 'country', 'exact']]],
    ['擊退俄軍逾百次進攻。', [['逾百次', 100, 'time', 'over', '进攻']]],
    // The counter is folded, so traditional and simplified count the same noun.
    ['民兵當天發動了35次襲擊。', [['35次', 35, 'time', 'exact', '袭击']]],
    ['民兵当天发动了35次袭击。', [['35次', 35, 'time', 'exact', '袭击']]],
    // No noun after the counter: the noun before the number.
    ['新版停火协议目前共有14点。', [['14点', 14, 'point', 'exact', '协议']]],
    ['新版停火協議目前共有14點。', [['14點', 14, 'point', 'exact', '协议']]],
    ['该倡议共12点，涉及能源与粮食。', [['12点', 12, 'point', 'exact', '倡议']]],
    ['这份清单共列有9项。', [['9项', 9, 'item', 'exact', '清单']]],
    // Ordinals with a measure that is not a unit of its own (`度`), in either script.
    ['这是该部长今年第三度出访中东。', [['第三度', 3, 'ordinal', 'exact', '出访']]],
    ['這是該部長今年第四度出訪中東。', [['第四度', 4, 'ordinal', 'exact', '出访']]],
    ['公司第二季度利润上升。', [['第二季度', 2, 'ordinal', 'exact', '季度']]],
    ['市值超过三万亿美元。', [['超过三万亿美元', 3e12, 'usd', 'over']]],
    ['涨幅达到百分之二十一。', [['百分之二十一', 21, 'percent', 'exact']]],
    ['约有2,500人参加。', [['约有2,500人'.slice(2), 2500, 'person', 'exact']]],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  it.each([
    '2025年夏季，双方在12月2日会谈。', // dates
    '会谈从2日19时30分许开始。', // clock time
    '晚上7点举行。', // clock time with 点
    '美乌新一轮谈判结束，一位美国官员表示。', // indefinite 一 before a classifier
    '五角大楼和七国集团发表声明。', // names with numerals
    'GPT-4与M142都不是数量，600340.SH也不是。',
    '比分2比3。', // a number without a unit
    '这是唯一的办法，统一立场。',
  ])('finds no quantity in %s', (text) => {
    expect(q(text)).toEqual([]);
  });

  it('slices every quantity back from the sentence', () => {
    const s = last('約830億歐元（約合970億美元），逾三分之二，近5個小時，72次突擊行動。');
    expect(s.quantities).toHaveLength(5);
    for (const x of s.quantities) expect(s.text.slice(x.start, x.end)).toBe(x.text);
  });

  it.each<[string, number]>([
    ['十二', 12],
    ['二十', 20],
    ['两千', 2000],
    ['一百零一', 101],
    ['三万亿', 3e12],
    ['二〇二五', 2025],
    ['一亿五千万', 1.5e8],
    ['廿二', 22],
  ])('parses the Chinese numeral %s', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });
});
