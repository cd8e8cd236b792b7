/**
 * Marks section headings: a short line without sentence punctuation, followed by body text, that
 * does not merely continue the sentence above or below it. Removes column labels (`纵深`) — a very
 * short line standing right above a heading — and marks that heading as a new article's title.
 */
import { MAX_LABEL_CHARS } from '../data/boilerplate.ts';
import { endsSentence, hanCount, quotesBalanced, wordSpans } from './text.ts';
import { continues } from './drop-captions.ts';
import { keptIndexes, removeLines, updateLine, type Draft, type Pass } from './draft.ts';

const NAME = 'mark-headings';

/** Longest section heading (headlines of a second article run long). */
export const MAX_HEADING_CHARS = 60;
/** Shortest paragraph that counts as body text after a heading. */
const MIN_BODY = 20;

/** A line shaped like a heading: short, no full stop, comma, colon or semicolon inside. */
export function headingShaped(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || hanCount(text) < 2) return false;
  if (/[。；;：:，,、]$/u.test(text) || /[。；;]/u.test(text)) return false;
  if (/[，,]/u.test(text) && !/[？?！!]$/u.test(text)) return false;
  if (/[：:]/u.test(text) && !/[|｜丨]/u.test(text) && (text.length > 30 || /[：:].*[：:]/u.test(text))) return false;
  if (/[？?！!]$/u.test(text) && /[，,]/u.test(text)) return false;
  return quotesBalanced(text);
}

export const markHeadings: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const kept = keptIndexes(draft);
    const heads: number[] = [];
    for (let k = 0; k < kept.length; k++) {
      const i = kept[k]!;
      const line = draft.lines[i]!;
      if (line.heading !== undefined || !headingShaped(line.text)) continue;
      const next = kept[k + 1] === undefined ? undefined : draft.lines[kept[k + 1]!]!;
      const prev = kept[k - 1] === undefined ? undefined : draft.lines[kept[k - 1]!]!;
      if (!next || (next.text.length < MIN_BODY && !headingShaped(next.text))) continue;
      // A line that ends where a word runs on into the next line is half a sentence, not a heading.
      if (wordSpans(line.text.slice(-8) + next.text.slice(0, 8), Math.min(8, line.text.length))) continue;
      if (
        prev &&
        prev.heading === undefined &&
        !endsSentence(prev.text) &&
        !headingShaped(prev.text) &&
        continues(prev.text, line.text)
      )
        continue;
      heads.push(i);
    }
    let out = draft;
    const labels: number[] = [];
    for (const i of heads) {
      const k = kept.indexOf(i);
      const next = kept[k + 1];
      const line = draft.lines[i]!;
      if (hanCount(line.text) <= MAX_LABEL_CHARS && next !== undefined && heads.includes(next)) {
        labels.push(i);
        out = updateLine(out, next, { heading: 1 });
      } else if (out.lines[i]!.heading === undefined) {
        // A heading needs body text under it (or a heading right below, for a headline + subhead).
        const bodyBelow = next !== undefined && (draft.lines[next]!.text.length >= MIN_BODY || heads.includes(next));
        if (bodyBelow) out = updateLine(out, i, { heading: 2 });
      }
    }
    return removeLines(out, labels, 'boilerplate', NAME);
  },
};
