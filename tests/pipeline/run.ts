/** Runs the pipeline over a folder of articles, as the build script does, for tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGazetteer } from '../../src/pipeline/gazetteer.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';
import { readSeeds } from '../../src/pipeline/ingest.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = resolve(ROOT, 'seeds');

export function loadGazetteer() {
  const file = resolve(ROOT, 'content/entities.yaml');
  return parseGazetteer(readFileSync(file, 'utf8'), file);
}

export async function runOn(dir: string): Promise<PipelineResult> {
  const { files, messages } = await readSeeds(dir);
  const result = await runPipeline(files, { gazetteer: loadGazetteer() });
  result.messages.unshift(...messages);
  return result;
}
