import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, readSeeds } from './ingest.ts';

const bytes = (b: Buffer | string): Uint8Array => new Uint8Array(typeof b === 'string' ? Buffer.from(b) : b);
const HANS = '长江干线水位总体平稳，船舶通航秩序良好。\n据介绍，今年前11个月港口货物吞吐量同比增长。';
const HANT = '菲律賓國家減災委員會表示，強颱風已造成至少二十人死亡，數十萬居民被緊急撤離。';

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode({ name: 'a.txt', bytes: bytes(HANS) })).toMatchObject({
      encoding: 'utf-8',
      text: HANS,
      messages: [],
    });
    const bom = decode({
      name: 'a.txt',
      bytes: bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HANS)])),
    });
    expect(bom).toMatchObject({ encoding: 'utf-8-bom', text: HANS });
  });

  it('reads UTF-16 LE and BE with BOM, and LE without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(HANS, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(HANS, 'utf-16be')]);
    expect(decode({ name: 'le.txt', bytes: bytes(le) })).toMatchObject({ encoding: 'utf-16le', text: HANS });
    expect(decode({ name: 'be.txt', bytes: bytes(be) })).toMatchObject({ encoding: 'utf-16be', text: HANS });
    const ascii = 'Plain title\nSecond line of text.';
    expect(decode({ name: 'nobom.txt', bytes: bytes(iconv.encode(ascii, 'utf-16le')) })).toMatchObject({
      encoding: 'utf-16le',
      text: ascii,
    });
  });

  it('tells GB18030 from Big5 by the characters each reading yields', () => {
    expect(decode({ name: 'gbk.txt', bytes: bytes(iconv.encode(HANS, 'gbk')) })).toMatchObject({
      encoding: 'gb18030',
      text: HANS,
      messages: [],
    });
    expect(decode({ name: 'big5.txt', bytes: bytes(iconv.encode(HANT, 'big5')) })).toMatchObject({
      encoding: 'big5',
      text: HANT,
      messages: [],
    });
    expect(decode({ name: 'gbk-hant.txt', bytes: bytes(iconv.encode(HANT, 'gb18030')) })).toMatchObject({
      encoding: 'gb18030',
      text: HANT,
    });
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(decode({ name: 'a.txt', bytes: bytes('一\r\n二\r三\n') }).text).toBe('一\n二\n三\n');
  });

  it('reports invalid bytes with their place instead of dropping them silently', () => {
    const raw = Buffer.concat([
      Buffer.from('长江干线水位'),
      Buffer.from([0xff]),
      Buffer.from('总体平稳，船舶通航秩序良好。'),
    ]);
    const out = decode({ name: 'bad.txt', bytes: bytes(raw) });
    expect(out.text).toContain('\uFFFD');
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]).toMatchObject({
      ruleId: 'ingest/invalid-bytes',
      file: 'bad.txt',
      severity: 'warning',
      place: { start: 6, end: 7 },
    });
    expect(out.messages[0]!.message).toMatch(/Re-save/);
  });

  it('rejects empty and binary files with an error message', () => {
    expect(decode({ name: 'e.txt', bytes: new Uint8Array() }).messages[0]).toMatchObject({
      ruleId: 'ingest/empty',
      severity: 'error',
    });
    expect(decode({ name: 'w.txt', bytes: bytes(' \n\n ') }).messages[0]).toMatchObject({
      ruleId: 'ingest/empty',
      severity: 'error',
    });
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01,
    ]);
    const bin = decode({ name: 'img.txt', bytes: bytes(png) });
    expect(bin.messages[0]).toMatchObject({ ruleId: 'ingest/binary', severity: 'error' });
    expect(bin.text).toBe('');
  });

  it('reads YAML frontmatter into the sidecar and strips it from the text', () => {
    const out = decode({
      name: 'f.txt',
      bytes: bytes('---\nurl: https://www.thepaper.cn/x\npublishedAt: 2025-05-20\ntitle: 标题\n---\n正文第一段。\n'),
    });
    expect(out.sidecar).toEqual({ url: 'https://www.thepaper.cn/x', publishedAt: '2025-05-20', title: '标题' });
    expect(out.text).toBe('正文第一段。\n');
  });
});

describe('readSeeds', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    await mkdir(join(dir, 'sub', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'b.txt'), '正文。');
    await writeFile(
      join(dir, 'b.meta.json'),
      JSON.stringify({ outlet: '澎湃新闻', publishedAt: '2025-5-9', extra: 1 }),
    );
    await writeFile(join(dir, 'sub', 'a.txt'), '正文。');
    await writeFile(join(dir, 'sub', 'deeper', 'c.txt'), '正文。');
    await writeFile(join(dir, 'sub', 'deeper', 'c.meta.json'), '{ not json');
    await writeFile(join(dir, '.hidden.txt'), '隐藏');
    await writeFile(join(dir, 'notes.md'), '# notes');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('walks sub-folders, names files relative with `/`, and reads sidecars', async () => {
    const { files, messages } = await readSeeds(dir);
    expect(files.map((f) => f.name)).toEqual(['b.txt', 'sub/a.txt', 'sub/deeper/c.txt']);
    expect(files[0]!.sidecar).toEqual({ outlet: '澎湃新闻', publishedAt: '2025-05-09' });
    expect(decode(files[0]!).sidecar).toEqual({ outlet: '澎湃新闻', publishedAt: '2025-05-09' });
    const rules = messages.map((m) => `${m.ruleId} ${m.file}`);
    expect(rules).toContain('ingest/hidden .hidden.txt');
    expect(rules).toContain('ingest/not-text notes.md');
    expect(rules).toContain('ingest/bad-sidecar sub/deeper/c.meta.json');
  });

  it('tells how many articles it found once, before reading them', async () => {
    const told: number[] = [];
    const { files } = await readSeeds(dir, (articles) => told.push(articles));
    expect(told).toEqual([files.length]);
    expect(told).toEqual([3]);
  });
});
