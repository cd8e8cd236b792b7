/** The pipeline over the seed articles: invariants every build must keep. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import type { PipelineResult } from '../../src/pipeline/index.ts';
import { ClaimPageSchema, ClaimsFileSchema, SourcePageSchema } from '../../src/schema.ts';
import { ROOT, SEEDS, runOn } from './run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

let result: PipelineResult;
beforeAll(async () => {
  result = await runOn(SEEDS);
});

describe('pipeline on the seeds', () => {
  it('reads every seed as a source', () => {
    expect(result.sourcePages.map((s) => s.inputFile).sort()).toEqual(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });

  it('finds claims in every seed', () => {
    for (const s of result.sourcePages) expect(s.claims.length, s.inputFile).toBeGreaterThan(0);
  });

  it('quotes every piece of evidence exactly from the cleaned paragraph it names', () => {
    const pages = new Map(result.sourcePages.map((s) => [s.id, s]));
    for (const c of result.claims) {
      for (const e of c.evidence) {
        const paragraph = pages.get(e.sourceId)!.paragraphs.find((p) => p.n === e.paragraph);
        expect(paragraph?.text, `${c.id} / ${e.sourceId}`).toContain(e.quote);
      }
    }
  });

  it('highlights each evidence sentence on its source page at offsets that slice back to the quote', () => {
    const pages = new Map(result.sourcePages.map((s) => [s.id, s]));
    for (const c of result.claims) {
      for (const e of c.evidence) {
        const paragraph = pages.get(e.sourceId)!.paragraphs.find((p) => p.n === e.paragraph)!;
        const slices = paragraph.claims
          .filter((h) => h.claimId === c.id)
          .map((h) => paragraph.text.slice(h.start, h.end));
        expect(slices, `${c.id} in ${e.sourceId}`).toContain(e.quote);
      }
    }
  });

  it('gives unique ids to claims, sources and redirects, and redirects only to claims', () => {
    const claimIds = result.claims.map((c) => c.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    expect(new Set(result.sourcePages.map((s) => s.id)).size).toBe(result.sourcePages.length);
    const from = result.redirects.map((r) => r.from);
    expect(new Set(from).size).toBe(from.length);
    for (const r of result.redirects) {
      expect(claimIds).toContain(r.to);
      expect(claimIds).not.toContain(r.from);
    }
  });

  it('relates claims only to claims that exist', () => {
    const ids = new Set(result.claims.map((c) => c.id));
    for (const c of result.claims) for (const r of c.related) expect(ids.has(r.claimId)).toBe(true);
  });

  it('builds pages that are exactly what the schema accepts, nothing the schema would strip', () => {
    for (const c of result.claims) expect(JSON.stringify(ClaimPageSchema.parse(c))).toBe(JSON.stringify(c));
    for (const s of result.sourcePages) expect(JSON.stringify(SourcePageSchema.parse(s))).toBe(JSON.stringify(s));
  });

  it('writes data that validates against the schema', () => {
    expect(() => ClaimsFileSchema.parse(claimsFileOf(result))).not.toThrow();
    for (const c of result.claims) ClaimPageSchema.parse(c);
    for (const s of result.sourcePages) SourcePageSchema.parse(s);
  });

  it('gives the same output for the same input', async () => {
    const again = await runOn(SEEDS);
    expect(JSON.stringify(claimsFileOf(again))).toBe(JSON.stringify(claimsFileOf(result)));
    expect(JSON.stringify(again.claims)).toBe(JSON.stringify(result.claims));
  });
});

describe('build-content script', () => {
  const build = (out: string, env: Record<string, string> = {}) =>
    execFileSync(process.execPath, ['scripts/build-content.ts', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
  const read = (dir: string) =>
    ['claims', 'sources', 'entities']
      .flatMap((d) =>
        readdirSync(join(dir, d))
          .sort()
          .map((f) => [`${d}/${f}`, readFileSync(join(dir, d, f), 'utf8')]),
      )
      .concat([['claims.json', readFileSync(join(dir, 'claims.json'), 'utf8')]]);

  it('writes byte-identical content twice, pages that parse back to the schema', () => {
    const a = mkdtempSync(join(tmpdir(), 'cc-a-'));
    const b = mkdtempSync(join(tmpdir(), 'cc-b-'));
    build(a);
    build(b);
    expect(read(a)).toEqual(read(b));
    const first = readdirSync(join(a, 'claims'))[0]!;
    expect(() => ClaimPageSchema.parse(matter(readFileSync(join(a, 'claims', first), 'utf8')).data)).not.toThrow();
  });

  it('builds from another folder named by FACTCHECK_SEEDS', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'cc-seeds-'));
    execFileSync('cp', [join(SEEDS, readdirSync(SEEDS)[0]!), seeds]);
    const out = mkdtempSync(join(tmpdir(), 'cc-out-'));
    build(out, { FACTCHECK_SEEDS: seeds });
    const data = ClaimsFileSchema.parse(JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')));
    expect(data.sources).toHaveLength(1);
  });
});
