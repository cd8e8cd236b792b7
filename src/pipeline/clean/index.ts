/**
 * Clean: an ordered list of small passes over the decoded text. Each pass removes what is not the
 * article (recording kind, text, span and its own name), marks headings, or rejoins text that
 * layout broke. `accountFor` proves that kept + removed + layout rebuilds the input exactly.
 */
import type { CleanDocument, DecodedFile } from '../types.ts';
import { assemble, toDraft, type Pass } from './draft.ts';
import { dropBoilerplate } from './drop-boilerplate.ts';
import { markTitle } from './mark-title.ts';
import { dropRelatedLists } from './drop-related-lists.ts';
import { dropCaptions } from './drop-captions.ts';
import { markHeadings } from './mark-headings.ts';
import { dropDatelines } from './drop-datelines.ts';
import { dropSlogans } from './drop-slogans.ts';
import { dropOffTopic } from './drop-off-topic.ts';
import { dropInjectedSpam } from './drop-injected-spam.ts';
import { dropHeadlineFragments } from './drop-headline-fragments.ts';
import { joinBrokenLines } from './join-broken-lines.ts';

export type { Draft, DraftLine, Pass } from './draft.ts';

/** The cleaning passes, in the order they run. Later passes see earlier passes' removals. */
export const PASSES: readonly Pass[] = [
  dropBoilerplate,
  markTitle,
  dropRelatedLists,
  dropCaptions,
  dropInjectedSpam,
  dropHeadlineFragments,
  markHeadings,
  dropDatelines,
  dropSlogans,
  dropOffTopic,
  joinBrokenLines,
];

/** Cleans one decoded article: blocks of article text plus every removal, accounted for. */
export function clean(decoded: DecodedFile, passes: readonly Pass[] = PASSES): CleanDocument {
  let draft = toDraft(decoded);
  for (const pass of passes) draft = pass.run(draft);
  const doc = assemble(draft);
  if (!doc.blocks.length && decoded.text.trim()) {
    doc.messages.push({
      file: decoded.name,
      ruleId: 'clean/empty-article',
      severity: 'warning',
      message:
        'Cleaning removed every line, so the article is empty. Check the removals listed for this source; if the text is an article, report the rule that removed it.',
    });
  }
  return doc;
}

/**
 * Rebuilds the input from block pieces, removals and layout and throws on any gap, overlap,
 * non-whitespace layout, or block text that does not match its pieces. Returns the rebuilt text.
 */
export function accountFor(doc: CleanDocument): string {
  const { input } = doc;
  const owner = new Array<string | undefined>(input.length);
  const claim = (start: number, end: number, who: string): void => {
    if (start < 0 || end > input.length || start > end)
      throw new Error(`${doc.name}: ${who} has an invalid span [${start}, ${end}).`);
    for (let i = start; i < end; i++) {
      if (owner[i] !== undefined)
        throw new Error(
          `${doc.name}: character ${i} (${JSON.stringify(input[i])}) is claimed by both ${owner[i]} and ${who}.`,
        );
      owner[i] = who;
    }
  };
  doc.blocks.forEach((b, n) => {
    const text = b.pieces.map((p) => input.slice(p.start, p.end)).join('');
    if (text !== b.text) throw new Error(`${doc.name}: block ${n} text does not match its pieces.`);
    for (const p of b.pieces) claim(p.start, p.end, `block ${n}`);
  });
  doc.removed.forEach((r, n) => {
    if (input.slice(r.start, r.end) !== r.text)
      throw new Error(`${doc.name}: removal ${n} (${r.rule}) text does not match its span.`);
    claim(r.start, r.end, `removal ${n} (${r.rule})`);
  });
  for (const l of doc.layout) {
    if (input.slice(l.start, l.end).trim())
      throw new Error(
        `${doc.name}: layout [${l.start}, ${l.end}) holds text ${JSON.stringify(input.slice(l.start, l.end))}.`,
      );
    claim(l.start, l.end, 'layout');
  }
  const gap = owner.findIndex((o) => o === undefined);
  if (gap >= 0)
    throw new Error(`${doc.name}: character ${gap} (${JSON.stringify(input[gap])}) is in no block, removal or layout.`);
  const pieces = [...doc.blocks.flatMap((b) => b.pieces), ...doc.removed, ...doc.layout].sort(
    (a, b) => a.start - b.start,
  );
  return pieces.map((p) => input.slice(p.start, p.end)).join('');
}
