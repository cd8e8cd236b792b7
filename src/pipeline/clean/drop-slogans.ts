/**
 * Removes page slogans: short lines of two or more balanced halves (`文明健康 有你有我`,
 * `人才因产业而聚，产业因人才而兴。`) that share no topic with the article.
 */
import { bigramSet, hanCount, type Bigram } from './text.ts';
import { keptIndexes, removeLines, type Draft, type Pass } from './draft.ts';
import { titleOf } from './mark-title.ts';
import { documentFrequency } from './topic.ts';

const NAME = 'drop-slogans';

/** Longest slogan, in Han characters. */
export const MAX_SLOGAN_CHARS = 30;
/** Share of a slogan's bigrams the article may share with it. */
const MAX_SHARED = 0.2;

/** Two or more halves of nearly equal length, each 3–12 Han characters. */
export function sloganShaped(text: string): boolean {
  if (hanCount(text) > MAX_SLOGAN_CHARS || /[\d:：“”"《》()（）]/u.test(text)) return false;
  const parts = text.split(/[\s，,、。！!；;]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return false;
  const lengths = parts.map((p) => p.length);
  if (lengths.some((n, i) => n < 3 || n > 12 || hanCount(parts[i]!) !== n)) return false;
  return Math.max(...lengths) - Math.min(...lengths) <= 1;
}

export const dropSlogans: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const kept = keptIndexes(draft);
    const title = titleOf(draft);
    const drop: number[] = [];
    // Bigrams of the title and of the kept lines (in how many lines each occurs), built once.
    let rest: { title: Set<Bigram>; lines: Map<Bigram, number> } | undefined;
    for (const i of kept) {
      const text = draft.lines[i]!.text;
      if (text === title || !sloganShaped(text)) continue;
      rest ??= { title: bigramSet(title), lines: documentFrequency(kept.map((j) => draft.lines[j]!.text)) };
      // Share of the line's bigrams that the title or another line also uses.
      const grams = bigramSet(text);
      let hit = 0;
      for (const g of grams) if (rest.title.has(g) || (rest.lines.get(g) ?? 0) > 1) hit++;
      const shared = grams.size ? hit / grams.size : 0;
      if (shared <= MAX_SHARED) drop.push(i);
    }
    return removeLines(draft, drop, 'slogan', NAME);
  },
};
