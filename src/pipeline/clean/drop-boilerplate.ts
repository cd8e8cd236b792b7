/**
 * Removes page furniture: editor lines, topic links, bare URLs, scrape residue, "more" links,
 * separators, related-articles headers, share widgets and credit lines (`文/图 新华社`).
 * Patterns live in `data/boilerplate.ts` and `data/wires.ts`.
 */
import { BOILERPLATE } from '../data/boilerplate.ts';
import { CREDIT_LINE } from '../data/wires.ts';
import { addCuts, removeLines, type Draft, type Pass } from './draft.ts';

const NAME = 'drop-boilerplate';

/** Only punctuation or spaces left: nothing of the article. */
const EMPTY = /^[\s\p{P}\p{S}]*$/u;

/** The whole-line patterns, in order. */
const WHOLE = BOILERPLATE.filter((b) => b.whole).map((b) => b.pattern);
/**
 * The cutting patterns, compiled once: `test` to ask whether a line holds one at all (most do
 * not), and global `all` for `matchAll` (which copies it, so sharing is safe).
 */
const CUTTING = BOILERPLATE.filter((b) => !b.whole).map((b) => ({
  test: new RegExp(b.pattern.source, b.pattern.flags.replace('g', '')),
  all: new RegExp(b.pattern.source, b.pattern.flags.includes('g') ? b.pattern.flags : `${b.pattern.flags}g`),
}));

export const dropBoilerplate: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    const whole: number[] = [];
    const cuts: { start: number; end: number; kind: 'boilerplate'; rule: string }[] = [];
    draft.lines.forEach((line, i) => {
      if (line.removed) return;
      if (CREDIT_LINE.test(line.text) || WHOLE.some((p) => p.test(line.text))) {
        whole.push(i);
        return;
      }
      const lineCuts: typeof cuts = [];
      for (const pattern of CUTTING) {
        if (!pattern.test.test(line.text)) continue;
        for (const m of line.text.matchAll(pattern.all)) {
          lineCuts.push({
            start: line.start + m.index,
            end: line.start + m.index + m[0].length,
            kind: 'boilerplate',
            rule: NAME,
          });
        }
      }
      if (!lineCuts.length) return;
      let rest = line.text;
      for (const c of lineCuts.slice().sort((a, b) => b.start - a.start))
        rest = rest.slice(0, c.start - line.start) + rest.slice(c.end - line.start);
      if (EMPTY.test(rest)) whole.push(i);
      else cuts.push(...lineCuts);
    });
    return addCuts(removeLines(draft, whole, 'boilerplate', NAME), cuts);
  },
};
