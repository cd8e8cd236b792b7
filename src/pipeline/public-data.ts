/**
 * The public `claims.json` as a projection of the pages: one function per entry, used where the
 * file is written (the writing threads read the pages back) and by `claimsFileOf`, the file whole.
 */
import type { ClaimPage, ClaimsFile, SourcePage } from '../schema.ts';

/** What `claims.json` holds besides its two lists. */
export const claimsFileHead = (): Omit<ClaimsFile, 'sources' | 'claims'> => ({ schemaVersion: 1 });

/** Ids of the claims editors withdrew: kept as pages, left out of `claims.json` and of others' relations there. */
export const hiddenClaimIds = (claims: ClaimPage[]): string[] =>
  claims.filter((c) => c.editorial.hidden).map((c) => c.id);

/**
 * The whole `claims.json` of these pages, withdrawn claims left out. The build does not hold it:
 * the writing threads make its entries page by page (see `writeSite`); this is the same file, whole.
 */
export function claimsFileOf(site: { claims: ClaimPage[]; sourcePages: SourcePage[] }): ClaimsFile {
  const hidden = new Set(hiddenClaimIds(site.claims));
  return {
    ...claimsFileHead(),
    sources: site.sourcePages.map(publicSource),
    claims: site.claims.filter((c) => !hidden.has(c.id)).map((c) => publicClaim(c, hidden)),
  };
}

export const claimUrl = (id: string) => `/claims/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;

/** A source page's entry in `claims.json`. */
export function publicSource(s: SourcePage): ClaimsFile['sources'][number] {
  return {
    id: s.id,
    inputFile: s.inputFile,
    url: s.url,
    title: s.title,
    outlet: s.outlet,
    wire: s.wire,
    publishedAt: s.publishedAt,
    script: s.script,
    removed: s.removed,
  };
}

/** A claim page's entry in `claims.json` (`hidden`: withdrawn claims, left out of related lists too). */
export function publicClaim(c: ClaimPage, hidden: ReadonlySet<string>): ClaimsFile['claims'][number] {
  return {
    id: c.id,
    url: claimUrl(c.id),
    statement: c.statement,
    status: c.status,
    entities: c.entities,
    evidence: c.evidence.map((e) => ({
      sourceId: e.sourceId,
      quote: e.quote,
      paragraph: e.paragraph,
      speaker: e.speaker,
      attribution: e.attribution,
      date: e.date,
    })),
    related: c.related.filter((r) => !hidden.has(r.claimId)).map((r) => ({ claimId: r.claimId, relation: r.relation })),
  };
}
