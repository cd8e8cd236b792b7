import { describe, expect, it } from 'vitest';
import { indexFor, last } from '../../../tests/fixtures/annotate/harness.ts';

const a = (text: string, index?: ReturnType<typeof indexFor>) => {
  const { speaker, speakerEntity, verb, chain } = last(text, '2025-12-04', index).attribution;
  return { speaker, speakerEntity, verb, chain };
};

describe('attribution', () => {
  it.each<[string, { speaker: string | null; speakerEntity: string | null; verb: string | null; chain: string[] }]>([
    [
      '乌沙科夫表示，会谈富有成效。',
      { speaker: '乌沙科夫', speakerEntity: 'ushakov', verb: '表示', chain: ['乌沙科夫'] },
    ],
    [
      '俄总统助理乌沙科夫会谈后表示，会谈“非常有益”。',
      { speaker: '乌沙科夫', speakerEntity: 'ushakov', verb: '表示', chain: ['乌沙科夫'] },
    ],
    [
      '俄總統助理烏沙科夫會後表示，會談「非常有益」。',
      { speaker: '烏沙科夫', speakerEntity: 'ushakov', verb: '表示', chain: ['烏沙科夫'] },
    ],
    ['普京说，俄罗斯无意与欧洲开战。', { speaker: '普京', speakerEntity: 'putin', verb: '说', chain: ['普京'] }],
    [
      '总部位于布鲁塞尔的北约在声明中表示，各方承诺增加援助。',
      { speaker: '北约', speakerEntity: 'nato', verb: '表示', chain: ['北约'] },
    ],
    [
      '總部位於布魯塞爾的北約在聲明中表示，各方承諾增加援助。',
      { speaker: '北約', speakerEntity: 'nato', verb: '表示', chain: ['北約'] },
    ],
    [
      '一位美国官员表示，威特科夫将前往莫斯科。',
      { speaker: '一位美国官员', speakerEntity: null, verb: '表示', chain: ['一位美国官员'] },
    ],
    [
      '据《华尔街日报》报道，威特科夫计划前往莫斯科。',
      { speaker: '《华尔街日报》', speakerEntity: 'wsj', verb: '报道', chain: ['《华尔街日报》'] },
    ],
    [
      '據俄新社報道，這起事件由烏方策劃。',
      { speaker: '俄新社', speakerEntity: 'ria-novosti', verb: '報道', chain: ['俄新社'] },
    ],
    [
      '美国全国广播公司(NBC)援引北约前军控主任马克·沃纳的说法评论称，这不寻常。',
      {
        speaker: '马克·沃纳',
        speakerEntity: 'mark-warner',
        verb: '评论称',
        chain: ['美国全国广播公司(NBC)', '马克·沃纳'],
      },
    ],
    [
      '总台记者当地时间11月30日获悉，一位美国官员表示，特使将前往莫斯科。',
      { speaker: '一位美国官员', speakerEntity: null, verb: '表示', chain: ['总台记者', '一位美国官员'] },
    ],
    [
      '另据乌克兰国际文传电讯社报道，泽连斯基19日晚在基辅强调，乌方不会妥协。',
      { speaker: '泽连斯基', speakerEntity: 'zelensky', verb: '强调', chain: ['乌克兰国际文传电讯社', '泽连斯基'] },
    ],
    [
      '按瑟比加3日透露的内容，谈判以20点文件为基础。',
      { speaker: '瑟比加', speakerEntity: 'sybiha', verb: '透露', chain: ['瑟比加'] },
    ],
    [
      '俄罗斯外交部发言人扎哈罗娃4日说，俄方将采取措施。',
      { speaker: '扎哈罗娃', speakerEntity: 'zakharova', verb: '说', chain: ['扎哈罗娃'] },
    ],
    [
      '俄罗斯联邦安全局1日说，嫌疑人被打死。',
      { speaker: '俄罗斯联邦安全局', speakerEntity: 'fsb', verb: '说', chain: ['俄罗斯联邦安全局'] },
    ],
    ['不过乌方对此予以否认。', { speaker: '乌方', speakerEntity: 'ukraine', verb: '否认', chain: ['乌方'] }],
    [
      '俄《莫斯科时报》文章指出，领土问题仍最重要。',
      { speaker: '《莫斯科时报》文章', speakerEntity: 'moscow-times', verb: '指出', chain: ['《莫斯科时报》文章'] },
    ],
    [
      '特朗普在“空军一号”接受媒体采访时称，谈判进展顺利。',
      { speaker: '特朗普', speakerEntity: 'trump', verb: '称', chain: ['特朗普'] },
    ],
    [
      '普京27日再次重申了其领土要求，称俄罗斯要么收复所有声称拥有的土地。',
      { speaker: '普京', speakerEntity: 'putin', verb: '称', chain: ['普京'] },
    ],
    [
      '（中央社華盛頓3日電）美國國務卿盧比歐2日表示，會談富有成效。',
      { speaker: '盧比歐', speakerEntity: 'rubio', verb: '表示', chain: ['盧比歐'] },
    ],
    [
      '據《金融時報》援引兩名歐盟官員的話報道，默茨計劃訪問基輔。',
      { speaker: '兩名歐盟官員', speakerEntity: 'eu', verb: '報道', chain: ['《金融時報》', '兩名歐盟官員'] },
    ],
    ['有分析称，谈判的摩擦点在于领土。', { speaker: '分析', speakerEntity: null, verb: '称', chain: ['分析'] }],
    [
      '以色列军方随即否认这一说法，表示边境地区并无交火。',
      { speaker: '以色列军方', speakerEntity: null, verb: '表示', chain: ['以色列军方'] },
    ],
    [
      '以色列軍方隨即否認這項說法，表示邊境地區並無交火。',
      { speaker: '以色列軍方', speakerEntity: null, verb: '表示', chain: ['以色列軍方'] },
    ],
    [
      '鲁比奥形容，这轮谈判“非常艰难”。',
      { speaker: '鲁比奥', speakerEntity: 'rubio', verb: '形容', chain: ['鲁比奥'] },
    ],
    ['盧比歐強調說，制裁將繼續。', { speaker: '盧比歐', speakerEntity: 'rubio', verb: '強調說', chain: ['盧比歐'] }],
    ['双方在红军城(乌克兰称波克罗夫斯克)激战。', { speaker: null, speakerEntity: null, verb: null, chain: [] }],
    ['修改内容未公布。', { speaker: null, speakerEntity: null, verb: null, chain: [] }],
  ])('%s', (text, expected) => {
    expect(a(text)).toEqual(expected);
  });

  it('resolves a pronoun to the last named person', () => {
    expect(a('鲁比奥在谈判后表示，会谈富有成效。他同时表示，俄罗斯将发挥核心作用。')).toMatchObject({
      speaker: '鲁比奥',
      speakerEntity: 'rubio',
    });
    expect(a('澤倫斯基說，烏方準備好談判。他強調，烏方不會妥協。')).toMatchObject({
      speaker: '澤倫斯基',
      speakerEntity: 'zelensky',
      verb: '強調',
    });
  });

  it('links a discovered speaker to its entity', () => {
    const index = indexFor('斯洛伐克总理菲佐则批评称，制裁伤害欧洲。');
    const result = a('斯洛伐克总理菲佐则批评称，制裁伤害欧洲。', index);
    expect(result.speaker).toBe('菲佐');
    expect(result.speakerEntity).toMatch(/^e-[0-9a-f]{10}$/);
  });

  it('starts a new statement after a semicolon', () => {
    expect(a('俄罗斯国防部1日宣称，俄军已控制红军城；乌军总参谋部则予以驳斥，称战斗仍在持续。')).toMatchObject({
      speaker: '乌军总参谋部',
      chain: ['乌军总参谋部'],
    });
  });
});
