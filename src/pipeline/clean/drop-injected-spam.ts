/**
 * Removes an injected spam phrase: a multi-word phrase (`某市某某装修工程有限公司`) that recurs in
 * the running text but shares no words with the rest of the article, cutting it out so the
 * sentence around it reads on. Names the article uses repeatedly are single words, or share
 * bigrams with other text, so they stay.
 */
import { codePair, hanCount, isBoundary, isHanCode, pairAt, segmentWords } from './text.ts';
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

/** Counts over the article's kept text, built once per article: what `isSpam` asks about every phrase. */
interface Article {
  lines: { text: string }[];
  /** The kept lines joined with `\n`, and where each line starts in it. */
  all: string;
  lineStart: number[];
  /** Han character pairs (see `pairAt`): how many places hold each (overlaps counted). */
  places: Map<number, number>;
  /**
   * Doubled pairs (`xx` in `xxx`): places that overlap the one before, which a left-to-right search
   * (as `split` counts) does not find. `count` is places less these.
   */
  overlapped: Map<number, number>;
}

/** How often a Han character pair occurs without overlapping itself (as `split` counts). */
const count = ({ places, overlapped }: Article, pair: number): number =>
  (places.get(pair) ?? 0) - (overlapped.get(pair) ?? 0);

/** Where each Han character pair occurs in these lines (overlaps counted). */
function pairPlaces(lines: { text: string }[]): Map<number, number> {
  const places = new Map<number, number>();
  for (const { text } of lines) {
    for (let i = 0; i + 1 < text.length; i++) {
      if (!isHanCode(text.charCodeAt(i + 1))) i++;
      else if (isHanCode(text.charCodeAt(i))) {
        const pair = pairAt(text, i);
        places.set(pair, (places.get(pair) ?? 0) + 1);
      }
    }
  }
  return places;
}

function article(lines: { text: string }[], places: Map<number, number>): Article {
  const all = lines.map((l) => l.text).join('\n');
  const lineStart: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStart.push(at);
    at += l.text.length + 1;
  }
  // `xx` in `xxx` is found once by a left-to-right search: a place of a doubled character
  // overlapping the last one counted is not counted again.
  const overlapped = new Map<number, number>();
  const lastEnd = new Map<number, number>();
  for (let i = 0; i + 1 < all.length; i++) {
    const c = all.charCodeAt(i);
    if (c !== all.charCodeAt(i + 1) || !isHanCode(c)) continue;
    const pair = pairAt(all, i);
    if (i < (lastEnd.get(pair) ?? 0)) overlapped.set(pair, (overlapped.get(pair) ?? 0) + 1);
    else lastEnd.set(pair, i + 2);
  }
  return { lines, all, lineStart, places, overlapped };
}

export const dropInjectedSpam: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const title = titleOf(draft);
    const lines = keptIndexes(draft).map((i) => ({ i, ...keptText(draft, draft.lines[i]!) }));
    // A repeated seed has every character pair in it at two places at least: count the pairs
    // first, so a seed string is made only where it can repeat (most places hold a pair the
    // article uses once).
    const places = pairPlaces(lines);
    // Group positions by their first MIN_SPAM_CHARS Han characters.
    const seeds = new Map<string, Occurrence[]>();
    lines.forEach((l, line) => {
      // Length of the run of Han characters ending at each position, and of the run of pairs
      // among them found at two places at least.
      let run = 0;
      let recurring = 0;
      for (let end = 0; end < l.text.length; end++) {
        run = isHanCode(l.text.charCodeAt(end)) ? run + 1 : 0;
        recurring = run >= 2 && places.get(pairAt(l.text, end - 1))! >= 2 ? recurring + 1 : 0;
        if (recurring < MIN_SPAM_CHARS - 1) continue;
        const at = end + 1 - MIN_SPAM_CHARS;
        const gram = l.text.slice(at, end + 1);
        const list = seeds.get(gram);
        if (list) list.push({ line, at });
        else seeds.set(gram, [{ line, at }]);
      }
    });
    // Grow each repeated seed to the longest phrase all its occurrences share.
    const phrases = new Map<string, Occurrence[]>();
    for (const occurrences of seeds.values()) {
      if (occurrences.length < 2) continue;
      let left = 0;
      let right = MIN_SPAM_CHARS;
      const first = occurrences[0]!;
      const codeAt = (o: Occurrence, k: number): number => lines[o.line]!.text.charCodeAt(o.at + k);
      /** Every occurrence has the same Han character at `k` (NaN, outside the line, is none). */
      const sameHanAt = (k: number): boolean => {
        const c = codeAt(first, k);
        return isHanCode(c) && occurrences.every((o) => codeAt(o, k) === c);
      };
      while (right < MAX_SPAM_CHARS && sameHanAt(right)) right++;
      while (left > -MAX_SPAM_CHARS && sameHanAt(left - 1)) left--;
      const phrase = lines[first.line]!.text.slice(first.at + left, first.at + right);
      if (!phrases.has(phrase))
        phrases.set(
          phrase,
          occurrences.map((o) => ({ line: o.line, at: o.at + left })),
        );
    }
    const cuts: { start: number; end: number; kind: 'spam'; rule: string }[] = [];
    let counts: Article | undefined;
    for (const [phrase, occurrences] of phrases) {
      if (title.includes(phrase) || !isSpam(phrase, occurrences, () => (counts ??= article(lines, places)))) continue;
      for (const o of occurrences) {
        const l = lines[o.line]!;
        cuts.push({ start: l.offsets[o.at]!, end: l.offsets[o.at + phrase.length - 1]! + 1, kind: 'spam', rule: NAME });
      }
    }
    return addCuts(draft, cuts);
  },
};

/**
 * A composite phrase, foreign to the article, sitting inside running text rather than on its own line.
 * Costs time in proportion to the phrase's occurrences (the article's counts are built once).
 */
function isSpam(phrase: string, occurrences: Occurrence[], counts: () => Article): boolean {
  const words = segmentWords(phrase).filter((w) => hanCount(w.segment) >= 2).length;
  if (words < 3 && !(words >= 2 && phrase.length >= 8)) return false;
  const article = counts();
  const { lines, all, lineStart, places } = article;
  if (occurrences.every((o) => lines[o.line]!.text.length === phrase.length)) return false;
  // Injected text sits in running text with no punctuation around it: each edge is a line end or a
  // character pair heard nowhere else in the article. A phrase the article repeats (a quote, a
  // name) is set off by punctuation or joins its neighbours the usual way at least once.
  const first = phrase.charCodeAt(0);
  const last = phrase.charCodeAt(phrase.length - 1);
  const breaking = occurrences.filter((o) => {
    const text = lines[o.line]!.text;
    const left = text[o.at - 1];
    const right = text[o.at + phrase.length];
    const l = text.charCodeAt(o.at - 1);
    const r = text.charCodeAt(o.at + phrase.length);
    // Spam may follow punctuation (it is pasted in after a clause), but it never ends a clause itself.
    const leftOk = left === undefined || isBoundary(left) || (isHanCode(l) && count(article, codePair(l, first)) <= 1);
    const rightOk = right === undefined || (isHanCode(r) && count(article, codePair(last, r)) <= 1);
    return leftOk && rightOk && !(left === undefined && right === undefined);
  }).length;
  if (breaking < occurrences.length - (occurrences.length >= 3 ? 1 : 0)) return false;
  // Mask every occurrence, then see which of the phrase's bigrams the rest of the text uses: a
  // bigram is used elsewhere when it has more places than those touching a masked character.
  const spans = occurrences.map((o) => lineStart[o.line]! + o.at).sort((a, b) => a - b);
  const touching = new Map<number, number>();
  for (let k = 0; k < spans.length;) {
    const start = spans[k]!;
    let end = start + phrase.length;
    for (k++; k < spans.length && spans[k]! <= end; k++) end = Math.max(end, spans[k]! + phrase.length);
    for (let p = Math.max(0, start - 1); p < end && p + 1 < all.length; p++) {
      const pair = pairAt(all, p);
      if (places.has(pair)) touching.set(pair, (touching.get(pair) ?? 0) + 1);
    }
  }
  const grams = new Set<number>();
  for (let k = 0; k + 1 < phrase.length; k++) grams.add(pairAt(phrase, k));
  let shared = 0;
  for (const g of grams) if ((places.get(g) ?? 0) > (touching.get(g) ?? 0)) shared++;
  return shared / grams.size <= MAX_SHARED_BIGRAMS;
}
