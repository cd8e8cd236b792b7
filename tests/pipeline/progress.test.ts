import { describe, expect, it } from 'vitest';
import { PIPELINE_STAGES, runPipeline, type PipelineStage } from '../../src/pipeline/index.ts';
import { readSeeds } from '../../src/pipeline/ingest.ts';
import { loadGazetteer, SEEDS } from './run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

describe('progress reporting', () => {
  it('tells every stage in order, each article once, and does not change the result', async () => {
    const { files } = await readSeeds(SEEDS);
    const calls: [PipelineStage, number, number][] = [];
    const withProgress = await runPipeline(files, {
      gazetteer: loadGazetteer(),
      onProgress: (stage, done, total) => calls.push([stage, done, total]),
    });
    const without = await runPipeline(files, { gazetteer: loadGazetteer() });
    expect(JSON.stringify(claimsFileOf(withProgress))).toBe(JSON.stringify(claimsFileOf(without)));

    // Stages first appear in pipeline order.
    const firsts = [...new Set(calls.map(([stage]) => stage))];
    expect(firsts).toEqual(PIPELINE_STAGES.filter((s) => firsts.includes(s)));
    expect(firsts).toEqual(expect.arrayContaining(['prepare', 'annotate', 'align', 'publish']));
    // Article counts run 1..n for the per-article stages.
    for (const stage of ['prepare', 'annotate'] as const) {
      const counts = calls.filter(([s, done]) => s === stage && done > 0).map(([, done]) => done);
      const total = calls.find(([s, done]) => s === stage && done > 0)![2];
      expect(counts.slice(0, total)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(total).toBe(withProgress.sources.length);
    }
  });
});
