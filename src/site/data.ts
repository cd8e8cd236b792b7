/** The site's view of the generated content: collections loaded once, sorted, indexed by id. */
import { getCollection } from 'astro:content';
import type { ClaimPage, EntityPage, SourcePage } from '../schema.ts';
import { STATUS_ORDER } from './status.ts';

export interface SiteData {
  /** Claims to list (withdrawn ones excluded). */
  claims: ClaimPage[];
  /** Every claim with a page, withdrawn ones included (their permalinks keep working). */
  allClaims: ClaimPage[];
  sources: SourcePage[];
  entities: EntityPage[];
  claimById: Map<string, ClaimPage>;
  sourceById: Map<string, SourcePage>;
  entityById: Map<string, EntityPage>;
}

let cached: Promise<SiteData> | undefined;

/** Claims: contested first, then newest; sources newest first; ties broken by id (deterministic). */
export function loadSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const byDateDesc = (a: string | null, b: string | null) => (b ?? '').localeCompare(a ?? '');
    const allClaims = (await getCollection('claims'))
      .map((e) => e.data)
      .toSorted(
        (a, b) =>
          STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
          byDateDesc(a.lastChanged, b.lastChanged) ||
          a.id.localeCompare(b.id),
      );
    const sources = (await getCollection('sources'))
      .map((e) => e.data)
      .toSorted((a, b) => byDateDesc(a.publishedAt, b.publishedAt) || a.id.localeCompare(b.id));
    const entities = (await getCollection('entities'))
      .map((e) => e.data)
      .toSorted((a, b) => b.claims.length - a.claims.length || a.id.localeCompare(b.id));
    const claims = allClaims.filter((c) => !c.editorial.hidden);
    return {
      claims,
      allClaims,
      sources,
      entities,
      claimById: new Map(allClaims.map((c) => [c.id, c])),
      sourceById: new Map(sources.map((s) => [s.id, s])),
      entityById: new Map(entities.map((e) => [e.id, e])),
    };
  })();
  return cached;
}

/** The listed claims that name an entity (withdrawn ones left out), in the entity page's order. */
export function entityClaims(entity: EntityPage, data: SiteData): ClaimPage[] {
  return entity.claims
    .map((id) => data.claimById.get(id))
    .filter((c): c is ClaimPage => c !== undefined && !c.editorial.hidden);
}
