/**
 * Builds the generated content from a folder of articles.
 *   node scripts/build-content.ts [--seeds DIR] [--out DIR] [--strict] [--no-cache] [--cache-dir DIR]
 * `FACTCHECK_SEEDS=DIR` also sets the seeds folder. Exit code 1 on a bad configuration, or on
 * any problem with an input under `--strict`; otherwise problems are reported and the rest builds.
 * Per-article work is cached in `--cache-dir` (default `.cache/pipeline`) by content hash and the
 * version of `src/pipeline`'s code, so a rebuild redoes only what changed; `--no-cache` runs cold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OverridesError, parseOverrides } from '../src/pipeline/editorial.ts';
import { parseGazetteer } from '../src/pipeline/gazetteer.ts';
import { runPipeline, startPipelineThreads, type ArticlePool, type PipelineStage } from '../src/pipeline/index.ts';
import { Progress } from './lib/progress.ts';
import { checkOutDir, readSeeds } from '../src/pipeline/ingest.ts';
import { FileCache, pipelineVersion } from '../src/pipeline/cache.ts';
import { buildReport, formatReport } from '../src/pipeline/report.ts';
import { writeSite, WritingThreads } from '../src/pipeline/write.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    out: { type: 'string', default: 'content/generated' },
    gazetteer: { type: 'string', default: 'content/entities.yaml' },
    overrides: { type: 'string', default: 'content/overrides.yaml' },
    strict: { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
    'cache-dir': { type: 'string', default: '.cache/pipeline' },
  },
  allowNegative: true,
});

const seeds = resolve(values.seeds ?? process.env['FACTCHECK_SEEDS'] ?? 'seeds');
if (!existsSync(seeds)) {
  console.error(
    `Seeds folder not found: ${seeds}. Create it or point FACTCHECK_SEEDS (or --seeds) at a folder of .txt articles.`,
  );
  process.exit(1);
}
const outProblem = checkOutDir(values.out, { seeds, project: resolve(import.meta.dirname, '..') });
if (outProblem) {
  console.error(outProblem);
  process.exit(1);
}
const gazetteerFile = resolve(values.gazetteer);
const gazetteer = existsSync(gazetteerFile) ? parseGazetteer(readFileSync(gazetteerFile, 'utf8'), gazetteerFile) : [];

const overridesFile = resolve(values.overrides);
let overrides;
try {
  overrides = existsSync(overridesFile) ? parseOverrides(readFileSync(overridesFile, 'utf8'), values.overrides) : [];
} catch (error) {
  if (!(error instanceof OverridesError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const started = performance.now();
// The pipeline's threads start loading while the articles are read.
let pool: ArticlePool | undefined;
const { files, messages } = await readSeeds(seeds, (articles) => (pool = startPipelineThreads(articles)));
const progress = buildProgress(files.length);
const cache = values.cache
  ? new FileCache(resolve(values['cache-dir']), pipelineVersion(resolve(import.meta.dirname, '../src/pipeline')))
  : undefined;
// The writing threads start once the pipeline aligns, when the main thread works alone.
let writing: WritingThreads | undefined;
// The sources are needed for the report only: they are let go of before the write, which then
// has that memory for itself.
const { site, report } = await (async () => {
  const result = await runPipeline(files, {
    gazetteer,
    editorial: { overrides, file: values.overrides },
    ...(cache ? { cache } : {}),
    ...(pool ? { pool } : {}),
    onProgress: (stage, done, total) => {
      // One writing thread loads while the pipeline aligns, the other while it publishes: the main
      // thread works alone then, and the other core is free.
      if (stage === 'align') writing ??= new WritingThreads(1);
      if (stage === 'publish') writing?.all();
      progress?.onProgress(stage, done, total);
    },
  });
  result.messages.unshift(...messages);
  const { sources: _sources, ...site } = result;
  return { site, report: buildReport(result) };
})().catch(async (error: unknown) => {
  await writing?.close();
  throw error;
});
progress?.onProgress('write', 0, 1);
await writeSite(site, report, resolve(values.out), writing);
progress?.finish();

for (const line of formatReport(report)) console.log(line);
const reused = cache ? ` (cache: ${cache.hits} reused, ${cache.misses} computed)` : '';
console.log(`content written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}`);
const problems = site.messages.filter((m) => m.severity === 'error' || values.strict);
if (values.strict && problems.length > 0) {
  console.error(`--strict: ${problems.length} problem(s) with the inputs; see above.`);
  process.exit(1);
}

/**
 * A progress bar with counts and an ETA on a terminal; one line per stage elsewhere (CI, logs),
 * and only for corpora large enough to take a while. Nothing for a handful of articles.
 */
function buildProgress(articles: number) {
  const tty = process.stdout.isTTY === true;
  if (articles < (tty ? 200 : 2000)) return undefined;
  // Rough seconds per article on one core, for the first ETA; each stage's counts refine it.
  const stages: [PipelineStage | 'write', string, number][] = [
    ['prepare', 'clean and split articles', 0.0012],
    ['entities', 'find entities', 0.0002],
    ['annotate', 'annotate sentences', 0.001],
    ['align', 'align claims', 0.002],
    ['publish', 'publish claims', 0.0003],
    ['write', 'write pages', 0.0008],
  ];
  const bar = new Progress(
    stages.map(([, label, rate]) => ({ label, estimate: rate * articles })),
    process.stdout,
    'content',
  );
  let at = -1;
  let stageStarted = performance.now();
  return {
    onProgress: (stage: PipelineStage | 'write', done: number, total: number): void => {
      const index = stages.findIndex(([s]) => s === stage);
      // A stage that comes round again (annotate for re-dated articles) counts in the current one.
      if (index > at) {
        if (at >= 0) bar.done(`${((performance.now() - stageStarted) / 1000).toFixed(1)} s`);
        at = index;
        stageStarted = performance.now();
        bar.start(stages[index]![1]);
      }
      if (index === at && total > 1) bar.count(done, total);
    },
    finish: (): void => {
      if (at >= 0) bar.done(`${((performance.now() - stageStarted) / 1000).toFixed(1)} s`);
      bar.finish();
    },
  };
}
