/**
 * The site's two search indexes (built by `scripts/search-index.ts`, searched by
 * `search-client.ts`): one of every page, and, on a site with more pages to search than
 * `RECENT_PAGES`, one of the most recently changed pages, which the search page searches first.
 * Pagefind's first download for a search includes a list of every page of the index it searches
 * (about 7 bytes a page, compressed), so the recent pages' index keeps the first search small
 * however large the site grows.
 */

/** @default 2000 — pages in the index searched first. */
export const RECENT_PAGES = 2000;

/** The indexes' folders under the site's root. */
export const SEARCH_BUNDLE = 'pagefind/';
export const RECENT_SEARCH_BUNDLE = 'pagefind/recent/';

/** Whether a site with this many pages to search gets a recent pages' index. */
export const hasRecentIndex = (searchablePages: number): boolean => searchablePages > RECENT_PAGES;

/**
 * The pages of the recent index: of the `pages` (site paths with the date each last changed,
 * `YYYY-MM-DD`, or none), the `RECENT_PAGES` changed last; ties and undated pages in path order,
 * undated pages last. None when every page fits (`hasRecentIndex` is false).
 */
export function recentPages(pages: { path: string; changed: string | null }[], limit = RECENT_PAGES): string[] {
  if (pages.length <= limit) return [];
  return pages
    .toSorted(changedLastFirst)
    .slice(0, limit)
    .map((p) => p.path);
}

function changedLastFirst(a: { path: string; changed: string | null }, b: { path: string; changed: string | null }) {
  if (a.changed === b.changed) return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  if (a.changed === null) return 1;
  if (b.changed === null) return -1;
  return a.changed < b.changed ? 1 : -1;
}
