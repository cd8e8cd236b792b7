/** The benchmark corpus generator: deterministic, the requested size, varied like real input. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { poolsFromFile, writeCorpus } from '../../scripts/lib/corpus-files.ts';
import { chineseNumeral, CorpusGenerator, generateCorpus, loadEntityPools } from '../../scripts/lib/corpus.ts';
import { hashSeed, Rng } from '../../scripts/lib/prng.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const pools = poolsFromFile(join(ROOT, 'content/entities.yaml'));
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file of a folder, name → bytes as hex-free string. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('prng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new Rng(seed)),
      );
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(hashSeed(1, 'a')).not.toBe(hashSeed(1, 'b'));
  });

  it('keeps int() inside its bounds', () => {
    const r = new Rng(9);
    for (let i = 0; i < 1000; i++) expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
    const seen = new Set(Array.from({ length: 200 }, () => r.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });
});

describe('corpus generator', () => {
  it('writes byte-identical corpora for the same seed (CLI, fresh processes)', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    for (const out of [a, b])
      execFileSync(
        process.execPath,
        [join(ROOT, 'scripts/gen-corpus.ts'), '--articles', '30', '--seed', '5', '--out', out],
        { cwd: ROOT },
      );
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('writes a different corpus for a different seed', () => {
    const c = join(tmp, 'c');
    const d = join(tmp, 'd');
    writeCorpus(c, 30, 5, pools);
    writeCorpus(d, 30, 6, pools);
    const texts = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(texts(c)).not.toEqual(texts(d));
  });

  it('writes exactly N articles, each with at most one sidecar that ingest can read', () => {
    const dir = join(tmp, 'count');
    writeCorpus(dir, 57, 3, pools);
    const files = readdirSync(dir);
    const articles = files.filter((f) => f.endsWith('.txt'));
    const sidecars = files.filter((f) => f.endsWith('.meta.json'));
    expect(articles).toHaveLength(57);
    expect(files).toHaveLength(articles.length + sidecars.length);
    for (const s of sidecars) {
      expect(articles).toContain(s.replace(/\.meta\.json$/, '.txt'));
      const meta = JSON.parse(readFileSync(join(dir, s), 'utf8')) as Record<string, string>;
      expect(Object.keys(meta).sort()).toEqual(['outlet', 'publishedAt', 'title']);
      expect(meta['publishedAt']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(sidecars.length).toBeGreaterThan(10);
    expect(sidecars.length).toBeLessThan(57);
  });

  it('extends a corpus: N + 1 articles are the N articles plus one', () => {
    const small = generateCorpus(20, 11, pools);
    const big = generateCorpus(21, 11, pools);
    expect(big.slice(0, 20)).toEqual(small);
  });

  const corpus = generateCorpus(400, 1, pools);

  it('has some traditional-Chinese articles (about 10 %)', () => {
    const hant = corpus.filter((a) => a.script === 'zh-Hant');
    expect(hant.length).toBeGreaterThan(20);
    expect(hant.length).toBeLessThan(80);
    // Converted text uses traditional forms the simplified articles never use.
    expect(hant.some((a) => /[說為們這國時會]/u.test(a.text))).toBe(true);
    expect(corpus.filter((a) => a.script === 'zh-Hans').every((a) => !/[們這]/u.test(a.text))).toBe(true);
  });

  it('makes articles of 1–3 KB from many outlets over months', () => {
    const sizes = corpus.map((a) => Buffer.byteLength(a.text));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1000);
    expect(mean).toBeLessThan(3000);
    expect(Math.min(...sizes)).toBeGreaterThan(600);
    expect(Math.max(...sizes)).toBeLessThan(4500);
    expect(new Set(corpus.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((a) => a.publishedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
  });

  it('reports shared events: several outlets, agreeing and conflicting figures, denials, updates, wire relays', () => {
    const byEvent = new Map<string, typeof corpus>();
    for (const a of corpus) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a]);
    const shared = [...byEvent.values()].filter((list) => new Set(list.map((a) => a.outlet)).size >= 3);
    expect(shared.length).toBeGreaterThan(20);
    const variants = new Set(corpus.map((a) => a.variant));
    expect([...variants].sort()).toEqual(['agree', 'conflict', 'deny', 'update']);
    expect(corpus.some((a) => a.wire)).toBe(true);
    expect(corpus.some((a) => /否认/u.test(a.text))).toBe(true);
    expect(corpus.some((a) => /(表示|称|宣布)/u.test(a.text))).toBe(true);
  });

  it('adds page noise: captions, related lists, editor lines', () => {
    const share = (re: RegExp) => corpus.filter((a) => re.test(a.text)).length / corpus.length;
    expect(share(/图为|资料图|图片来源|圖為|資料圖|圖片來源/u)).toBeGreaterThan(0.2);
    expect(share(/相关新闻|相关阅读|延伸阅读|相關新聞|相關閱讀|延伸閱讀/u)).toBeGreaterThan(0.2);
    expect(share(/[(（]责任编辑|[(（]責任編輯/u)).toBeGreaterThan(0.2);
  });

  it('falls back to a built-in entity list without a gazetteer', () => {
    const fallback = loadEntityPools(undefined);
    expect(fallback.people.length).toBeGreaterThan(0);
    expect(new CorpusGenerator(1, fallback).article(0).text.length).toBeGreaterThan(300);
  });

  it('writes Chinese numerals', () => {
    expect([5, 10, 12, 40, 99].map(chineseNumeral)).toEqual(['五', '十', '十二', '四十', '九十九']);
  });
});
