/**
 * Removes lists of other stories: everything after a "related articles" header, and runs of
 * teasers (a short title, a summary cut off with `…` or followed by a "more" link), separated by
 * rules. These are other articles, whatever their topic.
 */
import { BOILERPLATE, RELATED_HEADER } from '../data/boilerplate.ts';
import { CREDIT_LINE } from '../data/wires.ts';
import { removeLines, type Draft, type Pass } from './draft.ts';

const NAME = 'drop-related-lists';

const MORE_LINK = BOILERPLATE.filter((b) => b.name === 'more-link').map((b) => new RegExp(b.pattern.source, 'u'));
const SEPARATOR = BOILERPLATE.find((b) => b.name === 'separator')!.pattern;
/** A summary cut off mid-text. */
const TRUNCATED = /(?:…|\.{3,}|⋯)$/u;
/** Shortest summary worth calling a teaser. */
const MIN_TEASER_CHARS = 30;
/** Longest teaser title. */
const MAX_TEASER_TITLE = 40;

export const dropRelatedLists: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const { lines } = draft;
    const drop = new Set<number>();

    // 1. A related-articles header: the rest of the page is the list (credit lines excepted).
    const header = lines.findIndex((l) => RELATED_HEADER.test(l.text));
    if (header >= 0) {
      for (let i = header + 1; i < lines.length; i++) {
        const l = lines[i]!;
        if (!l.removed && !CREDIT_LINE.test(l.text)) drop.add(i);
      }
    }

    // 2. Teaser runs: two or more teasers with only furniture or teaser titles between them.
    const teasers: number[] = [];
    lines.forEach((l, i) => {
      if (l.removed || l.heading === 1) return;
      const next = lines[i + 1];
      const moreNext = next !== undefined && MORE_LINK.some((p) => p.test(next.text));
      const moreInline = MORE_LINK.some((p) => p.test(l.text));
      if (l.text.length >= MIN_TEASER_CHARS && (moreNext || moreInline || TRUNCATED.test(l.text))) teasers.push(i);
    });
    if (teasers.length >= 2) {
      const isTitle = (i: number): boolean => {
        const l = lines[i]!;
        return l.text.length <= MAX_TEASER_TITLE && !/[。；;]$/u.test(l.text);
      };
      let runStart = -1;
      for (let k = 0; k < teasers.length; k++) {
        const t = teasers[k]!;
        const prev = teasers[k - 1];
        const linked =
          prev !== undefined &&
          lines.slice(prev + 1, t).every((l, j) => l.removed || SEPARATOR.test(l.text) || isTitle(prev + 1 + j));
        const nextLinked =
          teasers[k + 1] !== undefined &&
          lines.slice(t + 1, teasers[k + 1]).every((l, j) => l.removed || SEPARATOR.test(l.text) || isTitle(t + 1 + j));
        if (!linked) runStart = t;
        if (linked || nextLinked) {
          // Include the teaser's own title line(s) just above it.
          let from = runStart === t ? t : prev! + 1;
          const above = lines[from - 1];
          if (runStart === t && above && !above.removed && above.heading !== 1 && isTitle(from - 1)) from--;
          for (let i = from; i <= t; i++) if (!lines[i]!.removed) drop.add(i);
        }
      }
    }
    return removeLines(draft, drop, 'off-topic', NAME);
  },
};
