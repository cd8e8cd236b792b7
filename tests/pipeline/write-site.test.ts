/** writeSite on real pipeline output: claims.json as publish built it, and pages checked before they are written. */
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/pipeline/index.ts';
import type { ClaimPage } from '../../src/schema.ts';
import { buildReport, type BuildReport } from '../../src/pipeline/report.ts';
import { writeSite, WritingThreads } from '../../src/pipeline/write.ts';
import { runOn, SEEDS } from './run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

let tmp: string;
let result: PipelineResult;
let report: BuildReport;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'crosscheck-write-'));
  result = await runOn(SEEDS);
  report = buildReport(result);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeSite', () => {
  it('writes claims.json as publish built it, a withdrawn claim left out', async () => {
    const withdrawn = result.claims.find((c) => c.related.length > 0)!;
    const claims = result.claims.map((c) =>
      c === withdrawn ? { ...c, editorial: { ...c.editorial, hidden: true } } : c,
    );
    const edited = { ...result, claims };
    // What claims.json must hold, worked out here: every claim, or all but the withdrawn one (and
    // no link to it).
    const all = claimsFileOf(result);
    const withoutWithdrawn = {
      ...all,
      claims: all.claims
        .filter((c) => c.id !== withdrawn.id)
        .map((c) => ({ ...c, related: c.related.filter((r) => r.claimId !== withdrawn.id) })),
    };
    for (const [name, r, expected] of [
      ['all', result, all],
      ['withdrawn', edited, withoutWithdrawn],
    ] as const) {
      // Writing threads started ahead of time, as the CLI starts them, are told the withdrawn claims too.
      for (const threads of [undefined, new WritingThreads()]) {
        const out = join(tmp, `${name}-${threads ? 'ahead' : 'own'}`);
        await writeSite(r, report, out, threads);
        expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
        expect(existsSync(join(out, 'claims', `${withdrawn.id}.md`))).toBe(true);
      }
    }
    expect(withoutWithdrawn.claims.length).toBe(all.claims.length - 1);
    expect(claimsFileOf(edited)).toEqual(withoutWithdrawn);
  });

  it('stops at a page that fails its schema, naming it and the first issue, and does not write that page', async () => {
    const bad = result.claims[0]!;
    const [evidence, ...more] = bad.evidence;
    const cases: [ClaimPage, string][] = [
      [{ ...bad, status: 'rumoured' as never }, 'at status: Invalid option'],
      [{ ...bad, evidence: [{ ...evidence!, quote: '' }, ...more] }, 'at evidence.0.quote: Too small'],
    ];
    for (const [i, [page, issue]] of cases.entries()) {
      const broken = { ...result, claims: [page, ...result.claims.slice(1)] };
      const out = join(tmp, `broken-${i}`);
      await expect(writeSite(broken, report, out)).rejects.toThrow(
        new RegExp(`claims/${bad.id}\\.md does not match its schema ${issue}`, 'u'),
      );
      expect(existsSync(join(out, 'claims', `${bad.id}.md`))).toBe(false);
    }
  });

  it('starts its threads one after another, each once the one before has loaded, or all when asked', async () => {
    const threads = new WritingThreads();
    try {
      expect(threads.workers).toHaveLength(1);
      await once(threads.workers[0]!, 'message');
      expect(threads.workers).toHaveLength(2);
    } finally {
      await threads.close();
    }
    const asked = new WritingThreads();
    try {
      expect(asked.all()).toHaveLength(2);
    } finally {
      await asked.close();
    }
    // One ahead: the other starts when asked for.
    const one = new WritingThreads(1);
    try {
      await once(one.workers[0]!, 'message');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(one.workers).toHaveLength(1);
      expect(one.all()).toHaveLength(2);
    } finally {
      await one.close();
    }
  });

  it('says so, and writes nothing, when a writing thread started ahead has stopped', async () => {
    const threads = new WritingThreads();
    await threads.workers[0]!.terminate();
    const out = join(tmp, 'stopped');
    await expect(writeSite(result, report, out, threads)).rejects.toThrow(/A writing thread stopped/u);
    expect(existsSync(out)).toBe(false);
  });
});
