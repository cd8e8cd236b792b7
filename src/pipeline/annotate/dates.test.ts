import { describe, expect, it } from 'vitest';
import { last, run } from '../../../tests/fixtures/annotate/harness.ts';

const d = (text: string, published: string | null = '2025-12-03') =>
  last(text, published).dates.map((x) => [x.text, x.value, x.precision]);

describe('dates', () => {
  it.each<[string, string | null, unknown[][]]>([
    ['当地时间12月2日晚，双方会谈。', '2025-12-03', [['12月2日', '2025-12-02', 'day']]],
    ['当地时间2日晚，双方会谈。', '2025-12-03', [['2日', '2025-12-02', 'day']]],
    ['當地時間3日凌晨發布消息。', '2025-12-03', [['3日', '2025-12-03', 'day']]],
    ['普京27日重申立场。', '2025-12-03', [['27日', '2025-11-27', 'day']]], // a later day is last month's
    ['11月下旬，美方提出计划。', '2025-12-03', [['11月下旬', '2025-11', 'part-of-month']]],
    [
      '目标是在11月底提交协议，并于12月初走完流程。',
      '2025-12-01',
      [
        ['11月底', '2025-11', 'part-of-month'],
        ['12月初', '2025-12', 'part-of-month'],
      ],
    ],
    ['普京5月19日与特朗普通电话。', '2025-05-20', [['5月19日', '2025-05-19', 'day']]],
    ['1月4日，俄军发布战报。', '2025-12-30', [['1月4日', '2026-01-04', 'day']]], // near the turn of the year
    ['预计将于2026年秋季投产。', '2025-12-04', [['2026年秋季', '2026', 'year']]],
    ['军队在2025 年夏季是否推进。', '2025-05-20', [['2025 年夏季', '2025', 'year']]],
    ['今年7月，丹麦与乌克兰签署协议。', '2025-12-04', [['今年7月', '2025-07', 'month']]],
    ['为明年中期选举争取成绩。', '2025-12-01', [['明年', '2026', 'year']]],
    ['还是在2003年的科林·鲍威尔。', '2025-12-04', [['2003年', '2003', 'year']]],
    ['民國114年12月3日發布。', null, [['民國114年12月3日', '2025-12-03', 'day']]],
    ['发布时间2025-11-09。', null, [['2025-11-09', '2025-11-09', 'day']]],
    ['二〇二五年十二月二日，会谈举行。', null, [['二〇二五年十二月二日', '2025-12-02', 'day']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(d(text, published)).toEqual(expected);
  });

  it('reads a clock time as a time, not a date', () => {
    expect(d('会谈从2日19时30分许开始，持续近5小时。')).toEqual([['2日', '2025-12-02', 'day']]);
    expect(last('会谈从2日19时30分许开始。').quantities).toEqual([]);
  });

  it('resolves a bare day against the month just named in the paragraph', () => {
    const s = last('继5月16日俄乌在伊斯坦布尔直接谈判之后，19日特朗普分别与普京通话。', '2025-11-09');
    expect(s.dates.map((x) => x.value)).toEqual(['2025-05-16', '2025-05-19']);
  });

  it('without a publication date, uses the latest full date the article gave', () => {
    const out = run('2025年12月2日，双方在莫斯科会谈。\n3日，乌方表示将派团赴美。', null);
    expect(out[1]!.dates.map((x) => x.value)).toEqual(['2025-12-03']);
  });

  it('leaves a bare day unresolved when nothing anchors it', () => {
    expect(d('3日，乌方表示。', null)).toEqual([]);
  });

  it('slices every date back from the sentence', () => {
    const s = last('當地時間12月2日晚、3日凌晨及11月下旬，2026年秋季。');
    expect(s.dates).toHaveLength(4);
    for (const x of s.dates) expect(s.text.slice(x.start, x.end)).toBe(x.text);
  });
});
