/** Generated pages carry their frontmatter as one JSON object: it must read back the same in every loader. */
import matter from 'gray-matter';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { arrayItemText, itemRun, JsonPieces, toMarkdown } from './write.ts';

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
        { id: 'c', evidence: [{ quote: '俄军\u2028控制𠀀😀', date: null }], related: [] },
        { id: 'd', evidence: [], related: [{ claimId: 'c' }] },
      ],
    },
    {
      a: { nested: [1, 2, { b: [] }] },
      list: [[1, [2]], 'x', null, 3.5, undefined, {}, [], { c: undefined }, awkward],
      empty: {},
      skipped: undefined,
    },
  ];
  it.each(cases)('prints the same bytes as JSON.stringify(value, null, 2) %#', (value) => {
    const expected = `${JSON.stringify(value, null, 2)}\n`;
    const text = (pieces: (string | Uint8Array)[]) =>
      pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    const whole = new JsonPieces(value);
    expect(whole.complete).toBe(true);
    expect(text(whole.take())).toBe(expected);

    // The same with every array's items given afterwards, in runs of one and two, the pieces
    // taken as they come.
    const arrays = Object.entries(value).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
    const later = new JsonPieces(
      { ...value, ...Object.fromEntries(arrays.map(([k]) => [k, []])) },
      Object.fromEntries(arrays.map(([k, v]) => [k, v.length])),
    );
    let written = text(later.take());
    for (const [key, items] of arrays) {
      for (let i = 0; i < items.length; i += 2) {
        expect(later.complete).toBe(false);
        later.add(key, itemRun(items.slice(i, i + 2).map(arrayItemText)));
        later.add(key, itemRun([]));
        written += text(later.take());
      }
    }
    expect(later.complete).toBe(true);
    expect(written).toBe(expected);
  });

  it('refuses an item out of place', () => {
    const pieces = new JsonPieces({ a: [], b: [] }, { a: 1, b: 1 });
    expect(() => pieces.add('b', itemRun([arrayItemText(1)]))).toThrow(/"b"/u);
    expect(() => pieces.add('a', itemRun([arrayItemText(1), arrayItemText(2)]))).toThrow(/"a"/u);
  });
});
