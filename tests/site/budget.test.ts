/**
 * Page-weight budget: a claim page (HTML plus its CSS) stays under 30 KB gzipped and runs no
 * render-blocking script; the search page with its first query transfers under 150 KB.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIM_PAGE_BUDGET,
  SEARCH_FIRST_QUERY_BUDGET,
  blockingScripts,
  searchTransfer,
  weighClaimPages,
  type ClaimPageWeights,
} from '../../scripts/lib/page-weight.ts';
import { serve } from '../../scripts/serve.ts';
import { DIST, ensureBuilt, launchChromium } from './helpers.ts';

beforeAll(async () => {
  await ensureBuilt();
});

describe('claim page budget', () => {
  let weights: ClaimPageWeights;
  beforeAll(async () => {
    weights = await weighClaimPages(DIST);
  });

  it(`every claim page is under ${CLAIM_PAGE_BUDGET / 1024} KB gzipped, HTML plus CSS`, () => {
    expect(weights.pages).toBeGreaterThan(0);
    expect(weights.largest!.bytes).toBeGreaterThan(0);
    expect(weights.over).toEqual([]);
  });

  it('no claim page has a render-blocking script', () => {
    expect(weights.blocking).toEqual([]);
  });

  it('counts a classic script without async or defer as render-blocking, and nothing else', () => {
    const html = [
      '<script src="/a.js"></script>',
      '<script type="module" src="/b.js"></script>',
      '<script defer src="/c.js"></script>',
      '<script async src="/d.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="text/javascript">x()</script>',
    ].join('');
    expect(blockingScripts(html)).toEqual([' src="/a.js"', ' type="text/javascript"']);
  });
});

describe('search budget', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, url: base } = await serve(DIST, 0));
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  it(`the search page and its first query transfer under ${SEARCH_FIRST_QUERY_BUDGET / 1024} KB`, async () => {
    const browser = await launchChromium();
    try {
      const search = await searchTransfer(browser, base, '红军城');
      expect(search.results).toBeGreaterThan(0);
      expect(search.requests.some((r) => r.url.includes('/pagefind/'))).toBe(true);
      expect(search.bytes, search.requests.map((r) => `${r.bytes}\t${r.url}`).join('\n')).toBeLessThan(
        SEARCH_FIRST_QUERY_BUDGET,
      );
    } finally {
      await browser.close();
    }
  });
});
