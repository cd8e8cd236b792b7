/**
 * Rejoins text that layout broke: a paragraph line that stops mid-sentence continues on the next
 * kept paragraph line, across any captions removed between them (`试图“冻` · `结”俄乌冲突`,
 * `马克` · `龙表示`). The block keeps one piece per line.
 */
import { SENTENCE_PUNCT, endsSentence } from './text.ts';
import { continues } from './drop-captions.ts';
import { keptIndexes, keptText, updateLine, type Draft, type Pass } from './draft.ts';

export const joinBrokenLines: Pass = {
  name: 'join-broken-lines',
  run(draft: Draft): Draft {
    const kept = keptIndexes(draft);
    const texts = kept.map((i) => keptText(draft, draft.lines[i]!).text);
    let out = draft;
    for (let k = 0; k + 1 < kept.length; k++) {
      const a = draft.lines[kept[k]!]!;
      const b = draft.lines[kept[k + 1]!]!;
      if (a.heading !== undefined || b.heading !== undefined) continue;
      const at = texts[k]!.trimEnd();
      const bt = texts[k + 1]!.trimStart();
      if (!at || !bt || endsSentence(at) || /[：:]$/u.test(at)) continue;
      if (continues(at, bt) || SENTENCE_PUNCT.test(at)) out = updateLine(out, kept[k]!, { joinNext: true });
    }
    return out;
  },
};
