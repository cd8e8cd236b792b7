/** Generated pages carry their frontmatter as one JSON object: it must read back the same in every loader. */
import matter from 'gray-matter';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { arrayItemText, JsonPieces, toMarkdown } from './write.ts';

const awkward = {
  id: 'x1',
  quote: '普京表示：“会谈富有成效”——\n第二行\t制表\u0000\u0085\u007f\u2028\u2029\ufeff\uffff \\ "引号" --- \n---\n',
  lone: 'a\ud800b',
  date: '2025-12-02',
  yes: 'yes',
  no: 'no',
  nul: 'null',
  num: '12',
  key: '<<',
  nested: [{ a: 1, b: null, c: 0.55, d: true, e: undefined }],
  empty: [],
  emptyObject: {},
};
const expected = JSON.parse(JSON.stringify(awkward)) as unknown;

describe('frontmatter as JSON', () => {
  it('is read back unchanged by gray-matter and by Astro', () => {
    const page = toMarkdown(awkward);
    expect(matter(page).data).toEqual(expected);
    expect(parseFrontmatter(page).frontmatter).toEqual(expected);
  });

  it('is the same text for the same data', () => {
    expect(toMarkdown(awkward)).toBe(toMarkdown(JSON.parse(JSON.stringify(awkward)) as object));
  });
});

describe('JsonPieces', () => {
  const cases: Record<string, unknown>[] = [
    { schemaVersion: 1, sources: [], claims: [] },
    {
      schemaVersion: 1,
      sources: [{ id: 'a', removed: [{ kind: 'spam', text: '“引号”\n换行', start: 0, end: 3 }] }],
      claims: [
        { id: 'c', evidence: [{ quote: '俄军\u2028控制', date: null }], related: [] },
        { id: 'd', evidence: [], related: [{ claimId: 'c' }] },
      ],
    },
    { a: { nested: [1, 2, { b: [] }] }, list: [[1, [2]], 'x', null, 3.5], empty: {}, skipped: undefined },
  ];
  it.each(cases)('prints the same bytes as JSON.stringify(value, null, 2) %#', (value) => {
    const expected = `${JSON.stringify(value, null, 2)}\n`;
    const whole = new JsonPieces(value);
    expect(whole.complete).toBe(true);
    expect(whole.take()).toBe(expected);

    // The same with every array's items given one by one afterwards, the text taken as it grows.
    const arrays = Object.entries(value).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
    const later = new JsonPieces(
      { ...value, ...Object.fromEntries(arrays.map(([k]) => [k, []])) },
      Object.fromEntries(arrays.map(([k, v]) => [k, v.length])),
    );
    let text = later.take();
    for (const [key, items] of arrays) {
      for (const item of items) {
        expect(later.complete).toBe(false);
        later.add(key, arrayItemText(item));
        text += later.take();
      }
    }
    expect(later.complete).toBe(true);
    expect(text).toBe(expected);
  });

  it('refuses an item out of place', () => {
    const pieces = new JsonPieces({ a: [], b: [] }, { a: 1, b: 1 });
    expect(() => pieces.add('b', arrayItemText(1))).toThrow(/"b"/u);
  });
});
