/**
 * Benchmark child: the floor. Reads every `.txt` file of a corpus and splits it into sentences
 * with `Intl.Segmenter('zh', { granularity: 'sentence' })`, nothing else; writes the seconds to
 * `--result FILE`. Any pipeline has to do at least this much.
 *   node scripts/lib/bench-floor.ts --seeds DIR --result FILE
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { highWaterMark, mb, now } from './rss-sampler.ts';

export interface FloorChildResult {
  seconds: number;
  peakRssMb: number | null;
  files: number;
  sentences: number;
}

const { values } = parseArgs({ options: { seeds: { type: 'string' }, result: { type: 'string' } } });
if (!values.seeds || !values.result) throw new Error('bench-floor: --seeds and --result are required.');

const t0 = now();
const names = (await readdir(values.seeds, { recursive: true })).filter((n) => n.endsWith('.txt')).sort();
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const decoder = new TextDecoder('utf-8');
let sentences = 0;
for (const name of names) {
  const text = decoder.decode(await readFile(join(values.seeds, name)));
  for (const _ of segmenter.segment(text)) sentences++;
}
const t1 = now();
const hwm = highWaterMark();
const result: FloorChildResult = {
  seconds: Math.round(t1 - t0) / 1000,
  peakRssMb: hwm === null ? null : mb(hwm),
  files: names.length,
  sentences,
};
writeFileSync(values.result, JSON.stringify(result));
