/**
 * Benchmark: corpus sizes → cold pipeline runs, a floor, and (smallest size) the full site build.
 *   node scripts/bench.ts --articles 1000,10000 --out FILE [--pipeline-only | --site-articles 1000,10000]
 *     [--repeat N] [--seed S] [--cache DIR]
 * For each size: generate the corpus (cached by size, seed and generator version), then `--repeat`
 * times (default 3) run the content pipeline cold in a fresh process (seconds and peak RSS per
 * stage) followed by the floor (read + split into sentences with Intl.Segmenter, also fresh). The
 * run with the median time is reported, with the median floor and the highest peak RSS; every
 * run's seconds are in `details`. For the smallest size also: a build that fills a
 * per-article cache and the rerun with that cache after adding one article, and unless
 * --pipeline-only the full site build (content + astro build + search indexes) in a temporary copy of
 * the project, so the working tree and its content/generated are untouched (--site-articles
 * names the sizes to build the site for instead, the largest ones included), and each site built
 * weighed against the page budgets (claim pages, the search's first query).
 * Writes JSON to --out and prints Markdown tables. Exit code 1 if a pipeline or floor run fails,
 * or the site build failed (its error is then in the report and in `details[].siteError`).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { BenchArgsError, parseBenchArgs, type BenchOptions } from './lib/bench-args.ts';
import type { FloorChildResult } from './lib/bench-floor.ts';
import type { PipelineChildResult } from './lib/bench-pipeline.ts';
import {
  formatReport,
  median,
  memoryTouch,
  type BenchResult,
  type BenchRun,
  type IncrementalRun,
  type RunDetails,
  type SiteWeight,
} from './lib/bench-report.ts';
import { CHROMIUM_PATH, launchChromium } from './lib/chromium.ts';
import { runChild, tail } from './lib/child.ts';
import { GENERATOR_VERSION } from './lib/corpus.ts';
import { poolsFromFile, writeCorpus } from './lib/corpus-files.ts';
import { busiestEntity, searchTransfer, weighClaimPages } from './lib/page-weight.ts';
import { Progress, type Step } from './lib/progress.ts';
import { serve } from './serve.ts';

type SiteSteps = NonNullable<RunDetails['site']>;

const ROOT = resolve(import.meta.dirname, '..');
const GAZETTEER = join(ROOT, 'content/entities.yaml');
const PIPELINE_CHILD = join(ROOT, 'scripts/lib/bench-pipeline.ts');
const FLOOR_CHILD = join(ROOT, 'scripts/lib/bench-floor.ts');

/** A run that failed; the message names the step and shows the child's last output. */
class BenchError extends Error {
  override name = 'BenchError';
}

/**
 * Rough seconds per article for the first ETA, replaced by measured rates as steps finish
 * (`pipeline`: one cold run and one floor run).
 */
const RATE = { corpus: 0.0005, pipeline: 0.01, incremental: 0.01, site: 0.08 };
type Kind = keyof typeof RATE;

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof BenchArgsError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const { sizes, seed, cache, repeat } = options;
const smallest = sizes[0]!;
const steps: Step[] = [];
const label = (n: number, kind: Kind) => `${n.toLocaleString('en-US')} articles: ${kind}`;
for (const n of sizes) {
  const kinds: Kind[] = ['corpus', 'pipeline'];
  if (n === smallest) kinds.push('incremental');
  if (options.siteSizes.includes(n)) kinds.push('site');
  for (const k of kinds) steps.push({ label: label(n, k), estimate: RATE[k] * n * (k === 'pipeline' ? repeat : 1) });
}
const progress = new Progress(steps);
const rates: Partial<Record<Kind, number>> = {};
/** Runs one step, then re-estimates the remaining steps of the same kind from its rate. */
async function step<T>(
  n: number,
  kind: Kind,
  f: () => Promise<T> | T,
  note: (t: T, s: number) => string = (_, s) => `${s.toFixed(1)} s`,
): Promise<T> {
  const times = kind === 'pipeline' ? repeat : 1;
  progress.start(label(n, kind), (rates[kind] ?? RATE[kind]) * n * times);
  const t0 = performance.now();
  const out = await f();
  const seconds = (performance.now() - t0) / 1000;
  rates[kind] = seconds / n / times;
  for (const m of sizes) progress.estimate(label(m, kind), rates[kind] * m * times);
  if (kind === 'pipeline') progress.estimate(label(smallest, 'incremental'), rates[kind] * (smallest + 1) * 2);
  progress.done(note(out, seconds));
  return out;
}

/**
 * Folders of finished runs, removed only once every measurement is done: on a file system that
 * discards freed blocks as it goes, deleting a run's hundreds of megabytes slows the writes of the
 * run after it by seconds.
 */
const leftovers: string[] = [];
function removeLeftovers(): void {
  for (const dir of leftovers.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The corpus folder for `n` articles, generated once and reused by later runs with the same seed. */
function corpus(n: number): string {
  const name = `corpus-${n}-s${seed}-v${GENERATOR_VERSION}`;
  const dir = join(cache, name);
  const marker = join(cache, `${name}.done`);
  if (existsSync(marker)) {
    progress.count(n, n);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  // Article i depends only on the seed and i: start from a cached smaller corpus when there is one.
  const base = readdirSync(cache)
    .map((f) => new RegExp(`^corpus-(\\d+)-s${seed}-v${GENERATOR_VERSION}\\.done$`).exec(f))
    .map((m) => (m ? Number(m[1]) : 0))
    .filter((m) => m > 0 && m < n)
    .sort((a, b) => b - a)[0];
  if (base) cpSync(join(cache, `corpus-${base}-s${seed}-v${GENERATOR_VERSION}`), dir, { recursive: true });
  writeCorpus(dir, n, seed, poolsFromFile(GAZETTEER), {
    from: base ?? 0,
    onProgress: (k) => progress.count((base ?? 0) + k, n),
  });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return dir;
}

/** One cold pipeline run in a fresh process. */
async function pipeline(
  seeds: string,
  out: string,
  what: string,
  pipelineCache?: string,
): Promise<PipelineChildResult> {
  const result = join(cache, `result-${process.pid}.json`);
  rmSync(result, { force: true });
  const run = await runChild(
    process.execPath,
    [
      PIPELINE_CHILD,
      '--seeds',
      seeds,
      '--out',
      out,
      '--result',
      result,
      '--gazetteer',
      GAZETTEER,
      ...(pipelineCache ? ['--cache', pipelineCache] : []),
    ],
    { cwd: ROOT },
  );
  if (run.code !== 0 || !existsSync(result))
    throw new BenchError(
      `The pipeline failed on ${what} (exit code ${run.code}). If src/pipeline is mid-change, retry in a few minutes.\n${tail(run.stderr || run.stdout)}`,
    );
  const parsed = JSON.parse(readFileSync(result, 'utf8')) as PipelineChildResult;
  rmSync(result, { force: true });
  if (parsed.writeError)
    progress.log(`The pipeline ran but writing its output failed on ${what}: ${parsed.writeError}`);
  if (parsed.unplacedStages.length > 0)
    progress.log(
      `note: stage(s) ${parsed.unplacedStages.join(', ')} are not in PHASES (scripts/lib/bench-pipeline.ts); their peak RSS window is a guess.`,
    );
  return parsed;
}

/**
 * `repeat` cold pipeline runs of one corpus, each into an output folder of its own and each
 * followed by a floor run, so that the two see the machine in the same state.
 */
async function measure(
  seeds: string,
  n: number,
): Promise<{ pipelines: PipelineChildResult[]; floors: FloorChildResult[] }> {
  const pipelines: PipelineChildResult[] = [];
  const floors: FloorChildResult[] = [];
  for (let r = 1; r <= repeat; r++) {
    const outDir = mkdtempSync(join(cache, 'out-'));
    leftovers.push(outDir);
    const what = `${n} articles${repeat > 1 ? ` (run ${r} of ${repeat})` : ''}`;
    pipelines.push(await pipeline(seeds, outDir, what));
    floors.push(await floor(seeds));
  }
  return { pipelines, floors };
}

async function floor(seeds: string): Promise<FloorChildResult> {
  const result = join(cache, `floor-${process.pid}.json`);
  const run = await runChild(process.execPath, [FLOOR_CHILD, '--seeds', seeds, '--result', result], { cwd: ROOT });
  if (run.code !== 0 || !existsSync(result))
    throw new BenchError(`The floor run failed (exit code ${run.code}).\n${tail(run.stderr || run.stdout)}`);
  const parsed = JSON.parse(readFileSync(result, 'utf8')) as FloorChildResult;
  rmSync(result, { force: true });
  return parsed;
}

/** Top-level entries of the project not needed to build the site (or generated by it). */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'reports',
  'test-results',
  '.cache',
  'tests',
  'seeds',
]);

/**
 * The full site build, as `npm run build` does it, in a temporary copy of the project (its own
 * content/generated, dist and Astro cache; node_modules linked). Returns seconds and peak RSS per step,
 * and what readers of the built site download (`weigh`).
 */
async function site(seeds: string): Promise<{ steps: SiteSteps; weight: SiteWeight }> {
  const dir = mkdtempSync(join(cache, 'site-'));
  try {
    cpSync(ROOT, dir, {
      recursive: true,
      filter: (src) => {
        const rel = relative(ROOT, src);
        return !NOT_COPIED.has(rel.split('/')[0]!) && rel !== 'content/generated';
      },
    });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // Keep Astro's cache (content data store) inside the copy, so the build is cold and shares nothing.
    renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.bench-base.mjs'));
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "import base from './astro.config.bench-base.mjs';\nexport default { ...base, cacheDir: './.bench-astro-cache' };\n",
    );
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const commands: Array<[string, string[]]> = [
      ['content', [join(dir, 'scripts/build-content.ts'), '--seeds', seeds, '--out', 'content/generated']],
      ['astro', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']],
      ['pagefind', [join(dir, 'scripts/search-index.ts'), '--site', 'dist']],
    ];
    const out: SiteSteps = {};
    for (const [name, args] of commands) {
      const run = await runChild(process.execPath, args, { cwd: dir, env, measureRss: true });
      if (run.code !== 0)
        throw new BenchError(
          `The site build failed at "${name}" (exit code ${run.code}).\n${tail(run.stderr || run.stdout)}`,
        );
      out[name] = { seconds: Math.round(run.seconds * 100) / 100, peakRssMb: run.peakRssMb };
    }
    return { steps: out, weight: await weigh(dir) };
  } finally {
    leftovers.push(dir);
  }
}

/**
 * The built site in `dir` weighed as readers get it: every claim page gzipped, and the search
 * page with its first query for the entity in most claims, in Chromium, served as a static host
 * serves it (gzipped text). Without Chromium the search is reported as not measured.
 */
async function weigh(dir: string): Promise<SiteWeight> {
  const dist = join(dir, 'dist');
  const pages = await weighClaimPages(dist);
  const weight = {
    claimPages: pages.pages,
    largestClaimPage: pages.largest,
    claimPagesOverBudget: pages.over.length,
    claimPagesWithBlockingScript: pages.blocking.length,
  };
  const query = busiestEntity(join(dir, 'content/generated/entities'));
  if (query === null) return { ...weight, search: { query, skipped: 'the site has no entity pages to search for' } };
  if (!existsSync(CHROMIUM_PATH))
    return { ...weight, search: { query, skipped: `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)` } };
  const { server, url } = await serve(dist, 0);
  try {
    const browser = await launchChromium();
    try {
      const search = await searchTransfer(browser, url, query, 120_000);
      return {
        ...weight,
        search: {
          query,
          bytes: search.bytes,
          requests: search.requests.length,
          results: search.results,
          heaviest: search.requests
            .map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes }))
            .sort((a, b) => b.bytes - a.bytes)
            .slice(0, 4),
        },
      };
    } finally {
      await browser.close();
    }
  } catch (error) {
    return { ...weight, search: { query, failed: (error as Error).message.split('\n')[0]! } };
  } finally {
    server.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(cache, { recursive: true });
  const loadBefore = loadavg();
  const touch = memoryTouch();
  const runs: BenchRun[] = [];
  const details: RunDetails[] = [];
  let incremental: IncrementalRun | null = null;

  for (const n of sizes) {
    const seeds = await step(
      n,
      'corpus',
      () => corpus(n),
      () => 'ready',
    );
    const { pipelines, floors } = await step(
      n,
      'pipeline',
      () => measure(seeds, n),
      ({ pipelines, floors }) => {
        const p = median(pipelines);
        const runs = repeat > 1 ? ` (runs ${pipelines.map((r) => r.seconds.toFixed(2)).join(', ')})` : '';
        return `${p.seconds.toFixed(2)} s${runs}, ${Math.round(p.peakRssMb)} MB, ${p.claims} claims; floor ${median(floors).seconds.toFixed(2)} s`;
      },
    );
    const p = median(pipelines);
    const f = median(floors);
    const peakRssMb = Math.max(...pipelines.map((r) => r.peakRssMb));
    let siteSteps: RunDetails['site'] = null;
    let siteWeight: SiteWeight | undefined;
    let siteError: string | undefined;
    if (n === smallest) {
      // A build of the corpus with an empty per-article cache, then one article more into the
      // same output folder with that cache, as `npm run content` does on the second run.
      const grown = corpus(n + 1);
      const outDir = mkdtempSync(join(cache, 'out-'));
      leftovers.push(outDir);
      const pipelineCache = mkdtempSync(join(cache, 'pipeline-cache-'));
      try {
        const { fill, inc } = await step(
          n,
          'incremental',
          async () => {
            const fill = await pipeline(seeds, outDir, `${n} articles (filling the cache)`, pipelineCache);
            return { fill, inc: await pipeline(grown, outDir, `${n} + 1 articles`, pipelineCache) };
          },
          ({ inc }) => `${inc.seconds.toFixed(2)} s`,
        );
        incremental = {
          articles: n,
          seconds: inc.seconds,
          fullSeconds: p.seconds,
          cacheFillSeconds: fill.seconds,
          stages: Object.fromEntries(Object.entries(inc.stages).map(([k, v]) => [k, v.seconds])),
          ...(inc.cache ? { cache: inc.cache } : {}),
        };
      } finally {
        leftovers.push(pipelineCache);
      }
    }
    if (options.siteSizes.includes(n)) {
      // A failed site build is reported and recorded; the pipeline runs of the other sizes still go on.
      const built = await step(
        n,
        'site',
        () =>
          site(seeds).catch((error: unknown) => {
            if (!(error instanceof BenchError)) throw error;
            siteError = error.message;
            return null;
          }),
        (r) =>
          r
            ? `${Object.values(r.steps)
                .reduce((a, s) => a + s.seconds, 0)
                .toFixed(1)} s`
            : 'FAILED',
      );
      siteSteps = built?.steps ?? null;
      siteWeight = built?.weight;
      if (siteError) progress.log(siteError);
    }
    runs.push({
      articles: n,
      pipeline: { seconds: p.seconds, peakRssMb, stages: p.stages },
      floor: { seconds: f.seconds },
      site: siteSteps
        ? { seconds: Math.round(Object.values(siteSteps).reduce((a, s) => a + s.seconds, 0) * 100) / 100 }
        : null,
    });
    details.push({
      articles: n,
      sources: p.sources,
      sentences: p.sentences,
      claims: p.claims,
      comparisons: p.comparisons,
      parallel: p.parallel,
      pipelineRuns: pipelines.map((r) => r.seconds),
      floorRuns: floors.map((r) => r.seconds),
      floorSentences: f.sentences,
      floorPeakRssMb: f.peakRssMb,
      site: siteSteps,
      ...(siteWeight ? { siteWeight } : {}),
      ...(siteError ? { siteError } : {}),
      ...(p.writeError ? { writeError: p.writeError } : {}),
    });
  }
  progress.finish();
  removeLeftovers();

  const result: BenchResult = {
    runs,
    incremental,
    details,
    environment: {
      node: process.version,
      cpus: cpus().length,
      totalMemoryMb: Math.round(totalmem() / 1048576),
      loadAverageBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
      loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
      seed,
      date: new Date().toISOString(),
      memoryTouch: touch,
    },
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  for (const line of formatReport(result)) console.log(line);
  console.log(`\nresult written to ${options.out}`);
  if (details.some((d) => d.siteError || d.writeError)) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  progress.finish();
  removeLeftovers();
  if (error instanceof BenchError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
