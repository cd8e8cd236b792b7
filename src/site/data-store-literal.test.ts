import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  dataStoreLiteral,
  DATA_STORE_MODULE_ID,
  PIECE_CHARS,
  SPLIT_NOTE,
  splitStoreLiteral,
} from './data-store-literal.ts';

/** The module as Astro writes the single-file data store. */
const astroModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
/** What a module's default export evaluates to. */
const run = (code: string): unknown => runInThisContext(code.replace(/^export default /, '')) as unknown;

const store = {
  claims: [
    ['a1', { statement: '乌方称“冻结”并未发生。', quote: 'He said "no" \\ twice', n: 5 }],
    ['a2', { statement: '表情 😀 与\u2028分隔符\u2029', tags: ['😀😀', '\ud83d'] }],
  ],
};

describe('the data store literal, split', () => {
  it('evaluates to the same store, in pieces no longer than asked', () => {
    const code = astroModule(store);
    const split = splitStoreLiteral(code, 7)!;
    expect(split).toBeDefined();
    expect(run(split)).toEqual(run(code));
    const pieces = run(split.replace('JSON.parse(', '(').replace('.join(""))', ')')) as string[];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(7);
  });

  it('puts a surrogate pair cut at a piece boundary together again', () => {
    // '😀' is two UTF-16 code units: with pieces of one unit, every pair is cut.
    const code = astroModule({ s: '😀😀😀' });
    expect(run(splitStoreLiteral(code, 1)!)).toEqual({ s: '😀😀😀' });
  });

  it('leaves other modules as they are', () => {
    expect(splitStoreLiteral('export default new Map()', 4)).toBeUndefined();
    expect(splitStoreLiteral('export default{"claims":[(await import("x"))]}', 4)).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse(someVariable)', 4)).toBeUndefined();
    // A JavaScript literal JSON does not read (a `\x` escape): not the form Astro writes.
    expect(splitStoreLiteral('export default JSON.parse("\\x41\\x42")', 1)).toBeUndefined();
    // Small enough to stay one literal.
    expect(splitStoreLiteral(astroModule({ a: 1 }))).toBeUndefined();
  });

  it('as a Vite plugin, rewrites only the data store module and warns about a large unknown form', () => {
    const plugin = dataStoreLiteral();
    const warnings: string[] = [];
    const notes: string[] = [];
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined;
    const context = { warn: (m: string) => warnings.push(m), info: (m: string) => notes.push(m) };
    const big = { text: '长'.repeat(300_000) };
    const done = transform.call(context, astroModule(big), DATA_STORE_MODULE_ID);
    expect(done && run(done.code)).toEqual(big);
    expect(notes).toEqual([`${SPLIT_NOTE}: 0.3 million characters in literals of ${PIECE_CHARS} characters or fewer`]);
    expect(transform.call(context, astroModule(big), '/src/pages/index.astro')).toBeUndefined();
    expect(warnings).toEqual([]);
    transform.call(context, `export default eval(${JSON.stringify(JSON.stringify(big))})`, DATA_STORE_MODULE_ID);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not in the form/);
  });
});
