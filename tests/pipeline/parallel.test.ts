import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolsFromFile, writeCorpus } from '../../scripts/lib/corpus-files.ts';
import { align, alignWith, createAlignMemo, type AlignSource } from '../../src/pipeline/align.ts';
import { runPipeline, startPipelineThreads, type PipelineResult } from '../../src/pipeline/index.ts';
import { readSeeds, type SeedFile } from '../../src/pipeline/ingest.ts';
import {
  annotateArticle,
  packAnnotated,
  packAnnotateItems,
  packPrepared,
  prepareArticle,
  stageTimer,
  unpackAnnotated,
  unpackAnnotateItems,
  unpackPrepared,
  type AnnotateItem,
} from '../../src/pipeline/article.ts';
import { indexEntities } from '../../src/pipeline/annotate/entities.ts';
import { ArticlePool, TASKS } from '../../src/pipeline/parallel.ts';
import type { DecodedFile } from '../../src/pipeline/types.ts';
import { loadGazetteer, ROOT, SEEDS } from './run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

let tmp: string;
let files: SeedFile[];
const gazetteer = loadGazetteer();

/** Everything a run writes or reports, as text. */
const output = (r: PipelineResult) =>
  JSON.stringify([r.claims, r.sourcePages, r.entityPages, claimsFileOf(r), r.redirects, r.corrections, r.messages]);

/** The seeds and the generated articles as decoded files, three times over. */
const decodedSeeds = (): DecodedFile[] =>
  [...files, ...files, ...files].map((f) => ({
    name: f.name,
    encoding: 'utf-8',
    text: new TextDecoder().decode(f.bytes),
    sidecar: {},
    messages: [],
  }));

/** The candidates of a one-thread run, their sources, and a third of the sources (for a partial pass). */
async function alignmentInput() {
  const { sources } = await runPipeline(files, { gazetteer, threads: 1 });
  return {
    candidates: sources.flatMap((s) => s.candidates),
    bySource: new Map<string, AlignSource>(
      sources.map((s) => [s.id, { id: s.id, publishedAt: s.meta.publishedAt, wire: s.meta.wire }]),
    ),
    touching: new Set(sources.filter((_, i) => i % 3 === 0).map((s) => s.id)),
  };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'crosscheck-parallel-'));
  writeCorpus(tmp, 250, 3, poolsFromFile(resolve(ROOT, 'content/entities.yaml')));
  files = [...(await readSeeds(tmp)).files, ...(await readSeeds(SEEDS)).files];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('per-article work on several threads', () => {
  it('gives the same output as one thread, and tells progress for each article once', async () => {
    // Copies are found while the articles are prepared: reported, left out, not counted.
    const copies = files.slice(0, 3).map((f, i) => ({ ...f, name: `zz-copy-${i}.txt` }));
    const single = await runPipeline([...files, ...copies], { gazetteer, threads: 1 });
    const counts: number[] = [];
    const multi = await runPipeline([...files, ...copies], {
      gazetteer,
      threads: 3,
      onProgress: (stage, done) => {
        if (stage === 'prepare' && done > 0) counts.push(done);
      },
    });
    expect(output(multi)).toBe(output(single));
    expect(multi.parallel.threads).toBe(3);
    expect(multi.parallel.byWorkers).toBeGreaterThan(0);
    expect(single.parallel).toEqual({ threads: 1, byWorkers: 0 });
    expect(single.sources.length).toBeGreaterThan(250);
    expect(counts).toEqual(Array.from({ length: multi.sources.length }, (_, i) => i + 1));
    const reported = multi.messages.filter((m) => m.ruleId === 'ingest/duplicate').map((m) => m.file);
    expect(reported).toEqual(expect.arrayContaining(copies.map((c) => c.name)));
    expect(multi.sources.some((s) => s.decoded.name.startsWith('zz-copy-'))).toBe(false);
  });

  it('runs on threads started ahead, with the same output, and closes them', async () => {
    const pool = startPipelineThreads(files.length, 2);
    expect(pool.started).toBe(1);
    const ahead = await runPipeline(files, { gazetteer, pool });
    expect(ahead.parallel.threads).toBe(2);
    expect(pool.started).toBe(0);
    expect(output(ahead)).toBe(output(await runPipeline(files, { gazetteer, threads: 1 })));
    // Too few articles for workers: none is started.
    expect(startPipelineThreads(10, 2).started).toBe(0);
  });

  it('has the workers do part of the work and returns results in item order', async () => {
    const pool = new ArticlePool(3, 0);
    try {
      const decoded = decodedSeeds();
      // A first job lets the workers load the pipeline's code: the main thread, which has it
      // already, could otherwise take every item of a short job before a worker is ready.
      await pool.map('prepare', decoded.slice(0, 2), null, null, {});
      const before = pool.doneByWorkers;
      const cpu: Record<string, number> = {};
      const prepared = await pool.map('prepare', decoded, null, null, cpu);
      expect(prepared.map((p) => p.doc.name)).toEqual(decoded.map((d) => d.name));
      expect(pool.started).toBe(2);
      expect(pool.doneByWorkers - before).toBeGreaterThan(0);
      expect(pool.doneByWorkers - before).toBeLessThanOrEqual(decoded.length);
      expect(Object.keys(cpu).sort()).toEqual(['clean', 'metadata', 'segment']);
    } finally {
      await pool.close();
    }
  });

  it('hands annotate items to the workers packed, and unpacks them field for field', () => {
    const time = stageTimer({});
    const items: AnnotateItem[] = decodedSeeds()
      .slice(0, 12)
      .map((d, i) => ({
        sourceId: `s${i}`,
        publishedAt: i % 2 ? null : '2025-03-01',
        sentences: prepareArticle(d, time).sentences,
        offset: 100 * i,
      }));
    items.push({ sourceId: 'empty', publishedAt: null, sentences: [], offset: 1200 });
    items[0]!.sentences.push({ paragraph: 9, start: 0, end: 8, text: '会谈持续时长：', listItem: true });
    const unpack = unpackAnnotateItems(packAnnotateItems(items));
    // Same fields in the same order: a worker's results must serialise as the main thread's do.
    expect(items.map((_, i) => JSON.stringify(unpack(i)))).toEqual(items.map((item) => JSON.stringify(item)));
    expect(items.slice(0, -1).every((item) => item.sentences.length > 0)).toBe(true);
    expect(TASKS.annotate.items).toBeDefined();
  });

  it('sends annotated articles back without the sentence texts and source ids the item has, and restores them exactly', () => {
    const time = stageTimer({});
    const index = indexEntities(gazetteer);
    decodedSeeds()
      .slice(0, 12)
      .forEach((d, i) => {
        const item = { sourceId: `s${i}`, publishedAt: null, sentences: prepareArticle(d, time).sentences, offset: 0 };
        const annotated = annotateArticle(item, index, time);
        const sent = JSON.parse(JSON.stringify(packAnnotated(annotated, item))) as {
          sentences: { text: unknown; sourceId: unknown; cues: unknown }[];
        };
        expect(sent.sentences.every((s) => s.text === null && s.sourceId === null)).toBe(true);
        expect(sent.sentences.every((s) => typeof s.cues === 'number')).toBe(true);
        const restored = unpackAnnotated(sent, item);
        expect(JSON.stringify(restored)).toBe(JSON.stringify(annotated));
        // Sentences with the same cues share one object, which cannot be changed.
        const { cues } = restored.sentences[0]!;
        expect(Object.isFrozen(cues)).toBe(true);
        expect(
          restored.sentences
            .filter((s) => JSON.stringify(s.cues) === JSON.stringify(cues))
            .every((s) => s.cues === cues),
        ).toBe(true);
        // So do the sentences that name no source.
        const none = JSON.stringify({ speaker: null, speakerEntity: null, verb: null, chain: [] });
        const unattributed = restored.sentences.filter((s) => JSON.stringify(s.attribution) === none);
        expect(unattributed.length).toBeGreaterThan(0);
        expect(new Set(unattributed.map((s) => s.attribution)).size).toBe(1);
        expect(Object.isFrozen(unattributed[0]!.attribution.chain)).toBe(true);
        // Cues of another shape go as they are.
        const odd = {
          ...annotated,
          sentences: annotated.sentences.map((s) => ({ ...s, cues: { hedge: true, negation: false } })),
        };
        const oddSent = JSON.parse(JSON.stringify(packAnnotated(odd as typeof annotated, item))) as unknown;
        expect(JSON.stringify(unpackAnnotated(oddSent, item))).toBe(JSON.stringify(odd));
      });
    expect(TASKS.annotate.results).toBeDefined();
  });

  it('sends prepared articles back without what the main thread has, and restores them exactly', () => {
    const time = stageTimer({});
    for (const d of decodedSeeds().slice(0, 12)) {
      const prepared = prepareArticle(d, time);
      const sent = JSON.parse(JSON.stringify(packPrepared(prepared, d))) as {
        doc: { input: unknown };
        paragraphs: unknown;
        sentences: { text: unknown }[];
      };
      expect(sent.doc.input).toBeNull();
      expect(sent.paragraphs).toBeNull();
      expect(sent.sentences.every((s) => s.text === null)).toBe(true);
      expect(JSON.stringify(unpackPrepared(sent, d))).toBe(JSON.stringify(prepared));
    }
    // A sentence whose text is not its paragraph's slice keeps its text.
    const d = decodedSeeds()[0]!;
    const odd = prepareArticle(d, time);
    odd.sentences[0] = { ...odd.sentences[0]!, text: '另一段文字' };
    const back = unpackPrepared(JSON.parse(JSON.stringify(packPrepared(odd, d))), d);
    expect(back.sentences[0]!.text).toBe('另一段文字');
    expect(TASKS.prepare.results).toBeDefined();
  });

  it('starts no worker for a job smaller than its minimum', async () => {
    const pool = new ArticlePool(3, 100);
    try {
      const few = files.slice(0, 5).map((f) => ({
        name: f.name,
        encoding: 'utf-8',
        text: new TextDecoder().decode(f.bytes),
        sidecar: {},
        messages: [],
      }));
      expect((await pool.map('prepare', few, null, null, {})).length).toBe(5);
      expect(pool.started).toBe(0);
      expect(pool.doneByWorkers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('reports an item that fails in a worker, and the pool still closes', async () => {
    const pool = new ArticlePool(2, 0);
    try {
      // Not a decoded file: cleaning it throws, on whichever thread takes it.
      const bad = Array.from({ length: 8 }, () => ({ name: 'bad.txt' }) as DecodedFile);
      await expect(pool.map('prepare', bad, null, null, {})).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });

  it('judges the pairs of an alignment on several threads as on one', async () => {
    // A partial pass (pairs touching some sources) and a full one.
    const { candidates, bySource, touching } = await alignmentInput();
    for (const options of [{ touching, chunk: 4 }, { chunk: 4 }]) {
      const one = align(candidates, bySource, { ...options, memo: createAlignMemo() });
      const pool = new ArticlePool(3, 0);
      try {
        // Workers already running, as after the per-article stages.
        await pool.map('prepare', decodedSeeds(), null, null, {});
        const done = pool.doneByWorkers;
        const several = await alignWith(candidates, bySource, { ...options, memo: createAlignMemo() }, (job, chunks) =>
          pool.map(
            'judge',
            Array.from({ length: chunks }, (_, c) => c),
            job,
            TASKS.judge.context(job),
            {},
          ),
        );
        expect(pool.doneByWorkers).toBeGreaterThan(done);
        expect(several.comparisons).toBe(one.comparisons);
        expect(several.relations).toEqual(one.relations);
        expect(several.clusters).toEqual(one.clusters);
        expect(several.secondary).toEqual(one.secondary);
        expect(one.relations.length).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    }
  });

  it('finds the same claims when it looks for claims only, and no relations', async () => {
    const { candidates, bySource, touching } = await alignmentInput();
    for (const options of [{ touching }, {}]) {
      const full = align(candidates, bySource, { ...options, memo: createAlignMemo() });
      const groups = align(candidates, bySource, { ...options, groupsOnly: true, memo: createAlignMemo() });
      expect(full.relations.length).toBeGreaterThan(0);
      expect(groups.relations).toEqual([]);
      expect(groups.comparisons).toBe(full.comparisons);
      expect(groups.clusters).toEqual(full.clusters);
      expect(groups.secondary).toEqual(full.secondary);
      expect(full.clusters.some((c) => c.length > 1)).toBe(true);
    }
  });
});
