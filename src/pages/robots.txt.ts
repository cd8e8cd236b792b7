/** `/robots.txt`: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
