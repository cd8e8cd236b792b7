/**
 * Figures with no party in common are only about the same thing when the rest of the wording is:
 * a different word in the same frame (`围绕港口运营的谈判` / `围绕军事援助的谈判`) counts a different
 * thing, so two such figures are no contradiction.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differentFiller, differentParty } from '../../src/pipeline/align.ts';
import type { ClaimPage as Claim } from '../../src/schema.ts';
import { runOn } from './run.ts';

/**
 * Characters as tokens (weight 1); `#` stands for a quantity (weight 0), `@x` for a name (weight
 * 2), `%x` for the name of the speaker (weight 0).
 */
function wording(text: string): [Int32Array, Uint8Array] {
  const parts = text.match(/[@%].|./gu) ?? [];
  const tokens = Int32Array.from(parts, (p) => (p.length > 1 ? 0x10000 + p.codePointAt(1)! : p.codePointAt(0)!));
  const weights = Uint8Array.from(parts, (p) => (p === '#' || p.startsWith('%') ? 0 : p.startsWith('@') ? 2 : 1));
  return [tokens, weights];
}
/** Writes one-paragraph articles with a sidecar (outlet, date, title) into `dir`. */
const articleIn = (dir: string) => (name: string, outlet: string, date: string, body: string) => {
  writeFileSync(join(dir, `${name}.txt`), `${outlet}综述\n\n${body}\n`);
  writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ outlet, publishedAt: date, title: `${outlet}综述` }));
};
const differ = (a: string, b: string) => differentFiller(...wording(a), ...wording(b));
const otherParty = (a: string, b: string) => differentParty(...wording(a), ...wording(b));

describe('differentFiller', () => {
  it('finds a different word in the same frame', () => {
    expect(differ('今年以来围绕港口运营的谈判已进行了#', '今年以来围绕军事援助的谈判已进行了#')).toBe(true);
    expect(differ('@a还计划在@b设立#工作组', '@c还计划在@d设立#工作组')).toBe(true);
    expect(differ('港口运营谈判', '港口建设谈判')).toBe(true);
  });

  it('allows more words on one side, one character changed, other figures and another order', () => {
    expect(differ('今年以来谈判已进行了#', '今年以来谈判已经进行了#')).toBe(false);
    expect(differ('会谈持续了#', '会谈持续近#')).toBe(false);
    expect(differ('今年以来谈判已进行了#', '今年以来谈判已进行了#')).toBe(false);
    expect(differ('@a在@k与@b举行会谈', '@a和@b在@k举行会谈')).toBe(false);
    expect(differ('', '谈判')).toBe(false);
  });
});

describe('differentParty', () => {
  it('finds different names in one place between shared wording', () => {
    expect(otherParty('%g称将密切关注@z局势的发展', '%g称将密切关注@b局势的发展')).toBe(true);
    expect(otherParty('此外@a还计划在@b设立工作组', '此外@c还计划在@b设立工作组')).toBe(true);
  });

  it('leaves the speaker, a name on one side only, names elsewhere and the ends of the sentence', () => {
    expect(otherParty('%a称将密切关注@z局势', '%b说将密切关注@z局势')).toBe(false);
    expect(otherParty('此外还计划在@b设立工作组', '此外@a还计划在@b设立工作组')).toBe(false);
    expect(otherParty('@a在@k与@b举行会谈', '@a和@b在@k举行会谈')).toBe(false);
    expect(otherParty('@r@u双方同意交换#战俘', '@i会谈仅达成交换#战俘的协议')).toBe(false);
    expect(otherParty('将交换#战俘@r', '将交换#战俘@u')).toBe(false);
  });
});

describe('different parties in one frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-party-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = articleIn(dir);
  article('watch-a', '甲报', '2025-12-01', '北约指出，将密切关注扎波罗热局势的发展。');
  article('watch-b', '乙报', '2025-12-02', '北约表示，将密切关注扎波罗热局势的发展。');
  article('watch-c', '丙报', '2025-12-02', '北约指出，将密切关注柏林局势的发展。');
  // Each next one differs from the one before by a place added or dropped, not by one put in
  // another's place: the first and the last must still not end up in one claim, nor the last be
  // listed as evidence of the first.
  article('office-d', '丁报', '2025-12-01', '此外，欧盟还计划在基辅设立4个工作组。');
  article('office-e', '戊报', '2025-12-02', '此外，欧盟还计划在基辅和柏林设立4个工作组。');
  article('office-f', '己报', '2025-12-03', '此外，欧盟还计划在柏林设立4个工作组。');

  it('keeps them apart, also through a chain of links', async () => {
    const result = await runOn(dir);
    const sourcesOf = (part: string) => {
      const claim = result.claims.find((c) => c.statement.includes(part));
      expect(claim, part).toBeDefined();
      return claim!.evidence.map((e) => e.sourceId.replace(/-[0-9a-f]{8,}$/u, '')).sort();
    };
    expect(sourcesOf('扎波罗热')).toEqual(['watch-a', 'watch-b']);
    expect(sourcesOf('关注柏林')).toEqual(['watch-c']);
    // The report of both places is evidence of both.
    expect(sourcesOf('在基辅设立')).toEqual(['office-d', 'office-e']);
    expect(sourcesOf('在柏林设立')).toEqual(['office-e', 'office-f']);
  });
});

describe('figures of different things in one frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-filler-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = articleIn(dir);
  article('port-a', '甲报', '2025-12-10', '今年以来，围绕港口运营的谈判已进行了9轮。');
  article('port-b', '乙报', '2025-12-11', '今年以来，围绕港口运营的谈判已进行了5轮。');
  article('aid-c', '丙报', '2025-12-11', '今年以来，围绕军事援助的谈判已进行了4轮。');
  article('talks-d', '丁报', '2025-12-03', '普京3日称，与美方的会谈持续了5个小时。');
  article('talks-e', '戊报', '2025-12-04', '泽连斯基3日称，与美方的会谈持续了3个小时。');
  article(
    'calm-f',
    '己报',
    '2025-12-05',
    '维尔纽斯市政府当天发布通告，要求各区做好冬季供暖准备。立陶宛当地居民指出，过去三天里局势相对平静。市内公共交通已按新时刻表运行。',
  );
  article(
    'calm-g',
    '庚报',
    '2025-12-06',
    '赫尔辛基港口周二恢复运营，首批货轮已经靠岸卸货。芬兰当地居民指出，过去五天里局势相对平静。议会下周将讨论新的预算草案。',
  );

  it('contradicts only figures of the same thing', async () => {
    const result = await runOn(dir);
    const claim = (part: string): Claim => {
      const found = result.claims.find((c) => c.evidence.some((e) => e.quote.includes(part)));
      expect(found, part).toBeDefined();
      return found!;
    };
    const [a, b, c] = [claim('港口运营的谈判已进行了9轮'), claim('港口运营的谈判已进行了5轮'), claim('军事援助')];
    const relation = (x: Claim, y: Claim) => x.related.find((r) => r.claimId === y.id)?.relation;
    expect(relation(a, b)).toBe('contradicts');
    expect(relation(a, c)).toBeUndefined();
    expect(relation(b, c)).toBeUndefined();
    // Who is named as saying a figure is not what it counts; a speaker described by place is.
    expect(relation(claim('普京'), claim('泽连斯基'))).toBe('contradicts');
    expect(relation(claim('立陶宛'), claim('芬兰'))).toBeUndefined();
  });
});
