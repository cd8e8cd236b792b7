/** Clean: an ordered list of small passes over the decoded text. */
import type { Block, CleanDocument, DecodedFile, Span } from '../types.ts';

/** Splits the decoded text into blocks on line ends; whitespace between blocks is layout. */
export function clean(decoded: DecodedFile): CleanDocument {
  const input = decoded.text;
  const blocks: Block[] = [];
  const layout: Span[] = [];
  let last = 0;
  for (const m of input.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = m.index + lead;
    if (start > last) layout.push({ start: last, end: start });
    if (text) blocks.push({ kind: 'paragraph', pieces: [{ start, end: start + text.length }], text });
    last = text ? start + text.length : start;
  }
  if (input.length > last) layout.push({ start: last, end: input.length });
  return { name: decoded.name, input, blocks, removed: [], layout, messages: [...decoded.messages] };
}
