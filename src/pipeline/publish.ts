/**
 * Publish: turn aligned claims into the page models and public data the site is built from.
 * Pure; ordering is fixed so the same input gives byte-identical output.
 */
import type { Alignment, Relation } from './align.ts';
import {
  applyClusterEdits,
  isClaimOverride,
  unknownClaimMessage,
  type Correction,
  type Override,
} from './editorial.ts';
import type { ClaimCandidate } from './extract.ts';
import type { SourceRecord } from './index.ts';
import { hiddenClaimIds, sourceUrl } from './public-data.ts';
import { claimStatus, type StatusInput } from './status.ts';
import type { Entity, Message } from './types.ts';
import type { ClaimPage, EntityPage, SourcePage } from '../schema.ts';

export interface PublishedSite {
  claims: ClaimPage[];
  sourcePages: SourcePage[];
  entityPages: EntityPage[];
  redirects: { from: string; to: string }[];
  /** The public corrections log, newest first. */
  corrections: Correction[];
}

export interface EditorialInput {
  overrides: Override[];
  /** The overrides file, for messages. */
  file: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NONE: readonly string[] = [];

/** The distinct strings of a list, sorted: `[...new Set(list)].sort(compare)`, sorting `list` in place. */
function sortedUnique(list: string[]): string[] {
  list.sort(compare);
  let kept = 0;
  for (const x of list) if (kept === 0 || x !== list[kept - 1]) list[kept++] = x;
  list.length = kept;
  return list;
}

/** One evidence per source: the first sentence of that source in the claim. */
function evidenceOf(members: ClaimCandidate[]): ClaimCandidate[] {
  if (members.length < 2) return members;
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.sentence.sourceId) && seen.add(m.sentence.sourceId));
}

/** What a source gives each of its evidence items and the status rules. */
interface Reporter {
  meta: SourceRecord['meta'];
  witness: StatusInput['sources'][number];
}

export function publish(
  sources: SourceRecord[],
  aligned: Alignment,
  entities: Entity[],
  editorial: EditorialInput = { overrides: [], file: 'content/overrides.yaml' },
  messages: Message[] = [],
): PublishedSite {
  const reporters = new Map<string, Reporter>(
    sources.map((s) => [s.id, { meta: s.meta, witness: { id: s.id, outlet: s.meta.outlet, wire: s.meta.wire } }]),
  );
  const edited = applyClusterEdits(aligned.clusters, aligned.relations, editorial.overrides, editorial.file);
  messages.push(...edited.messages);
  const corrections = [...edited.corrections];
  const published = new Map(sources.map((s) => [s.id, s.meta.publishedAt ?? '9999']));
  const time = (m: ClaimCandidate) => published.get(m.sentence.sourceId)!;
  const byTime = (a: ClaimCandidate, b: ClaimCandidate) =>
    (a.sentence.sourceId !== b.sentence.sourceId && compare(time(a), time(b))) || a.order - b.order;
  // The edited clusters are fresh arrays: each is put in time order in place.
  const alignment = {
    clusters: edited.clusters.map((members) => members.sort(byTime)),
    relations: edited.relations as { from: number; to: number; relation: Relation }[],
  };
  // Sentences that also state a claim from inside another one (edits keep them with their claim).
  const secondaryOf = new Map<ClaimCandidate, ClaimCandidate[]>();
  aligned.clusters.forEach((members, c) => {
    if (aligned.secondary[c]?.length) secondaryOf.set(members[0]!, aligned.secondary[c]);
  });
  const allEvidence = alignment.clusters.map((members) => {
    let withSecondary: ClaimCandidate[] | undefined;
    for (const m of members) {
      const more = secondaryOf.get(m);
      if (more) (withSecondary ??= [...members]).push(...more);
    }
    return evidenceOf(withSecondary ? withSecondary.sort(byTime) : members);
  });
  // The source of each evidence item, looked up once.
  const reportersOf = allEvidence.map((evidence) => evidence.map((m) => reporters.get(m.sentence.sourceId)!));

  // Claim ids: the fingerprint of the earliest evidence; unique even if two claims share one.
  const ids: string[] = [];
  const taken = new Set<string>();
  for (const members of alignment.clusters) {
    let id = members[0]!.fingerprint;
    for (let k = 2; taken.has(id); k++) id = `${members[0]!.fingerprint}-${k}`;
    taken.add(id);
    ids.push(id);
  }

  const relationsOf = alignment.clusters.map(
    () => [] as { other: number; relation: 'contradicts' | 'updates' | 'agrees'; direction: 'from' | 'to' }[],
  );
  for (const r of alignment.relations) {
    relationsOf[r.from]!.push({ other: r.to, relation: r.relation, direction: 'from' });
    relationsOf[r.to]!.push({ other: r.from, relation: r.relation, direction: 'to' });
  }

  const statuses = alignment.clusters.map((_, c) =>
    claimStatus({ sources: reportersOf[c]!.map((r) => r.witness), relations: relationsOf[c]! }),
  );

  // What a claim shows among another's related claims: its statement, status and the date it is
  // listed under (its first report's), looked up once per claim.
  const firstDates = alignment.clusters.map(
    (members) => reporters.get(members[0]!.sentence.sourceId)!.meta.publishedAt,
  );
  const statements = alignment.clusters.map((members) => members[0]!.statement);
  const statusNames = statuses.map((s) => s.status);
  // Built in the order they are listed and written (by id): a page's objects then lie near those
  // of the pages before and after it in memory, and serialising them all reads memory in order.
  const byId = ids.map((_, c) => c).sort((a, b) => compare(ids[a]!, ids[b]!));
  const claims: ClaimPage[] = byId.map((c) => {
    const members = alignment.clusters[c]!;
    const evidence = allEvidence[c]!;
    const from = reportersOf[c]!;
    // Evidence is in time order, so its dates are too.
    let firstSeen: string | null = null;
    let lastChanged: string | null = null;
    for (const { meta } of from) {
      if (!meta.publishedAt) continue;
      firstSeen ??= meta.publishedAt;
      lastChanged = meta.publishedAt;
    }
    let score = -Infinity;
    for (const m of members) score = Math.max(score, m.score);
    const entityIds: string[] = [];
    for (const m of evidence) for (const e of m.sentence.entities) entityIds.push(e.entityId);
    const aliases: string[] = [];
    for (const m of members) if (m.fingerprint !== ids[c]) aliases.push(m.fingerprint);
    const status = statuses[c]!;
    return {
      id: ids[c]!,
      statement: members[0]!.statement,
      status: status.status,
      statusReason: status.reason,
      score,
      entities: sortedUnique(entityIds),
      evidence: evidence.map((m, k) => {
        const s = m.sentence;
        const { meta } = from[k]!;
        return {
          sourceId: s.sourceId,
          quote: s.text,
          paragraph: s.paragraph,
          speaker: s.attribution.speaker,
          attribution: s.attribution.chain,
          date: s.dates[0]?.value ?? null,
          fingerprint: m.fingerprint,
          outlet: meta.outlet,
          wire: meta.wire,
          sourceTitle: meta.title,
          publishedAt: meta.publishedAt,
          verb: s.attribution.verb,
          quantities: s.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit, approx: q.approx })),
          denial: s.cues.denial || s.cues.negation,
          hedge: s.cues.hedge || s.cues.plan,
        };
      }),
      related: relationsOf[c]!.map((r) => ({
        claimId: ids[r.other]!,
        relation: r.relation,
        statement: statements[r.other]!,
        date: firstDates[r.other]!,
        status: statusNames[r.other]!,
      })).sort((a, b) => compare(a.date ?? '', b.date ?? '') || compare(a.claimId, b.claimId)),
      aliases: sortedUnique(aliases),
      firstSeen,
      lastChanged,
      sharedWires: status.sharedWires,
      editorial: { verdict: null, notes: [], originalStatement: null, hidden: false },
    };
  });

  // Editors' decisions on single claims, by permanent id (current id or any alias).
  const claimOverrides = editorial.overrides.filter(isClaimOverride);
  const claimById = new Map<string, ClaimPage>();
  if (claimOverrides.length > 0) {
    for (const c of claims) {
      if (!claimById.has(c.id)) claimById.set(c.id, c);
      for (const id of c.aliases) if (!claimById.has(id)) claimById.set(id, c);
    }
  }
  for (const o of claimOverrides) {
    const c = claimById.get(o.claim);
    if (!c) {
      messages.push(unknownClaimMessage(editorial.file, o, o.claim));
      continue;
    }
    if (o.verdict) {
      c.editorial.verdict = o.verdict;
      corrections.push({
        date: o.date,
        claimId: c.id,
        action: 'verdict',
        detail: `状态由“${c.status}”改为“${o.verdict}”（编辑裁定）`,
      });
      c.status = o.verdict;
      c.statusReason = `编辑于 ${o.date} 裁定。${o.note ?? ''}`.trim();
    }
    if (o.statement) {
      c.editorial.originalStatement = c.statement;
      corrections.push({
        date: o.date,
        claimId: c.id,
        action: 'statement',
        detail: `陈述由“${c.statement}”更正为“${o.statement}”`,
      });
      c.statement = o.statement;
    }
    if (o.hide) {
      c.editorial.hidden = true;
      corrections.push({
        date: o.date,
        claimId: c.id,
        action: 'hide',
        detail: `撤下这一说法${o.note ? `：${o.note}` : ''}`,
      });
    }
    if (o.note) {
      c.editorial.notes.push({ date: o.date, text: o.note });
      if (!o.verdict && !o.hide) corrections.push({ date: o.date, claimId: c.id, action: 'note', detail: o.note });
    }
  }
  for (const c of claims) c.editorial.notes.sort((a, b) => compare(a.date, b.date));
  corrections.sort((a, b) => compare(b.date, a.date) || compare(a.claimId, b.claimId) || compare(a.action, b.action));
  const hidden = new Set(hiddenClaimIds(claims));

  const redirects: PublishedSite['redirects'] = [];
  for (const c of claims) for (const from of c.aliases) if (!taken.has(from)) redirects.push({ from, to: c.id });
  redirects.sort((a, b) => compare(a.from, b.from));

  const claimOf = new Map<ClaimCandidate, string>();
  alignment.clusters.forEach((members, c) => {
    if (!hidden.has(ids[c]!)) for (const m of members) claimOf.set(m, ids[c]!);
  });
  // A sentence that is also evidence of other claims is listed under those too, after its own.
  const alsoOf = new Map<ClaimCandidate, string[]>();
  allEvidence.forEach((evidence, c) => {
    if (hidden.has(ids[c]!)) return;
    for (const m of evidence) {
      if (claimOf.get(m) === ids[c]) continue;
      const list = alsoOf.get(m);
      if (list) list.push(ids[c]!);
      else alsoOf.set(m, [ids[c]!]);
    }
  });

  const sourcePages: SourcePage[] = sources.map((s) => {
    // The claims each sentence is highlighted for, by paragraph, in reading order.
    const highlights = new Map<number, SourcePage['paragraphs'][number]['claims']>();
    const claimIds: string[] = [];
    for (const m of s.candidates) {
      const own = claimOf.get(m);
      const also = alsoOf.get(m) ?? NONE;
      if (own === undefined && also.length === 0) continue;
      const { paragraph, start, end } = m.sentence;
      let list = highlights.get(paragraph);
      if (!list) highlights.set(paragraph, (list = []));
      for (const claimId of own === undefined ? also : [own, ...also]) {
        list.push({ start, end, claimId });
        claimIds.push(claimId);
      }
    }
    return {
      id: s.id,
      inputFile: s.decoded.name,
      url: sourceUrl(s.id),
      title: s.meta.title,
      outlet: s.meta.outlet,
      wire: s.meta.wire,
      publishedAt: s.meta.publishedAt,
      script: s.meta.script,
      removed: s.doc.removed.map((r) => ({ kind: r.kind, text: r.text, start: r.start, end: r.end })),
      originalUrl: s.meta.url,
      encoding: s.decoded.encoding,
      // Paragraph numbers are unique within a source, so no list is shared.
      paragraphs: s.paragraphs.map((p) => ({ ...p, claims: highlights.get(p.n) ?? [] })),
      claims: sortedUnique(claimIds),
    };
  });

  const claimsOfEntity = new Map<string, string[]>();
  for (const c of claims) {
    for (const e of c.entities) {
      const list = claimsOfEntity.get(e);
      if (list) list.push(c.id);
      else claimsOfEntity.set(e, [c.id]);
    }
  }
  const mentioned = new Set<string>();
  for (const s of sources) for (const x of s.sentences) for (const e of x.entities) mentioned.add(e.entityId);
  const entityPages: EntityPage[] = entities
    .filter((e) => mentioned.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      origin: e.origin,
      claims: claimsOfEntity.get(e.id) ?? [],
    }))
    .sort((a, b) => compare(a.id, b.id));

  return { claims, sourcePages, entityPages, redirects, corrections };
}
