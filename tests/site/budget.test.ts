/**
 * Page-weight budget: a claim page (HTML plus its CSS) stays under 30 KB gzipped and runs no
 * render-blocking script; the search page with its first query transfers under 150 KB.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { CLAIM_PAGE_BUDGET, DIST, ensureBuilt, launchChromium } from './helpers.ts';

export const SEARCH_FIRST_QUERY_BUDGET = 150 * 1024;

const gzipped = (b: Buffer | string) => zlib.gzipSync(b, { level: 9 }).length;

/** Stylesheets a page links to, as files in `dist`. */
function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => !!h && h.startsWith('/'))
    .map((h) => path.join(DIST, h.split(/[?#]/)[0]!));
}

/** `<script>` tags that block rendering: classic scripts without `async` or `defer`. */
function blockingScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => {
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
      if (type && type !== 'text/javascript' && type !== 'module') return false; // data (JSON-LD)
      if (type === 'module') return false; // deferred by default
      return !/\b(async|defer)\b/.test(attrs);
    });
}

beforeAll(async () => {
  await ensureBuilt();
});

describe('claim page budget', () => {
  const claimPages = () =>
    fs
      .readdirSync(path.join(DIST, 'claims'))
      .map((d) => path.join(DIST, 'claims', d, 'index.html'))
      .filter((f) => fs.existsSync(f));

  it(`every claim page is under ${CLAIM_PAGE_BUDGET / 1024} KB gzipped, HTML plus CSS`, () => {
    const pages = claimPages();
    expect(pages.length).toBeGreaterThan(0);
    const over = pages
      .map((f) => {
        const html = fs.readFileSync(f, 'utf8');
        const css = stylesheets(html).reduce((n, s) => n + gzipped(fs.readFileSync(s)), 0);
        return { page: path.relative(DIST, f), bytes: gzipped(html) + css };
      })
      .filter((p) => p.bytes > CLAIM_PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  it('no claim page has a render-blocking script', () => {
    const blocking = claimPages().flatMap((f) =>
      blockingScripts(fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(DIST, f)}: <script${s}>`),
    );
    expect(blocking).toEqual([]);
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
      const page = await browser.newPage();
      const requests: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        requests.push(
          request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
        );
      });
      await page.goto(`${base}search/?q=${encodeURIComponent('红军城')}`);
      await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const done = await Promise.all(requests);
      const total = done.reduce((n, r) => n + r.bytes, 0);
      expect(total, done.map((r) => `${r.bytes}\t${r.url}`).join('\n')).toBeLessThan(SEARCH_FIRST_QUERY_BUDGET);
    } finally {
      await browser.close();
    }
  });
});
