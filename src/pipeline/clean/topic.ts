/**
 * Topic coherence: how much of a stretch of text speaks of what the rest of the article speaks
 * of. Measured on Han bigrams: the share of a text's bigram occurrences that recur in at least two
 * other paragraphs (its "support"), and the share of its distinct bigrams found in the title and
 * lead. Works the same for simplified and traditional text, and for any topic.
 */
import { bigramSet, hanBigrams, type Bigram } from './text.ts';

/** Share of the distinct bigrams of `text` found in `reference` (0 when `text` has none). */
export function overlap(text: string | Set<Bigram>, reference: Set<Bigram>): number {
  const grams = typeof text === 'string' ? bigramSet(text) : text;
  if (!grams.size) return 0;
  let hit = 0;
  for (const g of grams) if (reference.has(g)) hit++;
  return hit / grams.size;
}

/** Union of the bigram sets of several texts. */
export function profile(texts: Iterable<string>): Set<Bigram> {
  const out = new Set<Bigram>();
  for (const t of texts) for (const g of bigramSet(t)) out.add(g);
  return out;
}

/** In how many of `texts` (or of their bigram sets, where made already) each bigram occurs. */
export function documentFrequency(texts: Iterable<string | Set<Bigram>>): Map<Bigram, number> {
  const df = new Map<Bigram, number>();
  for (const t of texts) for (const g of typeof t === 'string' ? bigramSet(t) : t) df.set(g, (df.get(g) ?? 0) + 1);
  return df;
}

/**
 * Support of `text` by other paragraphs: the share of its bigram occurrences that occur in at
 * least `min` of them. Returns the share and the number of bigram occurrences it rests on.
 */
export function support(text: string, df: Map<Bigram, number>, min = 2): { score: number; size: number } {
  const grams = hanBigrams(text);
  if (!grams.length) return { score: 0, size: 0 };
  const hit = grams.filter((g) => (df.get(g) ?? 0) >= min).length;
  return { score: hit / grams.length, size: grams.length };
}
