/** Dates as the site shows them. Inputs are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */

/** `2025-12-01` → `2025年12月1日`; `2025-12` → `2025年12月`; null → `日期不详`. */
export function zhDate(iso: string | null | undefined): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** A partial date padded to a full RFC 3339 timestamp at midnight UTC (for Atom and sitemaps). */
export function toTimestamp(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** The latest of some partial ISO dates (string order is date order), or null. */
export function latest(dates: readonly (string | null | undefined)[]): string | null {
  const known = dates.filter((d): d is string => !!d).toSorted();
  return known.at(-1) ?? null;
}

/** The earliest of some partial ISO dates, or null. */
export function earliest(dates: readonly (string | null | undefined)[]): string | null {
  return dates.filter((d): d is string => !!d).toSorted()[0] ?? null;
}
