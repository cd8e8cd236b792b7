/**
 * Permanent links: a claim URL from an earlier build still resolves after sources are added —
 * as the claim itself, or as a redirect to the claim it joined.
 *
 * Builds, in order: the seeds without the newest one; the seeds; the seeds plus the quality
 * articles plus `tests/permalinks/articles/` (articles that restate seed claims with dates
 * earlier than the seeds', so the earliest evidence of those claims changes).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';
import { readSeeds, type SeedFile } from '../../src/pipeline/ingest.ts';
import { ARTICLES_DIR, ROOT, SEEDS_DIR, loadGazetteer } from '../../scripts/eval-quality.ts';

const EARLIER_DIR = resolve(ROOT, 'tests/permalinks/articles');

async function filesOf(dir: string): Promise<SeedFile[]> {
  return (await readSeeds(dir)).files;
}

async function build(files: SeedFile[]): Promise<PipelineResult> {
  return await runPipeline(files, { gazetteer: loadGazetteer() });
}

/** Old ids that resolve to nothing in `next`, with the reason. */
function broken(oldIds: string[], next: PipelineResult): string[] {
  const ids = new Set(next.claims.map((c) => c.id));
  const redirect = new Map(next.redirects.map((r) => [r.from, r.to]));
  return oldIds.flatMap((id) => {
    if (ids.has(id)) return [];
    const to = redirect.get(id);
    if (to === undefined) return [`${id}: neither a claim nor a redirect`];
    if (!ids.has(to)) return [`${id}: redirects to ${to}, which is not a claim`];
    return [];
  });
}

/** The claim id a sentence containing `needle` is highlighted under, or null. */
function claimOfSentence(result: PipelineResult, needle: string): string | null {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const page of result.sourcePages) {
    for (const p of page.paragraphs) {
      for (const h of p.claims) if (squeeze(p.text.slice(h.start, h.end)).includes(squeeze(needle))) return h.claimId;
    }
  }
  return null;
}

let seeds: SeedFile[];
let fewer: PipelineResult;
let base: PipelineResult;
let full: PipelineResult;

beforeAll(async () => {
  seeds = await filesOf(SEEDS_DIR);
  const baseRun = await build(seeds);
  // The newest seed by publication date (ties: the last by name) is left out of the first build.
  const dated = baseRun.sourcePages.map((s) => ({ name: s.inputFile, date: s.publishedAt ?? '' }));
  const newest = [...dated]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : 1))
    .at(-1)!.name;
  fewer = await build(seeds.filter((f) => f.name !== newest));
  base = baseRun;
  full = await build([...seeds, ...(await filesOf(ARTICLES_DIR)), ...(await filesOf(EARLIER_DIR))]);
});

describe('permanent claim links', () => {
  it('the builds have claims to keep (otherwise this test proves nothing)', () => {
    expect(fewer.claims.length).toBeGreaterThan(0);
    expect(base.claims.length).toBeGreaterThan(0);
    expect(full.claims.length).toBeGreaterThan(base.claims.length);
  });

  it('every claim id of the seeds-minus-newest build resolves after the newest seed is added', () => {
    expect(
      broken(
        fewer.claims.map((c) => c.id),
        base,
      ),
    ).toEqual([]);
  });

  it('every claim id of the seeds build resolves after more articles join', () => {
    expect(
      broken(
        base.claims.map((c) => c.id),
        full,
      ),
    ).toEqual([]);
  });

  it('ids survive two rebuilds in a row', () => {
    expect(
      broken(
        fewer.claims.map((c) => c.id),
        full,
      ),
    ).toEqual([]);
  });

  it('redirects point only at claims and never shadow a claim', () => {
    const ids = new Set(full.claims.map((c) => c.id));
    for (const r of full.redirects) {
      expect(ids.has(r.to), r.to).toBe(true);
      expect(ids.has(r.from), r.from).toBe(false);
    }
  });

  it('an earlier-dated restatement changes a claim id only through a redirect', () => {
    // Seed sentences restated by tests/permalinks/articles/*, published before the seeds.
    const restated = ['今年7月，丹麦与乌克兰签署一项协议', '白宫起草的28点俄乌“和平计划”曝光'];
    const restatement = ['丹麦与乌克兰9日签署一项协议', '白宫起草的28点俄乌“和平计划”于11月20日曝光'];
    let moved = 0;
    restated.forEach((needle, k) => {
      const before = claimOfSentence(base, needle);
      const after = claimOfSentence(full, needle);
      expect(before, `seed sentence "${needle}" is a claim in the seeds build`).not.toBeNull();
      expect(after, `seed sentence "${needle}" is a claim in the full build`).not.toBeNull();
      if (after !== claimOfSentence(full, restatement[k]!)) return; // did not join: nothing moved
      if (before !== after) {
        moved++;
        expect(full.redirects, `old id ${before} redirects to ${after}`).toContainEqual({ from: before, to: after });
      }
    });
    // The property is only tested if at least one restatement joined its seed claim and moved the id.
    expect(moved, 'an earlier-dated restatement joined a seed claim and took over its id').toBeGreaterThan(0);
  });

  it('a claim id is the fingerprint of its earliest evidence', () => {
    for (const c of full.claims) {
      const dates = c.evidence
        .map((e) => e.publishedAt)
        .filter((d): d is string => !!d)
        .sort();
      const first = c.evidence.find((e) => e.fingerprint === c.id.replace(/-\d+$/, ''));
      expect(first, `${c.id} has evidence with its fingerprint`).toBeDefined();
      if (first?.publishedAt && dates.length) expect(first.publishedAt, c.id).toBe(dates[0]);
    }
  });
});
