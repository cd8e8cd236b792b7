/**
 * Benchmark child: runs the content pipeline once, cold, in this fresh process, exactly as
 * `scripts/build-content.ts` does (readSeeds → runPipeline → buildReport + writeSite), and writes
 * seconds and peak RSS per stage to `--result FILE` as JSON.
 *   node scripts/lib/bench-pipeline.ts --seeds DIR --out DIR --result FILE [--gazetteer FILE] [--cache DIR] [--threads N]
 * With `--cache DIR` the run reads and fills a per-article cache there, as the CLI does;
 * `--threads N` sets the pipeline's threads (default: as the CLI, by corpus size and cores).
 * Stage seconds come from the pipeline's own `timings`. Peak RSS per stage comes from a sampler
 * thread, attributed to stage windows laid out in the order `runPipeline` runs them (see PHASES).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FileCache, pipelineVersion } from '../../src/pipeline/cache.ts';
import { parseGazetteer } from '../../src/pipeline/gazetteer.ts';
import { runPipeline, startPipelineThreads, type ArticlePool } from '../../src/pipeline/index.ts';
import { readSeeds } from '../../src/pipeline/ingest.ts';
import { buildReport } from '../../src/pipeline/report.ts';
import { writeSite, WritingThreads } from '../../src/pipeline/write.ts';
import { highWaterMark, mb, now, peakIn, RssSampler, type RssSample } from './rss-sampler.ts';

/**
 * How `runPipeline` runs its stages: groups run one after another; the stages inside a group
 * interleave article by article, or repeat in rounds (annotate, extract and align rerun while
 * undated sources are dated from co-reporting ones), so they share one window and one peak.
 * `timings` sums each stage over all its calls, so a finer split is not recoverable from outside.
 * A stage missing here (the pipeline changed) gets its own window after the known ones, and the
 * result says so.
 */
export const PHASES: readonly (readonly string[])[] = [
  ['decode'],
  ['clean', 'metadata', 'segment'],
  ['entities'],
  ['annotate', 'extract', 'align'],
  ['publish'],
];

export interface StageResult {
  seconds: number;
  peakRssMb: number;
}

export interface PipelineChildResult {
  /** Wall seconds from before reading the corpus to after writing the output (process start-up excluded). */
  seconds: number;
  /** Exact peak RSS of the process (VmHWM), or the sampled peak where /proc is missing. */
  peakRssMb: number;
  stages: Record<string, StageResult>;
  /** Stages whose RSS window is a guess because PHASES does not list them. */
  unplacedStages: string[];
  sources: number;
  claims: number;
  sentences: number;
  comparisons: number;
  /** Threads of the per-article stages, and articles the worker threads did. */
  parallel: { threads: number; byWorkers: number };
  /** Cache entries reused and computed, when the run had a cache. */
  cache?: { hits: number; misses: number };
  /** Why writing the output failed, when it did (the seconds then stop at the failure). */
  writeError?: string;
}

/** Lays the pipeline's stages out in time inside [t0, t1] and takes each window's sampled peak. */
export function attributeStages(
  timings: Record<string, number>,
  samples: RssSample[],
  t0: number,
  t1: number,
): { stages: Record<string, StageResult>; unplaced: string[] } {
  const known = new Set(PHASES.flat());
  const unplaced = Object.keys(timings).filter((s) => !known.has(s));
  const groups = [...PHASES.map((g) => g.filter((s) => s in timings)), ...unplaced.map((s) => [s])].filter(
    (g) => g.length > 0,
  );
  const total = groups.reduce((sum, g) => sum + g.reduce((a, s) => a + timings[s]!, 0), 0);
  // Stretch the windows over the measured span: the small gaps between stages are spread evenly.
  const scale = total > 0 ? (t1 - t0) / (total * 1000) : 0;
  const stages: Record<string, StageResult> = {};
  let t = t0;
  for (const g of groups) {
    const span = g.reduce((a, s) => a + timings[s]!, 0) * 1000 * scale;
    const peak = peakIn(samples, t, t + span);
    for (const s of g) stages[s] = { seconds: round(timings[s]!), peakRssMb: mb(peak) };
    t += span;
  }
  return { stages, unplaced };
}

const round = (s: number) => Math.round(s * 1000) / 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      out: { type: 'string' },
      result: { type: 'string' },
      gazetteer: { type: 'string', default: 'content/entities.yaml' },
      cache: { type: 'string' },
      threads: { type: 'string' },
    },
  });
  if (!values.seeds || !values.out || !values.result)
    throw new Error('bench-pipeline: --seeds, --out and --result are required.');

  const sampler = new RssSampler(20);
  await sampler.ready();
  const t0 = now();
  const gazetteerFile = resolve(values.gazetteer);
  const gazetteer = existsSync(gazetteerFile) ? parseGazetteer(readFileSync(gazetteerFile, 'utf8'), gazetteerFile) : [];
  // As in `npm run content`: the pipeline's threads start loading once the articles are listed.
  let pool: ArticlePool | undefined;
  const { files, messages } = await readSeeds(resolve(values.seeds), (articles) => {
    pool = startPipelineThreads(articles, values.threads ? Number(values.threads) : undefined);
  });
  const cache = values.cache
    ? new FileCache(resolve(values.cache), pipelineVersion(resolve(import.meta.dirname, '../../src/pipeline')))
    : undefined;
  const t1 = now();
  // As in `npm run content`: the writing threads start once the pipeline aligns, and the
  // sources are needed for the report and the counts only, so they are let go of before the write.
  let writing: WritingThreads | undefined;
  const { site, report, t2, timings, counts, parallel, comparisons } = await (async () => {
    const result = await runPipeline(files, {
      gazetteer,
      ...(cache ? { cache } : {}),
      ...(pool ? { pool } : {}),
      onProgress: (stage) => {
        // One writing thread loads while the pipeline aligns, the other while it publishes: the main
        // thread works alone then, and the other core is free.
        if (stage === 'align') writing ??= new WritingThreads(1);
        if (stage === 'publish') writing?.all();
      },
    });
    result.messages.unshift(...messages);
    const t2 = now();
    const { sources, timings, parallel, comparisons, ...site } = result;
    const counts = { sources: sources.length, sentences: sources.reduce((n, s) => n + s.sentences.length, 0) };
    return { site, report: buildReport(result), t2, timings, counts, parallel, comparisons };
  })().catch(async (error: unknown) => {
    await writing?.close();
    throw error;
  });
  // A failed write is measured and reported, not thrown: the stages before it still have numbers.
  let writeError: string | undefined;
  try {
    await writeSite(site, report, resolve(values.out), writing);
  } catch (error) {
    writeError = (error as Error).message;
  }
  const t3 = now();
  const samples = await sampler.stop();
  const hwm = highWaterMark();

  const { stages: inner, unplaced } = attributeStages(timings, samples, t1, t2);
  const stages: Record<string, StageResult> = {
    read: { seconds: round((t1 - t0) / 1000), peakRssMb: mb(peakIn(samples, t0, t1)) },
    ...inner,
    write: { seconds: round((t3 - t2) / 1000), peakRssMb: mb(peakIn(samples, t2, t3)) },
  };
  const out: PipelineChildResult = {
    seconds: round((t3 - t0) / 1000),
    peakRssMb: mb(hwm ?? Math.max(...samples.map((s) => s.rss))),
    stages,
    unplacedStages: unplaced,
    sources: counts.sources,
    claims: site.claims.length,
    sentences: counts.sentences,
    comparisons,
    parallel,
    ...(cache ? { cache: { hits: cache.hits, misses: cache.misses } } : {}),
    ...(writeError ? { writeError } : {}),
  };
  writeFileSync(values.result, JSON.stringify(out));
}

if (import.meta.main) await main();
