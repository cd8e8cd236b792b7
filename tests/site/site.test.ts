/** The built site: every claim and source has its page, the data files, links, metadata. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ClaimPageSchema,
  ClaimsFileSchema,
  RedirectsFileSchema,
  type ClaimPage,
  type ClaimsFile,
} from '../../src/schema.ts';
import { DIST, GENERATED, brokenLinks, ensureBuilt, pageFile, readDist, walk } from './helpers.ts';

let data: ClaimsFile;
let htmlFiles: string[];
/** Generated claim pages, by id; withdrawn claims keep a page but are not listed or indexed. */
let pages: Map<string, ClaimPage>;
const withdrawn = (id: string) => pages.get(id)?.editorial.hidden === true;

beforeAll(async () => {
  await ensureBuilt();
  data = ClaimsFileSchema.parse(JSON.parse(readDist('claims.json')));
  pages = new Map(
    fs.readdirSync(path.join(GENERATED, 'claims')).map((f) => {
      const page = ClaimPageSchema.parse(matter(fs.readFileSync(path.join(GENERATED, 'claims', f), 'utf8')).data);
      return [page.id, page];
    }),
  );
  htmlFiles = walk(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
});

describe('built site', () => {
  it('serves claims.json byte-identical to the pipeline output, valid against the schema', () => {
    const built = fs.readFileSync(path.join(DIST, 'claims.json'));
    const generated = fs.readFileSync(path.join(GENERATED, 'claims.json'));
    expect(built.equals(generated)).toBe(true);
    expect(ClaimsFileSchema.safeParse(JSON.parse(built.toString('utf8'))).success).toBe(true);
  });

  it('ships a JSON Schema that accepts claims.json', () => {
    const schema = JSON.parse(readDist('claims.schema.json')) as object;
    // ajv's CommonJS build: the class is `default` at run time, the module itself in the types.
    const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(readDist('claims.json'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ schemaVersion: 2, sources: [], claims: [] })).toBe(false);
  });

  it('has a page for every claim and source in claims.json', () => {
    for (const c of data.claims) expect(fs.existsSync(path.join(DIST, pageFile(`/claims/${c.id}/`))), c.id).toBe(true);
    for (const s of data.sources)
      expect(fs.existsSync(path.join(DIST, pageFile(`/sources/${s.id}/`))), s.id).toBe(true);
  });

  it('has a redirect page for every old claim id', () => {
    const file = path.join(GENERATED, 'redirects.json');
    const redirects = fs.existsSync(file) ? RedirectsFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))) : [];
    const live = new Set(data.claims.map((c) => c.id));
    for (const r of redirects.filter((x) => !live.has(x.from) && live.has(x.to))) {
      const html = readDist(pageFile(`/claims/${r.from}/`));
      expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=[^"]*/claims/${r.to}/"`));
      expect(html).toContain(`/claims/${r.to}/`);
      expect(html).toMatch(/<link rel="canonical"/);
    }
  });

  it('gives every page lang="zh-CN", one h1, a title and a description', () => {
    for (const f of htmlFiles) {
      const html = readDist(f);
      expect(html, f).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/i);
      expect(html.match(/<h1[\s>]/g)?.length, f).toBe(1);
      expect(html, f).toMatch(/<title>[^<]+<\/title>/);
      expect(html, f).toMatch(/<meta name="description" content="[^"]+"/);
    }
  });

  it('resolves every internal link, including #p-N and #e-… anchors', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('indexes only real content: data-pagefind-body on claim, source and entity pages only', () => {
    for (const f of htmlFiles) {
      const has = readDist(f).includes('data-pagefind-body');
      const content = /^(claims|sources|entities)\/[^/]+\/index\.html$/.test(f);
      const id = f.split('/')[1]!;
      const unlisted = f.startsWith('claims/') && (readDist(f).includes('http-equiv="refresh"') || withdrawn(id));
      expect(has, f).toBe(content && !unlisted);
    }
  });

  it('puts ClaimReview JSON-LD on each claim page, with < escaped', () => {
    for (const c of data.claims.filter((x) => !withdrawn(x.id))) {
      const html = readDist(pageFile(`/claims/${c.id}/`));
      const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(m, c.id).not.toBeNull();
      expect(m![1]).not.toContain('<');
      const ld = JSON.parse(m![1]!) as {
        '@type': string;
        claimReviewed: string;
        reviewRating: { ratingValue: number };
        itemReviewed: { appearance: unknown[] };
      };
      expect(ld['@type']).toBe('ClaimReview');
      expect(ld.claimReviewed).toBe(c.statement);
      expect(ld.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
      expect(ld.itemReviewed.appearance.length).toBeGreaterThan(0);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      for (const e of c.evidence) expect(html).toContain(`/sources/${e.sourceId}/#p-${e.paragraph}`);
    }
  });

  it('gives each evidence an e-<fingerprint> anchor and a text-fragment link', () => {
    for (const c of pages.values()) {
      const html = readDist(pageFile(`/claims/${c.id}/`));
      expect(html).toMatch(/#p-\d+:~:text=/);
      for (const e of c.evidence) expect(html).toContain(`id="e-${e.fingerprint}`);
    }
  });

  it('publishes a feed, a sitemap with lastmod and robots.txt', () => {
    const feed = readDist('feed.xml');
    expect(feed).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const listed = [...pages.values()].filter((c) => !c.editorial.hidden);
    expect(feed.match(/<entry>/g)?.length ?? 0).toBe(Math.min(listed.length, 100));
    const sitemap = readDist('sitemap.xml');
    for (const c of listed) expect(sitemap).toContain(`/claims/${c.id}/</loc>`);
    for (const s of data.sources) expect(sitemap).toContain(`/sources/${s.id}/</loc>`);
    if (data.claims.length) expect(sitemap).toMatch(/<lastmod>\d{4}(-\d{2}){0,2}<\/lastmod>/);
    expect(readDist('robots.txt')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  it('loads no external resources', () => {
    for (const f of htmlFiles) {
      const html = readDist(f);
      expect(html, f).not.toMatch(/<(script|img|iframe|source)[^>]+src="(https?:)?\/\//i);
      expect(html, f).not.toMatch(/<link rel="(stylesheet|preload|modulepreload)"[^>]+href="(https?:)?\/\//i);
    }
  });
});
