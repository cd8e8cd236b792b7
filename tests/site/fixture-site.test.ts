/**
 * A second, separate site built from fixture articles whose text contains HTML and script,
 * under a base path: article text is data (never markup), links honour `BASE_PATH`, and the
 * same content builds byte-identical pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { ROOT, brokenLinks, buildSite, childEnv, ensureBuilt, walk } from './helpers.ts';

const BASE = '/crosscheck/';
const FIXTURE = path.join(import.meta.dirname, 'fixtures/zh-html-in-article-text');
let tmp: string;
let dist: string;
let pages: { file: string; html: string }[];

beforeAll(async () => {
  await ensureBuilt(); // one Astro build at a time in this project folder
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-escaping-'));
  dist = path.join(tmp, 'dist');
  // Built under a base path, as on GitHub Pages project sites, to check links honour it.
  buildSite({
    seeds: FIXTURE,
    generated: path.join(tmp, 'generated'),
    outDir: dist,
    env: { BASE_PATH: BASE, SITE_URL: 'https://example.org' },
  });
  pages = walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, html: fs.readFileSync(path.join(dist, file), 'utf8') }));
}, 600_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('article text with markup', () => {
  it('builds source pages for the hostile articles', () => {
    expect(pages.filter((p) => p.file.startsWith('sources/') && p.file !== 'sources/index.html').length).toBe(2);
  });

  it('never lets markup from the text through', () => {
    for (const { file, html: page } of pages) {
      // Inside a quoted attribute value `<` is inert (and `"` is always escaped), so look at
      // markup only: an element made from article text would show up here.
      const html = page.replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toMatch(/<script>alert/);
      expect(html, file).not.toMatch(/<img src=x/);
      expect(html, file).not.toMatch(/<[a-z][^>]*\son(error|mouseover)=/i);
    }
  });

  it('shows the text escaped, as text', () => {
    const all = pages.map((p) => p.html).join('\n');
    expect(all).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;|&lt;script>alert\(1\)/);
  });

  it('keeps JSON-LD free of raw < and parseable', () => {
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(m[1], file).not.toContain('<');
        expect(() => JSON.parse(m[1]!) as unknown, file).not.toThrow();
      }
    }
  });
});

describe('site under BASE_PATH', () => {
  it('resolves every internal link under BASE_PATH', () => {
    expect(brokenLinks(dist, BASE)).toEqual([]);
    const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://example.org/crosscheck/sitemap.xml');
  });
});

describe('deterministic build', () => {
  it('builds byte-identical pages from the same content', () => {
    const again = path.join(tmp, 'dist-again');
    execFileSync('npx', ['astro', 'build', '--outDir', again], {
      cwd: ROOT,
      env: childEnv({
        CROSSCHECK_GENERATED: path.join(tmp, 'generated'),
        BASE_PATH: BASE,
        SITE_URL: 'https://example.org',
      }),
      stdio: 'ignore',
    });
    const files = walk(again).filter((f) => !f.startsWith('pagefind/'));
    expect(files.toSorted()).toEqual(
      walk(dist)
        .filter((f) => !f.startsWith('pagefind/'))
        .toSorted(),
    );
    for (const f of files) {
      expect(fs.readFileSync(path.join(again, f)).equals(fs.readFileSync(path.join(dist, f))), f).toBe(true);
    }
  }, 120_000);

  it('keeps the feed and sitemap well-formed', () => {
    for (const f of ['feed.xml', 'sitemap.xml']) {
      const xml = fs.readFileSync(path.join(dist, f), 'utf8');
      expect(xml).not.toMatch(/<script/);
    }
  });
});
