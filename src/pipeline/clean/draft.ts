/**
 * The working state the cleaning passes share: the input cut into lines, which lines are removed
 * (and why), which are headings, which continue into the next line, and cuts inside kept lines.
 * `assemble` turns it into the `CleanDocument` blocks; every character stays accounted for.
 */
import type { Block, CleanDocument, DecodedFile, Message, Removal, RemovalKind, Span } from '../types.ts';

/** One non-blank line of the input, trimmed. `start`/`end` index the input. */
export interface DraftLine extends Span {
  text: string;
  /** Set when the whole line is taken out of the article. */
  removed?: { kind: RemovalKind; rule: string };
  /** Heading level, when the line is a heading (1 = title of an article on the page). */
  heading?: number;
  /** The line's sentence continues on the next kept line (it was broken by layout). */
  joinNext?: boolean;
}

/** The state passed from pass to pass. */
export interface Draft {
  name: string;
  input: string;
  lines: DraftLine[];
  /** Pieces cut out of kept lines (spam, injected fragments, inline editor notes). */
  cuts: Removal[];
  messages: Message[];
}

/** One cleaning pass: a name (recorded on its removals) and a function from draft to draft. */
export interface Pass {
  name: string;
  run: (draft: Draft) => Draft;
}

/** Cuts the decoded text into trimmed non-blank lines. */
export function toDraft(decoded: DecodedFile): Draft {
  const input = decoded.text;
  const lines: DraftLine[] = [];
  for (const m of input.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const text = raw.trim();
    if (!text) continue;
    const start = m.index + (raw.length - raw.trimStart().length);
    lines.push({ start, end: start + text.length, text });
  }
  return { name: decoded.name, input, lines, cuts: [], messages: [...decoded.messages] };
}

/** Whether a line is still part of the article. */
export const isKept = (line: DraftLine): boolean => !line.removed;

/** Returns a copy of the draft with line `i` removed as `kind` by `rule`. */
export function removeLines(draft: Draft, indexes: Iterable<number>, kind: RemovalKind, rule: string): Draft {
  const set = new Set(indexes);
  if (!set.size) return draft;
  return {
    ...draft,
    lines: draft.lines.map((l, i) =>
      set.has(i) && !l.removed ? { ...l, removed: { kind, rule }, heading: undefined, joinNext: undefined } : l,
    ) as DraftLine[],
  };
}

/** Returns a copy of the draft with line `i` changed. */
export function updateLine(draft: Draft, i: number, change: Partial<DraftLine>): Draft {
  const lines = draft.lines.slice();
  const next = { ...lines[i]!, ...change };
  for (const key of Object.keys(next) as (keyof DraftLine)[]) if (next[key] === undefined) delete next[key];
  lines[i] = next;
  return { ...draft, lines };
}

/** Adds cuts inside kept lines (overlapping or empty cuts are ignored). */
export function addCuts(draft: Draft, cuts: Omit<Removal, 'text'>[]): Draft {
  if (!cuts.length) return draft;
  const out = draft.cuts.slice();
  // Cuts never overlap one another, so "overlaps an earlier cut" is "covers a taken character".
  const taken = new Uint8Array(draft.input.length);
  for (const o of out) taken.fill(1, o.start, o.end);
  for (const c of cuts) {
    if (c.end <= c.start) continue;
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    out.push({ ...c, text: draft.input.slice(c.start, c.end) });
  }
  out.sort((a, b) => a.start - b.start);
  return { ...draft, cuts: out };
}

/** Index of the first cut (sorted by start, not overlapping) that ends after `at`. */
function firstCutEndingAfter(cuts: readonly Span[], at: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of a kept line with its cuts taken out, and the input offset of each character. */
export function keptText(draft: Draft, line: DraftLine): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const { cuts, input } = draft;
  let k = firstCutEndingAfter(cuts, line.start);
  let from = line.start;
  const keep = (to: number): void => {
    if (to <= from) return;
    text += input.slice(from, to);
    for (let i = from; i < to; i++) offsets.push(i);
  };
  for (; k < cuts.length && cuts[k]!.start < line.end; k++) {
    const c = cuts[k]!;
    keep(Math.min(c.start, line.end));
    from = Math.max(from, c.end);
  }
  keep(line.end);
  return { text, offsets };
}

/** Indexes of kept lines, in order. */
export function keptIndexes(draft: Draft): number[] {
  const out: number[] = [];
  draft.lines.forEach((l, i) => {
    if (!l.removed) out.push(i);
  });
  return out;
}

/** Indexes of kept body paragraphs (not headings). */
export const paragraphIndexes = (draft: Draft): number[] =>
  keptIndexes(draft).filter((i) => draft.lines[i]!.heading === undefined);

/** Builds the cleaned document: blocks from kept lines (joined where broken), removals, layout. */
export function assemble(draft: Draft): CleanDocument {
  const { input } = draft;
  const removed: Removal[] = [];
  const blocks: Block[] = [];
  let current: { kind: 'paragraph' | 'heading'; level?: number; pieces: Span[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const pieces = trimPieces(input, current.pieces);
    if (pieces.length) {
      const block: Block = {
        kind: current.kind,
        pieces,
        text: pieces.map((p) => input.slice(p.start, p.end)).join(''),
      };
      if (current.level !== undefined) block.level = current.level;
      blocks.push(block);
    }
    current = null;
  };
  for (const line of draft.lines) {
    if (line.removed) {
      removed.push({
        kind: line.removed.kind,
        rule: line.removed.rule,
        start: line.start,
        end: line.end,
        text: line.text,
      });
      continue;
    }
    const pieces = piecesOf(line, draft.cuts);
    if (current && line.heading !== undefined) flush();
    if (!current) {
      current =
        line.heading !== undefined
          ? { kind: 'heading', level: line.heading, pieces: [] }
          : { kind: 'paragraph', pieces: [] };
    }
    current.pieces.push(...pieces);
    if (!line.joinNext || line.heading !== undefined) flush();
  }
  flush();
  // A cut inside a line that a later pass removed whole is covered by that line's removal.
  removed.push(...draft.cuts.filter((c) => !insideRemovedLine(draft.lines, c)));
  removed.sort((a, b) => a.start - b.start);
  const layout = complement(input, [...blocks.flatMap((b) => b.pieces), ...removed]);
  return { name: draft.name, input, blocks, removed, layout, messages: draft.messages };
}

/** Whether a removed line holds the whole cut (lines are in input order and do not overlap). */
function insideRemovedLine(lines: readonly DraftLine[], c: Span): boolean {
  // The last line starting at or before the cut is the only one that can hold it.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]!.start <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const l = lines[lo - 1];
  return !!l?.removed && l.start <= c.start && c.end <= l.end;
}

/** Spans of a line outside its cuts. */
function piecesOf(line: DraftLine, cuts: Removal[]): Span[] {
  const out: Span[] = [];
  let at = line.start;
  for (let k = firstCutEndingAfter(cuts, line.start); k < cuts.length && cuts[k]!.start < line.end; k++) {
    const c = cuts[k]!;
    if (c.start > at) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < line.end) out.push({ start: at, end: line.end });
  return out;
}

/** Drops whitespace at the edges of a block (it becomes layout) and whitespace-only pieces. */
function trimPieces(input: string, pieces: Span[]): Span[] {
  const out = pieces.filter((p) => input.slice(p.start, p.end).trim());
  const first = out[0];
  const last = out.at(-1);
  if (first) {
    const s = input.slice(first.start, first.end);
    out[0] = { start: first.start + (s.length - s.trimStart().length), end: first.end };
  }
  if (last) {
    const l = out.at(-1)!;
    const s = input.slice(l.start, l.end);
    out[out.length - 1] = { start: l.start, end: l.end - (s.length - s.trimEnd().length) };
  }
  return out;
}

/** The gaps of `[0, input.length)` not covered by `spans`. */
function complement(input: string, spans: Span[]): Span[] {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < input.length) out.push({ start: at, end: input.length });
  return out;
}
