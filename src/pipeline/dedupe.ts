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
  /** The shingle hashes that fall in the sample (one in `SAMPLE`): what the index holds. */
  sampled: Set<number>;
  /** Every shingle hash, worked out only for files that meet a candidate. */
  shingles?: Set<number>;
}

/** Letters and digits, folded: what makes two copies the same text. */
export function dedupeKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Calls `f` with the hash of every shingle of `key` (a key shorter than a shingle is one shingle). */
function eachShingle(key: string, f: (h: number) => void): void {
  for (let i = 0; i + SHINGLE <= key.length || (i === 0 && key.length > 0); i++)
    f(hash(key, i, Math.min(i + SHINGLE, key.length)));
}

function fingerprint(text: string): Fingerprint {
  const key = dedupeKey(text);
  const sampled = new Set<number>();
  eachShingle(key, (h) => {
    if (h % SAMPLE === 0) sampled.add(h);
  });
  return { key, sampled };
}

function shinglesOf(print: Fingerprint): Set<number> {
  if (!print.shingles) {
    const all = new Set<number>();
    eachShingle(print.key, (h) => all.add(h));
    print.shingles = all;
  }
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

function resemblance(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared || 1);
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
  const index = new Map<number, number[]>();
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
        const postings = index.get(h);
        if (!postings) continue;
        for (let p = 0; p < postings.length; p++) {
          const k = postings[p]!;
          if (counts[k]!++ === 0) met.push(k);
        }
      }
      // Too few sampled shingles in common to reach the threshold: not worth a full comparison.
      const least = (threshold / 2) * print.sampled.size;
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
    sampledSizes[k] = print.sampled.size;
    byExact.set(print.key, k);
    for (const h of print.sampled) {
      const postings = index.get(h) ?? [];
      if (postings.length < MAX_POSTINGS) postings.push(k);
      index.set(h, postings);
    }
  }
  return { kept, messages };
}
