/**
 * Evidence on a claim page at scale. A claim reported by hundreds of sources would make a page of
 * megabytes, so the page shows at most `EVIDENCE_ON_PAGE` cards: those that differ first (a
 * denial, a hedge, a figure or date the others do not share), then the rest in evidence order.
 * All of the evidence is on shard pages, `/claims/<id>/evidence/<h>/`, one per first hex digit of
 * the evidence's fingerprint: where a piece of evidence lives never changes as the corpus grows,
 * so an anchor `#e-<fingerprint>` can always be found from the claim page (see the page script).
 */
import type { ClaimPage } from '../schema.ts';
import { datesDiffer, differingUnits } from './quantities.ts';
import { claimPath } from './urls.ts';

type Evidence = ClaimPage['evidence'][number];

/** Cards on the claim page itself; past this, the full list is on the shard pages. */
export const EVIDENCE_ON_PAGE = 40;

/** Anchor ids, `e-<fingerprint>`, made unique (`-2`, `-3`) when two pieces share a fingerprint. */
export function evidenceAnchors(evidence: readonly Evidence[]): string[] {
  const used = new Map<string, number>();
  return evidence.map((e) => {
    const n = (used.get(e.fingerprint) ?? 0) + 1;
    used.set(e.fingerprint, n);
    return n === 1 ? `e-${e.fingerprint}` : `e-${e.fingerprint}-${n}`;
  });
}

/** The shard a piece of evidence is listed on: the first hex digit of its fingerprint. */
export const shardOf = (e: Evidence): string => e.fingerprint.slice(0, 1).toLowerCase();

export const evidenceShardPath = (claimId: string, shard: string) => `${claimPath(claimId)}evidence/${shard}/`;

/** Whether a claim has more evidence than its page shows (and so has shard pages). */
export const isSharded = (claim: ClaimPage): boolean => claim.evidence.length > EVIDENCE_ON_PAGE;

/**
 * Indices of the evidence the claim page shows, in evidence order: all of it when it fits;
 * otherwise the first piece of each variant (`variant(e)`: what it says differently, a denial, a
 * figure, a date), then the rest in order, up to `EVIDENCE_ON_PAGE`.
 */
export function evidenceOnPage(evidence: readonly Evidence[], variant: (e: Evidence) => string): number[] {
  const all = evidence.map((_, i) => i);
  if (evidence.length <= EVIDENCE_ON_PAGE) return all;
  const seen = new Set<string>();
  const firsts = all.filter((i) => {
    const v = variant(evidence[i]!);
    return !seen.has(v) && seen.add(v);
  });
  const chosen = new Set(firsts.slice(0, EVIDENCE_ON_PAGE));
  for (const i of all) {
    if (chosen.size >= EVIDENCE_ON_PAGE) break;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * What a piece of evidence says differently from the others of its claim: denial, hedge, the
 * values of the units that differ between sources, and the date when dates differ.
 */
export function evidenceVariant(differing: ReadonlySet<string>, datesDiffer: boolean): (e: Evidence) => string {
  return (e) =>
    JSON.stringify([
      e.denial,
      e.hedge,
      e.quantities
        .filter((q) => differing.has(q.unit))
        .map((q) => `${q.unit}:${q.value}:${q.approx}`)
        .sort(),
      datesDiffer ? e.date : null,
    ]);
}

/** Evidence indices by shard, shards in order (only shards that hold evidence). */
export function evidenceShards(evidence: readonly Evidence[]): [string, number[]][] {
  const shards = new Map<string, number[]>();
  evidence.forEach((e, i) => {
    const s = shardOf(e);
    const list = shards.get(s);
    if (list) list.push(i);
    else shards.set(s, [i]);
  });
  return [...shards].sort(([a], [b]) => a.localeCompare(b));
}

const shownCache = new WeakMap<ClaimPage, Set<number>>();
const anchorCache = new WeakMap<ClaimPage, string[]>();

/** The evidence indices the claim's own page shows (worked out once per claim). */
export function shownOnClaimPage(claim: ClaimPage): Set<number> {
  let shown = shownCache.get(claim);
  if (!shown) {
    const variant = evidenceVariant(differingUnits(claim.evidence), datesDiffer(claim.evidence));
    shown = new Set(evidenceOnPage(claim.evidence, variant));
    shownCache.set(claim, shown);
  }
  return shown;
}

/** Where piece `index` of a claim's evidence is shown: its card on the claim page, else on its shard page. */
export function evidencePath(claim: ClaimPage, index: number): string {
  let anchors = anchorCache.get(claim);
  if (!anchors) anchorCache.set(claim, (anchors = evidenceAnchors(claim.evidence)));
  const anchor = anchors[index]!;
  const page = shownOnClaimPage(claim).has(index)
    ? claimPath(claim.id)
    : evidenceShardPath(claim.id, shardOf(claim.evidence[index]!));
  return `${page}#${anchor}`;
}
