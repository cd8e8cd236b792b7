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
import { runPipeline } from '../src/pipeline/index.ts';
import { checkOutDir, readSeeds } from '../src/pipeline/ingest.ts';
import { FileCache, pipelineVersion } from '../src/pipeline/cache.ts';
import { buildReport, formatReport } from '../src/pipeline/report.ts';
import { writeSite } from '../src/pipeline/write.ts';

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
const { files, messages } = await readSeeds(seeds);
const cache = values.cache
  ? new FileCache(resolve(values['cache-dir']), pipelineVersion(resolve(import.meta.dirname, '../src/pipeline')))
  : undefined;
const result = runPipeline(files, {
  gazetteer,
  editorial: { overrides, file: values.overrides },
  ...(cache ? { cache } : {}),
});
result.messages.unshift(...messages);
const report = buildReport(result);
await writeSite(result, report, resolve(values.out));

for (const line of formatReport(report)) console.log(line);
const reused = cache ? ` (cache: ${cache.hits} reused, ${cache.misses} computed)` : '';
console.log(`content written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}`);
const problems = result.messages.filter((m) => m.severity === 'error' || values.strict);
if (values.strict && problems.length > 0) {
  console.error(`--strict: ${problems.length} problem(s) with the inputs; see above.`);
  process.exit(1);
}
