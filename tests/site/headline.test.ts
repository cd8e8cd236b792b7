/** Claim headlines: framing cut, speaker kept, clause-boundary cuts (invented sentences, no seeds). */
import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX, claimHeadline, headline, headlineShortens } from '../../src/site/headline.ts';

describe('headline', () => {
  it.each([
    ['据某某日报报道，两国将于下月举行新一轮会谈。', null, '两国将于下月举行新一轮会谈'],
    ['根据该部的说法,港口已恢复运营。', null, '港口已恢复运营'],
    ['当地时间5日晚，甲国总统与乙国总理举行会谈。', null, '甲国总统与乙国总理举行会谈'],
    ['日前，一座新工厂在北部开工。', null, '一座新工厂在北部开工'],
    ['能源方面,两国同意扩大合作。', null, '两国同意扩大合作'],
    ['外交部长张三在记者会上表示，双方“原则上同意”停火。', '张三', '张三：双方“原则上同意”停火'],
    ['据某通讯社报道,李四7日说,会谈“富有成效”。', '李四', '李四：会谈“富有成效”'],
    ['他还称，协议“很有可能”达成。', '王五', '王五：协议“很有可能”达成'],
    ['“我们必须分担责任。”赵六指出。', '赵六', '赵六：我们必须分担责任'],
    ['孙七说，“谈判仍在继续”。', '孙七', '孙七：谈判仍在继续'],
    ['在峰会召开前，多国领导人通了电话。', null, '多国领导人通了电话'],
    ['自某部3日宣布,部队已撤出该镇后,当地局势趋于平静。', '某部', '某部：部队已撤出该镇'],
    ['某市(旧称某镇)的人口已超过十万。', null, '某市的人口已超过十万'],
  ])('%s → %s', (statement, speaker, expected) => {
    expect(headline(statement, { speaker })).toBe(expected);
  });

  it('does not take a speaker the clause does not name as a word', () => {
    // A wrongly extracted speaker (`总部位` from `总部位于…`) must not head the headline.
    expect(headline('总部位于某市的研究所在报告中指出,前线正在东移。', { speaker: '总部位' })).toBe('前线正在东移');
  });

  it('keeps a statement that is only a framed clause whole', () => {
    expect(headline('“新计划”公布后，在国内引发争议。')).toBe('“新计划”公布后，在国内引发争议');
  });

  it('turns a reply to another statement into `reply：<headline of it>`', () => {
    expect(headline('乙方对此予以否认。（针对：据某报报道，甲方已控制该镇。）')).toBe(
      '乙方对此予以否认：甲方已控制该镇',
    );
  });

  it('cuts long statements at a clause boundary within the limit, never inside a quotation', () => {
    const long =
      '某国政府宣布将在未来五年内投入大量资金用于基础设施建设，其中包括铁路、公路和港口，' +
      '官员称这一计划“将带动数十万个就业岗位，并显著改善偏远地区的交通条件”，但批评者认为资金来源尚不明确。';
    const h = headline(long);
    expect([...h].length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(long.startsWith(h)).toBe(true);
    expect(h).toBe('某国政府宣布将在未来五年内投入大量资金用于基础设施建设，其中包括铁路、公路和港口');
  });

  it('prefers a sentence end when a quotation holds several sentences', () => {
    expect(
      headline(
        '“局势在过去一周已经基本稳定。我们会继续观察，并在必要时采取更多措施，以确保居民安全和物资供应不受影响，直至危机结束。”钱八表示。',
        { speaker: '钱八', maxLength: 30 },
      ),
    ).toBe('钱八：局势在过去一周已经基本稳定');
  });

  it('hard-cuts a single over-long clause with an ellipsis and closes an open quotation', () => {
    const h = headline(`甲${'乙'.repeat(20)}“${'丙'.repeat(60)}”`, { maxLength: 30 });
    expect([...h].length).toBeLessThanOrEqual(31);
    expect(h.endsWith('…”')).toBe(true);
  });

  it('takes the speaker of the evidence that states the claim; says when the headline shortens', () => {
    const claim = {
      statement: '外长周九表示，会谈取得进展。',
      evidence: [
        { quote: '别的句子。', speaker: '别人' },
        { quote: '外长周九表示，会谈取得进展。', speaker: '周九' },
      ],
    };
    expect(claimHeadline(claim)).toBe('周九：会谈取得进展');
    expect(headlineShortens('周九：会谈取得进展', claim.statement)).toBe(true);
    expect(headlineShortens('会谈取得进展', '会谈取得进展。')).toBe(false);
  });
});
