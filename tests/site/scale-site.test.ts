/**
 * A site built from a generated corpus of 600 articles, plus one statement reported by more
 * outlets than a claim page shows (`writeWidelyReported`), for the parts that only appear at scale: a claim with more
 * evidence than its page shows (shard pages, and an anchor that finds its card from the claim
 * page) and lists longer than one page.
 */
import fs from 'node:fs';
import matter from 'gray-matter';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolsFromFile, writeCorpus } from '../../scripts/lib/corpus-files.ts';
import {
  CLAIM_PAGE_BUDGET,
  SEARCH_FIRST_QUERY_BUDGET,
  busiestEntity,
  gzipped,
  searchTransfer,
  weighClaimPages,
} from '../../scripts/lib/page-weight.ts';
import { serve } from '../../scripts/serve.ts';
import type { ClaimPage } from '../../src/schema.ts';
import { FILE_NOTE, UNKNOWN_FORM_NOTE } from '../../src/site/data-store.ts';
import { EVIDENCE_ON_PAGE } from '../../src/site/evidence.ts';
import { ENTITY_PER_PAGE, PER_PAGE } from '../../src/site/pages.ts';
import { RECENT_PAGES, RECENT_SEARCH_BUNDLE, SEARCH_BUNDLE } from '../../src/site/search-bundles.ts';
import { RELATED_ON_PAGE } from '../../src/site/related.ts';
import {
  ROOT,
  VNU,
  axeViolations,
  brokenLinks,
  buildSite,
  ensureBuilt,
  launchChromium,
  vnuErrors,
  walk,
} from './helpers.ts';

let tmp: string;
let dist: string;
let claims: ClaimPage[];
let astroLog: string;
let generated: string;
const read = (rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');
const anchorsIn = (html: string) => [...html.matchAll(/<li class="card[^"]*" id="(e-[^"]+)"/g)].map((m) => m[1]!);

/** Serves the built site and runs `f` with Chromium and the site's address; closes both after. */
async function withBrowser(f: (browser: Browser, url: string) => Promise<void>): Promise<void> {
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const served = await serve(dist, 0);
    server = served.server;
    browser = await launchChromium();
    await f(browser, served.url);
  } finally {
    await browser?.close();
    server?.close();
  }
}

/**
 * Articles from as many outlets, each with a story of its own around one statement: `reports`
 * give the same figure and `rivals` each another one, so the statement has more sources than its
 * page shows and more related claims (the figures contradict it) than its page lists. Generated
 * corpora of this size have neither.
 */
function writeWidelyReported(dir: string, reports: number, rivals: number): void {
  const places = [
    '江苏',
    '浙江',
    '广东',
    '山东',
    '四川',
    '湖北',
    '河南',
    '福建',
    '安徽',
    '湖南',
    '云南',
    '陕西',
    '江西',
  ];
  const firms = ['远景', '海辰', '瑞浦', '鹏辉', '南都', '国轩', '亿纬'];
  for (let k = 0; k < reports + rivals; k++) {
    const name = `widely-reported-${String(k).padStart(2, '0')}`;
    const growth = k < reports ? 40 : 41 + k - reports;
    const story = `${places[k % places.length]}省的${firms[k % firms.length]}公司第${k + 2}期项目将于${(k % 12) + 1}月开工，总投资约${k * 3 + 5}亿元，建成后可满足${k * 7 + 20}万户家庭的用电需求。当地官员称，项目选址已经完成，环评报告正在公示之中。`;
    fs.writeFileSync(
      path.join(dir, `${name}.txt`),
      `储能市场观察\n\n欧盟委员会日前发布报告说，去年欧盟电池储能装机容量增长了${growth}%。\n\n${story}\n`,
    );
    const publishedAt = `2025-11-${String((k % 20) + 1).padStart(2, '0')}`;
    fs.writeFileSync(
      path.join(dir, `${name}.meta.json`),
      JSON.stringify({ outlet: `储能观察${k + 1}号`, publishedAt, title: '储能市场观察' }),
    );
  }
}

/** A word no other article of the corpus has, in the one article dated years before the others. */
const ONLY_IN_THE_OLDEST = '泽尔诺格勒斯克';

/** That article: the site's oldest page, so not among the recent pages searched first. */
function writeOldest(dir: string): void {
  fs.writeFileSync(
    path.join(dir, 'oldest-report.txt'),
    `港口观察\n\n${ONLY_IN_THE_OLDEST}港务局表示，该港去年集装箱吞吐量增长了12%，达到380万标准箱。\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'oldest-report.meta.json'),
    JSON.stringify({ outlet: '港口观察', publishedAt: '2019-03-04', title: '港口观察' }),
  );
}

beforeAll(async () => {
  await ensureBuilt(); // one Astro build at a time in this project folder
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-scale-'));
  const seeds = path.join(tmp, 'seeds');
  writeCorpus(seeds, 600, 1, poolsFromFile(path.join(ROOT, 'content/entities.yaml')));
  writeWidelyReported(seeds, EVIDENCE_ON_PAGE + 5, RELATED_ON_PAGE + 3);
  writeOldest(seeds);
  generated = path.join(tmp, 'generated');
  dist = path.join(tmp, 'dist');
  ({ astroLog } = buildSite({ seeds, generated, outDir: dist }));
  claims = fs
    .readdirSync(path.join(generated, 'claims'))
    .map((f) => matter(fs.readFileSync(path.join(generated, 'claims', f), 'utf8')).data as ClaimPage);
}, 600_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the build at scale', () => {
  it("reads Astro's content data store from a file, removed once the build is done", () => {
    // Astro still hands the store over in the form the integration knows: were it not, building
    // a large site would take time growing with the square of its size (see data-store.ts).
    const file = new RegExp(`${FILE_NOTE} (.+) \\(\\d`).exec(astroLog)?.[1];
    expect(file).toBeDefined();
    expect(fs.existsSync(file!)).toBe(false);
    expect(astroLog).not.toContain(UNKNOWN_FORM_NOTE);
  });

  it(`has an index of the ${RECENT_PAGES} pages changed last, besides the index of every page`, () => {
    const pages = (bundle: string) =>
      Object.values(
        (
          JSON.parse(fs.readFileSync(path.join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          }
        ).languages,
      ).reduce((n, l) => n + l.page_count, 0);
    expect(pages(RECENT_SEARCH_BUNDLE)).toBe(RECENT_PAGES);
    expect(pages(SEARCH_BUNDLE)).toBeGreaterThan(2 * RECENT_PAGES);
    // No page of the staging folder is left next to the site.
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('.search-recent-'))).toEqual([]);
  });

  it('searches the recent pages first, and every page when asked', async () => {
    const query = busiestEntity(path.join(generated, 'entities'))!;
    await withBrowser(async (browser, url) => {
      const page = await browser.newPage();
      const bundles = new Set<string>();
      page.on('requestfinished', (r) => {
        const m = /\/(pagefind\/(?:recent\/)?)[^/]*\.pf_meta$/.exec(new URL(r.url()).pathname);
        if (m) bundles.add(m[1]!);
      });
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, url).href);
      await page.waitForSelector('.search-results .result-link');
      expect(await page.textContent('.search-summary')).toMatch(/^在最近更新的内容中找到 \d+ 条结果$/);
      expect([...bundles]).toEqual([RECENT_SEARCH_BUNDLE]);
      const recent = Number(/\d+/.exec((await page.textContent('.search-summary'))!)![0]);
      await page.click('.search-wider');
      await page.waitForFunction(() =>
        /^找到 \d+ 条结果$/.test(document.querySelector('.search-summary')?.textContent ?? ''),
      );
      const all = Number(/\d+/.exec((await page.textContent('.search-summary'))!)![0]);
      expect(all).toBeGreaterThan(recent);
      expect(bundles).toContain(SEARCH_BUNDLE);
      expect(await page.isHidden('.search-wider')).toBe(true);
    });
  });

  it('searches every page once a filter is opened, with each value counted', async () => {
    const query = busiestEntity(path.join(generated, 'entities'))!;
    await withBrowser(async (browser, url) => {
      const page = await browser.newPage();
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, url).href);
      await page.waitForSelector('.search-results .result-link');
      await page.locator('.search-filter summary').first().click();
      await page.waitForFunction(() =>
        /^找到 \d+ 条结果$/.test(document.querySelector('.search-summary')?.textContent ?? ''),
      );
      await page.waitForFunction(() => {
        const counts = [...document.querySelectorAll('.search-filter [data-count]')];
        return counts.length > 0 && counts.every((c) => /^\(\d+\)$/.test(c.textContent ?? ''));
      });
      expect(await page.isHidden('.search-wider')).toBe(true);
    });
  });

  it('says so when the index of every page does not load, and loads it when asked again', async () => {
    const query = busiestEntity(path.join(generated, 'entities'))!;
    await withBrowser(async (browser, url) => {
      const page = await browser.newPage();
      const full = new URL(`${SEARCH_BUNDLE}pagefind.js`, url).href;
      await page.route(full, (route) => route.abort());
      await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, url).href);
      await page.waitForSelector('.search-results .result-link');
      await page.click('.search-wider');
      await page.waitForFunction(() => document.querySelector('.search-summary')?.textContent?.includes('未能载入'));
      expect(await page.locator('.search-results .result-link').count()).toBeGreaterThan(0);
      await page.unroute(full);
      await page.click('.search-wider');
      await page.waitForFunction(() =>
        /^找到 \d+ 条结果$/.test(document.querySelector('.search-summary')?.textContent ?? ''),
      );
    });
  });

  it('searches every page at once when the recent pages have no result', async () => {
    await withBrowser(async (browser, url) => {
      const page = await browser.newPage();
      await page.goto(new URL(`search/?q=${encodeURIComponent(ONLY_IN_THE_OLDEST)}`, url).href);
      await page.waitForSelector('.search-results .result-link');
      expect(await page.textContent('.search-summary')).toMatch(/^找到 \d+ 条结果$/);
      const hrefs = await page.$$eval('.search-results .result-link', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.some((h) => h?.includes('/sources/oldest-report'))).toBe(true);
    });
  });

  it(`searching for the entity in most claims transfers under ${SEARCH_FIRST_QUERY_BUDGET / 1024} KB, first query included`, async () => {
    const query = busiestEntity(path.join(generated, 'entities'));
    expect(query).not.toBeNull();
    await withBrowser(async (browser, url) => {
      const search = await searchTransfer(browser, url, query!, 30_000);
      expect(search.results).toBeGreaterThan(0);
      expect(search.bytes, search.requests.map((r) => `${r.bytes}\t${r.url}`).join('\n')).toBeLessThan(
        SEARCH_FIRST_QUERY_BUDGET,
      );
    });
  });
});

describe('a claim with more evidence than its page shows', () => {
  const big = () => claims.filter((c) => c.evidence.length > EVIDENCE_ON_PAGE);

  it('exists in this corpus', () => {
    expect(big().length).toBeGreaterThan(0);
  });

  it('shows a selection on its page, under the page budget, and every piece once on the shard pages', () => {
    for (const claim of big()) {
      const page = read(`claims/${claim.id}/index.html`);
      expect(anchorsIn(page)).toHaveLength(EVIDENCE_ON_PAGE);
      expect(gzipped(page)).toBeLessThan(CLAIM_PAGE_BUDGET);
      const shardDirs = fs.readdirSync(path.join(dist, 'claims', claim.id, 'evidence'));
      const onShards = shardDirs.flatMap((s) => anchorsIn(read(`claims/${claim.id}/evidence/${s}/index.html`)));
      expect(onShards).toHaveLength(claim.evidence.length);
      expect(new Set(onShards).size).toBe(claim.evidence.length);
      // Every card on the claim page is on a shard page too, with the same anchor.
      for (const a of anchorsIn(page)) expect(onShards).toContain(a);
    }
  });

  it('a link to a card only on a shard page lands on that card', async () => {
    const claim = big()[0]!;
    const page = read(`claims/${claim.id}/index.html`);
    const shown = new Set(anchorsIn(page));
    const shardDirs = fs.readdirSync(path.join(dist, 'claims', claim.id, 'evidence'));
    const [shard, anchor] = shardDirs
      .flatMap((s) => anchorsIn(read(`claims/${claim.id}/evidence/${s}/index.html`)).map((a) => [s, a] as const))
      .find(([, a]) => !shown.has(a))!;
    await withBrowser(async (browser, url) => {
      const tab = await browser.newPage();
      const blocked: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      await tab.goto(new URL(`claims/${claim.id}/#${anchor}`, url).href);
      await tab.waitForURL(`**/claims/${claim.id}/evidence/${shard}/#${anchor}`);
      expect(await tab.locator(`[id="${anchor}"]`).count()).toBe(1);
      expect(blocked).toEqual([]);
    });
  });
});

describe('every claim page of the large corpus', () => {
  it(`is under ${CLAIM_PAGE_BUDGET / 1024} KB gzipped, HTML plus CSS, with no render-blocking script`, async () => {
    const weights = await weighClaimPages(dist);
    // Every claim's page, and the redirect pages of old ids.
    expect(weights.pages).toBeGreaterThanOrEqual(claims.length);
    expect(claims.length).toBeGreaterThan(1000);
    expect(weights.over).toEqual([]);
    expect(weights.blocking).toEqual([]);
  });

  it('lists at most the page limit of related claims, all of them on the related page', () => {
    const many = claims.filter((c) => c.related.length > RELATED_ON_PAGE);
    expect(many.length).toBeGreaterThan(0);
    for (const c of many) {
      const timeline = (html: string) => /<ol class="timeline">([^]*?)<\/ol>/.exec(html)![1]!.split('<li>').length - 1;
      expect(timeline(read(`claims/${c.id}/index.html`))).toBe(RELATED_ON_PAGE);
      expect(timeline(read(`claims/${c.id}/related/index.html`))).toBe(c.related.length);
    }
  });
});

describe('long lists', () => {
  for (const [base, count] of [
    ['claims', () => claims.filter((c) => !c.editorial.hidden).length],
    ['sources', () => fs.readdirSync(path.join(tmp, 'generated', 'sources')).length],
  ] as const) {
    it(`/${base}/ is split into pages of ${PER_PAGE} that list each item once`, () => {
      const pages = [`${base}/index.html`, ...walk(dist).filter((f) => f.startsWith(`${base}/page/`))];
      expect(pages.length).toBe(Math.ceil(count() / PER_PAGE));
      const listed = pages.flatMap((p) =>
        [...read(p).matchAll(/<li>[^]*?<a href="\/(claims|sources)\/([^/"]+)\/"/g)].map((m) => m[2]!),
      );
      for (const p of pages) expect(read(p)).toContain('aria-label="分页"');
      expect(listed).toHaveLength(count());
      expect(new Set(listed).size).toBe(count());
    });
  }

  it('pages an entity named in more claims than a page holds, in time order, each claim once', () => {
    const entity = fs
      .readdirSync(path.join(dist, 'entities'))
      .find((d) => fs.existsSync(path.join(dist, 'entities', d, 'page', '2')));
    expect(entity).toBeDefined();
    const page = matter(fs.readFileSync(path.join(tmp, 'generated', 'entities', `${entity}.md`), 'utf8')).data as {
      claims: string[];
    };
    const listed = new Set(claims.filter((c) => !c.editorial.hidden).map((c) => c.id));
    const expected = page.claims.filter((id) => listed.has(id));
    const files = [
      `entities/${entity}/index.html`,
      ...walk(dist).filter((f) => f.startsWith(`entities/${entity}/page/`)),
    ];
    expect(files.length).toBe(Math.ceil(expected.length / ENTITY_PER_PAGE));
    const dates: string[] = [];
    const ids = files
      .map((f) => [Number(/page\/(\d+)\//.exec(f)?.[1] ?? 1), f] as const)
      .sort(([a], [b]) => a - b)
      .flatMap(([, f]) =>
        [
          ...read(f).matchAll(
            /<li>\s*(?:<time class="when" datetime="([^"]+)"|<span class="when")[^]*?<a href="\/claims\/([^/"]+)\/"/g,
          ),
        ].map((m) => {
          dates.push(m[1] ?? '');
          return m[2]!;
        }),
      );
    expect(ids.sort()).toEqual([...expected].sort());
    const known = dates.filter(Boolean);
    expect(known).toEqual([...known].sort());
  });

  it('has no broken links', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });
});

describe('the pages only a large corpus has', () => {
  const newPages = () => {
    const claim = claims.find((c) => c.evidence.length > EVIDENCE_ON_PAGE)!;
    const shard = fs.readdirSync(path.join(dist, 'claims', claim.id, 'evidence'))[0]!;
    const entity = fs
      .readdirSync(path.join(dist, 'entities'))
      .find((d) => fs.existsSync(path.join(dist, 'entities', d, 'page', '2')))!;
    return [
      `claims/${claim.id}/`,
      `claims/${claim.id}/evidence/${shard}/`,
      'claims/page/2/',
      'sources/page/2/',
      `entities/${entity}/`,
      `entities/${entity}/page/2/`,
    ];
  };

  it.skipIf(!fs.existsSync(VNU))('are valid HTML', () => {
    expect(
      vnuErrors(
        dist,
        newPages().map((p) => path.join(dist, p, 'index.html')),
      ),
    ).toEqual([]);
  });

  it('have no axe violations', async () => {
    await withBrowser(async (browser, url) => {
      const tab = await (await browser.newContext({ bypassCSP: true })).newPage();
      const problems: string[] = [];
      for (const p of newPages()) {
        await tab.goto(new URL(p, url).href);
        for (const v of await axeViolations(tab)) problems.push(`/${p}: ${v}`);
      }
      expect(problems).toEqual([]);
    });
  });
});
