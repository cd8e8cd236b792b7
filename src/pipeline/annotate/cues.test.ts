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

  it.each<[string, string[]]>([
    // Negation counts in the main assertion: after a reporting frame, a fronted phrase or a time clause.
    ['外交部发言人表示，双方仍未就边界问题达成一致。', ['negation']],
    ['外交部發言人表示，雙方仍未就邊界問題達成一致。', ['negation']],
    ['会后，总理没有回答记者提问。', ['negation']],
    ['當地時間5日晚，市長沒有出席揭幕儀式。', ['negation']],
    ['针对这一提案，参议员称“我们不会接受”。', ['negation']],
    ['值得注意的是，身为东道主的该国却没有派代表出席。', ['negation']],
    ['他并不在乎外界的批评。', ['negation']],
    // …and not in a subordinate clause, a relative clause or a secondary clause after the assertion.
    ['尽管首轮磋商未能取得进展，两国同意互换200名被扣押人员。', []],
    ['儘管首輪磋商未能取得進展，兩國同意互換200名被扣押人員。', []],
    ['两国同意互换200名被扣押人员，但未能就停火达成一致。', []],
    ['據當地媒體報道，警方拒絕釋放任何尚未受審的抗議者。', []],
    ['部分不愿透露姓名的官员说，谈判进展顺利。', []],
    ['鉴于谈判没有结果，两国将继续接触。', ['plan']],
    // A quoted verdict is an evaluation: the clause after it is the assertion.
    ['发言人表示，磋商“坦诚且务实”，但没有签署任何文件。', ['negation']],
    ['發言人表示，磋商「坦誠且務實」，但沒有簽署任何文件。', ['negation']],
    // Plans whose words stand apart, and plan words.
    ['欧盟已邀请该国总理下月赴布鲁塞尔磋商。', ['plan']],
    ['歐盟已邀請該國總理下月前往布魯塞爾磋商。', ['plan']],
    ['两国领导人拟于下周会晤。', ['plan']],
    ['峰会定于3月举行。', ['plan']],
    ['該部門隨即否認這項說法。', ['denial']],
  ])('scopes %s → %j', (text, expected) => {
    expect(on(text)).toEqual(expected);
  });

  it.each([
    '美国提出28点和平计划。', // 计划 as a noun is not a plan cue
    '未来俄乌局势仍受关注。', // 未来 is not 未
    '不仅如此，不少国家不断施压。', // 不仅, 不少, 不断 are not negations
    '安德烈·莫尔德维切夫上将接替萨柳科夫。', // 上将 is not 将
    '恐怖袭击嫌疑人被打死。', // 恐怖 is not 恐
    '不可否认，这是重要进展。', // 不可否认 is not a denial
    '新厂区的试运行情况相当不错。', // 不错 is praise
    '不久，兩國外長再次通電話。', // 不久 is "soon"
    '该国无偿提供了一批医疗物资。', // 无偿 is "free of charge"
  ])('fires nothing on %s', (text) => {
    expect(on(text)).toEqual([]);
  });
});
