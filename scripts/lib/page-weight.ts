/**
 * The site's page-weight budgets, and how they are measured: a claim page, HTML plus the CSS it
 * links, under 30 KB gzipped with no render-blocking script; the search page with its first query
 * under 150 KB transferred. The site tests check them on the sites they build; the benchmark
 * measures them on the sites it builds at scale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import matter from 'gray-matter';
import type { Browser } from 'playwright-core';

/** A claim page, HTML plus CSS, in bytes gzipped. */
export const CLAIM_PAGE_BUDGET = 30 * 1024;
/** The search page and its first query, in bytes transferred (bodies and headers, as served). */
export const SEARCH_FIRST_QUERY_BUDGET = 150 * 1024;

/** Bytes gzipped at level 9, as static hosts and CDNs serve text. */
export const gzipped = (b: Buffer | string): number => zlib.gzipSync(b, { level: 9 }).length;
const gzip = promisify(zlib.gzip);

/** Stylesheets a page links to, as files in `dist`. */
export function stylesheets(html: string, dist: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => !!h && h.startsWith('/'))
    .map((h) => path.join(dist, h.split(/[?#]/)[0]!));
}

/** `<script>` tags that block rendering: classic scripts without `async` or `defer`. */
export function blockingScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => {
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
      if (type && type !== 'text/javascript' && type !== 'module') return false; // data (JSON-LD)
      if (type === 'module') return false; // deferred by default
      return !/\b(async|defer)\b/.test(attrs);
    });
}

/** Every claim page of a built site: `claims/<id>/index.html` (list pages live under `claims/page/`). */
export function claimPageFiles(dist: string): string[] {
  const dir = path.join(dist, 'claims');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => path.join(dir, d.name, 'index.html'))
    .filter((f) => fs.existsSync(f));
}

export interface ClaimPageWeights {
  pages: number;
  /** The heaviest page (its path in `dist`) and its bytes, HTML plus CSS gzipped. */
  largest: { page: string; bytes: number } | null;
  /** Pages over `CLAIM_PAGE_BUDGET`, with their bytes. */
  over: { page: string; bytes: number }[];
  /** Pages with a render-blocking script, and the script tag. */
  blocking: string[];
}

/**
 * Weighs every claim page of a built site. Pages are compressed a few at a time off this thread
 * (a site of 10,000 articles has about 50,000 of them); a stylesheet shared by pages is
 * compressed once.
 */
export async function weighClaimPages(dist: string, files: string[] = claimPageFiles(dist)): Promise<ClaimPageWeights> {
  const css = new Map<string, Promise<number>>();
  const cssBytes = (file: string) => {
    let bytes = css.get(file);
    if (!bytes) css.set(file, (bytes = gzip(fs.readFileSync(file), { level: 9 }).then((b) => b.length)));
    return bytes;
  };
  const out: ClaimPageWeights = { pages: files.length, largest: null, over: [], blocking: [] };
  const weigh = async (file: string) => {
    const html = fs.readFileSync(file, 'utf8');
    const page = path.relative(dist, file);
    for (const s of blockingScripts(html)) out.blocking.push(`${page}: <script${s}>`);
    const sheets = await Promise.all(stylesheets(html, dist).map(cssBytes));
    const bytes = (await gzip(html, { level: 9 })).length + sheets.reduce((a, b) => a + b, 0);
    const { largest } = out;
    if (!largest || bytes > largest.bytes || (bytes === largest.bytes && page < largest.page))
      out.largest = { page, bytes };
    if (bytes > CLAIM_PAGE_BUDGET) out.over.push({ page, bytes });
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await weigh(files[next++]!);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  out.over.sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1));
  out.blocking.sort();
  return out;
}

/**
 * The name of the entity with the most claims, from the pipeline's entity pages (ties: the first
 * by id): the query a reader of the site is most likely to type, and one with many results.
 */
export function busiestEntity(entitiesDir: string): string | null {
  let best: { name: string; claims: number } | null = null;
  for (const file of fs
    .readdirSync(entitiesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const data = matter(fs.readFileSync(path.join(entitiesDir, file), 'utf8')).data as {
      name?: unknown;
      claims?: unknown;
    };
    if (typeof data.name !== 'string' || !Array.isArray(data.claims)) continue;
    if (!best || data.claims.length > best.claims) best = { name: data.name, claims: data.claims.length };
  }
  return best?.name ?? null;
}

export interface SearchTransfer {
  query: string;
  /** Bytes of every request, bodies and headers as served. */
  bytes: number;
  requests: { url: string; bytes: number }[];
  /** Results the page listed. */
  results: number;
}

/**
 * What the search page at `base` transfers, with everything its first query `query` loads, until
 * the results are shown and the network is idle.
 */
export async function searchTransfer(
  browser: Browser,
  base: string,
  query: string,
  timeout = 15_000,
): Promise<SearchTransfer> {
  const page = await browser.newPage();
  try {
    const requests: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      requests.push(
        request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
      );
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, base).href);
    await page.waitForSelector('.search-results .result-link', { timeout });
    await page.waitForLoadState('networkidle');
    const done = await Promise.all(requests);
    return {
      query,
      bytes: done.reduce((n, r) => n + r.bytes, 0),
      requests: done,
      results: await page.locator('.search-results .result-link').count(),
    };
  } finally {
    await page.close();
  }
}
