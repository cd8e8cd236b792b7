/**
 * Long lists split into pages: `/claims/`, `/claims/page/2/`, … A corpus of 10,000 articles has
 * tens of thousands of claims; one page listing them all would weigh megabytes.
 */

/** Items per page of the claim and source lists. */
export const PER_PAGE = 200;

/** Claims per page of an entity's timeline (a short list shows them twice: by status and in time). */
export const ENTITY_PER_PAGE = 50;

/** How many pages `count` items fill (at least one, so an empty list still has its page). */
export const pageCount = (count: number, per = PER_PAGE): number => Math.max(1, Math.ceil(count / per));

/** `/claims/` for page 1, `/claims/page/2/` after. */
export const listPagePath = (base: string, page: number): string => (page === 1 ? base : `${base}page/${page}/`);

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, per = PER_PAGE): T[] {
  return items.slice((page - 1) * per, page * per);
}

/**
 * The page numbers a pager links to: all of them when there are few, else the first, the last
 * and those near `page`, with `null` where numbers are left out.
 */
export function pagerPages(page: number, pages: number, near = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (pages <= 2 * near + 5 || p === 1 || p === pages || Math.abs(p - page) <= near) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** The page of the claim list where the claims of `status` begin (claims in list order). */
export function statusStartPage(claims: readonly { status: string }[], status: string): number {
  return (
    Math.floor(
      Math.max(
        0,
        claims.findIndex((c) => c.status === status),
      ) / PER_PAGE,
    ) + 1
  );
}

/** `/claims/page/N/#status`: where the claims of `status` begin. */
export const statusListPath = (claims: readonly { status: string }[], status: string): string =>
  `${listPagePath('/claims/', statusStartPage(claims, status))}#${status}`;
