/**
 * What a journalist must see on the seeds: the claims that overlap across the seed articles,
 * related and given a status. Claims are found by what their quotes say, never by id.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/pipeline/index.ts';
import { ROOT, SEEDS, runOn } from './run.ts';

type Claim = PipelineResult['claims'][number];

function claimQuoting(result: PipelineResult, ...parts: string[]): Claim {
  const found = result.claims.filter((c) => c.evidence.some((e) => parts.every((p) => e.quote.includes(p))));
  expect(found, `a claim quoting ${parts.join(' … ')}`).toHaveLength(1);
  return found[0]!;
}

const relation = (from: Claim, to: Claim) => from.related.find((r) => r.claimId === to.id)?.relation;

let seeds: PipelineResult;
let withHant: PipelineResult;
beforeAll(async () => {
  seeds = await runOn(SEEDS);
  const dir = mkdtempSync(join(tmpdir(), 'cc-hant-'));
  cpSync(SEEDS, dir, { recursive: true });
  cpSync(resolve(ROOT, 'tests/fixtures/pipeline/zh-hant-same-events'), dir, { recursive: true });
  withHant = await runOn(dir);
});

describe('claims across the seed articles', () => {
  it("contests Russia's claim to control the city, linked to Ukraine's denial and the earlier think-tank report", () => {
    const control = claimQuoting(seeds, '俄军已经控制', '红军城');
    const denial = claimQuoting(seeds, '予以否认');
    const report = claimQuoting(seeds, '突出部');
    expect(control.status).toBe('contested');
    expect(relation(control, denial)).toBe('contradicts');
    expect(relation(control, report)).toBe('updates');
    expect(control.entities).toEqual(
      expect.arrayContaining(report.entities.filter((e) => control.entities.includes(e))),
    );
  });

  it('contests the count of points of the revised plan', () => {
    const nineteen = claimQuoting(seeds, '19点计划');
    const twenty = claimQuoting(seeds, '20点文件');
    expect(nineteen.id).not.toBe(twenty.id);
    expect(relation(nineteen, twenty)).toBe('contradicts');
    expect(nineteen.status).toBe('contested');
    expect(twenty.status).toBe('contested');
  });

  it('corroborates the nearly five-hour Kremlin meeting with both reports', () => {
    const meeting = claimQuoting(seeds, '持续近5小时');
    expect(meeting.evidence.map((e) => e.quote).join('\n')).toContain('近5个小时');
    expect(new Set(meeting.evidence.map((e) => e.sourceId)).size).toBe(2);
    expect(meeting.status).toBe('corroborated');
  });

  it('does not call the two PURL money figures a contradiction', () => {
    const total = claimQuoting(seeds, '近60亿美元');
    const five = claimQuoting(seeds, '近10亿美元');
    expect(relation(total, five)).not.toBe('contradicts');
    expect(relation(five, total)).not.toBe('contradicts');
  });

  it('joins a traditional-Chinese report of the same events to the same claims', () => {
    const meeting = claimQuoting(withHant, '持续近5小时');
    const hant = meeting.evidence.find((e) => e.quote.includes('會談持續近5小時'));
    expect(hant, 'the traditional report is evidence of the meeting claim').toBeDefined();
    const control = claimQuoting(withHant, '俄军已经控制', '红军城');
    expect(control.evidence.some((e) => e.quote.includes('紅軍城'))).toBe(true);
    expect(control.id).toBe(claimQuoting(seeds, '俄军已经控制', '红军城').id);
  });
});
