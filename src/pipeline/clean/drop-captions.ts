/**
 * Removes photo captions and picture markers: lines with caption signs (`△…`, `图为…`, `(左)`,
 * `…摄`), short lines sitting inside a sentence that layout broke (`试图“冻` · captions · `结”`),
 * and short name-only lines (`冯德莱恩`) that label a picture rather than open a section.
 */
import { CAPTION_MARKERS } from '../data/boilerplate.ts';
import { SENTENCE_PUNCT, endsSentence, hanCount, quotesBalanced, wordSpans } from './text.ts';
import { paragraphIndexes, removeLines, type Draft, type Pass } from './draft.ts';

const NAME = 'drop-captions';

/** Longest line read as a caption by shape alone (no marker). */
export const MAX_SHORT_CAPTION = 20;
/** Longest line with a weak marker (`摄`, `资料图`) read as a caption. */
const MAX_WEAK_MARKER_LINE = 80;
/** Longest line with a strong marker (`△`, `图为`) read as a caption. */
const MAX_STRONG_MARKER_LINE = 300;
/** Longest name-only label. */
const MAX_NAME_LABEL = 8;
/** A paragraph is long enough to be body text. */
const MIN_BODY = 20;

/** Caption markers: strong ones (`△`, `图为`) first, then weak ones (`摄`, `资料图`). */
const STRONG_MARKERS = CAPTION_MARKERS.slice(0, 3);
const WEAK_MARKERS = CAPTION_MARKERS.slice(3);

const isShort = (text: string): boolean => text.length <= MAX_SHORT_CAPTION && !SENTENCE_PUNCT.test(text);

export const dropCaptions: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const { lines } = draft;
    const drop = new Set<number>();
    const kept = lines.flatMap((l, i) => (l.removed || l.heading === 1 ? [] : [i]));

    // 1. Caption signs.
    for (const i of kept) {
      const t = lines[i]!.text;
      const strong = t.length <= MAX_STRONG_MARKER_LINE && STRONG_MARKERS.some((p) => p.test(t));
      const weak = !strong && t.length <= MAX_WEAK_MARKER_LINE && WEAK_MARKERS.some((p) => p.test(t));
      if (strong || weak) drop.add(i);
    }

    // 2. Short lines between the two halves of a broken sentence.
    for (let k = 0; k < kept.length; k++) {
      const p = lines[kept[k]!]!;
      if (
        drop.has(kept[k]!) ||
        endsSentence(p.text) ||
        /[:：]$/u.test(p.text) ||
        !SENTENCE_PUNCT.test(p.text) ||
        p.text.length < MIN_BODY
      )
        continue;
      let j = k + 1;
      while (j < kept.length && (isShort(lines[kept[j]!]!.text) || drop.has(kept[j]!))) j++;
      if (j === k + 1 || j >= kept.length) continue;
      // The halves rejoin only if the line after the run is not the start of a new sentence block.
      const n = lines[kept[j]!]!;
      if (n.text.length < MIN_BODY && !endsSentence(n.text)) continue;
      if (!continues(p.text, n.text)) continue;
      for (let q = k + 1; q < j; q++) drop.add(kept[q]!);
    }

    // 3. Name-only labels: a short line that is a term the body uses, and that opens no section.
    // The body paragraphs, joined when a line first looks like a label.
    let body: string | undefined;
    for (let k = 0; k < kept.length; k++) {
      const i = kept[k]!;
      const t = lines[i]!.text;
      if (drop.has(i) || t.length > MAX_NAME_LABEL || /[\s\p{P}\d]/u.test(t) || hanCount(t) < 2) continue;
      body ??= paragraphIndexes(draft)
        .map((j) => lines[j]!.text)
        .join('\n');
      const uses = body.split(t).length - 2; // occurrences besides the line itself
      if (uses < 1) continue;
      const next = kept[k + 1] === undefined ? undefined : lines[kept[k + 1]!]!;
      const opensSection =
        next !== undefined && !drop.has(kept[k + 1]!) && next.text.length >= MIN_BODY && endsSentence(next.text);
      if (!opensSection || uses >= 2) drop.add(i);
    }
    return removeLines(draft, drop, 'caption', NAME);
  },
};

/** Whether `next` carries on the sentence `prev` stopped in: a word or a quote is cut at the seam. */
export function continues(prev: string, next: string): boolean {
  const tail = prev.slice(-8);
  if (wordSpans(tail + next.slice(0, 8), tail.length)) return true;
  if (/^[”’」』）)》，,、。；;！？!?]/u.test(next)) return true;
  if (/[“‘「『（(《，,、]$/u.test(prev)) return true;
  return !quotesBalanced(prev) && !quotesBalanced(next);
}
