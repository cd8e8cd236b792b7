import { describe, expect, it } from 'vitest';
import { fold } from '../fold.ts';
import { findCues } from './cues.ts';

const on = (text: string) =>
  Object.entries(findCues(fold(text)))
    .filter(([, v]) => v)
    .map(([k]) => k);

describe('cues', () => {
  it.each<[string, string[]]>([
    ['会谈没有达成折中方案。', ['negation']],
    ['會談並未達成折衷方案。', ['negation']],
    ['俄美尚未找到切入点。', ['negation']],
    ['不过乌方对此予以否认。', ['denial']],
    ['烏方予以駁斥，稱說法不實。', ['denial']],
    ['克宫否认了相关报道。', ['denial']],
    ['俄乌局势或将长期陷入僵局。', ['hedge', 'plan']],
    ['停火条件恐怕很难在短期内到位。', ['hedge']],
    ['基辅似乎已做好准备。', ['hedge']],
    ['预计今年年底达到近60亿美元。', ['plan']],
    ['威特科夫计划于12月1日前往莫斯科。', ['plan']],
    ['該工廠預計於2026年秋季投產。', ['plan']],
    ['这些外交斡旋真的能结束冲突吗？', ['question']],
    ['美特使无功而返 俄乌或陷“打谈循环”？', ['negation', 'hedge', 'question']],
    ['特朗普多轮通话外交有效吗?', ['question']],
    ['这是真的吗', ['question']],
  ])('%s → %j', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });

  it.each([
    '美国提出28点和平计划。', // 计划 as a noun is not a plan cue
    '未来俄乌局势仍受关注。', // 未来 is not 未
    '不仅如此，不少国家不断施压。', // 不仅, 不少, 不断 are not negations
    '安德烈·莫尔德维切夫上将接替萨柳科夫。', // 上将 is not 将
    '恐怖袭击嫌疑人被打死。', // 恐怖 is not 恐
    '不可否认，这是重要进展。', // 不可否认 is not a denial
  ])('fires nothing on %s', (text) => {
    expect(on(text)).toEqual([]);
  });
});
