import { describe, expect, it } from 'vitest';
import { sitemapPages } from '../../scripts/search-index.ts';

describe('sitemapPages', () => {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    '  <url><loc>https://example.org/news/</loc><lastmod>2025-12-04</lastmod></url>',
    '  <url><loc>https://example.org/news/claims/0a1b/</loc><lastmod>2025-11-30T08:00:00Z</lastmod></url>',
    '  <url><loc>https://example.org/news/methodology/</loc></url>',
    '  <url><loc>https://example.org/news/entities/%E5%8C%97%E7%BA%A6/</loc><lastmod>2025-10-01</lastmod></url>',
    '  <url><loc>https://example.org/elsewhere/page/</loc><lastmod>2025-10-01</lastmod></url>',
    '</urlset>',
  ].join('\n');

  it("lists each page's path under the base, with the day it last changed", () => {
    expect(sitemapPages(xml, '/news/')).toEqual([
      { path: '', changed: '2025-12-04' },
      { path: 'claims/0a1b/', changed: '2025-11-30' },
      { path: 'methodology/', changed: null },
      { path: 'entities/北约/', changed: '2025-10-01' },
    ]);
  });

  it('takes a base with or without its slashes, and the root', () => {
    expect(sitemapPages(xml, 'news')).toHaveLength(4);
    expect(sitemapPages(xml, '/').map((p) => p.path)).toContain('elsewhere/page/');
  });
});
