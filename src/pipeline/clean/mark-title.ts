/** Marks the article's title: the first kept line, when it reads as a headline (short, no full stop). */
import { SENTENCE_PUNCT } from './text.ts';
import { updateLine, type Draft, type Pass } from './draft.ts';

/** Longest line taken as a title. */
export const MAX_TITLE_CHARS = 80;

export const markTitle: Pass = {
  name: 'mark-title',
  run(draft: Draft): Draft {
    const i = draft.lines.findIndex((l) => !l.removed);
    if (i < 0) return draft;
    const line = draft.lines[i]!;
    const sentences = line.text.split(/[。！？!?]/u).filter((s) => s.trim()).length;
    const title =
      line.text.length <= MAX_TITLE_CHARS &&
      !/。/u.test(line.text) &&
      sentences <= 2 &&
      !(SENTENCE_PUNCT.test(line.text) && line.text.length > 50);
    return title ? updateLine(draft, i, { heading: 1 }) : draft;
  },
};

/** The title line's text, or '' when the page has none. */
export function titleOf(draft: Draft): string {
  return draft.lines.find((l) => !l.removed && l.heading === 1)?.text ?? '';
}
