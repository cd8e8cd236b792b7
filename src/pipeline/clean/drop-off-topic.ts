/**
 * Removes material on other topics, judged by topic coherence with the rest of the page (the share
 * of a text's Han bigrams that the title and the other paragraphs also use), and by position:
 * - a section or second article (under its own heading) that the rest of the page does not share;
 * - after the article's end (an editor line, slogans, a related header), any paragraph the article
 *   does not share;
 * - a list of short headline-like lines at the very end.
 * The lead section under the title is the article itself and is never judged. An unsupported run
 * with obituary signs is recorded as `obituary`, a slogan-shaped line as `slogan`.
 */
import { OBITUARY_SIGNS } from '../data/boilerplate.ts';
import { keptIndexes, removeLines, type Draft, type Pass } from './draft.ts';
import { titleOf } from './mark-title.ts';
import { sloganShaped } from './drop-slogans.ts';
import { bigramAt, STOP_BIGRAMS, TERMINAL, type Bigram } from './text.ts';

const NAME = 'drop-off-topic';

/** A section (or second article) is off-topic below this support. */
export const MIN_SECTION_SUPPORT = 0.06;
/** After the article's end, a paragraph is off-topic below this support. */
export const MIN_AFTER_END_SUPPORT = 0.2;
/** Short lines at the very end are off-topic below this support. */
export const MIN_TAIL_SUPPORT = 0.2;
/** Bigram occurrences needed before a section's score is trusted. */
const MIN_SECTION_SIZE = 30;
/** Longest line in a trailing headline list. */
const MAX_TAIL_LINE = 40;
/** An end mark counts only after this share of the page's kept text (a credit line under the lead does not end it). */
const MIN_BODY_SHARE_BEFORE_END = 0.6;
/** Set `DEBUG_TOPIC=1` to print the support of each unit judged. */
const DEBUG = Boolean(process.env['DEBUG_TOPIC']);
/** Removal kinds that mark the end of an article when they stand between kept lines. */
const END_MARKS = new Set(['boilerplate', 'slogan', 'off-topic', 'obituary']);

export const dropOffTopic: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const title = titleOf(draft);
    const titleIndex = draft.lines.findIndex((l) => !l.removed && l.heading === 1);
    const kept = keptIndexes(draft).filter((i) => i !== titleIndex);
    if (kept.length < 2) return draft;
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
    const lead = new Set(sections[0] ?? []);

    const drop = new Set<number>();
    // Bigrams as small ids, in order of first appearance, so that the counts over the page are
    // arrays. `df`: in how many of the title and the kept lines not dropped each bigram occurs,
    // kept up to date as lines drop, so a unit's support costs time in proportion to the unit.
    const ids = new Map<Bigram, number>();
    const df: number[] = [];
    const lastText: number[] = [];
    let added = 0;
    /** Counts a text in `df`; returns its bigram ids, each occurrence and the distinct ones. */
    const add = (t: string): { all: number[]; distinct: number[] } => {
      const n = added++;
      const all: number[] = [];
      const distinct: number[] = [];
      // As `hanBigrams`, with stop bigrams known by their id (-1) after their first occurrence.
      for (let k = 0; k + 1 < t.length; k++) {
        const g = bigramAt(t, k);
        if (g < 0) continue;
        let id = ids.get(g);
        if (id === undefined) {
          id = STOP_BIGRAMS.has(g) ? -1 : df.length;
          ids.set(g, id);
          if (id >= 0) {
            df.push(0);
            lastText.push(-1);
          }
        }
        if (id < 0) continue;
        all.push(id);
        if (lastText[id] !== n) {
          lastText[id] = n;
          distinct.push(id);
          df[id]!++;
        }
      }
      return { all, distinct };
    };
    add(title);
    const gramsOf = new Map(kept.map((i) => [i, add(draft.lines[i]!.text)]));
    const dropLine = (i: number): void => {
      if (drop.has(i)) return;
      drop.add(i);
      for (const id of gramsOf.get(i)!.distinct) df[id]!--;
    };
    /** In how many lines of the unit being scored each bigram occurs; zero between units. */
    const own = new Array<number>(df.length).fill(0);
    /** Support of a unit by the title and the other kept lines: see `support` in topic.ts. */
    const scoreOf = (unit: number[]): { score: number; size: number } => {
      for (const i of unit) if (!drop.has(i)) for (const id of gramsOf.get(i)!.distinct) own[id]!++;
      let hit = 0;
      let size = 0;
      for (const i of unit) {
        for (const id of gramsOf.get(i)!.all) {
          size++;
          if (df[id]! - own[id]! >= 1) hit++;
        }
      }
      for (const i of unit) for (const id of gramsOf.get(i)!.distinct) own[id] = 0;
      return size ? { score: hit / size, size } : { score: 0, size: 0 };
    };
    const judge = (unit: number[], min: number): void => {
      const s = scoreOf(unit);
      if (DEBUG) console.log(s.score.toFixed(2), s.size, text(unit).slice(0, 30).replace(/\n/g, ' / '));
      if (s.size >= MIN_SECTION_SIZE && s.score < min) unit.forEach(dropLine);
    };

    // 1. Second articles, then sections, judged whole against the rest of the page.
    for (const article of articles.slice(1)) judge(article.flat(), MIN_SECTION_SUPPORT);
    for (const section of sections)
      if (!section.some((i) => drop.has(i) || lead.has(i))) judge(section, MIN_SECTION_SUPPORT);

    // 2. After the article's end: paragraphs the article does not share.
    const total = kept.reduce((n, i) => n + draft.lines[i]!.text.length + 1, -1); // text(kept).length
    let before = 0;
    const end = kept.find((i, k) => {
      const found =
        k > 0 &&
        before >= total * MIN_BODY_SHARE_BEFORE_END &&
        draft.lines.slice(kept[k - 1]! + 1, i).some((l) => l.removed && END_MARKS.has(l.removed.kind));
      before += draft.lines[i]!.text.length + 1;
      return found;
    });
    if (end !== undefined) {
      for (const i of kept) {
        if (i < end || drop.has(i)) continue;
        const s = scoreOf([i]);
        if (s.score < MIN_AFTER_END_SUPPORT) dropLine(i);
      }
    }

    // 3. A list of short headline-like lines at the very end.
    const tail: number[] = [];
    for (const i of kept.slice().reverse()) {
      const t = draft.lines[i]!.text;
      if (drop.has(i) || t.length > MAX_TAIL_LINE || TERMINAL.test(t)) break;
      tail.push(i);
    }
    if (tail.length >= 2 && tail.every((i) => scoreOf([i]).score < MIN_TAIL_SUPPORT)) tail.forEach(dropLine);

    // Kinds: slogans and obituaries by their signs, the rest off-topic.
    const runs: number[][] = [];
    const position = new Map(kept.map((i, k) => [i, k]));
    for (const i of [...drop].sort((a, b) => a - b)) {
      const last = runs.at(-1);
      if (last && position.get(i) === position.get(last.at(-1)!)! + 1) last.push(i);
      else runs.push([i]);
    }
    let out = draft;
    for (const run of runs) {
      const signs = text(run).match(OBITUARY_SIGNS)?.length ?? 0;
      out = removeLines(
        out,
        run.filter((i) => sloganShaped(draft.lines[i]!.text)),
        'slogan',
        NAME,
      );
      out = removeLines(out, run, signs >= 2 ? 'obituary' : 'off-topic', NAME);
    }
    return out;
  },
};
