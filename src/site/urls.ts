/** Base-aware URLs. Every internal link goes through `href` so the site works under `BASE_PATH`. */

// Written out in full so Vite replaces it at build time (`import.meta.env?.` would not be).
const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '');

/** `/claims/x/` → `/<base>/claims/x/`. Paths must start with `/`. */
export function href(path: string): string {
  return `${BASE}${path}`;
}

/** Absolute URL for permalinks, canonical links, feeds and JSON-LD. */
export function absolute(path: string, site: URL | string | undefined): string {
  const origin = String(site ?? 'https://crosscheck.example').replace(/\/+$/, '');
  return `${origin}${href(path)}`;
}

export const claimPath = (id: string) => `/claims/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
export const entityPath = (id: string) => `/entities/${id}/`;
