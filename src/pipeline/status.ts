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
    for (const w of s.wire) byWire.set(w, [...(byWire.get(w) ?? []), i]);
  });
  const sharedWires: string[] = [];
  for (const [wire, members] of byWire) {
    if (members.length < 2) continue;
    sharedWires.push(wire);
    for (const m of members.slice(1)) parent[find(m)] = find(members[0]!);
  }
  return { groups: new Set(sources.map((_, i) => find(i))).size, sharedWires: sharedWires.sort() };
}

/** The rules published on the methodology page, in order: contested, evolving, corroborated, single-source. */
export function claimStatus(input: StatusInput): StatusResult {
  const { groups, sharedWires } = independentSources(input.sources);
  const n = input.sources.length;
  const contradicts = input.relations.filter((r) => r.relation === 'contradicts').length;
  const updatedBy = input.relations.filter((r) => r.relation === 'updates' && r.direction === 'to').length;
  const updates = input.relations.filter((r) => r.relation === 'updates' && r.direction === 'from').length;
  const base = { independent: groups, sharedWires };
  if (contradicts > 0) {
    return { ...base, status: 'contested', reason: `${contradicts} 条相关说法与此相矛盾（来源或被引述方说法冲突）。` };
  }
  if (updatedBy > 0) {
    return { ...base, status: 'evolving', reason: `此后有 ${updatedBy} 条报道更新了这一说法，差异可由时间先后解释。` };
  }
  if (groups >= 2) {
    return { ...base, status: 'corroborated', reason: `${groups} 个相互独立的来源给出一致的说法。` };
  }
  if (n >= 2) {
    return {
      ...base,
      status: 'single-source',
      reason: `${n} 个来源报道，但均转述${sharedWires.join('、')}，不是相互独立的证据。`,
    };
  }
  if (updates > 0) {
    return { ...base, status: 'single-source', reason: '仅一个来源报道；它更新了此前的说法。' };
  }
  return { ...base, status: 'single-source', reason: '目前仅有一个来源报道这一说法。' };
}
