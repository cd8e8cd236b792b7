/** Small text helpers shared by the cleaning passes: character classes, bigrams, word segmentation. */

/** A Han character (CJK unified ideographs, extension A, compatibility). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Whether `ch` is a Han character (compared by code unit: this runs on every character of the corpus). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length !== 1) return HAN.test(ch);
  return isHanCode(ch.charCodeAt(0));
}

/**
 * Two UTF-16 code units as one number: no string is made, and the number is a 32-bit integer,
 * which V8 keeps unboxed as a map key (pairs are counted on every character of the corpus).
 */
export const codePair = (a: number, b: number): number => (a << 16) | b;

/** `codePair` of the code units at `i` and `i + 1` of `text`. */
export const pairAt = (text: string, i: number): number => codePair(text.charCodeAt(i), text.charCodeAt(i + 1));

/** `isHan` of one UTF-16 code unit. */
export function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * A sieve for UTF-16 code units: `mayHave` is true for every unit added, and false for most
 * others (those not sharing an added unit's low 9 bits). Cheap to make and to ask (one array
 * read), it skips the characters of a text that cannot matter before an exact test.
 */
export class CodeUnitFilter {
  // 512 bits: a typed array this small is made on the heap, at the cost of a small object.
  private readonly bits = new Int32Array(16);
  add(c: number): void {
    this.bits[(c >>> 5) & 15]! |= 1 << (c & 31);
  }
  mayHave(c: number): boolean {
    return (this.bits[(c >>> 5) & 15]! & (1 << (c & 31))) !== 0;
  }
}

/** Punctuation that ends a sentence (full and half width), optionally followed by closing quotes. */
export const TERMINAL = /[。！？!?；;…]["”’』」）)]*$|[。！？!?]$/u;
/** Any sentence-internal or terminal punctuation that a heading or caption would not carry. */
export const SENTENCE_PUNCT = /[，,。！？!?；;：:]/u;
/** Punctuation or a line edge: places where text can be cut without breaking a word. */
export const BOUNDARY = /[\s，,。！？!?；;：:、“”"‘’'「」『』（）()《》〈〉【】[\]—…·-]/u;
export const isBoundary = (ch: string | undefined): boolean => ch === undefined || BOUNDARY.test(ch);

/** Whether a line ends a sentence (so the next line starts a new one). */
export const endsSentence = (text: string): boolean => TERMINAL.test(text.trimEnd());

/** Counts Han characters. */
export function hanCount(text: string): number {
  let n = 0;
  // By code unit: a surrogate is never Han, as no astral character is.
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * A pair of adjacent Han characters as one small integer: each character's place among the Han
 * code units (`isHan`) in 15 bits. Numbers, not two-character strings, because bigrams of every
 * line of the corpus are counted and compared.
 */
export type Bigram = number;

/** The place of Han code unit `c` among all of them (0 … 0x6dff), or -1 when it is not one. */
function hanPlace(c: number): number {
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return c - 0x3400;
  if (c >= 0xf900 && c <= 0xfaff) return c - 0xf900 + 0x6c00;
  return -1;
}

/** The bigram of Han characters `a` and `b` (one code unit each), or -1 when either is not one. */
function bigramOf(a: number, b: number): Bigram {
  const x = hanPlace(a);
  const y = hanPlace(b);
  return x < 0 || y < 0 ? -1 : (x << 15) | y;
}

/** The bigram at offset `i` of `text`, or -1 when the pair there is not two Han characters. */
export const bigramAt = (text: string, i: number): Bigram => bigramOf(text.charCodeAt(i), text.charCodeAt(i + 1));

/**
 * Bigrams of adjacent Han characters, the topic signal used throughout (`俄乌冲突` → 俄乌, 乌冲, 冲突).
 * Very common function bigrams carry no topic and are skipped.
 */
export function hanBigrams(text: string): Bigram[] {
  const out: Bigram[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const bg = bigramAt(text, i);
    if (bg >= 0 && !STOP_BIGRAMS.has(bg)) out.push(bg);
  }
  return out;
}

/** Function bigrams frequent in any Chinese text (simplified and traditional). */
export const STOP_BIGRAMS: ReadonlySet<Bigram> = new Set(
  (
    '一个 一個 一些 一种 一種 一样 一樣 一直 一定 一次 这个 這個 这些 這些 这种 這種 这是 這是 那个 那個 我们 我們 他们 他們 她们 她們 它们 它們 你们 你們 ' +
    '表示 认为 認為 指出 进行 進行 以及 已经 已經 没有 沒有 可以 可能 因为 因為 所以 但是 不过 不過 如果 虽然 雖然 还是 還是 就是 也是 都是 不是 ' +
    '自己 其中 之后 之後 之前 目前 当前 當前 同时 同時 此外 然而 对于 對於 关于 關於 通过 通過 由于 由於 以来 以來 以上 以下 之一 方面 问题 問題 ' +
    '今年 去年 明年 当天 當天 日前 近日 此前 随后 隨後 时候 時候 时间 時間 已有 并且 並且 而且 或者 还有 還有 什么 什麼 怎么 怎麼 如何 为了 為了 ' +
    '的是 了一 是一 在一 有一 上的 中的 的一 和一 不会 不會 不能 能够 能夠 需要 希望 发生 發生 开始 開始 成为 成為 作为 作為 进一 進一 一步'
  )
    .split(' ')
    .map((pair) => bigramOf(pair.charCodeAt(0), pair.charCodeAt(1))),
);

/** Distinct bigrams of a text (as `hanBigrams`), as a set. */
export function bigramSet(text: string): Set<Bigram> {
  const out = new Set<Bigram>();
  for (let i = 0; i + 1 < text.length; i++) {
    const bg = bigramAt(text, i);
    if (bg >= 0 && !STOP_BIGRAMS.has(bg)) out.add(bg);
  }
  return out;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Segmented texts, by text: phrases and their surroundings recur within and across articles. */
const segmented = new Map<string, readonly { segment: string; index: number }[]>();
/** @default 50000 — texts remembered before the memory starts afresh. */
const MAX_SEGMENTED = 50_000;

/** Word segments (ICU dictionary) of a text, with their offsets (shared: do not change them). */
export function segmentWords(text: string): readonly { segment: string; index: number }[] {
  let out = segmented.get(text);
  if (!out) {
    if (segmented.size >= MAX_SEGMENTED) segmented.clear();
    const made: { segment: string; index: number }[] = [];
    for (const s of words.segment(text)) made.push({ segment: s.segment, index: s.index });
    segmented.set(text, (out = made));
  }
  return out;
}

/** Whether a dictionary word of 2+ Han characters spans offset `at` of `text` (a word is cut there). */
export function wordSpans(text: string, at: number): boolean {
  for (const s of words.segment(text)) {
    if (s.index < at && s.index + s.segment.length > at && hanCount(s.segment) >= 2) return true;
    if (s.index >= at) break;
  }
  return false;
}

/** Opening and closing quote pairs. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
];

/** How often the one-character string `ch` occurs in `text`. */
function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Whether every quote pair is balanced (as many openings as closings); a heading has them balanced. */
export function quotesBalanced(text: string): boolean {
  return QUOTE_PAIRS.every(([o, c]) => occurrences(text, o) === occurrences(text, c));
}
