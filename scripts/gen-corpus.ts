/**
 * Generates a deterministic synthetic corpus of Chinese news articles for benchmarks.
 *   node scripts/gen-corpus.ts --articles N --seed S --out DIR [--gazetteer FILE] [--force]
 * Same seed → byte-identical files. Entities come from the gazetteer (default
 * `content/entities.yaml`, a built-in list if it is missing) plus invented ones.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { poolsFromFile, writeCorpus } from './lib/corpus-files.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    gazetteer: { type: 'string', default: 'content/entities.yaml' },
    force: { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1)
  fail(`--articles must be a positive whole number (got "${values.articles ?? ''}"). Example: --articles 1000`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
  fail(`--seed must be a whole number from 0 to 4294967295 (got "${values.seed}").`);
if (!values.out) fail('--out DIR is required: the folder to write the articles into.');
const out = resolve(values.out!);

let existing: string[] = [];
try {
  existing = readdirSync(out);
} catch {
  // A new folder.
}
if (existing.length > 0) {
  if (!values.force)
    fail(`${out} is not empty. Choose an empty folder, or pass --force to replace its .txt and .meta.json files.`);
  for (const f of existing) if (/\.(txt|meta\.json)$/.test(f)) rmSync(join(out, f));
}

const started = performance.now();
writeCorpus(out, articles, seed, poolsFromFile(resolve(values.gazetteer)));
console.log(
  `${articles} articles (seed ${seed}) written to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
