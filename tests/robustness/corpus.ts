/**
 * The bad-input corpus, generated at test time: the seeds mixed with every awkward input the
 * build must survive. `BAD` lists each bad file with the rule its message must carry; `GOOD`
 * lists unusual but valid files that must build as sources.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { MAX_FILE_BYTES, MAX_SENTENCES } from '../../src/pipeline/limits.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = resolve(ROOT, 'seeds');
export const SEED_NAMES = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort();

/** Short articles on topics the seeds never touch, so they cannot corroborate a seed claim. */
export const ARTICLES = {
  shipping:
    '长江航运今年运行平稳\n\n记者从长江航务管理局获悉，今年前十个月长江干线港口货物吞吐量同比增长百分之四。\n据介绍，三峡船闸全年通过船舶数量创历史新高，航道维护水深保持稳定。\n',
  harvest:
    '多地秋粮收购进展顺利\n\n国家粮食部门表示，截至十一月底，主产区累计收购秋粮超过一亿吨。\n有关负责人指出，今年粮食质量总体较好，收购价格保持稳定。\n',
  metro:
    '城市地铁新线开通运营\n\n本市地铁十二号线今日上午正式开通，全长二十八公里，设车站二十座。\n运营公司称，新线开通后将有效缓解城市北部交通压力。\n',
  typhoon:
    '強颱風過境 多地停班停課\n\n氣象部門表示，強颱風中心最大風力達到十五級，已造成多處道路中斷。\n當局已緊急撤離沿海低窪地區居民數萬人，救援工作仍在進行。\n',
  library:
    '新图书馆面向市民开放\n\n市新图书馆今天正式开放，馆藏图书约两百万册，每天可接待读者一万人次。\n馆方介绍，图书馆设有少儿阅读区和古籍修复展示区。\n',
  museum:
    '# 博物馆夜场活动 **延长**\n\n<script>alert("x")</script>\n<img src=x onerror="alert(1)">\n---\nconst title = Astro.props.title;\n---\n' +
    '市博物馆宣布，夜场开放时间延长至晚上九点，票价{{ price }}元，详情见[公告](javascript:alert(1))。\n' +
    '馆长表示，${process.env.HOME} 夜场观众今年已超过五万人次，</script><!-- 注释 -->将继续增加展览。\n',
} as const;

/** What a bad file must be reported as. */
export interface BadFile {
  name: string;
  ruleId: string;
  /** Text the message must contain (e.g. the original a duplicate repeats). */
  mentions?: string;
}

/** A deterministic generator of 32-bit numbers (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** `n` rare Han characters (CJK Extension A): valid text that names no known entity. */
export function rareHan(n: number, seed: number): string {
  const next = prng(seed);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x3400 + (next() % 6000));
  return s;
}

/** A near-copy of `text`: a few characters changed and a caption line added. */
export function nearCopy(text: string): string {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 2);
  lines.splice(at, 0, '图为会谈现场。新华社记者 摄');
  let out = lines.join('\n');
  for (const [from, to] of [
    ['表示', '说'],
    ['会谈', '会晤'],
  ] as const)
    out = out.replace(from, to);
  return out;
}

/**
 * Writes the corpus into `dir` and returns what each bad file must be reported as, and the
 * good unusual files. `outside` is a file outside `dir` that a symlink points to.
 */
export function makeCorpus(dir: string, outside: string): { bad: BadFile[]; good: string[] } {
  const write = (name: string, data: string | Uint8Array): void => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  for (const seed of SEED_NAMES) copyFileSync(join(SEEDS, seed), join(dir, seed));
  const seedText = (i: number) => readFileSync(join(SEEDS, SEED_NAMES[i]!), 'utf8');
  const bad: BadFile[] = [];

  // Unusual but valid: other encodings, sub-folders, odd names, markup, frontmatter.
  write('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLES.shipping, 'utf-16le')]));
  write('utf16be-no-bom.txt', iconv.encode(ARTICLES.harvest, 'utf-16be'));
  write('gb18030.txt', iconv.encode(ARTICLES.metro, 'gb18030'));
  write('big5.txt', iconv.encode(ARTICLES.typhoon, 'big5'));
  write('sub/folder/深层 文章.txt', ARTICLES.library);
  write('markup.txt', ARTICLES.museum);
  write(
    'frontmatter.txt',
    `---\ntitle: "</script><script>alert(1)</script>"\noutlet: 测试日报\npublishedAt: 2025-11-02\n---\n${ARTICLES.library.replace('新图书馆', '区图书馆').replace('两百万', '八十万').replace('一万人次', '三千人次').replace('少儿阅读区', '自习区').replace('古籍修复展示区', '数字阅览室')}`,
  );
  write(
    'not-frontmatter.txt',
    `---\n本文为转载内容\n---\n${ARTICLES.metro.replace('十二号线', '五号线').replace('二十八公里', '十六公里').replace('二十座', '十二座').replace('北部', '东部')}`,
  );
  const good = [
    'utf16le-bom.txt',
    'utf16be-no-bom.txt',
    'gb18030.txt',
    'big5.txt',
    'sub/folder/深层 文章.txt',
    'markup.txt',
    'frontmatter.txt',
    'not-frontmatter.txt',
  ];

  // Bad inputs.
  write('empty.txt', '');
  bad.push({ name: 'empty.txt', ruleId: 'ingest/empty' });
  write('whitespace only.txt', ' \n\t\r\n\u3000\n');
  bad.push({ name: 'whitespace only.txt', ruleId: 'ingest/empty' });
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
  ]);
  write('image.png', png);
  bad.push({ name: 'image.png', ruleId: 'ingest/not-text' });
  write('photo.txt', png);
  bad.push({ name: 'photo.txt', ruleId: 'ingest/binary' });
  const zip = Buffer.concat([
    Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
    Buffer.alloc(20, 0),
    Buffer.from('article.txt'),
    Buffer.from([0x73, 0x74, 0x00, 0x01]),
  ]);
  write('archive.txt', zip);
  bad.push({ name: 'archive.txt', ruleId: 'ingest/binary' });
  const next = prng(7);
  write(
    'random bytes.txt',
    Uint8Array.from({ length: 4096 }, () => 0x81 + (next() % 0x7e)),
  );
  bad.push({ name: 'random bytes.txt', ruleId: 'ingest/undecodable' });
  write(
    'invalid-bytes.txt',
    Buffer.concat([
      Buffer.from('博物馆冬季展览开幕\n\n本次展览展出文物'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('三百余件，展期三个月。\n'),
    ]),
  );
  bad.push({ name: 'invalid-bytes.txt', ruleId: 'ingest/invalid-bytes' });
  write(
    'bad-frontmatter.txt',
    `---\ntitle: [unclosed\n---\n${ARTICLES.harvest.replace('一亿吨', '两千万吨').replace('十一月底', '十月中旬')}`,
  );
  bad.push({ name: 'bad-frontmatter.txt', ruleId: 'ingest/bad-frontmatter' });
  write(
    'bad-url.txt',
    `---\nurl: "javascript:alert(1)"\n---\n${ARTICLES.shipping.replace('百分之四', '百分之七').replace('三峡船闸', '葛洲坝船闸')}`,
  );
  bad.push({ name: 'bad-url.txt', ruleId: 'ingest/bad-url' });
  // Over the size limit: tens of megabytes, never read.
  write('huge.txt', Buffer.alloc(MAX_FILE_BYTES * 6, 0x61));
  bad.push({ name: 'huge.txt', ruleId: 'ingest/too-large' });
  // One line of 2 MB without punctuation.
  write('long line.txt', rareHan(700_000, 11));
  bad.push({ name: 'long line.txt', ruleId: 'ingest/long-line' });
  // More sentences than the limit.
  const sentences = Array.from({ length: MAX_SENTENCES + 300 }, (_, i) => `${rareHan(8, 100 + i)}。`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 20) paragraphs.push(sentences.slice(i, i + 20).join(''));
  write('many-sentences.txt', `${rareHan(10, 3)}\n\n${paragraphs.join('\n\n')}\n`);
  bad.push({ name: 'many-sentences.txt', ruleId: 'pipeline/too-many-sentences' });
  // Copies of a seed: exact, near, through a symlink inside the folder.
  write('copy of 000.txt', seedText(0));
  bad.push({ name: 'copy of 000.txt', ruleId: 'ingest/duplicate', mentions: SEED_NAMES[0]! });
  write('近似副本/001 改.txt', iconv.encode(nearCopy(seedText(1)), 'gb18030'));
  bad.push({ name: '近似副本/001 改.txt', ruleId: 'ingest/duplicate', mentions: SEED_NAMES[1]! });
  symlinkSync(join(dir, SEED_NAMES[2]!), join(dir, 'link to 002.txt'));
  bad.push({ name: 'link to 002.txt', ruleId: 'ingest/duplicate', mentions: SEED_NAMES[2]! });
  // Paths that lead out of the folder, or nowhere.
  symlinkSync(outside, join(dir, 'escape.txt'));
  bad.push({ name: 'escape.txt', ruleId: 'ingest/outside-seeds' });
  symlinkSync(dirname(outside), join(dir, 'escape-dir'));
  bad.push({ name: 'escape-dir', ruleId: 'ingest/outside-seeds' });
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
  bad.push({ name: 'dangling.txt', ruleId: 'ingest/broken-link' });
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  bad.push({ name: 'sub/loop', ruleId: 'ingest/link-loop' });
  // Hidden files and folders.
  write('.hidden.txt', ARTICLES.metro);
  bad.push({ name: '.hidden.txt', ruleId: 'ingest/hidden' });
  write('.cache/notes.txt', ARTICLES.metro);
  bad.push({ name: '.cache', ruleId: 'ingest/hidden' });
  // A named pipe: reading it would block the build forever.
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    bad.push({ name: 'pipe.txt', ruleId: 'ingest/not-a-file' });
  } catch {
    // No mkfifo here: the case is covered where it exists.
  }
  return { bad, good };
}
