/** Unit tests for the limits, deduplication and path guards the bad-input corpus relies on. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { dedupe } from '../../src/pipeline/dedupe.ts';
import { checkOutDir, decode, readSeeds } from '../../src/pipeline/ingest.ts';
import { capSentences, safeCuts, segmentWithin, wrapLongLines } from '../../src/pipeline/limits.ts';
import { segment } from '../../src/pipeline/segment.ts';
import type { DecodedFile, Paragraph } from '../../src/pipeline/types.ts';
import { nearCopy, rareHan, ROOT, SEED_NAMES, SEEDS } from './corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-limits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('safeCuts and wrapLongLines', () => {
  it('cuts after a full stop, then a comma, then anywhere, never splitting a surrogate pair', () => {
    expect(safeCuts('甲乙。丙丁戊', 4)).toEqual([3]);
    expect(safeCuts('甲乙，丙丁戊', 4)).toEqual([3]);
    expect(safeCuts('甲乙丙丁戊', 4)).toEqual([4]);
    expect(safeCuts('甲乙。”丙丁戊', 5)).toEqual([4]);
    expect(safeCuts('甲乙丙𠀀丁戊', 4)).toEqual([3]);
  });

  it('leaves short lines alone and wraps long ones into pieces no longer than the limit', () => {
    expect(wrapLongLines('短行。\n另一行。', 10)).toEqual({ text: '短行。\n另一行。', breaks: 0 });
    const long = rareHan(10_000, 1);
    const { text, breaks } = wrapLongLines(`开头。\n${long}\n结尾。`, 2000);
    expect(breaks).toBe(4);
    expect(text.replace(/\n/g, '')).toBe(`开头。${long}结尾。`);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(2000);
  });

  it('decodes a multi-megabyte line without punctuation in linear time, with a message', () => {
    const line = rareHan(1_000_000, 2);
    const t0 = performance.now();
    const out = decode({ name: 'line.txt', bytes: new TextEncoder().encode(line) });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out.messages.map((m) => m.ruleId)).toEqual(['ingest/long-line']);
    expect(out.text.replace(/\n/g, '')).toBe(line);
  });
});

describe('segmentWithin and capSentences', () => {
  it('segments as `segment` does when paragraphs are short', () => {
    const paragraphs: Paragraph[] = [{ n: 1, kind: 'paragraph', text: '第一句。第二句！' }];
    expect(segmentWithin(paragraphs, segment, 100)).toEqual(segment(paragraphs));
  });

  it('bounds every sentence of a long paragraph, spans still slicing the paragraph', () => {
    const text = `${rareHan(5000, 3)}，${rareHan(3000, 4)}。短句。`;
    const sentences = segmentWithin([{ n: 1, kind: 'paragraph', text }], segment, 2000);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(2000);
    }
    expect(sentences.map((s) => s.text).join('')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps the first sentences and says how many were left out', () => {
    const sentences = Array.from({ length: 5 }, (_, i) => ({ paragraph: 1, start: i, end: i + 1, text: String(i) }));
    const out = capSentences('a.txt', sentences, 3);
    expect(out.sentences).toHaveLength(3);
    expect(out.messages[0]).toMatchObject({
      file: 'a.txt',
      ruleId: 'pipeline/too-many-sentences',
      severity: 'warning',
    });
    expect(out.messages[0]!.message).toMatch(/5 sentences; only the first 3/);
    expect(capSentences('a.txt', sentences, 5).messages).toEqual([]);
  });
});

describe('dedupe', () => {
  const file = (name: string, text: string): DecodedFile => ({
    name,
    encoding: 'utf-8',
    text,
    sidecar: {},
    messages: [],
  });
  const seed = (i: number) => readFileSync(join(SEEDS, SEED_NAMES[i]!), 'utf8');

  it('keeps the first of identical, re-encoded or re-punctuated copies and names it', () => {
    const a = seed(0);
    const out = dedupe([
      file('a.txt', a),
      file('b.txt', seed(1)),
      file('c.txt', a.replace(/，/g, ',').replace(/\n/g, '\r\n\n')),
    ]);
    expect(out.kept.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(out.messages).toEqual([
      expect.objectContaining({ file: 'c.txt', ruleId: 'ingest/duplicate', severity: 'warning' }),
    ]);
    expect(out.messages[0]!.message).toContain('the same text as "a.txt"');
  });

  it('flags a near copy and keeps every distinct seed', () => {
    const seeds = SEED_NAMES.map((n, i) => file(n, seed(i)));
    expect(dedupe(seeds).kept).toHaveLength(seeds.length);
    const out = dedupe([...seeds, file('zz.txt', nearCopy(seed(2)))]);
    expect(out.kept).toHaveLength(seeds.length);
    expect(out.messages[0]!.message).toMatch(new RegExp(`\\d+% the same text as "${SEED_NAMES[2]}"`));
  });

  it('does not merge two different articles that share a paragraph of wire copy', () => {
    const wire = seed(0).slice(200, 600);
    const out = dedupe([file('a.txt', `${rareHan(800, 5)}\n${wire}`), file('b.txt', `${rareHan(800, 6)}\n${wire}`)]);
    expect(out.kept).toHaveLength(2);
  });

  it('finds near copies of articles that are mostly a paragraph a hundred others share', () => {
    // Each article is that paragraph and a third as much of its own: a copy is found only through
    // the paragraph's shingles, whose files the index keeps for the first 64 articles.
    const shared = rareHan(600, 4);
    const many = Array.from({ length: 100 }, (_, i) =>
      file(`${String(i).padStart(4, '0')}.txt`, `${shared}\n${rareHan(300, i + 1000)}`),
    );
    const copies = [file('9000.txt', nearCopy(many[1]!.text)), file('9001.txt', nearCopy(many[40]!.text))];
    const out = dedupe([...many, ...copies]);
    expect(out.kept).toHaveLength(100);
    expect(out.messages.map((m) => /"(\d+\.txt)"/.exec(m.message)?.[1])).toEqual(['0001.txt', '0040.txt']);
  });

  it('finds near copies of the first and the last of many articles, however large its index grows', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      file(`${String(i).padStart(4, '0')}.txt`, rareHan(1200, i + 10)),
    );
    const copies = [file('9000.txt', nearCopy(many[0]!.text)), file('9001.txt', nearCopy(many[599]!.text))];
    const out = dedupe([...many, ...copies]);
    expect(out.kept).toHaveLength(600);
    expect(out.messages.map((m) => /"(\d+\.txt)"/.exec(m.message)?.[1])).toEqual(['0000.txt', '0599.txt']);
  });

  it('keeps apart a hundred articles that share one boilerplate paragraph', () => {
    const boilerplate = rareHan(300, 99);
    const files = Array.from({ length: 100 }, (_, i) => file(`${i}.txt`, `${boilerplate}\n${rareHan(1200, i + 200)}`));
    expect(dedupe(files).kept).toHaveLength(100);
  });
});

describe('decode of awkward encodings', () => {
  const text = '多地秋粮收购进展顺利\n国家粮食部门表示，截至十一月底，主产区累计收购秋粮超过一亿吨。\n';
  it('reads UTF-16 without a BOM and without ASCII', () => {
    expect(decode({ name: 'le.txt', bytes: iconv.encode(text, 'utf-16le') })).toMatchObject({
      encoding: 'utf-16le',
      text,
      messages: [],
    });
    expect(decode({ name: 'be.txt', bytes: iconv.encode(text.replace(/\n/g, ''), 'utf-16be') })).toMatchObject({
      encoding: 'utf-16be',
      messages: [],
    });
  });

  it('rejects bytes that read as no Chinese text', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => 0x81 + ((i * 7919) % 0x7e));
    expect(decode({ name: 'r.txt', bytes }).messages).toEqual([
      expect.objectContaining({ ruleId: 'ingest/undecodable', severity: 'error' }),
    ]);
  });

  it('keeps a `---` block that is not metadata as text, and drops non-web urls', () => {
    expect(decode({ name: 'a.txt', bytes: new TextEncoder().encode('---\n一段文字\n---\n正文。') }).text).toBe(
      '---\n一段文字\n---\n正文。',
    );
    const out = decode({
      name: 'a.txt',
      bytes: new TextEncoder().encode('---\nurl: javascript:alert(1)\noutlet: 某报\n---\n正文。'),
    });
    expect(out.sidecar).toEqual({ outlet: '某报' });
    expect(out.messages.map((m) => m.ruleId)).toEqual(['ingest/bad-url']);
  });
});

describe('path safety', () => {
  it('reads nothing outside the seeds folder through symbolic links', async () => {
    const seeds = join(tmp, 'seeds');
    mkdirSync(join(seeds, 'sub'), { recursive: true });
    writeFileSync(join(tmp, 'outside.txt'), '外部文件。');
    writeFileSync(join(seeds, 'a.txt'), '正文。');
    symlinkSync(join(tmp, 'outside.txt'), join(seeds, 'out.txt'));
    symlinkSync(tmp, join(seeds, 'up'));
    symlinkSync('../a.txt', join(seeds, 'sub', 'inside.txt'));
    symlinkSync('..', join(seeds, 'sub', 'parent'));
    const { files, messages } = await readSeeds(seeds);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'sub/inside.txt']);
    const rules = messages.map((m) => `${m.ruleId} ${m.file}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'ingest/outside-seeds out.txt',
        'ingest/outside-seeds up',
        'ingest/link-loop sub/parent',
      ]),
    );
  });

  it('refuses an output folder that would replace the seeds or the project', () => {
    const paths = { seeds: join(ROOT, 'seeds'), project: ROOT };
    for (const out of [
      'seeds',
      '.',
      '..',
      '/',
      'src',
      'src/pages',
      'scripts',
      'tests/x',
      'content',
      'seeds/out',
      '.git',
      'node_modules',
    ]) {
      expect(checkOutDir(join(ROOT, out), paths), out).toMatch(/^Refusing to write to .*: .*Pass another --out/);
    }
    for (const out of ['content/generated', 'dist-content', join(tmp, 'out')])
      expect(checkOutDir(join(ROOT, out), paths), out).toBeNull();
  });

  it('sees through a symbolic link given as --out', () => {
    symlinkSync(join(ROOT, 'seeds'), join(tmp, 'seeds-link'));
    expect(checkOutDir(join(tmp, 'seeds-link'), { seeds: join(ROOT, 'seeds'), project: ROOT })).toMatch(
      /it is the seeds folder/,
    );
  });
});
