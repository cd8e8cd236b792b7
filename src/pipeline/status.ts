/** Status: what the evidence and the relations say about one claim, with a one-line reason. */
import type { Relation } from './align.ts';

export type Status = 'corroborated' | 'contested' | 'single-source' | 'evolving';

export interface StatusInput {
  /** One entry per evidence source: its id and the wires it relays. */
  sources: { id: string; outlet: string | null; wire: string[] }[];
  /** Relations this claim takes part in (either side). */
  relations: { relation: Relation; direction: 'from' | 'to' }[];
}

export interface StatusResult {
  status: Status;
  reason: string;
  /** Groups of sources that are not independent of one another (they relay the same wire). */
  independent: number;
  sharedWires: string[];
}

/**
 * Sources that relay the same wire count once: `新华社` relayed by two papers is one witness.
 * Returns the number of independent groups and the wires shared by more than one source.
 */
export function independentSources(sources: StatusInput['sources']): { groups: number; sharedWires: string[] } {
  const parent = sources.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const byWire = new Map<string, number[]>();
  sources.forEach((s, i) => {
    for (const w of s.wire) {
      const members = byWire.get(w);
      if (members) members.push(i);
      else byWire.set(w, [i]);
    }
  });
  const sharedWires: string[] = [];
  for (const [wire, members] of byWire) {
    if (members.length < 2) continue;
    sharedWires.push(wire);
    for (let k = 1; k < members.length; k++) parent[find(members[k]!)] = find(members[0]!);
  }
  // One group per root.
  const groups = parent.filter((p, i) => p === i).length;
  return { groups, sharedWires: sharedWires.sort() };
}

/** The rules published on the methodology page, in order: contested, evolving, corroborated, single-source. */
export function claimStatus(input: StatusInput): StatusResult {
  const { groups, sharedWires } = independentSources(input.sources);
  const n = input.sources.length;
  let contradicts = 0;
  let updatedBy = 0;
  let updates = 0;
  for (const r of input.relations) {
    if (r.relation === 'contradicts') contradicts++;
    else if (r.relation === 'updates' && r.direction === 'to') updatedBy++;
    else if (r.relation === 'updates' && r.direction === 'from') updates++;
  }
  const result = (status: Status, reason: string): StatusResult => ({
    independent: groups,
    sharedWires,
    status,
    reason,
  });
  if (contradicts > 0) {
    return result('contested', `${contradicts} 条相关说法与此相矛盾（来源或被引述方说法冲突）。`);
  }
  if (updatedBy > 0) {
    return result('evolving', `此后有 ${updatedBy} 条报道更新了这一说法，差异可由时间先后解释。`);
  }
  if (groups >= 2) {
    return result('corroborated', `${groups} 个相互独立的来源给出一致的说法。`);
  }
  if (n >= 2) {
    return result('single-source', `${n} 个来源报道，但均转述${sharedWires.join('、')}，不是相互独立的证据。`);
  }
  if (updates > 0) {
    return result('single-source', '仅一个来源报道；它更新了此前的说法。');
  }
  return result('single-source', '目前仅有一个来源报道这一说法。');
}
