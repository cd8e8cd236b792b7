/** Command-line options of `scripts/bench.ts`, parsed and checked in one place. */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Corpus sizes, ascending, without duplicates. */
  sizes: number[];
  /** Where the JSON result goes. */
  out: string;
  /** Skip the full site build (Astro + Pagefind). */
  pipelineOnly: boolean;
  /**
   * Sizes whose full site build is measured, each one of `sizes`, ascending; none with
   * `pipelineOnly`. @default the smallest size
   */
  siteSizes: number[];
  /** Corpus seed. @default 1 */
  seed: number;
  /** Folder for cached corpora and temporary outputs. @default `<os tmpdir>/crosscheck-bench` */
  cache: string;
  /**
   * Cold pipeline runs per size, each followed by a floor run; the medians are reported.
   * @default 3 — one run on a shared machine can be a third off.
   */
  repeat: number;
}

/** A bad command line; the message says what is wrong and what to write instead. */
export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

export const USAGE =
  'usage: node scripts/bench.ts --articles 1000,10000 --out FILE [--pipeline-only | --site-articles 1000,10000] [--repeat N] [--seed S] [--cache DIR]';

/** Parses `argv` (without the node and script paths). Throws `BenchArgsError` on a bad command line. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string' },
        out: { type: 'string' },
        'pipeline-only': { type: 'boolean', default: false },
        'site-articles': { type: 'string' },
        seed: { type: 'string', default: '1' },
        repeat: { type: 'string', default: '3' },
        cache: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchArgsError(`${(error as Error).message}\n${USAGE}`);
  }
  const articles = values['articles'];
  if (typeof articles !== 'string' || articles.trim() === '')
    throw new BenchArgsError(
      `--articles is required: a comma-separated list of corpus sizes such as 1000,10000.\n${USAGE}`,
    );
  const sizes = sizeList('--articles', articles);
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  const pipelineOnly = values['pipeline-only'] === true;
  const siteArticles = values['site-articles'];
  let siteSizes = pipelineOnly ? [] : [sorted[0]!];
  if (typeof siteArticles === 'string') {
    if (pipelineOnly)
      throw new BenchArgsError('--site-articles and --pipeline-only contradict each other: give one of them.');
    siteSizes = [...new Set(sizeList('--site-articles', siteArticles))].sort((a, b) => a - b);
    const missing = siteSizes.filter((n) => !sorted.includes(n));
    if (missing.length > 0)
      throw new BenchArgsError(
        `--site-articles: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not among --articles (${sorted.join(',')}); a site is built from a corpus the bench also measures.`,
      );
  }
  const out = values['out'];
  if (typeof out !== 'string' || out === '')
    throw new BenchArgsError(`--out FILE is required: where to write the JSON result.\n${USAGE}`);
  const seedText = String(values['seed']);
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || seed > 0xffffffff)
    throw new BenchArgsError(`--seed must be a whole number from 0 to 4294967295 (got "${seedText}").`);
  const repeatText = String(values['repeat']);
  const repeat = Number(repeatText);
  if (!/^\d+$/.test(repeatText) || repeat < 1 || repeat > 99)
    throw new BenchArgsError(`--repeat must be a whole number from 1 to 99 (got "${repeatText}").`);
  const cache = typeof values['cache'] === 'string' ? values['cache'] : join(tmpdir(), 'crosscheck-bench');
  return {
    sizes: sorted,
    out: resolve(out),
    pipelineOnly,
    siteSizes,
    seed,
    cache: resolve(cache),
    repeat,
  };
}

/** Corpus sizes from a comma-separated list (`option` names it in the message). */
function sizeList(option: string, text: string): number[] {
  return text.split(',').map((part) => {
    const trimmed = part.trim();
    const n = Number(trimmed);
    if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(n) || n < 1)
      throw new BenchArgsError(`${option}: "${part}" is not a positive whole number. Write sizes like 1000,10000.`);
    return n;
  });
}
