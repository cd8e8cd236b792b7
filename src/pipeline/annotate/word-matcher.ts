/**
 * Longest-match dictionary lookup over a folded key: built once, then `longestAt(key, i)` costs
 * one map probe per distinct word length starting with `key[i]`, and next to nothing where no
 * word starts with `key[i]`.
 */
import { fold } from '../fold.ts';

export interface WordMatch<V> {
  word: string;
  value: V;
  start: number;
  end: number;
}

export class WordMatcher<V> {
  readonly #words = new Map<string, V>();
  /** First character → the word lengths that start with it, longest first. */
  readonly #lengths = new Map<string, number[]>();
  /** First two code units (`c0 << 16 | c1`) → the lengths of words of 2+ units starting so, longest first. */
  readonly #lengths2 = new Map<number, number[]>();
  /** Words of one code unit, by that unit (probing them makes no one-character string). */
  readonly #singles = new Map<number, V>();
  /** 1 for each code unit that some word starts with: most positions start none. */
  readonly #firsts = new Uint8Array(0x10000);

  /** `entries`: word (folded here) → value. Later duplicates do not override earlier ones. */
  constructor(entries: Iterable<readonly [string, V]> = []) {
    for (const [word, value] of entries) this.add(word, value);
  }

  add(word: string, value: V): void {
    const key = fold(word);
    if (!key || this.#words.has(key)) return;
    this.#words.set(key, value);
    this.#firsts[key.charCodeAt(0)] = 1;
    if (key.length === 1) this.#singles.set(key.charCodeAt(0), value);
    const first = key[0]!;
    const lengths = this.#lengths.get(first) ?? [];
    if (!lengths.includes(key.length)) {
      lengths.push(key.length);
      lengths.sort((a, b) => b - a);
    }
    this.#lengths.set(first, lengths);
    if (key.length >= 2) {
      const pair = (key.charCodeAt(0) << 16) | key.charCodeAt(1);
      const byPair = this.#lengths2.get(pair) ?? [];
      if (!byPair.includes(key.length)) {
        byPair.push(key.length);
        byPair.sort((a, b) => b - a);
      }
      this.#lengths2.set(pair, byPair);
    }
  }

  has(word: string): boolean {
    return this.#words.has(fold(word));
  }

  get(word: string): V | undefined {
    return this.#words.get(fold(word));
  }

  /** The longest word starting at `i` in the (already folded) `key`, or `null`. */
  longestAt(key: string, i: number): WordMatch<V> | null {
    const c0 = key.charCodeAt(i);
    // Outside the key `c0` is NaN, which starts no word either.
    if (!this.#firsts[c0]) return null;
    if (i + 1 < key.length) {
      // Words of two or more units: only the lengths that start with these two units.
      const lengths = this.#lengths2.get((c0 << 16) | key.charCodeAt(i + 1));
      if (lengths) {
        for (const length of lengths) {
          if (i + length > key.length) continue;
          const word = key.slice(i, i + length);
          const value = this.#words.get(word);
          if (value !== undefined) return { word, value, start: i, end: i + length };
        }
      }
    }
    const value = this.#singles.get(c0);
    return value === undefined ? null : { word: key[i]!, value, start: i, end: i + 1 };
  }

  /** All words starting at `i`, longest first. */
  allAt(key: string, i: number): WordMatch<V>[] {
    const out: WordMatch<V>[] = [];
    for (const length of this.#lengths.get(key[i]!) ?? []) {
      if (i + length > key.length) continue;
      const word = key.slice(i, i + length);
      const value = this.#words.get(word);
      if (value !== undefined) out.push({ word, value, start: i, end: i + length });
    }
    return out;
  }

  /** The longest word ending exactly at `end`, or `null` (used to look back for prefixes). */
  longestEndingAt(key: string, end: number, maxLength = 6): WordMatch<V> | null {
    for (let length = Math.min(maxLength, end); length >= 1; length--) {
      const word = key.slice(end - length, end);
      const value = this.#words.get(word);
      if (value !== undefined) return { word, value, start: end - length, end };
    }
    return null;
  }

  /** Non-overlapping longest matches left to right. */
  scan(key: string): WordMatch<V>[] {
    const out: WordMatch<V>[] = [];
    for (let i = 0; i < key.length;) {
      const m = this.longestAt(key, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}
