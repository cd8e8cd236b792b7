/** Real Chromium against the built site: search in three scripts, the cite box, text fragments, axe. */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { ClaimsFileSchema, type ClaimsFile } from '../../src/schema.ts';
import { DIST, axeViolations, ensureBuilt, launchChromium, readDist, walk } from './helpers.ts';

let browser: Browser;
let server: Server;
let base: string;
let data: ClaimsFile;

beforeAll(async () => {
  await ensureBuilt();
  data = ClaimsFileSchema.parse(JSON.parse(readDist('claims.json')));
  ({ server, url: base } = await serve(DIST, 0));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Ids of the entities whose entity page is headed `name` (read from the built pages). */
function entityIdsNamed(name: string): Set<string> {
  const dir = path.join(DIST, 'entities');
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, 'index.html')))
      .filter((d) =>
        new RegExp(`<h1[^>]*>\\s*${name}\\s*<`).test(fs.readFileSync(path.join(dir, d, 'index.html'), 'utf8')),
      ),
  );
}

/**
 * The claim about Russia's claim to control the city, found by content, never by a fixed id:
 * a statement with 控制 and 红军城, preferring one tagged with the city's entity (not, say, a
 * denial that only quotes it), that names Russia (俄), and a contested status.
 */
function controlClaimId(): string {
  const city = entityIdsNamed('红军城');
  const tagged = (c: ClaimsFile['claims'][number]) => c.entities.some((id) => city.has(id));
  const candidates = data.claims
    .filter((c) => c.statement.includes('控制') && c.statement.includes('红军城'))
    .toSorted(
      (a, b) =>
        Number(!tagged(a)) - Number(!tagged(b)) ||
        Number(!a.statement.includes('俄')) - Number(!b.statement.includes('俄')) ||
        Number(a.status !== 'contested') - Number(b.status !== 'contested'),
    );
  if (!candidates[0])
    throw new Error(`No claim whose statement mentions 控制 and 红军城 among ${data.claims.length} claims.`);
  return candidates[0].id;
}

async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
  // The search page shows results a page at a time: load them all.
  for (let i = 0; i < 20; i++) {
    const more = await page.$('button.search-more');
    if (!more || !(await more.isVisible())) break;
    const before = await page.$$eval('.search-results .result-link', (as) => as.length);
    await more.click();
    await page
      .waitForFunction((n) => document.querySelectorAll('.search-results .result-link').length > n, before, {
        timeout: 10_000,
      })
      .catch(() => {});
  }
  return page.$$eval('.search-results .result-link', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('search', () => {
  for (const query of ['红军城', '紅軍城', 'Pokrovsk']) {
    it(`?q=${query} lists the claim page about Russia's claim to control the city`, async () => {
      const id = controlClaimId();
      const page = await browser.newPage();
      try {
        const results = await searchResults(page, query);
        expect(results).toContain(`/claims/${id}/`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('search filters', () => {
  it('load their values only when a reader opens one: a search without filters does not need them', async () => {
    const page = await browser.newPage();
    try {
      const filterData: string[] = [];
      page.on('requestfinished', (r) => {
        if (r.url().includes('/pagefind/filter/')) filterData.push(r.url());
      });
      await page.goto(`${base}search/?q=${encodeURIComponent('红军城')}`);
      await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      expect(filterData).toEqual([]);
      expect(await page.locator('.search-filter input[type=checkbox]').count()).toBe(0);
      const outlet = page.locator('.search-filter', { has: page.locator('summary', { hasText: '媒体' }) });
      await outlet.locator('summary').click();
      await outlet.locator('input[type=checkbox]').first().waitFor();
      expect(filterData.length).toBeGreaterThan(0);
      // Every value is counted for the search on the page, and some of them match it.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.search-filter [data-count]')].every((c) =>
          /^\(\d+\)$/.test(c.textContent ?? ''),
        ),
      );
      const counts = await outlet
        .locator('[data-count]')
        .evaluateAll((cs) => cs.map((c) => Number(/\d+/.exec(c.textContent ?? '')![0])));
      expect(counts.some((n) => n > 0)).toBe(true);
      expect(await page.locator('.search-filter .loading').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('are named in Chinese and narrow the results by status', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}search/?q=${encodeURIComponent('红军城')}`);
      await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
      const names = await page.$$eval('.search-filter summary', (s) => s.map((e) => e.textContent));
      expect(names.toSorted()).toEqual(['人物与地点', '媒体', '状态'].toSorted());
      const before = await page.textContent('.search-summary');
      const status = page.locator('.search-filter', { has: page.locator('summary', { hasText: '状态' }) });
      await status.locator('summary').click();
      const box = status.locator('input[type=checkbox]').first();
      const label = (await status.locator('label').first().textContent())!.trim();
      await box.check();
      await page.waitForFunction((b) => document.querySelector('.search-summary')?.textContent !== b, before);
      const hrefs = await page.$$eval('.search-results .result-link', (as) =>
        as.map((a) => (a as HTMLAnchorElement).pathname),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      const wanted = label.replace(/\s*\(\d+\)$/, '');
      for (const h of hrefs) expect(readDist(`${h.replace(/^\//, '')}index.html`)).toContain(`>${wanted}</span>`);
    } finally {
      await page.close();
    }
  });
});

describe('claim page', () => {
  it('copies the permalink from the cite box', async () => {
    const id = controlClaimId();
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const page = await context.newPage();
    await page.goto(`${base}claims/${id}/`);
    const permalink = (await page.textContent('#cite-permalink'))!.trim();
    expect(permalink).toMatch(new RegExp(`/claims/${id}/$`));
    await page.click('button[data-copy="cite-permalink"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    await context.close();
  });

  it('text-fragment link scrolls to and selects the quote on the source page', async () => {
    const id = controlClaimId();
    const page = await browser.newPage();
    await page.goto(`${base}claims/${id}/`);
    const link = await page.$eval('a[href*=":~:text="]', (a) => (a as HTMLAnchorElement).getAttribute('href')!);
    const quote = data.claims.find((c) => c.id === id)!.evidence[0]!.quote;
    // Chromium applies text directives on user-initiated navigations: click, don't goto.
    await Promise.all([page.waitForURL(/\/sources\//), page.click('a[href*=":~:text="]')]);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const fragment = decodeURIComponent(link.split(':~:text=')[1]!.split(',')[0]!);
    expect(quote.startsWith(fragment.replace(/%2C/g, ','))).toBe(true);
    const visible = await page.evaluate((start) => {
      const el = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes(start));
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }, fragment);
    expect(visible).toBe(true);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  const pages = () => {
    const claim = data.claims[0];
    const source = data.sources[0];
    const entity = fs.existsSync(path.join(DIST, 'entities'))
      ? fs.readdirSync(path.join(DIST, 'entities')).find((d) => d !== 'index.html')
      : undefined;
    return [
      '',
      'claims/',
      'sources/',
      'entities/',
      'search/?q=红军城',
      'methodology/',
      'corrections/',
      'no-such-page/',
      ...(claim ? [`claims/${claim.id}/`] : []),
      ...(source ? [`sources/${source.id}/`] : []),
      ...(entity ? [`entities/${entity}/`] : []),
    ];
  };
  it('finds no violations on any page type', async () => {
    // axe is injected as an inline script, which the pages' content-security policy forbids.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const problems: string[] = [];
    for (const p of pages()) {
      await page.goto(`${base}${p}`);
      if (p.startsWith('search'))
        await page.waitForSelector('.search-results .result-link', { timeout: 15_000 }).catch(() => {});
      for (const v of await axeViolations(page)) problems.push(`/${p}: ${v}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('content-security policy', () => {
  it('is on every page', () => {
    const pages = walk(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const without = pages.filter(
      (f) =>
        !/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/.test(
          fs.readFileSync(path.join(DIST, f), 'utf8'),
        ),
    );
    expect(without).toEqual([]);
  });

  it('lets the search page run without violations', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${base}search/?q=${encodeURIComponent('红军城')}`);
    await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(violations).toEqual([]);
  });
});
