/** The benchmark's command line, its stage attribution and the shape of its JSON — never its timings. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BenchArgsError, parseBenchArgs } from '../../scripts/lib/bench-args.ts';
import { attributeStages, PHASES } from '../../scripts/lib/bench-pipeline.ts';
import {
  checkTargets,
  formatReport,
  median,
  memoryTouch,
  type BenchResult,
  type RunDetails,
  type SiteWeight,
} from '../../scripts/lib/bench-report.ts';
import { peakIn } from '../../scripts/lib/rss-sampler.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseBenchArgs', () => {
  it('reads sizes, output, flags and defaults', () => {
    const o = parseBenchArgs(['--articles', '10000, 1000,1000', '--out', 'x.json', '--pipeline-only']);
    expect(o.sizes).toEqual([1000, 10000]);
    expect(o.out).toBe(resolve('x.json'));
    expect(o.pipelineOnly).toBe(true);
    expect(o.siteSizes).toEqual([]);
    expect(o.seed).toBe(1);
    expect(o.repeat).toBe(3);
    expect(o.cache).toMatch(/crosscheck-bench$/);
    expect(parseBenchArgs(['--articles', '5', '--out', 'y', '--repeat', '1']).repeat).toBe(1);
    expect(parseBenchArgs(['--articles', '5', '--out', 'y', '--seed', '9', '--cache', 'c']).seed).toBe(9);
  });

  it('builds the site for the smallest size unless told which sizes', () => {
    expect(parseBenchArgs(['--articles', '10000,1000', '--out', 'x']).siteSizes).toEqual([1000]);
    const both = parseBenchArgs(['--articles', '1000,10000', '--out', 'x', '--site-articles', '10000, 1000,10000']);
    expect(both.siteSizes).toEqual([1000, 10000]);
    expect(both.pipelineOnly).toBe(false);
    expect(parseBenchArgs(['--articles', '1000,10000', '--out', 'x', '--site-articles', '10000']).siteSizes).toEqual([
      10000,
    ]);
  });

  it.each([
    [['--out', 'x.json'], /--articles is required/],
    [['--articles', '1000'], /--out FILE is required/],
    [['--articles', '10k', '--out', 'x'], /"10k" is not a positive whole number/],
    [['--articles', '0', '--out', 'x'], /not a positive whole number/],
    [['--articles', '5', '--out', 'x', '--seed', 'seven'], /--seed must be/],
    [['--articles', '5', '--out', 'x', '--bogus'], /Unknown option/],
    [['--articles', '5', '--out', 'x', '--repeat', '0'], /--repeat must be a whole number from 1/],
    [['--articles', '5', '--out', 'x', '--repeat', 'two'], /--repeat must be/],
    [['--articles', '1000', '--out', 'x', '--site-articles', '10000'], /10000 is not among --articles \(1000\)/],
    [['--articles', '5', '--out', 'x', '--site-articles', '5', '--pipeline-only'], /contradict each other/],
    [
      ['--articles', '5', '--out', 'x', '--site-articles', 'all'],
      /--site-articles: "all" is not a positive whole number/,
    ],
  ])('rejects %j with a message saying what to write', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('stage attribution', () => {
  const MB = 1048576;
  const samples = [0, 10, 20, 30, 40, 50, 60].map((t, i) => ({ t, rss: (i + 1) * 100 * MB }));

  it('takes the highest sample in a window, or the nearest ones when the window has none', () => {
    expect(peakIn(samples, 5, 35)).toBe(400 * MB);
    expect(peakIn(samples, 11, 12)).toBe(300 * MB);
  });

  it('gives interleaved stages their group window and lays groups out in order', () => {
    const timings = { decode: 0.01, clean: 0.01, metadata: 0.005, segment: 0.005, publish: 0.02 };
    const { stages, unplaced } = attributeStages(timings, samples, 0, 60);
    expect(unplaced).toEqual([]);
    expect(Object.keys(stages)).toEqual(['decode', 'clean', 'metadata', 'segment', 'publish']);
    expect(stages['clean']!.peakRssMb).toBe(stages['segment']!.peakRssMb);
    expect(stages['decode']!.peakRssMb).toBe(200);
    expect(stages['publish']!.peakRssMb).toBe(700);
    expect(stages['clean']!.seconds).toBe(0.01);
  });

  it('names stages it does not know', () => {
    expect(attributeStages({ decode: 0.01, dedupe: 0.01 }, samples, 0, 60).unplaced).toEqual(['dedupe']);
    expect(PHASES.flat()).toContain('align');
  });
});

describe('median', () => {
  it('picks the middle run, and of an even number the faster middle one', () => {
    const runs = [3, 1, 2].map((seconds, i) => ({ seconds, i }));
    expect(median(runs)).toEqual({ seconds: 2, i: 2 });
    expect(median([...runs, { seconds: 9, i: 3 }])).toEqual({ seconds: 2, i: 2 });
    expect(median([{ seconds: 5 }])).toEqual({ seconds: 5 });
    expect(() => median([])).toThrow(/no runs/);
  });
});

describe('memoryTouch', () => {
  it('times new memory and the same memory again, in seconds per GB', () => {
    const { firstSecondsPerGb, againSecondsPerGb } = memoryTouch(8);
    expect(firstSecondsPerGb).toBeGreaterThan(0);
    expect(againSecondsPerGb).toBeGreaterThan(0);
    expect(Number.isFinite(firstSecondsPerGb + againSecondsPerGb)).toBe(true);
  });
});

describe('report', () => {
  const result: BenchResult = {
    runs: [
      {
        articles: 10,
        pipeline: { seconds: 1, peakRssMb: 100, stages: { clean: { seconds: 0.5, peakRssMb: 90 } } },
        floor: { seconds: 0.2 },
        site: { seconds: 30 },
      },
      {
        articles: 100,
        pipeline: { seconds: 9, peakRssMb: 300, stages: { clean: { seconds: 4, peakRssMb: 200 } } },
        floor: { seconds: 2 },
        site: null,
      },
    ],
    incremental: { articles: 10, seconds: 0.9, fullSeconds: 1 },
    details: [],
    environment: {
      node: 'v24',
      cpus: 2,
      totalMemoryMb: 1000,
      loadAverageBefore: [0, 0, 0],
      loadAverageAfter: [0, 0, 0],
      seed: 1,
      date: '',
    },
  };

  it('checks the issue-6 targets against the largest and smallest runs', () => {
    const checks = checkTargets(result);
    expect(checks.map((c) => c.pass)).toEqual([true, true, true, true]);
    expect(checks[0]!.value).toBe('4.5×');
  });

  it('prints the tables and calls a rerun with no reuse a full rerun', () => {
    const text = formatReport(result).join('\n');
    expect(text).toContain('| 100 | 9.00 | 300 | 2.00 | 4.5× |');
    expect(text).toContain('| clean | 0.500 | 90 | 4.000 | 200 | 8.0 |');
    expect(text).toContain('a full rerun');
    expect(text).not.toContain('ran cold several times');
    expect(text).not.toContain('new memory');
    const touched = formatReport({
      ...result,
      environment: { ...result.environment, memoryTouch: { firstSecondsPerGb: 2.8, againSecondsPerGb: 0.06 } },
    }).join('\n');
    expect(touched).toContain('Filling 1 GB of new memory took 2.80 s, and 0.06 s again');
  });

  /** A size's details: one run and no site, unless told otherwise. */
  const detail = (articles: number, more: Partial<RunDetails> = {}): RunDetails => ({
    articles,
    sources: articles,
    sentences: 0,
    claims: 0,
    comparisons: 0,
    parallel: { threads: 1, byWorkers: 0 },
    pipelineRuns: [1],
    floorRuns: [0.2],
    floorSentences: 0,
    floorPeakRssMb: null,
    site: null,
    ...more,
  });

  it('reports the time and memory of each site built, and a failed one as failed', () => {
    const step = (seconds: number, peakRssMb: number | null) => ({ seconds, peakRssMb });
    const big = { content: step(40, 1700), astro: step(500, 5000), pagefind: step(180, 11000) };
    const both: BenchResult = {
      ...result,
      runs: [result.runs[0]!, { ...result.runs[1]!, site: { seconds: 720 } }],
      details: [
        detail(10, { site: { content: step(5, 500), astro: step(20, 1300), pagefind: step(5, null) } }),
        detail(100, { site: big }),
      ],
    };
    const checks = checkTargets(both);
    expect(checks.at(-1)).toEqual({
      target: 'full site 100 completes',
      value: '720.0 s, peak RSS 11,000 MB',
      pass: true,
    });
    const text = formatReport(both).join('\n');
    expect(text).toContain('site build, 10 articles: content 5.0 s (500 MB), astro 20.0 s (1,300 MB), pagefind 5.0 s');
    expect(text).toContain(
      'site build, 100 articles: content 40.0 s (1,700 MB), astro 500.0 s (5,000 MB), pagefind 180.0 s (11,000 MB)',
    );
    const failed = checkTargets({
      ...both,
      runs: [result.runs[0]!, { ...result.runs[1]!, site: null }],
      details: [both.details[0]!, detail(100, { siteError: 'The site build failed at "astro".' })],
    });
    expect(failed.at(-1)).toEqual({ target: 'full site 100 completes', value: 'failed', pass: false });
  });

  it('checks each weighed site against the page budgets, and says when the search was not measured', () => {
    const weight = (more: Partial<SiteWeight> = {}): SiteWeight => ({
      claimPages: 51288,
      largestClaimPage: { page: 'claims/abc/index.html', bytes: 16_077 },
      claimPagesOverBudget: 0,
      claimPagesWithBlockingScript: 0,
      search: {
        query: '北约',
        bytes: 98_304,
        requests: 14,
        results: 5,
        heaviest: [
          { path: '/pagefind/wasm.unknown.pagefind', bytes: 56_320 },
          { path: '/pagefind/index/zh-cn_1.pf_index', bytes: 20_480 },
        ],
      },
      ...more,
    });
    const weighed = (w: SiteWeight) =>
      checkTargets({ ...result, details: [detail(10), detail(100, { siteWeight: w })] });
    expect(weighed(weight()).slice(-2)).toEqual([
      {
        target: 'claim pages 100 < 30 KB gzipped, no render-blocking script',
        value: 'largest 15.7 KB of 51,288; 0 over, 0 blocking',
        pass: true,
      },
      { target: 'search 100, first query < 150 KB', value: '96.0 KB for "北约" (14 requests, 5 results)', pass: true },
    ]);
    expect(weighed(weight({ claimPagesOverBudget: 2 })).at(-2)!.pass).toBe(false);
    expect(weighed(weight({ claimPagesWithBlockingScript: 1 })).at(-2)!.pass).toBe(false);
    expect(weighed(weight({ claimPages: 0, largestClaimPage: null })).at(-2)!.pass).toBe(false);
    expect(weighed(weight({ search: { query: '北约', bytes: 160_000, requests: 30, results: 5 } })).at(-1)!.pass).toBe(
      false,
    );
    expect(weighed(weight({ search: { query: '北约', bytes: 1000, requests: 3, results: 0 } })).at(-1)!.pass).toBe(
      false,
    );
    expect(weighed(weight({ search: { query: '北约', failed: 'Timeout 120000ms exceeded.' } })).at(-1)).toEqual({
      target: 'search 100, first query < 150 KB',
      value: 'failed for "北约": Timeout 120000ms exceeded.',
      pass: false,
    });
    const skipped = weight({
      search: { query: '北约', skipped: 'no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)' },
    });
    expect(weighed(skipped).at(-1)!.target).toMatch(/^claim pages/);
    const text = formatReport({ ...result, details: [detail(10), detail(100, { siteWeight: weight() })] }).join('\n');
    expect(text).toContain(
      'site weight, 100 articles: 51,288 claim pages gzipped, largest 15.7 KB (claims/abc/index.html); search "北约" with its first query 96.0 KB in 14 requests (largest: wasm.unknown.pagefind 55.0 KB, zh-cn_1.pf_index 20.0 KB)',
    );
    const notMeasured = formatReport({ ...result, details: [detail(100, { siteWeight: skipped })] }).join('\n');
    expect(notMeasured).toContain('search not measured: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');
  });

  it('lists every run of a size that ran more than once', () => {
    const details = [detail(10), detail(100, { pipelineRuns: [9.5, 9, 11], floorRuns: [2, 2.1, 1.9] })];
    const text = formatReport({ ...result, details }).join('\n');
    expect(text).toContain(
      '  100: pipeline 9.50, 9.00, 11.00 s; floor 2.00, 2.10, 1.90 s; pipeline/floor run by run 4.8×, 4.3×, 5.8×',
    );
    expect(text).not.toContain('  10: pipeline');
  });
});

describe('bench run (tiny, pipeline only)', () => {
  it('writes JSON in the documented shape', () => {
    const out = join(tmp, 'bench.json');
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'scripts/bench.ts'),
        '--articles',
        '20',
        '--pipeline-only',
        '--repeat',
        '2',
        '--out',
        out,
        '--cache',
        join(tmp, 'cache'),
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: unknown[];
      incremental: unknown;
      details: { pipelineRuns: number[]; floorRuns: number[] }[];
      environment: { memoryTouch: { firstSecondsPerGb: number; againSecondsPerGb: number } };
    };
    expect(json.environment.memoryTouch.firstSecondsPerGb).toBeGreaterThan(0);
    expect(json.environment.memoryTouch.againSecondsPerGb).toBeGreaterThan(0);
    // The runs' output folders are gone once the bench ends; the generated corpus stays for the next run.
    expect(readdirSync(join(tmp, 'cache')).filter((f) => !f.startsWith('corpus-'))).toEqual([]);
    expect(json.runs).toHaveLength(1);
    const run = json.runs[0] as Record<string, unknown>;
    expect(Object.keys(run).sort()).toEqual(['articles', 'floor', 'pipeline', 'site']);
    expect(run['articles']).toBe(20);
    expect(run['site']).toBeNull();
    const floor = run['floor'] as Record<string, unknown>;
    expect(Object.keys(floor)).toEqual(['seconds']);
    expect(floor['seconds']).toEqual(expect.any(Number));
    const pipeline = run['pipeline'] as {
      seconds: unknown;
      peakRssMb: unknown;
      stages: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(pipeline).sort()).toEqual(['peakRssMb', 'seconds', 'stages']);
    expect(pipeline.seconds).toEqual(expect.any(Number));
    // Two runs of each: the faster is reported, the floor likewise.
    const [{ pipelineRuns, floorRuns }] = json.details as [(typeof json.details)[0]];
    expect(pipelineRuns).toHaveLength(2);
    expect(floorRuns).toHaveLength(2);
    expect(pipeline.seconds).toBe(Math.min(...pipelineRuns));
    expect(floor['seconds']).toBe(Math.min(...floorRuns));
    expect(pipeline.peakRssMb).toEqual(expect.any(Number));
    expect(Object.keys(pipeline.stages)).toEqual(expect.arrayContaining(['read', 'decode', 'clean', 'write']));
    for (const stage of Object.values(pipeline.stages)) {
      expect(Object.keys(stage).sort()).toEqual(['peakRssMb', 'seconds']);
      expect(stage['seconds']).toEqual(expect.any(Number));
      expect(stage['peakRssMb']).toEqual(expect.any(Number));
    }
    expect(json.incremental).toMatchObject({
      articles: 20,
      seconds: expect.any(Number),
      fullSeconds: expect.any(Number),
    });
  });
});
