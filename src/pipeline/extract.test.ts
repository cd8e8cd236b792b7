import { describe, expect, it } from 'vitest';
import { sentence } from '../../tests/pipeline/make.ts';
import { checkWorthiness, extractClaims, toStatement } from './extract.ts';
import { sentenceFingerprint } from './fingerprint.ts';

describe('checkWorthiness', () => {
  const event = sentence({
    text: '俄罗斯国防部1日宣布，俄军已经控制该市。',
    entities: ['russia', 'mod'],
    dates: [{ start: 6, end: 8, text: '1日', value: '2025-12-01', precision: 'day' }],
  });
  it('scores a dated event with named actors above the threshold', () => {
    expect(checkWorthiness(event)).toBeGreaterThanOrEqual(0.5);
  });
  it('never takes a question', () => {
    expect(checkWorthiness({ ...event, cues: { ...event.cues, question: true } })).toBe(0);
  });
  it('scores commentary without figures below an event', () => {
    const opinion = sentence({
      text: '有分析指出，美国总统只想尽快结束冲突，并不在乎协议最后什么样。',
      entities: ['usa'],
    });
    expect(checkWorthiness(opinion)).toBeLessThan(0.5);
    expect(checkWorthiness(opinion)).toBeLessThan(checkWorthiness(event));
  });
  it('scores a bare fragment low', () => {
    expect(checkWorthiness(sentence({ text: '纵深' }))).toBeLessThan(0.2);
  });
});

describe('toStatement', () => {
  it('drops leading connectives and their comma', () => {
    expect(toStatement('此外，特朗普在接受采访时称谈判进展顺利。')).toBe('特朗普在接受采访时称谈判进展顺利。');
    expect(toStatement('不过，与此同时，双方仍在会谈。')).toBe('双方仍在会谈。');
  });
  it('keeps a sentence that is only a connective and a few characters', () => {
    expect(toStatement('但是好。')).toBe('但是好。');
  });
});

describe('extractClaims', () => {
  const claim = (text: string, extra = {}) =>
    sentence({ text, entities: ['x', 'y'], quantities: [{ value: 5, unit: 'hour' }], ...extra });
  it('keeps a sentence repeated inside one source once', () => {
    const out = extractClaims([claim('双方会谈在克里姆林宫持续近5小时。'), claim('双方会谈在克里姆林宫持续近5小时!')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.fingerprint).toBe(sentenceFingerprint('双方会谈在克里姆林宫持续近5小时'));
  });
  it('links an anaphoric denial to the claim before it', () => {
    const out = extractClaims([
      claim('甲方1日宣布已控制该城。'),
      sentence({ text: '不过乙方对此予以否认。', entities: ['y'], cues: { denial: true } }),
    ]);
    expect(out).toHaveLength(2);
    expect(out[1]!.antecedent).toBe(out[0]);
  });
  it('carries the entities of the sentence before into one that names none', () => {
    const out = extractClaims([
      claim('甲乙两国代表会谈。'),
      sentence({
        text: '会谈持续时长:近5个小时;',
        quantities: [{ value: 5, unit: 'hour' }],
        attribution: { speaker: 'x', speakerEntity: null, verb: '说', chain: [] },
        dates: [{ start: 0, end: 1, text: '2日', value: '2025-12-02', precision: 'day' }],
      }),
    ]);
    expect(out.at(-1)!.context).toEqual(['x', 'y']);
  });
});

describe('statements of denials', () => {
  it('name what an anaphoric denial denies', () => {
    const out = extractClaims([
      sentence({
        text: '甲国国防部1日宣布，甲军已经控制该城。',
        entities: ['x', 'y'],
        quantities: [{ value: 1, unit: 'day' }],
        dates: [{ start: 6, end: 8, text: '1日', value: '2025-12-01', precision: 'day' }],
      }),
      sentence({ text: '不过乙方对此予以否认。', entities: ['y'], cues: { denial: true } }),
    ]);
    expect(out[1]!.statement).toBe('乙方对此予以否认。（针对：甲国国防部1日宣布，甲军已经控制该城。）');
  });
});

describe('quoted words of a named speaker', () => {
  const speaker = { speaker: '乌沙科夫', speakerEntity: 'ushakov', verb: '形容', chain: ['乌沙科夫'] };
  it('are check-worthy: what was said can be checked', () => {
    const quote = sentence({
      text: '乌沙科夫形容，和平“既没有更近，也没有更远”。',
      entities: ['ushakov'],
      attribution: speaker,
    });
    expect(checkWorthiness(quote)).toBeGreaterThanOrEqual(0.5);
  });
  it('but not a quoted name, nor an analyst’s quoted opinion', () => {
    const name = sentence({ text: '乌沙科夫在“空军一号”上说明情况。', entities: ['ushakov'], attribution: speaker });
    const opinion = sentence({
      text: '乌沙科夫认为，“局势仍然非常复杂多变”。',
      entities: ['ushakov'],
      attribution: speaker,
    });
    expect(checkWorthiness(name)).toBeLessThan(0.5);
    expect(checkWorthiness(opinion)).toBeLessThan(0.5);
  });
});
