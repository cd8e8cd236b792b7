/**
 * The benchmark's JSON result and its readable table. `runs` has exactly the shape issue 6 fixes;
 * the other top-level keys (`incremental`, `details`, `environment`) add context and may grow.
 */
import { CLAIM_PAGE_BUDGET, SEARCH_FIRST_QUERY_BUDGET } from './page-weight.ts';

export interface StageRun {
  seconds: number;
  peakRssMb: number;
}

export interface BenchRun {
  articles: number;
  pipeline: { seconds: number; peakRssMb: number; stages: Record<string, StageRun> };
  floor: { seconds: number };
  site: { seconds: number } | null;
}

/** Rerun after adding one article to the smallest corpus, into the same output folder. */
export interface IncrementalRun {
  /** Articles before the one added. */
  articles: number;
  seconds: number;
  /** The cold full run of `articles`, for comparison. */
  fullSeconds: number;
  /** The run of `articles` that filled the cache the rerun reads (a cold run plus cache writes). */
  cacheFillSeconds?: number;
  /** Seconds per stage of the rerun. */
  stages?: Record<string, number>;
  /** Cache entries the rerun reused and computed. */
  cache?: { hits: number; misses: number };
}

/** What each run saw and did beyond the fixed shape: output counts, floor memory, site steps. */
export interface RunDetails {
  articles: number;
  sources: number;
  sentences: number;
  claims: number;
  comparisons: number;
  /** Threads of the per-article stages, and articles the worker threads did. */
  parallel: { threads: number; byWorkers: number };
  /** Seconds of every cold pipeline run and of every floor run, in the order they ran (`runs` has the medians). */
  pipelineRuns: number[];
  floorRuns: number[];
  floorSentences: number;
  floorPeakRssMb: number | null;
  /** Seconds and peak RSS (largest single process, MB) of each site-build step. */
  site: Record<string, { seconds: number; peakRssMb: number | null }> | null;
  /** What readers of the built site download: its claim pages and a search (see `page-weight.ts`). */
  siteWeight?: SiteWeight;
  /** Why the site build failed, when it did. */
  siteError?: string;
  /** Why the pipeline's write stage failed, when it did: its seconds then stop at the failure. */
  writeError?: string;
}

/** A built site weighed against the page budgets (`scripts/lib/page-weight.ts`). */
export interface SiteWeight {
  claimPages: number;
  /** The heaviest claim page (its path in `dist`), HTML plus CSS, bytes gzipped. */
  largestClaimPage: { page: string; bytes: number } | null;
  claimPagesOverBudget: number;
  claimPagesWithBlockingScript: number;
  /**
   * The search page with its first query, for the entity in most claims: bytes transferred,
   * requests and results shown; why it was not measured (no browser here); or how it failed.
   */
  search:
    | {
        query: string;
        bytes: number;
        requests: number;
        results: number;
        /** The largest requests, largest first: their paths and bytes. */
        heaviest?: { path: string; bytes: number }[];
      }
    | { query: string | null; skipped: string }
    | { query: string; failed: string };
}

export interface BenchResult {
  runs: BenchRun[];
  incremental: IncrementalRun | null;
  details: RunDetails[];
  environment: {
    node: string;
    cpus: number;
    totalMemoryMb: number;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
    seed: number;
    date: string;
    /**
     * Seconds to fill 1 GB of memory the process touches for the first time, and the same memory
     * again (see `memoryTouch`): where first touches are slow (some virtual machines), a pipeline
     * that holds gigabytes is slowed and the floor, which holds megabytes, is not.
     */
    memoryTouch?: { firstSecondsPerGb: number; againSecondsPerGb: number };
  };
}

/**
 * Times filling `mb` MB of new memory, then filling it again, in seconds per GB: the cost of
 * memory touched for the first time on this machine, next to that of memory already touched.
 */
export function memoryTouch(mb = 256): { firstSecondsPerGb: number; againSecondsPerGb: number } {
  const buffer = Buffer.allocUnsafeSlow(mb * 1048576);
  const perGb = (ms: number) => Math.round((ms / 1000) * (1024 / mb) * 1000) / 1000;
  let t0 = performance.now();
  buffer.fill(1);
  const first = perGb(performance.now() - t0);
  t0 = performance.now();
  buffer.fill(2);
  return { firstSecondsPerGb: first, againSecondsPerGb: perGb(performance.now() - t0) };
}

/** Issue 6 targets, as predicates over a result. */
export interface TargetCheck {
  target: string;
  value: string;
  pass: boolean;
}

/** The item with the median `seconds` (of an even number, the lower middle one): a run that happened. */
export function median<T extends { seconds: number }>(xs: T[]): T {
  if (xs.length === 0) throw new Error('median: no runs.');
  return [...xs].sort((a, b) => a.seconds - b.seconds)[(xs.length - 1) >> 1]!;
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;

export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const runs = result.runs;
  if (runs.length === 0) return checks;
  const big = runs.at(-1)!;
  const small = runs[0]!;
  const vsFloor = big.pipeline.seconds / Math.max(1e-9, big.floor.seconds);
  checks.push({
    target: `pipeline ${int(big.articles)} within 10× floor`,
    value: `${fixed(vsFloor, 1)}×`,
    pass: vsFloor <= 10,
  });
  checks.push({
    target: `pipeline ${int(big.articles)} peak RSS < 2 GB`,
    value: `${int(big.pipeline.peakRssMb)} MB`,
    pass: big.pipeline.peakRssMb < 2048,
  });
  if (runs.length > 1) {
    const ratio = big.pipeline.seconds / Math.max(1e-9, small.pipeline.seconds);
    const limit = 1.2 * (big.articles / small.articles);
    checks.push({
      target: `${int(big.articles)}/${int(small.articles)} time ratio ≤ ${fixed(limit, 0)}`,
      value: fixed(ratio, 1),
      pass: ratio <= limit,
    });
  }
  if (small.site)
    checks.push({
      target: `full site ${int(small.articles)} < 2 min`,
      value: `${fixed(small.site.seconds, 1)} s`,
      pass: small.site.seconds < 120,
    });
  // Larger sites need only build on this machine: their time and memory are what is reported.
  for (const r of runs.slice(1)) {
    const steps = result.details.find((d) => d.articles === r.articles)?.site;
    if (!r.site || !steps) continue;
    const peaks = Object.values(steps).flatMap((s) => (s.peakRssMb === null ? [] : [s.peakRssMb]));
    checks.push({
      target: `full site ${int(r.articles)} completes`,
      value: `${fixed(r.site.seconds, 1)} s${peaks.length > 0 ? `, peak RSS ${int(Math.max(...peaks))} MB` : ''}`,
      pass: true,
    });
  }
  for (const d of result.details)
    if (d.siteError) checks.push({ target: `full site ${int(d.articles)} completes`, value: 'failed', pass: false });
  for (const { articles, siteWeight: w } of result.details) {
    if (!w) continue;
    checks.push({
      target: `claim pages ${int(articles)} < ${CLAIM_PAGE_BUDGET / 1024} KB gzipped, no render-blocking script`,
      value: `largest ${kb(w.largestClaimPage?.bytes ?? 0)} of ${int(w.claimPages)}; ${int(w.claimPagesOverBudget)} over, ${int(w.claimPagesWithBlockingScript)} blocking`,
      pass: w.claimPages > 0 && w.claimPagesOverBudget === 0 && w.claimPagesWithBlockingScript === 0,
    });
    if ('failed' in w.search)
      checks.push({
        target: `search ${int(articles)}, first query < ${SEARCH_FIRST_QUERY_BUDGET / 1024} KB`,
        value: `failed for "${w.search.query}": ${w.search.failed}`,
        pass: false,
      });
    if ('bytes' in w.search)
      checks.push({
        target: `search ${int(articles)}, first query < ${SEARCH_FIRST_QUERY_BUDGET / 1024} KB`,
        value: `${kb(w.search.bytes)} for "${w.search.query}" (${w.search.requests} requests, ${int(w.search.results)} results)`,
        pass: w.search.bytes < SEARCH_FIRST_QUERY_BUDGET && w.search.results > 0,
      });
  }
  return checks;
}

/** The readable report: Markdown tables, so it can be pasted into the README. */
export function formatReport(result: BenchResult): string[] {
  const lines: string[] = [];
  const runs = result.runs;
  lines.push(
    '| articles | pipeline s | peak RSS MB | floor s | pipeline/floor | site s | sources | sentences | claims |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    const d = result.details.find((x) => x.articles === r.articles);
    lines.push(
      `| ${int(r.articles)} | ${fixed(r.pipeline.seconds)} | ${int(r.pipeline.peakRssMb)} | ${fixed(r.floor.seconds)} | ${fixed(r.pipeline.seconds / Math.max(1e-9, r.floor.seconds), 1)}× | ${r.site ? fixed(r.site.seconds, 1) : '—'} | ${d ? int(d.sources) : '—'} | ${d ? int(d.sentences) : '—'} | ${d ? int(d.claims) : '—'} |`,
    );
  }
  const repeated = result.details.filter((d) => d.pipelineRuns.length > 1);
  if (repeated.length > 0) {
    lines.push('');
    lines.push('Each size ran cold several times, each run followed by a floor run; the table has the median run.');
    // Each floor ran right after its pipeline run, on the machine as it was then: run by run, the ratio.
    for (const d of repeated)
      lines.push(
        `  ${int(d.articles)}: pipeline ${d.pipelineRuns.map((s) => fixed(s)).join(', ')} s; floor ${d.floorRuns.map((s) => fixed(s)).join(', ')} s; pipeline/floor run by run ${d.pipelineRuns.map((s, k) => `${fixed(s / Math.max(1e-9, d.floorRuns[k] ?? Number.NaN), 1)}×`).join(', ')}`,
      );
  }
  if (runs.length > 1) {
    const a = runs[0]!;
    const b = runs.at(-1)!;
    lines.push('');
    lines.push(
      `${int(b.articles)}/${int(a.articles)} (${fixed(b.articles / a.articles, 0)}× the articles): pipeline ${fixed(b.pipeline.seconds / a.pipeline.seconds, 1)}× the time, floor ${fixed(b.floor.seconds / a.floor.seconds, 1)}×, peak RSS ${fixed(b.pipeline.peakRssMb / a.pipeline.peakRssMb, 1)}×.`,
    );
  }

  const stages = [...new Set(runs.flatMap((r) => Object.keys(r.pipeline.stages)))];
  if (stages.length > 0) {
    lines.push('');
    lines.push(
      `| stage | ${runs.map((r) => `${int(r.articles)} s | ${int(r.articles)} MB`).join(' | ')}${runs.length > 1 ? ' | time ratio' : ''} |`,
    );
    lines.push(`|---|${runs.map(() => '---:|---:').join('|')}|${runs.length > 1 ? '---:|' : ''}`);
    for (const s of stages) {
      const cells = runs.map((r) => {
        const st = r.pipeline.stages[s];
        return st ? `${fixed(st.seconds, 3)} | ${int(st.peakRssMb)}` : '— | —';
      });
      let ratio = '';
      if (runs.length > 1) {
        const a = runs[0]!.pipeline.stages[s]?.seconds ?? 0;
        const b = runs.at(-1)!.pipeline.stages[s]?.seconds ?? 0;
        ratio = ` | ${a >= 0.005 ? `${fixed(b / a, 1)}` : '—'}`;
      }
      lines.push(`| ${s} | ${cells.join(' | ')}${ratio} |`);
    }
  }

  const built = result.details.filter((d) => d.site);
  if (built.length > 0) lines.push('');
  for (const { articles, site } of built)
    lines.push(
      `site build, ${int(articles)} articles: ${Object.entries(site!)
        .map(([k, v]) => `${k} ${fixed(v.seconds, 1)} s${v.peakRssMb === null ? '' : ` (${int(v.peakRssMb)} MB)`}`)
        .join(', ')}`,
    );
  for (const { articles, siteWeight: w } of result.details) {
    if (!w) continue;
    const largest = w.largestClaimPage ? `, largest ${kb(w.largestClaimPage.bytes)} (${w.largestClaimPage.page})` : '';
    const search =
      'bytes' in w.search
        ? `search "${w.search.query}" with its first query ${kb(w.search.bytes)} in ${w.search.requests} requests${
            w.search.heaviest?.length
              ? ` (largest: ${w.search.heaviest.map((r) => `${r.path.split('/').at(-1)} ${kb(r.bytes)}`).join(', ')})`
              : ''
          }`
        : 'skipped' in w.search
          ? `search not measured: ${w.search.skipped}`
          : `search for "${w.search.query}" FAILED: ${w.search.failed}`;
    lines.push(`site weight, ${int(articles)} articles: ${int(w.claimPages)} claim pages gzipped${largest}; ${search}`);
  }
  for (const d of result.details)
    if (d.writeError)
      lines.push(
        '',
        `pipeline, ${int(d.articles)} articles: writing the output FAILED (times stop there) — ${d.writeError}`,
      );
  for (const d of result.details)
    if (d.siteError)
      lines.push(
        '',
        `site build, ${int(d.articles)} articles: FAILED — ${d.siteError.split('\n').slice(0, 4).join(' ')}`,
      );
  const inc = result.incremental;
  if (inc) {
    const share = inc.seconds / Math.max(1e-9, inc.fullSeconds);
    const verdict =
      inc.cache && inc.cache.hits > 0
        ? 'per-article work reused from the cache; the rest is corpus-wide (entities, align, publish, write)'
        : share > 0.5
          ? 'a full rerun: nothing is reused from the previous build'
          : 'reuses most of the previous build';
    lines.push('');
    lines.push(
      `incremental: ${int(inc.articles)} + 1 article into the same output: ${fixed(inc.seconds)} s (cold full run of ${int(inc.articles)}: ${fixed(inc.fullSeconds)} s, ${fixed(share * 100, 0)} %) — ${verdict}.`,
    );
    if (inc.cacheFillSeconds !== undefined)
      lines.push(
        `  the first build of ${int(inc.articles)} with an empty cache took ${fixed(inc.cacheFillSeconds)} s${inc.cache ? `; the rerun reused ${int(inc.cache.hits)} cache entries and computed ${int(inc.cache.misses)}` : ''}.`,
      );
    if (inc.stages)
      lines.push(
        `  rerun stages: ${Object.entries(inc.stages)
          .map(([k, v]) => `${k} ${fixed(v)} s`)
          .join(', ')}`,
      );
  }
  const checks = checkTargets(result);
  if (checks.length > 0) {
    lines.push('');
    for (const c of checks) lines.push(`${c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.value}`);
  }
  const env = result.environment;
  lines.push('');
  lines.push(
    `Node ${env.node}, ${env.cpus} cores, ${int(env.totalMemoryMb)} MB; load average ${env.loadAverageBefore.map((n) => fixed(n)).join(' ')} before, ${env.loadAverageAfter.map((n) => fixed(n)).join(' ')} after; seed ${env.seed}.`,
  );
  if (env.memoryTouch)
    lines.push(
      `Filling 1 GB of new memory took ${fixed(env.memoryTouch.firstSecondsPerGb)} s, and ${fixed(env.memoryTouch.againSecondsPerGb)} s again: the pipeline holds gigabytes and the floor megabytes, so slow first touches raise pipeline/floor.`,
    );
  return lines;
}
