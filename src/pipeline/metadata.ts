/** Metadata: title, outlet, wire, publication date and script of a cleaned article. */
import type { ArticleMeta, CleanDocument, SidecarMeta } from './types.ts';

export function extractMetadata(doc: CleanDocument, sidecar: SidecarMeta): ArticleMeta {
  const title = sidecar.title ?? doc.blocks[0]?.text ?? doc.name;
  const dates = [...doc.input.matchAll(/(20\d\d)年(\d{1,2})月(\d{1,2})日/g)].map(
    (m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
  );
  return {
    title,
    outlet: sidecar.outlet ?? null,
    wire: [],
    publishedAt: sidecar.publishedAt ?? dates.sort().at(-1) ?? null,
    dateSource: sidecar.publishedAt ? 'sidecar' : dates.length ? 'inferred' : 'unknown',
    script: 'zh-Hans',
    url: sidecar.url ?? null,
  };
}
