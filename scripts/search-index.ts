/**
 * The site's search indexes, built with Pagefind once `astro build` has written the site:
 *   node scripts/search-index.ts [--site dist]
 * `pagefind/` indexes every page. A site with more pages to search than `RECENT_PAGES` also gets
 * `pagefind/recent/`, an index of the pages changed last (by the sitemap's `lastmod`), which the
 * search page searches first (see `src/site/search-bundles.ts`). Pagefind reads the recent pages
 * from a folder of hard links to them, so their URLs are the same. `BASE_PATH` is read as the
 * site's build reads it. Exit code 1 if Pagefind fails or the sitemap is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recentPages, RECENT_SEARCH_BUNDLE } from '../src/site/search-bundles.ts';
import { basePrefix, pageFile } from './lib/site-paths.ts';

/** Pages in a sitemap: each `<loc>`'s path (the site's base cut off) and its `<lastmod>`, if any. */
export function sitemapPages(xml: string, base = '/'): { path: string; changed: string | null }[] {
  const prefix = basePrefix(base);
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].flatMap((m) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(m[1]!)?.[1];
    if (!loc) return [];
    const pathname = decodeURIComponent(new URL(loc.replaceAll('&amp;', '&')).pathname);
    if (!pathname.startsWith(prefix)) return [];
    const changed = /<lastmod>(\d{4}-\d{2}-\d{2})/.exec(m[1]!)?.[1] ?? null;
    return [{ path: pathname.slice(prefix.length), changed }];
  });
}

/** An element Pagefind indexes the content of (an attribute of a tag, not the words in a text). */
const INDEXED = /<[a-z][^>]*\sdata-pagefind-body[\s=>]/;

/** Runs Pagefind over `site`, writing its bundle to `output` (default: `pagefind/` in the site). */
function pagefind(site: string, output?: string): void {
  // The package's command (`bin`), next to its entry point (`lib/index.js`).
  const bin = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
  execFileSync(process.execPath, [bin, '--site', site, ...(output ? ['--output-path', output] : [])], {
    stdio: 'inherit',
  });
}

function main(): void {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = resolve(values.site);
  const sitemap = join(site, 'sitemap.xml');
  if (!existsSync(sitemap)) {
    console.error(`${sitemap} is missing: build the site first (astro build), then index it.`);
    process.exit(1);
  }
  const recentDir = join(site, RECENT_SEARCH_BUNDLE);
  rmSync(recentDir, { recursive: true, force: true });
  pagefind(site);

  // The pages Pagefind indexes are those with a `data-pagefind-body` element.
  const searchable = sitemapPages(readFileSync(sitemap, 'utf8'), process.env['BASE_PATH'] || '/').filter((p) => {
    const file = join(site, pageFile(p.path));
    return existsSync(file) && INDEXED.test(readFileSync(file, 'utf8'));
  });
  const recent = recentPages(searchable);
  if (recent.length === 0) return;
  // Hard links, next to the site so they are on its file system: no page is copied.
  const stage = mkdtempSync(join(dirname(site), '.search-recent-'));
  try {
    for (const path of recent) {
      const file = pageFile(path);
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      linkSync(join(site, file), join(stage, file));
    }
    console.log(`\nThe ${recent.length} pages changed last, of ${searchable.length}, searched first:`);
    pagefind(stage, recentDir);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    console.error(`Building the search index failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
