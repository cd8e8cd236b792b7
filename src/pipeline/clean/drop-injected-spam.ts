/**
 * Removes an injected spam phrase: a multi-word phrase (`某市某某装修工程有限公司`) that recurs in
 * the running text but shares no words with the rest of the article, cutting it out so the
 * sentence around it reads on. Names the article uses repeatedly are single words, or share
 * bigrams with other text, so they stay.
 */
import { hanCount, isBoundary, isHan, segmentWords } from './text.ts';
import { addCuts, keptIndexes, keptText, type Draft, type Pass } from './draft.ts';
import { titleOf } from './mark-title.ts';

const NAME = 'drop-injected-spam';

/** Shortest phrase considered. */
export const MIN_SPAM_CHARS = 4;
/** Longest phrase considered. */
const MAX_SPAM_CHARS = 40;
/** Share of a spam phrase's bigrams that may occur elsewhere in the article. */
const MAX_SHARED_BIGRAMS = 0.2;

interface Occurrence {
  line: number;
  at: number;
}

export const dropInjectedSpam: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const title = titleOf(draft);
    const lines = keptIndexes(draft).map((i) => ({ i, ...keptText(draft, draft.lines[i]!) }));
    // Group positions by their first MIN_SPAM_CHARS Han characters.
    const seeds = new Map<string, Occurrence[]>();
    lines.forEach((l, line) => {
      for (let at = 0; at + MIN_SPAM_CHARS <= l.text.length; at++) {
        const gram = l.text.slice(at, at + MIN_SPAM_CHARS);
        if (hanCount(gram) !== MIN_SPAM_CHARS) continue;
        const list = seeds.get(gram) ?? [];
        list.push({ line, at });
        seeds.set(gram, list);
      }
    });
    // Grow each repeated seed to the longest phrase all its occurrences share.
    const phrases = new Map<string, Occurrence[]>();
    for (const occurrences of seeds.values()) {
      if (occurrences.length < 2) continue;
      let left = 0;
      let right = MIN_SPAM_CHARS;
      const charAt = (o: Occurrence, k: number): string | undefined => lines[o.line]!.text[o.at + k];
      while (right < MAX_SPAM_CHARS && occurrences.every((o) => isHan(charAt(o, right)) && charAt(o, right) === charAt(occurrences[0]!, right))) right++;
      while (left > -MAX_SPAM_CHARS && occurrences.every((o) => isHan(charAt(o, left - 1)) && charAt(o, left - 1) === charAt(occurrences[0]!, left - 1))) left--;
      const first = occurrences[0]!;
      const phrase = lines[first.line]!.text.slice(first.at + left, first.at + right);
      if (!phrases.has(phrase)) phrases.set(phrase, occurrences.map((o) => ({ line: o.line, at: o.at + left })));
    }
    const cuts: { start: number; end: number; kind: 'spam'; rule: string }[] = [];
    for (const [phrase, occurrences] of phrases) {
      if (title.includes(phrase) || !isSpam(phrase, occurrences, lines)) continue;
      for (const o of occurrences) {
        const l = lines[o.line]!;
        cuts.push({ start: l.offsets[o.at]!, end: l.offsets[o.at + phrase.length - 1]! + 1, kind: 'spam', rule: NAME });
      }
    }
    return addCuts(draft, cuts);
  },
};

/** A composite phrase, foreign to the article, sitting inside running text rather than on its own line. */
function isSpam(phrase: string, occurrences: Occurrence[], lines: { text: string }[]): boolean {
  const words = segmentWords(phrase).filter((w) => hanCount(w.segment) >= 2).length;
  if (words < 3 && !(words >= 2 && phrase.length >= 8)) return false;
  if (occurrences.every((o) => lines[o.line]!.text.length === phrase.length)) return false;
  // Injected text sits in running text with no punctuation around it: each edge is a line end or a
  // character pair heard nowhere else in the article. A phrase the article repeats (a quote, a
  // name) is set off by punctuation or joins its neighbours the usual way at least once.
  const all = lines.map((l) => l.text).join('\n');
  const count = (pair: string): number => all.split(pair).length - 1;
  const breaking = occurrences.filter((o) => {
    const text = lines[o.line]!.text;
    const left = text[o.at - 1];
    const right = text[o.at + phrase.length];
    // Spam may follow punctuation (it is pasted in after a clause), but it never ends a clause itself.
    const leftOk = left === undefined || isBoundary(left) || (isHan(left) && count(left + phrase[0]!) <= 1);
    const rightOk = right === undefined || (isHan(right) && count(phrase.at(-1)! + right) <= 1);
    return leftOk && rightOk && !(left === undefined && right === undefined);
  }).length;
  if (breaking < occurrences.length - (occurrences.length >= 3 ? 1 : 0)) return false;
  // Mask every occurrence, then see which of the phrase's bigrams the rest of the text uses.
  const masked = lines.map((l, n) => {
    let t = l.text;
    for (const o of occurrences.filter((o) => o.line === n)) t = t.slice(0, o.at) + '\u0000'.repeat(phrase.length) + t.slice(o.at + phrase.length);
    return t;
  }).join('\n');
  const grams = new Set<string>();
  for (let k = 0; k + 1 < phrase.length; k++) grams.add(phrase.slice(k, k + 2));
  const shared = [...grams].filter((g) => masked.includes(g)).length;
  return shared / grams.size <= MAX_SHARED_BIGRAMS;
}
