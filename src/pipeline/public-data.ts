/**
 * The public `claims.json` as a projection of the pages: one function per entry, used where the
 * file is built (publish) and where it is written (the writing threads read the pages back).
 */
import type { ClaimPage, ClaimsFile, SourcePage } from '../schema.ts';

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
