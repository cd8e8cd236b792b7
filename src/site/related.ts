/**
 * Related claims on a claim page at scale: a claim about a much-reported subject can relate to
 * thousands of others. The page lists at most `RELATED_ON_PAGE`, contradictions and updates
 * first; all of them are on `/claims/<id>/related/`.
 */
import type { ClaimPage } from '../schema.ts';
import { claimPath } from './urls.ts';

type Related = ClaimPage['related'][number];

export const RELATED_ON_PAGE = 30;

const PRIORITY: Record<Related['relation'], number> = { contradicts: 0, updates: 1, agrees: 2 };

/** Oldest first (undated first), ties by claim id: the order of a timeline. */
export const byDate = (a: Related, b: Related): number =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.claimId.localeCompare(b.claimId);

/** The related claims the claim page lists, in timeline order: all when they fit, else contradictions and updates first. */
export function relatedOnPage(related: readonly Related[]): Related[] {
  if (related.length <= RELATED_ON_PAGE) return related.toSorted(byDate);
  return related
    .toSorted((a, b) => PRIORITY[a.relation] - PRIORITY[b.relation] || byDate(a, b))
    .slice(0, RELATED_ON_PAGE)
    .sort(byDate);
}

export const relatedPath = (claimId: string): string => `${claimPath(claimId)}related/`;
