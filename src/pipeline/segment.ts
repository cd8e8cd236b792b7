/**
 * Segment: paragraphs into sentences, each with its `[start, end)` span in the paragraph, so
 * `paragraph.text.slice(start, end) === sentence.text`.
 *
 * Rules, in order:
 * 1. A sentence ends after `。！？!?` (and runs of them), plus any closing quotes or brackets
 *    that follow: `他说：“很好。”` is one sentence.
 * 2. Terminators inside a quote or bracket pair do not end the sentence
 *    (`他说：“这是第一句。这是第二句。”` stays whole); an unbalanced quote protects nothing.
 * 3. `;`/`；` ends a list item: at the end of a paragraph, or when the piece starts with a list
 *    label (`会谈持续时长:`, `一是`) or the next piece starts with an enumerator (`二是`, `②`).
 *    Such sentences are flagged `listItem`.
 * 4. A `.` between two Chinese characters is a full stop typed half-width.
 * 5. A paragraph without final punctuation is one sentence. Headings are not segmented.
 */
import { fold } from './fold.ts';
import type { Paragraph, Sentence } from './types.ts';

/** Sentence terminators after folding (full-width `！？` fold to ASCII). */
const TERMINATORS = new Set(['。', '!', '?', '…']);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', ')', '》', '〉', '】', ']', '"']);
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '(': ')',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '[': ']',
};

/** Per UTF-16 code unit: the closer of the pair it opens (as a code unit), or 0. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [opener, closer] of Object.entries(PAIRS)) CLOSER_OF[opener.charCodeAt(0)] = closer.charCodeAt(0);
/** Per UTF-16 code unit: 1 for the closers of `CLOSERS`. */
const IS_CLOSER = new Uint8Array(0x10000);
for (const c of CLOSERS) IS_CLOSER[c.charCodeAt(0)] = 1;
/** Per UTF-16 code unit: 1 for the terminators of `TERMINATORS`. */
const IS_TERMINATOR = new Uint8Array(0x10000);
for (const c of TERMINATORS) IS_TERMINATOR[c.charCodeAt(0)] = 1;
const STRAIGHT_QUOTE = 0x22;
const SEMICOLON = 0x3b;
const FULL_STOP = 0x2e;
const ELLIPSIS = 0x2026;

/** `会谈持续时长:` — a short label and a colon opens a list item. */
const LIST_LABEL = /^\s*[^\s,，。;:!?“”()]{2,20}:/u;
/** `一是` `第二,` `(3)` `②` `1.` `1、` — an enumerator opens a list item. */
const ENUMERATOR =
  /^\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+|第[一二三四五六七八九十]+[,、:]|\(?[0-9一二三四五六七八九十]{1,2}[)、.]|[①-⑳])/u;
const HAN = /\p{Script=Han}/u;
/** `”布德里斯说。` — a speaker and verb that close the quoted sentence. */
const ATTRIBUTION_TAIL = /^,?[^,。!?“”:;]{0,12}?(?:说|表示|称|指出|强调|写道|说道|补充道)(?:[。!?]|$)/u;

/** Splits every paragraph (headings excluded) into sentences. */
export function segment(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let previousWasListItem = false;
  for (const p of paragraphs) {
    if (p.kind !== 'paragraph') continue;
    for (const sentence of segmentText(p.text, p.n)) {
      // A labelled item right after list items is the list's last item (it ends with `。`).
      if (previousWasListItem && !sentence.listItem && opensListItem(sentence.text)) sentence.listItem = true;
      previousWasListItem = sentence.listItem === true;
      out.push(sentence);
    }
  }
  return out;
}

/** Splits one paragraph's text; spans index into `text`. */
export function segmentText(text: string, paragraph: number): Sentence[] {
  const key = fold(text);
  const protectedEnd = protectedRegions(key);
  const out: Sentence[] = [];
  let start = 0;
  let i = 0;
  const emit = (end: number, listItem: boolean): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) {
      const sentence: Sentence = { paragraph, start: s, end: e, text: text.slice(s, e) };
      if (listItem) sentence.listItem = true;
      out.push(sentence);
    }
    start = end;
  };

  while (i < key.length) {
    const c = key.charCodeAt(i);
    const closeAt = protectedEnd[i]!;
    if (closeAt !== -1) {
      // Skip the quoted or bracketed region; it ends the sentence only if it closes on a terminator.
      i = closeAt + 1;
      if (TERMINATORS.has(key[closeAt - 1] ?? '') && isQuoteCloser(key[closeAt]!)) {
        const end = extendOverClosers(key, i);
        if (!continuesQuote(key, end)) {
          emit(end, false);
          i = end;
        }
      }
      continue;
    }
    if (IS_TERMINATOR[c] === 1) {
      let end = i + 1;
      while (end < key.length && IS_TERMINATOR[key.charCodeAt(end)] === 1) end++;
      // A lone `…` mid-sentence is an ellipsis, not a full stop.
      if (c === ELLIPSIS && end < key.length && !/\s/u.test(key[end]!)) {
        i = end;
        continue;
      }
      end = extendOverClosers(key, end);
      emit(end, false);
      i = end;
      continue;
    }
    if (c === SEMICOLON) {
      const rest = key.slice(i + 1);
      const atEnd = rest.trim() === '';
      const piece = key.slice(start, i);
      if (atEnd || LIST_LABEL.test(piece) || ENUMERATOR.test(piece) || ENUMERATOR.test(rest)) {
        emit(extendOverClosers(key, i + 1), true);
        i = start;
        continue;
      }
    }
    if (c === FULL_STOP && HAN.test(key[i - 1] ?? '') && HAN.test(key[i + 1] ?? '')) {
      emit(i + 1, false);
    }
    i++;
  }
  emit(text.length, false);
  return out;
}

function opensListItem(text: string): boolean {
  const key = fold(text);
  return LIST_LABEL.test(key) || ENUMERATOR.test(key);
}

function isQuoteCloser(c: string): boolean {
  return c === '”' || c === '’' || c === '"';
}

function extendOverClosers(key: string, from: number): number {
  let end = from;
  while (end < key.length && IS_CLOSER[key.charCodeAt(end)] === 1) end++;
  return end;
}

/** `“……。”他说` — a short attribution tail right after a closing quote keeps the sentence open. */
function continuesQuote(key: string, at: number): boolean {
  return ATTRIBUTION_TAIL.test(key.slice(at, at + 16));
}

/**
 * Per index of `key`: for the opener of a balanced quote/bracket pair, its closer's index; else
 * -1. Pairs are found with a stack, so an unbalanced opener protects nothing. ASCII `"` pairs in order.
 */
function protectedRegions(key: string): Int32Array {
  const out = new Int32Array(key.length).fill(-1);
  // The open pairs: where each opened, and the closer it waits for.
  const openedAt: number[] = [];
  const awaited: number[] = [];
  let straight = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const closer = CLOSER_OF[c]!;
    if (closer !== 0) {
      openedAt.push(i);
      awaited.push(closer);
      continue;
    }
    if (c === STRAIGHT_QUOTE) {
      if (straight < 0) straight = i;
      else {
        out[straight] = i;
        straight = -1;
      }
      continue;
    }
    if (IS_CLOSER[c] === 1) {
      // Pop to the matching opener, discarding unbalanced ones above it.
      for (let k = awaited.length - 1; k >= 0; k--) {
        if (awaited[k] === c) {
          out[openedAt[k]!] = i;
          openedAt.length = awaited.length = k;
          break;
        }
      }
    }
  }
  // Keep only outermost regions: an inner region starting inside an outer one is skipped anyway.
  return out;
}
