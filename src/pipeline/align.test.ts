import { describe, expect, it } from 'vitest';
import { day, sentence, type SentenceInit } from '../../tests/pipeline/make.ts';
import { align, byStrength, comparedPairs, createAlignMemo, type AlignSource } from './align.ts';
import { extractClaims, type ClaimCandidate } from './extract.ts';

const sources = new Map<string, AlignSource>([
  ['a', { id: 'a', publishedAt: '2025-12-01', wire: [] }],
  ['b', { id: 'b', publishedAt: '2025-12-03', wire: [] }],
  ['c', { id: 'c', publishedAt: '2025-05-20', wire: [] }],
]);

/** Candidates of one source from sentence inits (all made check-worthy). */
function source(id: string, inits: SentenceInit[], offset = 0): ClaimCandidate[] {
  const out = extractClaims(
    inits.map((s) =>
      sentence({ sourceId: id, attribution: { speaker: '某人', speakerEntity: null, verb: '说', chain: [] }, ...s }),
    ),
    offset,
    { minScore: 0 },
  );
  expect(out).toHaveLength(inits.length);
  return out;
}

/**
 * Eight sentences of one source, alike enough to share MinHash bands: each entity is in four
 * sentences of the corpus, some sentences hold one value twice, and a denial refers back.
 */
function similar(id: string, k: number): ClaimCandidate[] {
  return source(
    id,
    Array.from({ length: 8 }, (_, i) =>
      i === 5
        ? { text: '不过乙方对此予以否认。', entities: [`e${(i + k) % 6}`], cues: { denial: true } }
        : {
            text: `第${i}条：甲国与乙国在${(i + k) % 5}日讨论了议题${i % 3}。`,
            entities: [`e${(i + k) % 6}`, `e${(i + 3 * k) % 6}`],
            quantities:
              i % 3 === 0
                ? [
                    { value: i % 2, unit: 'hour' },
                    { value: i % 2, unit: 'hour' },
                  ]
                : [],
          },
    ),
    k * 100,
  );
}

const relationsOf = (result: ReturnType<typeof align>, c: ClaimCandidate) => {
  const i = result.clusters.findIndex((members) => members.includes(c));
  return result.relations.filter((r) => r.from === i || r.to === i);
};

describe('align', () => {
  it('puts a restatement with the same quantity in another source into the same claim', () => {
    const countryOf = new Map([
      ['putin', 'russia'],
      ['witkoff', 'usa'],
    ]);
    const [a] = source('a', [
      {
        text: '普京和威特科夫的会谈从2日19时30分许开始，持续近5小时。',
        entities: ['putin', 'witkoff'],
        quantities: [{ value: 5, unit: 'hour', approx: 'near' }],
      },
    ]);
    const [, b] = source(
      'b',
      [
        { text: '综合当前俄方公布的内容，本次俄美会谈的要点包括：', entities: ['russia', 'usa'] },
        { text: '会谈持续时长:近5个小时;', quantities: [{ value: 5, unit: 'hour', approx: 'near' }] },
      ],
      10,
    );
    const result = align([b!, a!], sources, { countryOf });
    expect(result.clusters.find((m) => m.includes(a!))).toContain(b);
    expect(result.clusters.find((m) => m.includes(a!))![0]).toBe(a); // earliest source first: its fingerprint is the claim id
  });

  it('does not take a list item about other parties for the same claim', () => {
    const countryOf = new Map([
      ['putin', 'russia'],
      ['witkoff', 'usa'],
    ]);
    const [a] = source('a', [
      {
        text: '普京和威特科夫的会谈从2日19时30分许开始，持续近5小时。',
        entities: ['putin', 'witkoff'],
        quantities: [{ value: 5, unit: 'hour', approx: 'near' }],
      },
    ]);
    const [, b] = source(
      'b',
      [
        { text: '伊朗与欧洲三国在日内瓦举行的核问题会谈要点包括：', entities: ['iran', 'geneva', 'europe'] },
        { text: '会谈持续时长:近5个小时;', quantities: [{ value: 5, unit: 'hour', approx: 'near' }] },
      ],
      10,
    );
    const result = align([b!, a!], sources, { countryOf });
    expect(result.clusters.find((m) => m.includes(a!))).not.toContain(b);
  });

  it('keeps claims with different values of the same quantity apart and says they contradict', () => {
    const [a] = source('a', [
      {
        text: '此后，甲乙丙代表又形成了相对靠近乙方立场的19点计划。',
        entities: ['x', 'y'],
        quantities: [{ value: 19, unit: 'point', counter: '计划' }],
      },
    ]);
    const [b] = source(
      'b',
      [
        {
          text: '当前谈判以甲乙在日内瓦会谈形成的20点文件为基础。',
          entities: ['x', 'y', 'geneva'],
          quantities: [{ value: 20, unit: 'point', counter: '文件' }],
        },
      ],
      10,
    );
    const result = align([a!, b!], sources);
    expect(result.clusters).toHaveLength(2);
    expect(relationsOf(result, a!)).toEqual([expect.objectContaining({ relation: 'contradicts' })]);
  });

  it('does not call a value the other source also mentions a contradiction', () => {
    const [a28, a19] = source('a', [
      {
        text: '美方提出28点和平计划，甲乙反对。',
        entities: ['x', 'y'],
        quantities: [{ value: 28, unit: 'point', counter: '计划' }],
      },
      {
        text: '此后甲乙又形成了19点计划。',
        entities: ['x', 'y'],
        quantities: [{ value: 19, unit: 'point', counter: '计划' }],
      },
    ]);
    const [b28] = source(
      'b',
      [
        {
          text: '甲乙此前就美国提出的28点和平计划表态。',
          entities: ['x', 'y'],
          quantities: [{ value: 28, unit: 'point', counter: '计划' }],
        },
      ],
      10,
    );
    const result = align([a28!, a19!, b28!], sources);
    const contradictions = result.relations.filter((r) => r.relation === 'contradicts');
    expect(contradictions).toEqual([]);
  });

  it('does not call figures of different scope a contradiction', () => {
    const [a] = source('a', [
      {
        text: '目前已有逾三分之二成员通过该机制作出承诺，预计今年年底将达到近60亿美元。',
        entities: ['nato', 'purl'],
        quantities: [
          { value: 2 / 3, unit: 'fraction', approx: 'over' },
          { value: 6e9, unit: 'usd', approx: 'near' },
        ],
      },
    ]);
    const [b] = source(
      'b',
      [
        {
          text: '有五个国家承诺通过该机制提供总额近10亿美元资金。',
          entities: ['nato', 'purl'],
          quantities: [
            { value: 5, unit: 'country' },
            { value: 1e9, unit: 'usd', approx: 'near' },
          ],
        },
      ],
      10,
    );
    const result = align([a!, b!], sources);
    expect(result.relations.filter((r) => r.relation === 'contradicts')).toEqual([]);
  });

  it('relates an anaphoric denial to the claim it denies', () => {
    const [claim, denial] = source('b', [
      { text: '甲国国防部1日宣布，甲军已经控制该城。', entities: ['x-mod', 'city'], dates: [day('2025-12-01')] },
      { text: '不过乙方对此予以否认。', entities: ['y'], cues: { denial: true } },
    ]);
    expect(denial!.antecedent).toBe(claim);
    const result = align([claim!, denial!], sources);
    expect(relationsOf(result, claim!)).toEqual([expect.objectContaining({ relation: 'contradicts' })]);
  });

  it('says a later report of the event updates the plan', () => {
    const [plan] = source('a', [
      {
        text: '威特科夫和库什纳计划于12月1日前往莫斯科，与俄罗斯总统普京会面。',
        entities: ['witkoff', 'kushner', 'putin', 'moscow'],
        dates: [day('2025-12-01')],
        cues: { plan: true },
      },
    ]);
    const [fact] = source(
      'b',
      [
        {
          text: '当地时间12月2日晚，俄罗斯总统普京和美国特使威特科夫在克里姆林宫举行会谈。',
          entities: ['putin', 'witkoff', 'kremlin'],
          dates: [day('2025-12-02')],
        },
      ],
      10,
    );
    const result = align([plan!, fact!], sources);
    const i = result.clusters.findIndex((m) => m.includes(fact!));
    const j = result.clusters.findIndex((m) => m.includes(plan!));
    expect(result.relations).toEqual([{ from: i, to: j, relation: 'updates' }]);
  });

  it('says a report months later about the same place and kind of event updates the earlier one', () => {
    const [early] = source('c', [
      { text: '研究所指出，甲军正在继续扩大其在该城东北部的突出部。', entities: ['x-army', 'city', 'isw'], dates: [] },
    ]);
    const [late] = source(
      'a',
      [
        {
          text: '甲国国防部宣布，甲军已经控制该城。',
          entities: ['x-army', 'city', 'x-mod'],
          dates: [day('2025-12-01')],
        },
      ],
      10,
    );
    const result = align([late!, early!], sources);
    const i = result.clusters.findIndex((m) => m.includes(late!));
    const j = result.clusters.findIndex((m) => m.includes(early!));
    expect(result.relations).toContainEqual({ from: i, to: j, relation: 'updates' });
  });

  it('leaves unrelated sentences alone', () => {
    const [a] = source('a', [{ text: '甲乙两国领导人在首都举行会谈，讨论双边贸易。', entities: ['p1', 'p2'] }]);
    const [b] = source(
      'b',
      [
        {
          text: '丙国央行宣布下调存款利率0.25个百分点。',
          entities: ['bank'],
          quantities: [{ value: 0.25, unit: 'percent-point' }],
        },
      ],
      10,
    );
    const result = align([a!, b!], sources);
    expect(result.clusters).toHaveLength(2);
    expect(result.relations).toEqual([]);
    expect(result.comparisons).toBe(0);
  });

  it('compares a number of pairs that grows linearly when one entity is everywhere', () => {
    const comparisons = (n: number) => {
      const many = Array.from({ length: n }, (_, i) =>
        sentence({
          text: `第${i}条：甲国与乙国在${i % 28}日讨论了议题${i}。`,
          sourceId: i % 2 ? 'a' : 'b',
          entities: ['x'],
        }),
      );
      return align(extractClaims(many, 0, { minScore: 0 }), sources).comparisons;
    };
    const small = comparisons(2000);
    const large = comparisons(8000);
    expect(large / small).toBeLessThan(4 * 1.2); // all pairs would be 16×
  });

  it('compares in a partial pass exactly the pairs of a full pass that have a side from its sources', () => {
    const all = ['a', 'b', 'c'].flatMap((id, k) => similar(id, k));
    const number = (pairs: [ClaimCandidate, ClaimCandidate][]) =>
      pairs.map(([x, y]) => [all.indexOf(x), all.indexOf(y)]);
    // Blocks of more than two are large here: their members meet only their next neighbour.
    const options = { maxBlock: 2, window: 1 };
    const full = comparedPairs(all, sources, options);
    expect(align(all, sources, options).comparisons).toBe(full.length);
    expect(full.length).toBeLessThan(comparedPairs(all, sources).length);
    let reachedBack = 0;
    for (const ids of [['a'], ['b'], ['c'], ['a', 'c']]) {
      const touching = new Set(ids);
      const partial = comparedPairs(all, sources, { ...options, touching });
      const touches = ([x, y]: [ClaimCandidate, ClaimCandidate]) =>
        touching.has(x.sentence.sourceId) || touching.has(y.sentence.sourceId);
      expect(number(partial)).toEqual(number(full.filter(touches)));
      // Pairs whose earlier side is not from `touching` are met from the later side.
      reachedBack += partial.filter(([x]) => !touching.has(x.sentence.sourceId)).length;
      expect(align(all, sources, { ...options, touching }).comparisons).toBe(partial.length);
    }
    expect(reachedBack).toBeGreaterThan(0);
  });

  it('gives the same result with a memo shared by a partial and a full pass as without', () => {
    const all = ['a', 'b', 'c'].flatMap((id, k) => similar(id, k));
    const memo = createAlignMemo();
    const touching = new Set(['b']);
    expect(align(all, sources, { touching, memo })).toEqual(align(all, sources, { touching }));
    // `b` is dated in between: its sentences are read again, as new candidates.
    const redated = new Map([...sources, ['b', { id: 'b', publishedAt: '2025-11-20', wire: [] }]]);
    const again = [...all.filter((c) => c.sentence.sourceId !== 'b'), ...similar('b', 1)];
    const withMemo = align(again, redated, { memo });
    const without = align(again, redated);
    expect(withMemo).toEqual(without);
    expect(withMemo.clusters.flat()).toHaveLength(again.length);
  });

  it('lets a candidate re-dated without a change keep its reading, and reads one whose dates changed', () => {
    const all = ['a', 'b', 'c'].flatMap((id, k) => similar(id, k));
    const memo = createAlignMemo();
    align(all, sources, { touching: new Set(['b']), memo });
    // `b` annotated again for a new date: the same sentence objects but for dates and quantities.
    const before = all.filter((c) => c.sentence.sourceId === 'b');
    const redate = (c: ClaimCandidate, dates: ClaimCandidate['sentence']['dates']) => ({
      ...c,
      sentence: { ...c.sentence, dates, quantities: c.sentence.quantities.map((q) => ({ ...q })) },
    });
    const changed = [{ start: 0, end: 3, text: '3日', value: '2025-11-03', precision: 'day' as const }];
    const after = before.map((c, k) => redate(c, k === 0 ? changed : c.sentence.dates.map((d) => ({ ...d }))));
    before.forEach((c, k) => memo.carry(c, after[k]!));
    // The same stored reading (one read again is stored anew, at another place).
    expect(memo.peek(after[1]!)?.bigrams).toBe(memo.peek(before[1]!)!.bigrams);
    expect(memo.peek(after[0]!)).toBeUndefined();
    // A candidate whose other parts are new objects is read afresh too.
    const other = { ...before[2]!, sentence: { ...before[2]!.sentence, entities: [...before[2]!.sentence.entities] } };
    memo.carry(before[2]!, other);
    expect(memo.peek(other)).toBeUndefined();
    // Aligned with the carried readings, as without any memo.
    const redated = new Map([...sources, ['b', { id: 'b', publishedAt: '2025-11-20', wire: [] }]]);
    const again = [...all.filter((c) => c.sentence.sourceId !== 'b'), ...after];
    expect(align(again, redated, { memo })).toEqual(align(again, redated));
  });

  it('puts candidates in time order whatever order they come in', () => {
    const all = [...similar('a', 1), ...similar('b', 2), ...similar('c', 3)];
    // Reversed, and interleaved by source: the same table, so the same claims and relations.
    const reversed = [...all].reverse();
    const interleaved = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => [all[k]!, all[8 + k]!, all[16 + k]!]);
    const expected = align(all, sources);
    expect(expected.clusters.length).toBeLessThan(all.length);
    expect(align(reversed, sources)).toEqual(expected);
    expect(align(interleaved, sources)).toEqual(expected);
  });

  it('reads wording without its punctuation, also with characters beyond the Basic Multilingual Plane', () => {
    // With its punctuation read, the second would share too few pairs of characters with the first.
    const marks = '！？；：，、…—（）《》【】「」『』〈〉“”‘’·～＋＝＜＞％＃＆＊＠';
    for (const text of ['甲乙两国领导人讨论贸易。', '𠮷野家甲国首都开店卖饭。']) {
      const [a] = source('a', [{ text, entities: ['p1'] }]);
      const [b] = source('b', [{ text: text.replace('。', marks), entities: ['p1'] }], 10);
      expect(align([a!, b!], sources).clusters).toEqual([[a, b]]);
    }
  });
});

describe('byStrength', () => {
  it('orders indices strongest first, equal strengths in index order, as a stable sort does', () => {
    // Deterministic values with many ties, zeros of both signs, and fractions that differ in the last bits.
    const values = Array.from({ length: 5000 }, (_, k) => [(k * 7919) % 13, 0.1 + 0.2, 0.3, -0, 0, 2.5][k % 6]! / 4);
    const expected = values.map((_, k) => k).sort((x, y) => values[y]! - values[x]!);
    expect([...byStrength(Float64Array.from(values))]).toEqual(expected);
    expect([...byStrength(new Float64Array(0))]).toEqual([]);
  });
});
