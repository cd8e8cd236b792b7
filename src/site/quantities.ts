/** Which numbers differ between the evidence of one claim, compared unit by unit. */
import type { ClaimPage } from '../schema.ts';

type Evidence = ClaimPage['evidence'][number];

/**
 * Units for which the evidence does not agree: at least two pieces of evidence mention the unit
 * and their values (or approximation words) are not all the same.
 * `5 hour` vs `5 hour (near)` differ; a unit mentioned by one source only does not.
 */
export function differingUnits(evidence: readonly Evidence[]): Set<string> {
  const byUnit = new Map<string, { sources: Set<number>; values: Set<string> }>();
  evidence.forEach((e, i) => {
    for (const q of e.quantities) {
      const entry = byUnit.get(q.unit) ?? { sources: new Set(), values: new Set() };
      entry.sources.add(i);
      entry.values.add(`${q.value}|${q.approx}`);
      byUnit.set(q.unit, entry);
    }
  });
  const out = new Set<string>();
  for (const [unit, { sources, values }] of byUnit) if (sources.size > 1 && values.size > 1) out.add(unit);
  return out;
}

/** True when the evidence refers to more than one date. */
export function datesDiffer(evidence: readonly Evidence[]): boolean {
  return new Set(evidence.map((e) => e.date).filter(Boolean)).size > 1;
}

/** `5 hour (near)` — how a quantity is shown in the evidence card. */
export function formatQuantity(q: Evidence['quantities'][number]): string {
  return q.approx && q.approx !== 'exact' ? `${q.value} ${q.unit}（${q.approx}）` : `${q.value} ${q.unit}`;
}
