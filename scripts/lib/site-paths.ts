/** Paths of the built site: its base, and the file a site path is served from. */

/** A base path as a prefix with one slash on each side: `news`, `/news/` → `/news/`; `''`, `/` → `/`. */
export const basePrefix = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The page file for a site path: `/claims/x/` → `claims/x/index.html`. */
export function pageFile(sitePath: string): string {
  const p = sitePath.replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}
