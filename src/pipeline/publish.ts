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
import { claimStatus } from './status.ts';
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

/** One evidence per source: the first sentence of that source in the claim. */
function evidenceOf(members: ClaimCandidate[]): ClaimCandidate[] {
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.sentence.sourceId) && seen.add(m.sentence.sourceId));
}

export function publish(
  sources: SourceRecord[],
  aligned: Alignment,
  entities: Entity[],
  editorial: EditorialInput = { overrides: [], file: 'content/overrides.yaml' },
  messages: Message[] = [],
): PublishedSite {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const edited = applyClusterEdits(aligned.clusters, aligned.relations, editorial.overrides, editorial.file);
  messages.push(...edited.messages);
  const corrections = [...edited.corrections];
  const published = new Map(sources.map((s) => [s.id, s.meta.publishedAt ?? '9999']));
  const time = (m: ClaimCandidate) => published.get(m.sentence.sourceId)!;
  const byTime = (a: ClaimCandidate, b: ClaimCandidate) => compare(time(a), time(b)) || a.order - b.order;
  const alignment = {
    clusters: edited.clusters.map((members) => [...members].sort(byTime)),
    relations: edited.relations as { from: number; to: number; relation: Relation }[],
  };
  // Sentences that also state a claim from inside another one (edits keep them with their claim).
  const secondaryOf = new Map<ClaimCandidate, ClaimCandidate[]>();
  aligned.clusters.forEach((members, c) => secondaryOf.set(members[0]!, aligned.secondary[c] ?? []));
  const allEvidence = alignment.clusters.map((members) =>
    evidenceOf([...members, ...members.flatMap((m) => secondaryOf.get(m) ?? [])].sort(byTime)),
  );

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

  const statuses = alignment.clusters.map((_, c) => {
    const evidence = allEvidence[c]!;
    return claimStatus({
      sources: evidence.map((m) => {
        const meta = byId.get(m.sentence.sourceId)!.meta;
        return { id: m.sentence.sourceId, outlet: meta.outlet, wire: meta.wire };
      }),
      relations: relationsOf[c]!,
    });
  });

  // The date a claim is listed under among another's related claims: its first report's.
  const firstDates = alignment.clusters.map((members) => byId.get(members[0]!.sentence.sourceId)!.meta.publishedAt);
  const claims: ClaimPage[] = alignment.clusters.map((members, c) => {
    const evidence = allEvidence[c]!;
    const dates = evidence
      .map((m) => byId.get(m.sentence.sourceId)!.meta.publishedAt)
      .filter((d): d is string => !!d)
      .sort(compare);
    const status = statuses[c]!;
    return {
      id: ids[c]!,
      statement: members[0]!.statement,
      status: status.status,
      statusReason: status.reason,
      score: Math.max(...members.map((m) => m.score)),
      entities: [...new Set(evidence.flatMap((m) => m.sentence.entities.map((e) => e.entityId)))].sort(compare),
      evidence: evidence.map((m) => {
        const s = m.sentence;
        const source = byId.get(s.sourceId)!;
        return {
          sourceId: s.sourceId,
          quote: s.text,
          paragraph: s.paragraph,
          speaker: s.attribution.speaker,
          attribution: s.attribution.chain,
          date: s.dates[0]?.value ?? null,
          fingerprint: m.fingerprint,
          outlet: source.meta.outlet,
          wire: source.meta.wire,
          sourceTitle: source.meta.title,
          publishedAt: source.meta.publishedAt,
          verb: s.attribution.verb,
          quantities: s.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit, approx: q.approx })),
          denial: s.cues.denial || s.cues.negation,
          hedge: s.cues.hedge || s.cues.plan,
        };
      }),
      related: relationsOf[c]!.map((r) => ({
        claimId: ids[r.other]!,
        relation: r.relation,
        statement: alignment.clusters[r.other]![0]!.statement,
        date: firstDates[r.other]!,
        status: statuses[r.other]!.status,
      })).sort((a, b) => compare(a.date ?? '', b.date ?? '') || compare(a.claimId, b.claimId)),
      aliases: [...new Set(members.map((m) => m.fingerprint))].filter((f) => f !== ids[c]).sort(compare),
      firstSeen: dates[0] ?? null,
      lastChanged: dates.at(-1) ?? null,
      sharedWires: status.sharedWires,
      editorial: { verdict: null, notes: [], originalStatement: null, hidden: false },
    };
  });
  claims.sort((a, b) => compare(a.id, b.id));

  // Editors' decisions on single claims, by permanent id (current id or any alias).
  const claimById = new Map<string, ClaimPage>();
  for (const c of claims) {
    if (!claimById.has(c.id)) claimById.set(c.id, c);
    for (const id of c.aliases) if (!claimById.has(id)) claimById.set(id, c);
  }
  for (const o of editorial.overrides.filter(isClaimOverride)) {
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

  const redirects = claims
    .flatMap((c) => c.aliases.filter((a) => !taken.has(a)).map((from) => ({ from, to: c.id })))
    .sort((a, b) => compare(a.from, b.from));

  const claimOf = new Map<ClaimCandidate, string>();
  alignment.clusters.forEach((members, c) => hidden.has(ids[c]!) || members.forEach((m) => claimOf.set(m, ids[c]!)));
  // A sentence that is also evidence of other claims is listed under those too, after its own.
  const alsoOf = new Map<ClaimCandidate, string[]>();
  allEvidence.forEach((evidence, c) => {
    for (const m of evidence) {
      if (hidden.has(ids[c]!) || claimOf.get(m) === ids[c]) continue;
      alsoOf.set(m, [...(alsoOf.get(m) ?? []), ids[c]!]);
    }
  });

  const sourcePages: SourcePage[] = sources.map((s) => {
    const highlights = s.candidates.flatMap((m) =>
      [...(claimOf.has(m) ? [claimOf.get(m)!] : []), ...(alsoOf.get(m) ?? [])].map((claimId) => ({ m, claimId })),
    );
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
      paragraphs: s.paragraphs.map((p) => ({
        ...p,
        claims: highlights
          .filter((h) => h.m.sentence.paragraph === p.n)
          .map((h) => ({ start: h.m.sentence.start, end: h.m.sentence.end, claimId: h.claimId })),
      })),
      claims: [...new Set(highlights.map((h) => h.claimId))].sort(compare),
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
  const mentioned = new Set(sources.flatMap((s) => s.sentences.flatMap((x) => x.entities.map((e) => e.entityId))));
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
