/**
 * Removes the dateline or byline that opens an article's first paragraph (`新华社莫斯科12月2日电
 * （记者 X）`, `【X日报讯】`, `〔記者X／台北報導〕`, `本报讯`) as boilerplate, so the paragraph starts
 * with the article's first word. Metadata reads the date, wire and outlet back from the removal.
 * Patterns live in `data/datelines.ts`.
 *
 * Not yet in `PASSES`: on the labelled set, enabling it links one more pair as `agrees` where the
 * label says `same` (align's threshold), which drops agrees precision below its floor. Enable it by
 * inserting `dropDatelines` after `markHeadings` once align joins that pair.
 */
import { DATELINES } from '../data/datelines.ts';
import { addCuts, keptIndexes, type Draft, type Pass } from './draft.ts';

const NAME = 'drop-datelines';
/** Datelines that may follow one another at the start of a paragraph (`本报讯 （记者 X）`). */
const MAX_CHAINED = 3;

/** The length of the datelines at the start of `text` (0 when it opens with none). */
export function datelineLength(text: string): number {
  let at = 0;
  for (let n = 0; n < MAX_CHAINED; n++) {
    const rest = text.slice(at);
    const lead = rest.length - rest.trimStart().length;
    const m = DATELINES.map((d) => d.pattern.exec(rest.slice(lead))).find((x) => x !== null);
    if (!m) break;
    at += lead + m[0].length;
  }
  return at;
}

export const dropDatelines: Pass = {
  name: NAME,
  run(draft: Draft): Draft {
    // The first paragraph of the page, and of every article that starts under a title.
    const firsts: number[] = [];
    let expectFirst = true;
    for (const i of keptIndexes(draft)) {
      const line = draft.lines[i]!;
      if (line.heading === 1) expectFirst = true;
      else if (line.heading === undefined && expectFirst) {
        firsts.push(i);
        expectFirst = false;
      }
    }
    const cuts = firsts.flatMap((i) => {
      const line = draft.lines[i]!;
      const length = datelineLength(line.text);
      return length ? [{ start: line.start, end: line.start + length, kind: 'boilerplate' as const, rule: NAME }] : [];
    });
    return addCuts(draft, cuts);
  },
};
