/**
 * The per-article cache changes nothing: a build with a cold cache, a warm cache, and no cache
 * give the same output byte for byte, and a changed or added article is recomputed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileCache, type PipelineCache } from '../../src/pipeline/cache.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';
import { readSeeds, type SeedFile } from '../../src/pipeline/ingest.ts';
import { buildReport } from '../../src/pipeline/report.ts';
import { toMarkdown } from '../../src/pipeline/write.ts';
import { makeCorpus } from '../robustness/corpus.ts';
import { loadGazetteer, ROOT } from './run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

/** Everything the build writes, as text. */
function output(result: PipelineResult): string {
  const { timings: _, ...rest } = result;
  const report = buildReport({ ...rest, timings: {} });
  return [
    ...result.claims.map(toMarkdown),
    ...result.sourcePages.map(toMarkdown),
    ...result.entityPages.map(toMarkdown),
    JSON.stringify([claimsFileOf(result), result.redirects, result.corrections, report]),
  ].join('\n');
}

/** A cache in memory that keeps values as JSON text, as the file cache does; counts hits. */
function memoryCache(): PipelineCache & { hits: number; sets: number } {
  const store = new Map<string, string>();
  return {
    hits: 0,
    sets: 0,
    get(key) {
      const text = store.get(key);
      if (text !== undefined) this.hits++;
      return text === undefined ? undefined : JSON.parse(text);
    },
    set(key, value) {
      this.sets++;
      store.set(key, JSON.stringify(value));
    },
  };
}

let tmp: string;
let files: SeedFile[];
const gazetteer = loadGazetteer();
const run = async (input: SeedFile[], cache?: PipelineCache) =>
  output(await runPipeline(input, { gazetteer, ...(cache ? { cache } : {}) }));

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'crosscheck-cache-'));
  // The seeds, plus other encodings, duplicates, frontmatter and bad files.
  mkdirSync(join(tmp, 'corpus'));
  writeFileSync(join(tmp, 'outside.txt'), '种子文件夹之外的文件。\n');
  makeCorpus(join(tmp, 'corpus'), join(tmp, 'outside.txt'));
  const seeds = await readSeeds(join(ROOT, 'seeds'));
  const quality = await readSeeds(join(ROOT, 'tests/quality/articles'));
  const mixed = await readSeeds(join(tmp, 'corpus'));
  files = [
    ...seeds.files,
    ...quality.files.map((f) => ({ ...f, name: `q/${f.name}` })),
    ...mixed.files.map((f) => ({ ...f, name: `m/${f.name}` })),
  ];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pipeline cache', () => {
  it('gives the same output cold, warm and without a cache', async () => {
    const plain = await run(files);
    const cache = memoryCache();
    expect(await run(files, cache)).toBe(plain);
    expect(cache.hits).toBe(0);
    const sets = cache.sets;
    expect(await run(files, cache)).toBe(plain);
    expect(cache.hits).toBeGreaterThanOrEqual(files.length);
    expect(cache.sets).toBe(sets);
  });

  it('recomputes a changed article and one added', async () => {
    const cache = memoryCache();
    await run(files, cache);
    const changed = files.map((f, i) =>
      i === 0
        ? {
            ...f,
            bytes: new TextEncoder().encode(`${new TextDecoder().decode(f.bytes)}\n普京12月2日表示，会谈富有成效。\n`),
          }
        : f,
    );
    const added = [
      ...changed,
      { name: 'zz-added.txt', bytes: files[1]!.bytes.slice(0, Math.floor(files[1]!.bytes.length / 2)) },
    ];
    expect(await run(added, cache)).toBe(await run(added));
  });

  it('keeps entries on disk under the pipeline version', async () => {
    const dir = join(tmp, 'cache');
    const plain = await run(files.slice(0, 6));
    expect(await run(files.slice(0, 6), new FileCache(dir, 'v1'))).toBe(plain);
    const warm = new FileCache(dir, 'v1');
    expect(await run(files.slice(0, 6), warm)).toBe(plain);
    expect(warm.misses).toBe(0);
    const other = new FileCache(dir, 'v2');
    await run(files.slice(0, 6), other);
    expect(other.hits).toBe(0);
  });
});

describe('writing over an earlier build', () => {
  it('leaves the folder exactly as a fresh write would', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { writeSite } = await import('../../src/pipeline/write.ts');
    const result = await runPipeline(files.slice(0, 4), { gazetteer });
    const report = buildReport(result);
    const fresh = join(tmp, 'fresh');
    const over = join(tmp, 'over');
    await writeSite(result, report, fresh);
    await writeSite(await runPipeline(files.slice(1, 6), { gazetteer }), report, over);
    mkdirSync(join(over, 'stale'), { recursive: true });
    writeFileSync(join(over, 'stale.md'), 'x');
    const firstClaim = readdirSync(join(fresh, 'claims'))[0]!;
    writeFileSync(join(over, 'claims', firstClaim), 'changed');
    await writeSite(result, report, over);
    const list = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
    expect(list(over)).toEqual(list(fresh));
    for (const f of list(fresh))
      if (f.includes('.')) expect(readFileSync(join(over, f), 'utf8')).toBe(readFileSync(join(fresh, f), 'utf8'));
  });
});
