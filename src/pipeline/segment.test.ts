import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';
import type { Paragraph } from './types.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ n: i + 1, kind: 'paragraph', text }));
const texts = (...input: string[]): string[] => segment(paragraphs(...input)).map((s) => s.text);

describe('segment', () => {
  it.each<[string, string[]]>([
    ['第一句。第二句！第三句？', ['第一句。', '第二句！', '第三句？']],
    ['他說：「這是第一句。這是第二句。」記者問：真的嗎？', ['他說：「這是第一句。這是第二句。」', '記者問：真的嗎？']],
    ['特朗普称俄乌和平协议“很有可能”达成。', ['特朗普称俄乌和平协议“很有可能”达成。']],
    [
      '美国参议员表示：“这将是最糟糕的协议之一。”他还说，这不行。',
      ['美国参议员表示：“这将是最糟糕的协议之一。”', '他还说，这不行。'],
    ],
    ['“我们必须分担责任。”布德里斯说。下一句。', ['“我们必须分担责任。”布德里斯说。', '下一句。']],
    ['没有句号的段落', ['没有句号的段落']],
    ['真的吗？！当然。', ['真的吗？！', '当然。']],
    ['既想甩包袱，减少负担；又要留后手。', ['既想甩包袱，减少负担；又要留后手。']],
    ['一是加强合作；二是扩大投资；三是完善机制。', ['一是加强合作；', '二是扩大投资；', '三是完善机制。']],
    ['会谈在莫斯科举行.双方同意继续接触.', ['会谈在莫斯科举行.', '双方同意继续接触.']],
    ['股价收于3.11元，涨幅21.01%。', ['股价收于3.11元，涨幅21.01%。']],
    ['他说：“还没结束……', ['他说：“还没结束……']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('flags list items that end with a semicolon, and the labelled item that closes the list', () => {
    const out = segment(
      paragraphs(
        '本次会谈的要点包括:',
        '会谈持续时长:近5个小时;',
        '会谈讨论议题:讨论了领土问题；',
        '会谈前景:俄美将保持接触。普京与特朗普会晤的可能性取决于进展。',
      ),
    );
    expect(out.map((s) => [s.text, s.listItem === true])).toEqual([
      ['本次会谈的要点包括:', false],
      ['会谈持续时长:近5个小时;', true],
      ['会谈讨论议题:讨论了领土问题；', true],
      ['会谈前景:俄美将保持接触。', true],
      ['普京与特朗普会晤的可能性取决于进展。', false],
    ]);
  });

  it('skips headings and keeps paragraph numbers', () => {
    const out = segment([
      { n: 1, kind: 'heading', level: 2, text: '标题' },
      { n: 2, kind: 'paragraph', text: '正文。' },
    ]);
    expect(out).toEqual([{ paragraph: 2, start: 0, end: 3, text: '正文。' }]);
  });

  it('spans slice back to the exact sentence text, whitespace trimmed', () => {
    const input = [
      '  前导空格。 中间空格！  他說：「甲。乙。」  尾部  ',
      '會談持續時長：近5個小時；會談內容：有些被接受；',
      '（中央社華盛頓3日電）美國國務卿盧比歐2日表示，會談「富有成效」。',
      '未闭合的引号“开始。然后。',
    ];
    const ps = paragraphs(...input);
    const out = segment(ps);
    expect(out.length).toBeGreaterThan(6);
    for (const s of out) {
      const p = ps[s.paragraph - 1]!;
      expect(p.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text.length).toBeGreaterThan(0);
    }
    // an unbalanced quote protects nothing
    expect(out.filter((s) => s.paragraph === 4).map((s) => s.text)).toEqual(['未闭合的引号“开始。', '然后。']);
  });
});
