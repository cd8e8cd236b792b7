/** `/sitemap.xml` with `lastmod` from the content's own dates (deterministic builds). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../site/data.ts';
import { latest } from '../site/dates.ts';
import { xmlEscape } from '../site/escape.ts';
import { absolute, claimPath, entityPath, sourcePath } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { claims, sources, entities, claimById } = await loadSiteData();
  const newest = latest([...claims.map((c) => c.lastChanged), ...sources.map((s) => s.publishedAt)]);
  const urls: [string, string | null][] = [
    ...['/', '/claims/', '/sources/', '/entities/', '/methodology/', '/corrections/', '/search/'].map(
      (p): [string, string | null] => [p, ['/methodology/', '/corrections/', '/search/'].includes(p) ? null : newest],
    ),
    ...claims.map((c): [string, string | null] => [claimPath(c.id), c.lastChanged]),
    ...sources.map((s): [string, string | null] => [sourcePath(s.id), s.publishedAt]),
    ...entities.map((e): [string, string | null] => [
      entityPath(e.id),
      latest(e.claims.map((id) => claimById.get(id)?.lastChanged)),
    ]),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(
    ([p, lastmod]) =>
      `  <url><loc>${xmlEscape(absolute(p, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  )
  .join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
