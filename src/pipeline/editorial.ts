/**
 * Editorial overrides (`content/overrides.yaml`): hand-written decisions that survive every
 * rebuild. They refer to claims by permanent id (an id any earlier build gave the claim).
 *
 * ```yaml
 * - claim: 3f2a9c01b7de        # set a verdict and a dated note
 *   date: 2025-12-05
 *   verdict: contested
 *   note: 乌方当天即否认了这一说法。
 * - claim: 9b1c0d2e3f4a        # correct the statement shown
 *   date: 2025-12-05
 *   statement: 俄方称已控制该城。
 * - claim: 0a1b2c3d4e5f        # hide a wrong extraction
 *   date: 2025-12-05
 *   hide: true
 *   note: 这是评论，不是可核查的说法。
 * - merge: [3f2a9c01b7de, 77aa00bb11cc]   # the second joins the first
 *   date: 2025-12-05
 * - split: 3f2a9c01b7de       # the listed sources' evidence becomes a claim of its own
 *   sources: [002-686a690c1eedcf70]
 *   date: 2025-12-05
 * ```
 */
import { z } from 'astro/zod';
import { isMap, isSeq, parseDocument, type LineCounter as LineCounterType } from 'yaml';
import { LineCounter } from 'yaml';
import { STATUSES } from '../schema.ts';
import type { Message } from './types.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a claim id as it appears in /claims/<id>/');
const Day = z
  .union([z.string(), z.date()])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));

/** One editorial decision about a claim. */
export const ClaimOverrideSchema = z
  .object({
    /** The claim's permanent id. */
    claim: Id,
    /** When the decision was made; shown on the page and in the corrections log. */
    date: Day,
    /** Replaces the computed status; feeds the ClaimReview rating. */
    verdict: z.enum(STATUSES).optional(),
    /** An editor's note shown on the claim page. */
    note: z.string().min(1).optional(),
    /** A corrected statement; the original is kept in the corrections log. */
    statement: z.string().min(1).optional(),
    /** Hide a wrong extraction: the page stays (permalinks never break) but says it was withdrawn. */
    hide: z.boolean().optional(),
  })
  .strict();

/** Merge claims: every other claim joins the first. */
export const MergeOverrideSchema = z
  .object({ merge: z.array(Id).min(2), date: Day, note: z.string().optional() })
  .strict();

/** Split a claim: the evidence of the listed sources becomes a claim of its own. */
export const SplitOverrideSchema = z
  .object({ split: Id, sources: z.array(z.string().min(1)).min(1), date: Day, note: z.string().optional() })
  .strict();

export const OverrideSchema = z.union([ClaimOverrideSchema, MergeOverrideSchema, SplitOverrideSchema]);
export type Override = z.output<typeof OverrideSchema> & { line: number };
export type ClaimOverride = z.output<typeof ClaimOverrideSchema> & { line: number };
export type MergeOverride = z.output<typeof MergeOverrideSchema> & { line: number };
export type SplitOverride = z.output<typeof SplitOverrideSchema> & { line: number };

export const isMerge = (o: Override): o is MergeOverride => 'merge' in o;
export const isSplit = (o: Override): o is SplitOverride => 'split' in o;
export const isClaimOverride = (o: Override): o is ClaimOverride => 'claim' in o;

/** Thrown for an overrides file that cannot be used; the message names file and line. */
export class OverridesError extends Error {
  override name = 'OverridesError';
}

function lineOf(counter: LineCounterType, offset: number | undefined): number {
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

/**
 * Parses and validates the overrides file. Bad configuration throws, naming the file, the line
 * and what to do: a build must not silently ignore an editor's decision.
 */
export function parseOverrides(text: string, file: string): Override[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new OverridesError(`${file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]} Fix the YAML syntax.`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new OverridesError(
      `${file}:1: overrides must be a YAML list of entries (each starting with "- "). See the example in README.md.`,
    );
  }
  return doc.contents.items.map((item) => {
    const line = lineOf(counter, isMap(item) ? item.range?.[0] : undefined);
    const value = (item as { toJSON(): unknown }).toJSON();
    const keys = value && typeof value === 'object' ? Object.keys(value) : [];
    // Pick the schema by the entry's key word, so the error names the field that is wrong.
    const schema = keys.includes('merge')
      ? MergeOverrideSchema
      : keys.includes('split')
        ? SplitOverrideSchema
        : ClaimOverrideSchema;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
        .slice(0, 3)
        .join('; ');
      throw new OverridesError(
        `${file}:${line}: this override is not valid (${detail}). An entry needs "claim" + "date" with verdict/note/statement/hide, or "merge: [id, id]" + "date", or "split: id" + "sources" + "date".`,
      );
    }
    return { ...parsed.data, line };
  });
}

/** A message for an override that names a claim this build does not have: reported, not dropped. */
export function unknownClaimMessage(file: string, o: Override, id: string): Message {
  return {
    file,
    ruleId: 'editorial/unknown-claim',
    severity: 'warning',
    message: `${file}:${o.line}: the override refers to claim "${id}", which this build does not have (its evidence may have been removed). Update or delete the entry.`,
  };
}

/** An entry of the public corrections log. */
export interface Correction {
  date: string;
  claimId: string;
  action: 'verdict' | 'note' | 'statement' | 'hide' | 'merge' | 'split';
  /** What changed, in words for readers. */
  detail: string;
}

/**
 * Cluster edits (merge, split) on claims given as lists of members, each with a fingerprint.
 * The clusters and relations given back are new arrays and objects; the input is left as it is.
 */
export function applyClusterEdits<M extends { fingerprint: string; sentence: { sourceId: string } }>(
  clusters: M[][],
  relations: { from: number; to: number; relation: string }[],
  overrides: Override[],
  file: string,
): { clusters: M[][]; relations: typeof relations; messages: Message[]; corrections: Correction[] } {
  const messages: Message[] = [];
  const corrections: Correction[] = [];
  const work = clusters.map((c) => [...c]);
  // Not copied here: merges map to new objects and the end copies what it keeps.
  let rels = relations;
  const find = (id: string) =>
    work.findIndex((members) => members.some((m) => m.fingerprint === id || id.startsWith(`${m.fingerprint}-`)));

  for (const o of overrides) {
    if (isMerge(o)) {
      const [target, ...others] = o.merge.map((id) => ({ id, at: find(id) }));
      const missing = [target!, ...others].filter((x) => x.at < 0);
      for (const m of missing) messages.push(unknownClaimMessage(file, o, m.id));
      if (target!.at < 0) continue;
      for (const other of others) {
        if (other.at < 0 || other.at === target!.at) continue;
        work[target!.at]!.push(...work[other.at]!);
        work[other.at] = [];
        rels = rels.map((r) => ({
          ...r,
          from: r.from === other.at ? target!.at : r.from,
          to: r.to === other.at ? target!.at : r.to,
        }));
        corrections.push({
          date: o.date,
          claimId: target!.id,
          action: 'merge',
          detail: `并入说法 ${other.id}${o.note ? `：${o.note}` : ''}`,
        });
      }
    } else if (isSplit(o)) {
      const at = find(o.split);
      if (at < 0) {
        messages.push(unknownClaimMessage(file, o, o.split));
        continue;
      }
      const moving = work[at]!.filter((m) => o.sources.includes(m.sentence.sourceId));
      const staying = work[at]!.filter((m) => !o.sources.includes(m.sentence.sourceId));
      if (moving.length === 0 || staying.length === 0) {
        messages.push({
          file,
          ruleId: 'editorial/split-nothing',
          severity: 'warning',
          message: `${file}:${o.line}: splitting claim "${o.split}" by sources ${o.sources.join(', ')} would leave one side empty. Name the source ids (as in /sources/<id>/) of some but not all of its evidence.`,
        });
        continue;
      }
      work[at] = staying;
      work.push(moving);
      corrections.push({
        date: o.date,
        claimId: o.split,
        action: 'split',
        detail: `来源 ${o.sources.join('、')} 的证据拆分为独立说法${o.note ? `：${o.note}` : ''}`,
      });
    }
  }
  // Drop emptied clusters and renumber relations (-1: dropped).
  let kept = 0;
  const renumber = work.map((c) => (c.length > 0 ? kept++ : -1));
  const out: typeof relations = [];
  for (const r of rels) {
    const from = renumber[r.from] ?? -1;
    const to = renumber[r.to] ?? -1;
    if (from >= 0 && to >= 0 && from !== to) out.push({ ...r, from, to });
  }
  return { clusters: work.filter((c) => c.length > 0), relations: out, messages, corrections };
}
