import { describe, expect, it } from 'vitest';
import { indexFor, last } from '../../../tests/fixtures/annotate/harness.ts';
import { discoveredId } from './discover-aliases.ts';

const entityOf = (index: ReturnType<typeof indexFor>, text: string) =>
  last(text, '2025-12-04', index).entities.map((m) => `${m.text}=${m.entityId}`);

describe('discovered aliases and entities', () => {
  it('links a stated alias to the known entity: 红军城 known → the other name joins it', () => {
    const index = indexFor('俄军控制了谢利多沃(乌方称谢利多韦)。', '红军城（俄方称红军城市）的战斗仍在继续。');
    // neither 谢利多沃 nor 谢利多韦 is known: they become one discovered entity
    const a = entityOf(index, '谢利多沃的战斗。')[0]!.split('=')[1];
    const b = entityOf(index, '谢利多韦的战斗。')[0]!.split('=')[1];
    expect(a).toMatch(/^e-[0-9a-f]{10}$/);
    expect(b).toBe(a);
    // a known name on one side: the other name is an alias of the gazetteer entity
    expect(entityOf(index, '红军城市已被包围。')).toEqual(['红军城市=pokrovsk']);
  });

  it('adds a Latin name in brackets to the same entity, or creates one with both names', () => {
    const index = indexFor(
      '北约启动“乌克兰优先需求清单”(PURL)机制。',
      '英国广播公司（BBC）报道称。',
      '美国国际开发署(USAID)已关闭。',
    );
    const purl = index.entities.find((e) => e.aliases.includes('PURL'))!;
    expect(purl.origin).toBe('discovered');
    expect(purl.name).toBe('乌克兰优先需求清单');
    expect(entityOf(index, 'PURL机制的参与方仍在增加。')).toEqual([`PURL=${purl.id}`]);
    const usaid = index.entities.find((e) => e.aliases.includes('USAID'))!;
    expect(usaid.aliases).toContain('美国国际开发署');
    expect(usaid.type).toBe('organisation');
    expect(index.entities.find((e) => e.id === 'bbc')!.aliases).toContain('英国广播公司');
  });

  it('finds transliterated names with a middle dot, and their surname', () => {
    const index = indexFor(
      '美国全国广播公司援引北约前军控主任威廉·阿尔贝克的说法。',
      '立陶宛外长凱斯圖蒂斯‧布德里斯說。',
    );
    const albeck = index.entities.find((e) => e.name === '威廉·阿尔贝克')!;
    expect(albeck.type).toBe('person');
    expect(albeck.aliases).toContain('阿尔贝克');
    expect(entityOf(index, '阿尔贝克表示，这不寻常。')).toEqual([`阿尔贝克=${albeck.id}`]);
    // a known surname links the full name to the gazetteer entity
    expect(entityOf(index, '凱斯圖蒂斯‧布德里斯說。')[0]).toMatch(/=budrys$/);
  });

  it('finds names after a title', () => {
    const index = indexFor(
      '乌克兰外交部长瑟比加表示。',
      '斯洛伐克总理菲佐则批评称。',
      '中国国际问题研究院副所长韩璐认为，这是分歧。',
      '俄美总统商定，俄方将起草备忘录。',
    );
    const names = index.entities.filter((e) => e.origin === 'discovered').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['菲佐', '韩璐']));
    expect(names).not.toContain('商定');
    expect(names).not.toContain('瑟比加'); // already in the gazetteer
  });

  it('keeps unknown speakers only when they recur', () => {
    const once = indexFor('张三丰表示，会谈有成果。');
    expect(once.entities.some((e) => e.name === '张三丰')).toBe(false);
    const twice = indexFor('张三丰表示，会谈有成果。', '但张三丰认为，仍有分歧。');
    expect(twice.entities.find((e) => e.name === '张三丰')?.type).toBe('person');
  });

  it('gives discovered entities stable ASCII ids from the folded name', () => {
    const a = indexFor('北約啟動「烏克蘭優先需求清單」(PURL)機制。');
    const b = indexFor('北约启动“乌克兰优先需求清单”(PURL)机制。');
    const idA = a.entities.find((e) => e.origin === 'discovered')!.id;
    const idB = b.entities.find((e) => e.origin === 'discovered')!.id;
    expect(idA).toBe(idB);
    expect(idA).toBe(discoveredId('乌克兰优先需求清单'));
  });

  it('does not change the gazetteer it is given', () => {
    const index = indexFor('英国广播公司（BBC）报道称。');
    expect(index.entities.find((e) => e.id === 'bbc')!.aliases).toContain('英国广播公司');
    expect(
      indexFor()
        .entities.find((e) => e.id === 'bbc')!
        .aliases.filter((a) => a === '英国广播公司'),
    ).toHaveLength(1);
  });
});
