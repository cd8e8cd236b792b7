/**
 * Dedupe: an article saved twice (copied, re-encoded, re-scraped with a caption more or a typo
 * fixed) is one source, never a second witness. Files are compared on their letters and digits
 * only (punctuation, spacing, width and script folded away), by character shingles; candidates
 * come from an index of sampled shingles, so the cost stays near-linear in the corpus.
 */
import { fold } from './fold.ts';
import type { DecodedFile, Message } from './types.ts';

/**
 * Share of shingles two files must have in common (Jaccard resemblance) to be one article.
 * @default 0.8 (ten typos or a caption in a 3,000-character article still match; two reports of
 * the same event by different outlets share far less)
 */
export const NEAR_DUPLICATE_RESEMBLANCE = 0.8;

/** Characters per shingle. */
const SHINGLE = 8;
/** One shingle hash in `SAMPLE` is indexed to find candidate pairs. */
const SAMPLE = 8;
/** A sampled shingle found in more files than this is boilerplate and not indexed. */
const MAX_POSTINGS = 64;

interface Fingerprint {
  /** The folded letters and digits; identical keys are identical articles. */
  key: string;
  /** The shingle hashes that fall in the sample (one in `SAMPLE`), distinct and ascending: what the index holds. */
  sampled: Uint32Array;
  /** Every shingle hash, distinct and ascending, worked out only for files that meet a candidate. */
  shingles?: Uint32Array;
}

/** Letters and digits, folded: what makes two copies the same text. */
export function dedupeKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The distinct hashes of the shingles of `key`, ascending (a key shorter than a shingle is one
 * shingle); with `sampledOnly`, those that fall in the sample.
 */
function shingleHashes(key: string, sampledOnly: boolean): Uint32Array {
  const count = key.length >= SHINGLE ? key.length - SHINGLE + 1 : Math.min(key.length, 1);
  const hashes = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const h = hash(key, i, Math.min(i + SHINGLE, key.length));
    if (!sampledOnly || h % SAMPLE === 0) hashes[n++] = h;
  }
  const sorted = hashes.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (distinct === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.slice(0, distinct);
}

function fingerprint(text: string): Fingerprint {
  const key = dedupeKey(text);
  return { key, sampled: shingleHashes(key, true) };
}

function shinglesOf(print: Fingerprint): Uint32Array {
  print.shingles ??= shingleHashes(print.key, false);
  return print.shingles;
}

/** FNV-1a, 32 bits, of `text.slice(from, to)`. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Jaccard resemblance of two sets of hashes, each distinct and ascending. */
function resemblance(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared || 1);
}

/**
 * Sampled shingle hash → the kept files that have it (the first `MAX_POSTINGS`): an open-addressing
 * table over typed arrays, as there are millions of hashes, most of them in one file only. The
 * files of one hash lie side by side, so reading them takes a few reads of memory, not one each.
 */
class ShingleIndex {
  #hashes = new Uint32Array(1 << 16);
  /** 32 - log2 of the table's size. */
  #shift = 16;
  /** Per slot: where its files start in `files`, or -1 while the slot is empty. */
  #start = new Int32Array(1 << 16).fill(-1);
  #count = new Uint8Array(1 << 16);
  #used = 0;
  /**
   * The files of each hash, in a block of its own whose size is a power of two; a full block
   * moves to a new one twice its size at the end (so at most half of this is left behind).
   */
  files = new Int32Array(1 << 16);
  #end = 0;

  /** Adds `file` to the files of `hash`, unless it has `MAX_POSTINGS` already. */
  add(hash: number, file: number): void {
    let slot = this.#slot(hash);
    const n = this.#count[slot]!;
    if (this.#start[slot] === -1) {
      if (4 * (this.#used + 1) > 3 * this.#hashes.length) {
        this.#grow();
        slot = this.#slot(hash);
      }
      this.#hashes[slot] = hash;
      this.#used++;
      this.#start[slot] = this.#reserve(1);
    } else if (n >= MAX_POSTINGS) {
      return;
    } else if ((n & (n - 1)) === 0) {
      // The block is full (its size is a power of two): on to one twice as large.
      const to = this.#reserve(2 * n);
      const from = this.#start[slot]!;
      this.files.copyWithin(to, from, from + n);
      this.#start[slot] = to;
    }
    this.files[this.#start[slot]! + n] = file;
    this.#count[slot] = n + 1;
  }

  /** The slot of `hash`, or -1 if no file has it; its files are `files[start(slot)]` … (`size(slot)` of them). */
  find(hash: number): number {
    const slot = this.#slot(hash);
    return this.#start[slot] === -1 ? -1 : slot;
  }

  start(slot: number): number {
    return this.#start[slot]!;
  }

  size(slot: number): number {
    return this.#count[slot]!;
  }

  /** Room for `size` more files at the end of `files`; returns where it starts. */
  #reserve(size: number): number {
    if (this.#end + size > this.files.length) {
      const grown = new Int32Array(Math.max(2 * this.files.length, this.#end + size));
      grown.set(this.files);
      this.files = grown;
    }
    const at = this.#end;
    this.#end += size;
    return at;
  }

  #slot(hash: number): number {
    const mask = this.#hashes.length - 1;
    // Fibonacci hashing: the top bits of the product (sampled hashes share their low bits).
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.#shift;
    while (this.#start[slot] !== -1 && this.#hashes[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const [hashes, start, count] = [this.#hashes, this.#start, this.#count];
    this.#hashes = new Uint32Array(2 * hashes.length);
    this.#start = new Int32Array(2 * hashes.length).fill(-1);
    this.#count = new Uint8Array(2 * hashes.length);
    this.#shift--;
    for (let old = 0; old < hashes.length; old++) {
      if (start[old] === -1) continue;
      const slot = this.#slot(hashes[old]!);
      this.#hashes[slot] = hashes[old]!;
      this.#start[slot] = start[old]!;
      this.#count[slot] = count[old]!;
    }
  }
}

/**
 * Keeps the first file (in the given order, which the pipeline sorts by name) of every group of
 * identical or near-identical articles; each later copy gets an `ingest/duplicate` message naming
 * the file it repeats, and is left out of the sources.
 */
export function dedupe(
  files: DecodedFile[],
  threshold: number = NEAR_DUPLICATE_RESEMBLANCE,
): { kept: DecodedFile[]; messages: Message[] } {
  const kept: DecodedFile[] = [];
  const prints: Fingerprint[] = [];
  const byExact = new Map<string, number>();
  const index = new ShingleIndex();
  const messages: Message[] = [];
  const counts = new Int32Array(files.length);
  /** Per kept file, how many sampled shingles it has. */
  const sampledSizes = new Int32Array(files.length);
  for (const file of files) {
    const print = fingerprint(file.text);
    let original = byExact.get(print.key);
    let share = 1;
    if (original === undefined) {
      // Sampled shingles in common with each kept file that has any (a count per kept file, reset after).
      const met: number[] = [];
      for (const h of print.sampled) {
        const slot = index.find(h);
        if (slot === -1) continue;
        const held = index.files;
        for (let p = index.start(slot), end = p + index.size(slot); p < end; p++) {
          const k = held[p]!;
          if (counts[k]!++ === 0) met.push(k);
        }
      }
      // Too few sampled shingles in common to reach the threshold: not worth a full comparison.
      const least = (threshold / 2) * print.sampled.length;
      const close = met.filter((k) => counts[k]! >= least || counts[k]! >= (threshold / 2) * sampledSizes[k]!);
      for (const k of met) counts[k] = 0;
      let best = 0;
      for (const k of close.sort((a, b) => a - b)) {
        const r = resemblance(shinglesOf(print), shinglesOf(prints[k]!));
        if (r >= threshold && r > best) {
          best = r;
          original = k;
        }
      }
      share = best;
    }
    if (original !== undefined) {
      const of = kept[original]!.name;
      const how = share === 1 ? 'the same text as' : `${Math.floor(share * 100)}% the same text as`;
      messages.push({
        file: file.name,
        ruleId: 'ingest/duplicate',
        severity: 'warning',
        message: `This article is ${how} "${of}", so it is counted once, as "${of}", and not as a second source. Delete the copy, or keep only the better version of the two.`,
      });
      continue;
    }
    const k = kept.length;
    kept.push(file);
    prints.push(print);
    sampledSizes[k] = print.sampled.length;
    byExact.set(print.key, k);
    for (const h of print.sampled) index.add(h, k);
  }
  return { kept, messages };
}
