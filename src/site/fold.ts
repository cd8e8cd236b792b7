/**
 * Traditional → simplified folding for search queries, shipped to the browser as a small table.
 *
 * Pagefind only matches what the index holds, so the table keeps just the traditional characters
 * whose simplified form occurs in the site's text: a few hundred pairs instead of OpenCC's whole
 * dictionary. `臺灣` → `台湾` when the site mentions 台湾.
 */
import * as OpenCC from 'opencc-js';
import { convertCharacter } from '../pipeline/script-chars.ts';

/** Single-character (code point) candidates from OpenCC's traditional → simplified tables. */
function traditionalCandidates(): string[] {
  const tables = [OpenCC.Locale.to.cn, OpenCC.Locale.from.tw, OpenCC.Locale.from.hk].flat(3) as unknown[];
  const out = new Set<string>();
  for (const table of tables) {
    if (typeof table !== 'string') continue;
    for (const pair of table.split('|')) {
      const [from] = pair.split(' ');
      if (from && [...from].length === 1) out.add(from);
    }
  }
  return [...out];
}

/** `{ 紅: '红', 軍: '军', … }` for every traditional character that folds into `siteText`'s characters. */
export function buildFoldTable(siteText: string): Record<string, string> {
  const present = new Set(siteText);
  const table: Record<string, string> = {};
  for (const t of traditionalCandidates().toSorted()) {
    for (const s of [convertCharacter('simplifiedFromTaiwan', t), convertCharacter('simplifiedFromHongKong', t)]) {
      if (s !== t && [...s].length === 1 && present.has(s)) {
        table[t] = s;
        break;
      }
    }
  }
  return table;
}

/** Fold a string with a table from `buildFoldTable` (same code runs in the browser). */
export function foldWith(table: Record<string, string>, s: string): string {
  return Array.from(s, (ch) => table[ch] ?? ch).join('');
}
