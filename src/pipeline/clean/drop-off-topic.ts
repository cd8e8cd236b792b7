/**
 * Removes material on other topics: whole sections (or whole second articles) whose words the
 * rest of the article does not share, long paragraphs with no support, and the short lines
 * trailing after the article's last supported paragraph (headline lists, ads). An unsupported
 * block with obituary signs is recorded as `obituary`.
 */
import { OBITUARY_SIGNS } from '../data/boilerplate.ts';
import { keptIndexes, removeLines, type Draft, type Pass } from './draft.ts';
import { titleOf } from './mark-title.ts';
import { sloganShaped } from './drop-slogans.ts';
import { documentFrequency, support } from './topic.ts';

const NAME = 'drop-off-topic';

/** A section (or second article) is off-topic below this support. */
export const MIN_SECTION_SUPPORT = 0.06;
/** A long paragraph is off-topic below this support, even inside a supported section. */
export const MIN_PARAGRAPH_SUPPORT = 0.03;
/** Short trailing lines are off-topic below this support. */
export const MIN_TAIL_SUPPORT = 0.15;
/** Bigram occurrences needed before a score is trusted for a section or paragraph. */
const MIN_SECTION_SIZE = 30;
const MIN_PARAGRAPH_SIZE = 50;
/** A paragraph this size or larger, supported, anchors the article's end. */
const ANCHOR_SIZE = 30;

export const dropOffTopic: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const title = titleOf(draft);
    const titleIndex = draft.lines.findIndex((l) => !l.removed && l.heading === 1);
    const kept = keptIndexes(draft).filter((i) => i !== titleIndex);
    if (kept.length < 3) return draft;
    const text = (is: number[]): string => is.map((i) => draft.lines[i]!.text).join('\n');

    // Sections start at headings; articles start at level-1 headings.
    const sections: number[][] = [];
    for (const i of kept) {
      if (draft.lines[i]!.heading !== undefined || !sections.length) sections.push([]);
      sections.at(-1)!.push(i);
    }
    const articles: number[][][] = [];
    for (const s of sections) {
      if (!articles.length || draft.lines[s[0]!]!.heading === 1) articles.push([]);
      articles.at(-1)!.push(s);
    }

    const drop = new Set<number>();
    const scoreOf = (unit: number[]): { score: number; size: number } => {
      const others = kept.filter((i) => !unit.includes(i) && !drop.has(i)).map((i) => draft.lines[i]!.text);
      return support(text(unit), documentFrequency([title, ...others]));
    };

    // 1. Second articles, then sections, judged whole against the rest of the page.
    for (const article of articles.slice(1)) {
      const unit = article.flat();
      const s = scoreOf(unit);
      if (s.size >= MIN_SECTION_SIZE && s.score < MIN_SECTION_SUPPORT) unit.forEach((i) => drop.add(i));
    }
    for (const section of sections) {
      if (section.some((i) => drop.has(i))) continue;
      const s = scoreOf(section);
      if (s.size >= MIN_SECTION_SIZE && s.score < MIN_SECTION_SUPPORT) section.forEach((i) => drop.add(i));
    }
    // 2. Long paragraphs nothing else supports.
    for (const i of kept) {
      if (drop.has(i)) continue;
      const s = scoreOf([i]);
      if (s.size >= MIN_PARAGRAPH_SIZE && s.score < MIN_PARAGRAPH_SUPPORT) drop.add(i);
    }
    // 3. Short lines after the last supported paragraph.
    const anchors = kept.filter((i) => {
      if (drop.has(i)) return false;
      const s = scoreOf([i]);
      return s.size >= ANCHOR_SIZE && s.score >= MIN_PARAGRAPH_SUPPORT;
    });
    const lastAnchor = anchors.at(-1) ?? -1;
    for (const i of kept) {
      if (i <= lastAnchor || drop.has(i)) continue;
      const s = scoreOf([i]);
      if (s.size < ANCHOR_SIZE && s.score < MIN_TAIL_SUPPORT) drop.add(i);
    }

    // Kind: an obituary when the removed run carries obituary signs, else off-topic.
    const runs: number[][] = [];
    for (const i of [...drop].sort((a, b) => a - b)) {
      const last = runs.at(-1);
      if (last && kept.indexOf(i) === kept.indexOf(last.at(-1)!) + 1) last.push(i);
      else runs.push([i]);
    }
    let out = draft;
    for (const run of runs) {
      const signs = text(run).match(OBITUARY_SIGNS)?.length ?? 0;
      const slogans = run.filter((i) => sloganShaped(draft.lines[i]!.text));
      out = removeLines(out, slogans, 'slogan', NAME);
      out = removeLines(out, run, signs >= 2 ? 'obituary' : 'off-topic', NAME);
    }
    return out;
  },
};
