/**
 * Removes fragments of the headline sprinkled between words (`3日,头谈俄总统助理`,
 * `俄美会谈的却缺内容`). A fragment is a 2–4 character piece of the title found in the body where
 * it is not part of a longer piece of the title, and where it breaks the text: the character pairs
 * across its edges occur nowhere else in the article, or it stands alone between punctuation.
 * Only a fragment that breaks the text at most of its places counts, and only when the page shows
 * the pattern more than once; legitimate uses of the same words (`“和平计划”`, `北约外长会`) stay.
 */
import { codePair, CodeUnitFilter, isBoundary, isHan, pairAt, segmentWords } from './text.ts';
import { addCuts, keptIndexes, keptText, type Draft, type Pass } from './draft.ts';
import { titleOf } from './mark-title.ts';

const NAME = 'drop-headline-fragments';

export const MIN_FRAGMENT = 2;
export const MAX_FRAGMENT = 4;
/** Share of a fragment's places that must break the text for it to count as injected. */
const MIN_BREAK_SHARE = 0.8;
/** Breaking places a fragment needs: injection repeats itself. */
const MIN_TYPE_BREAKS = 2;
/** Distinct injected fragments needed before a page is taken to carry them. */
const MIN_PAGE_FRAGMENTS = 2;

/** Sentence ends: a fragment right after one, before a word it does not join, starts nothing. */
const SENTENCE_END = /[。！？!?；;]/u;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

interface Place {
  line: number;
  at: number;
  /** The gap it leaves reads on, and one of its edges is unheard of. */
  breaks: boolean;
  /**
   * One of its edges is unheard of and it is no word where it stands; `undefined` until asked
   * when that turns on the word test alone (word segmentation is the costly part of this pass).
   */
  loose: boolean | undefined;
}

/** The fragment is no dictionary word where it stands, and no word runs across its edges. */
function notAWord(text: string, at: number, f: string): boolean {
  const from = Math.max(0, at - 6);
  const window = text.slice(from, at + f.length + 6);
  const start = at - from;
  const end = start + f.length;
  return segmentWords(window).every((w) => {
    const wEnd = w.index + w.segment.length;
    const acrossEdge = (w.index < start && wEnd > start) || (w.index < end && wEnd > end);
    const whole = w.index === start && wEnd === end && w.segment.length >= 2;
    return !acrossEdge && !whole;
  });
}

/** Whether `f`, where it sits in the title, starts or ends inside a word of the title. */
function cutsTitleWord(title: string, f: string): boolean {
  const at = title.indexOf(f);
  if (at < 0) return false;
  return segmentWords(title).some((w) => {
    const end = w.index + w.segment.length;
    return (w.index < at && end > at) || (w.index < at + f.length && end > at + f.length);
  });
}

/** The title without a column prefix (`解读|`). */
export function bareTitle(title: string): string {
  return title.replace(/^[^|｜丨]{1,6}[|｜丨]\s*/u, '');
}

export const dropHeadlineFragments: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const title = bareTitle(titleOf(draft));
    if (!title) return draft;
    const titleIndex = draft.lines.findIndex((l) => !l.removed && l.heading === 1);
    const lines = keptIndexes(draft)
      .filter((i) => i !== titleIndex)
      .map((i) => ({ i, ...keptText(draft, draft.lines[i]!) }))
      .filter((l) => l.text);

    // Candidates: Han pieces of the title; a place counts only outside a longer title match.
    const candidates = new Set<string>();
    for (let n = MIN_FRAGMENT; n <= MAX_FRAGMENT; n++) {
      for (let k = 0; k + n <= title.length; k++) {
        const f = title.slice(k, k + n);
        if ([...f].every(isHan)) candidates.add(f);
      }
    }
    // One scan of the text finds every candidate's places: where the sieve lets a character
    // through, the candidates starting with the pair there are tried.
    const firsts = new CodeUnitFilter();
    const byPair = new Map<number, string[]>();
    for (const f of candidates) {
      firsts.add(f.charCodeAt(0));
      const list = byPair.get(pairAt(f, 0));
      if (list) list.push(f);
      else byPair.set(pairAt(f, 0), [f]);
    }
    const found = new Map<string, { line: number; at: number }[]>();
    lines.forEach(({ text }, line) => {
      for (let at = 0; at + 1 < text.length; at++) {
        if (!firsts.mayHave(text.charCodeAt(at))) continue;
        for (const f of byPair.get(pairAt(text, at)) ?? []) {
          if (!text.startsWith(f, at)) continue;
          const left = text[at - 1];
          const right = text[at + f.length];
          if ((left !== undefined && title.includes(left + f)) || (right !== undefined && title.includes(f + right)))
            continue;
          const list = found.get(f);
          if (list) list.push({ line, at });
          else found.set(f, [{ line, at }]);
        }
      }
    });

    // Pairs of code units as numbers, counted where the tests below may ask about them: pairs
    // starting with a title character or with the character before a place (the sieve lets a
    // few more through, which costs nothing but time). This runs over every character of the corpus.
    const titleChars = new Set([...title].filter(isHan));
    const asked = new CodeUnitFilter();
    for (const c of titleChars) asked.add(c.charCodeAt(0));
    for (const ps of found.values())
      for (const p of ps) if (p.at > 0) asked.add(lines[p.line]!.text.charCodeAt(p.at - 1));
    const bigrams = new Map<number, number>();
    for (const { text } of lines) {
      for (let k = 0; k + 1 < text.length; k++) {
        if (!asked.mayHave(text.charCodeAt(k))) continue;
        const pair = pairAt(text, k);
        bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
      }
    }
    /** How often the pair `a` `b` (one code unit each, a pair asked about) occurs in the article. */
    const seen = (a: string, b: string): number => bigrams.get(codePair(a.charCodeAt(0), b.charCodeAt(0))) ?? 0;

    // A fragment breaks the text where the pair across the gap it leaves is heard elsewhere in the
    // article, while a pair across one of its own edges is heard nowhere else.
    const judge = (text: string, at: number, f: string): { strict: boolean; loose: boolean | undefined } => {
      const left = text[at - 1];
      const right = text[at + f.length];
      const leftOpen = left === undefined || isBoundary(left);
      const rightOpen = right === undefined || isBoundary(right);
      if (leftOpen && rightOpen) {
        const alone = right === undefined || left === undefined || SENTENCE_END.test(left);
        return { strict: alone, loose: alone };
      }
      // A pair is unheard of when this is its only occurrence in the article.
      const leftOdd = !leftOpen && isHan(left) && seen(left, f[0]!) <= 1;
      const rightOdd = !rightOpen && isHan(right) && seen(f.at(-1)!, right) <= 1;
      if (!leftOdd && !rightOdd) return { strict: false, loose: false };
      const strict = left !== undefined && right !== undefined && seen(left, right) >= 1;
      const everyEdgeOdd = (leftOpen || leftOdd) && (rightOpen || rightOdd);
      return { strict, loose: strict || (everyEdgeOdd ? undefined : false) };
    };
    const isLoose = (f: string, p: Place): boolean => (p.loose ??= notAWord(lines[p.line]!.text, p.at, f));

    // Places in the order of the candidates.
    const places = new Map<string, Place[]>();
    for (const f of candidates) {
      const ps = found.get(f);
      if (!ps) continue;
      places.set(
        f,
        ps.map(({ line, at }) => {
          const { strict, loose } = judge(lines[line]!.text, at, f);
          return { line, at, breaks: strict, loose };
        }),
      );
    }
    // Nothing breaks the text plainly: no fragment can count (see below), whatever the word tests say.
    if (![...places.values()].some((ps) => ps.some((p) => p.breaks))) return draft;

    // Injected fragments: they break the text at nearly all their places (and plainly at one at
    // least), and more than one of them does so on the page. Longer fragments first.
    const injected = [...places.entries()]
      .filter(([f, ps]) => {
        // Without a plain break, only a piece that cuts a word of the title (`新厂明|年`) is suspect:
        // a whole title word (`日本央行`) used everywhere is just the topic.
        const counts = (loose: number) =>
          loose >= MIN_TYPE_BREAKS &&
          ((ps.some((p) => p.breaks) && loose / ps.length >= MIN_BREAK_SHARE) ||
            (loose === ps.length && cutsTitleWord(title, f)));
        // Places whose word test is pending count as loose here: if even so the fragment does
        // not count, the tests are not needed.
        if (!counts(ps.filter((p) => p.loose !== false).length)) return false;
        return counts(ps.filter((p) => isLoose(f, p)).length);
      })
      .sort((a, b) => b[0].length - a[0].length);
    if (injected.length < MIN_PAGE_FRAGMENTS || !injected.some(([, ps]) => ps.some((p) => p.breaks))) return draft;
    for (const [f, ps] of injected) for (const p of ps) p.breaks ||= isLoose(f, p);

    // Pairs of title characters opening a sentence they do not belong to (`。美俄然而一直…`): no
    // word where they stand, an unheard-of pair after them, and a word starting right after.
    lines.forEach(({ text }, line) => {
      // At the start of the line and after each sentence end.
      for (const at of [0, ...Array.from(text.matchAll(SENTENCE_ENDS), (m) => m.index + 1)]) {
        if (at + 2 >= text.length) break;
        const f = text.slice(at, at + 2);
        if (![...f].every((c) => titleChars.has(c)) || title.includes(f)) continue;
        const right = text[at + 2]!;
        if (!isHan(right) || seen(f[1]!, right) > 1 || !notAWord(text, at, f)) continue;
        const next = segmentWords(text.slice(at + 2, at + 8))[0]?.segment ?? '';
        if (next.length < 2) continue;
        injected.push([f, [{ line, at, breaks: true, loose: true }]]);
      }
    });

    const cuts: { start: number; end: number; kind: 'injected'; rule: string }[] = [];
    const taken = new Set<string>();
    for (const [f, ps] of injected) {
      for (const p of ps) {
        if (!p.breaks) continue;
        const l = lines[p.line]!;
        if ([...Array(f.length).keys()].some((d) => taken.has(`${p.line}:${p.at + d}`))) continue;
        for (let d = 0; d < f.length; d++) taken.add(`${p.line}:${p.at + d}`);
        cuts.push({ start: l.offsets[p.at]!, end: l.offsets[p.at + f.length - 1]! + 1, kind: 'injected', rule: NAME });
      }
    }
    return addCuts(draft, cuts);
  },
};
