import { describe, expect, it } from 'vitest';
import { dedupe } from './dedupe.ts';
import type { DecodedFile } from './types.ts';

/** Text of `length` Han characters from a seeded generator: distinct seeds share next to no shingles. */
function article(seed: number, length = 1200): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 3000));
    if (i % 40 === 39) out += '。';
  }
  return out;
}

const file = (name: string, text: string): DecodedFile => ({
  name,
  encoding: 'utf-8',
  text,
  sidecar: {},
  messages: [],
});

/** `text` with a character changed every `every` characters. */
const withTypos = (text: string, every: number) =>
  [...text].map((c, i) => (i % every === every - 1 && c !== '。' ? '错' : c)).join('');

describe('dedupe', () => {
  it('keeps the first of exact and near copies, and every distinct article', () => {
    const a = article(1);
    const files = [
      file('a.txt', a),
      file('b.txt', article(2)),
      file('c.txt', `${a}\n`),
      file('d.txt', withTypos(a, 200)),
      file('e.txt', article(3)),
    ];
    const { kept, messages } = dedupe(files);
    expect(kept.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'e.txt']);
    expect(messages.map((m) => [m.file, m.ruleId])).toEqual([
      ['c.txt', 'ingest/duplicate'],
      ['d.txt', 'ingest/duplicate'],
    ]);
    expect(messages[0]!.message).toContain('the same text as "a.txt"');
    expect(messages[1]!.message).toMatch(/\d+% the same text as "a\.txt"/);
  });

  it('finds copies of early and late articles in a corpus large enough that its index of shingles grows', () => {
    const distinct = Array.from({ length: 600 }, (_, i) => file(`${String(i).padStart(4, '0')}.txt`, article(i + 10)));
    const copies = [
      file('9000.txt', withTypos(distinct[0]!.text, 150)),
      file('9001.txt', withTypos(distinct[599]!.text, 150)),
    ];
    const { kept, messages } = dedupe([...distinct, ...copies]);
    expect(kept).toHaveLength(600);
    expect(messages.map((m) => m.message.match(/"(\d+\.txt)"/)?.[1])).toEqual(['0000.txt', '0599.txt']);
  });

  it('tells apart articles that share a boilerplate paragraph with many others', () => {
    const boilerplate = article(99, 300);
    const files = Array.from({ length: 100 }, (_, i) => file(`${i}.txt`, `${boilerplate}${article(i + 200)}`));
    expect(dedupe(files).kept).toHaveLength(100);
  });
});
