/**
 * Split a text into plain and marked pieces by `[start, end)` spans, so a template can wrap the
 * marked pieces in links or `<mark>` while every piece stays escaped text.
 *
 *   splitBySpans('ab12cd', [{ start: 2, end: 4, data: 'n' }])
 *   → [{ text: 'ab' }, { text: '12', data: 'n' }, { text: 'cd' }]
 */
export interface Segment<T> {
  text: string;
  data?: T;
}

export function splitBySpans<T>(text: string, spans: readonly { start: number; end: number; data: T }[]): Segment<T>[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping span: the earlier one wins
    if (span.start > at) out.push({ text: text.slice(at, span.start) });
    out.push({ text: text.slice(span.start, span.end), data: span.data });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Spans of every occurrence of each needle in `text` (non-overlapping, left to right). */
export function findAll<T>(text: string, needles: readonly { text: string; data: T }[]) {
  const spans: { start: number; end: number; data: T }[] = [];
  for (const n of needles) {
    if (!n.text) continue;
    for (let i = text.indexOf(n.text); i !== -1; i = text.indexOf(n.text, i + n.text.length)) {
      spans.push({ start: i, end: i + n.text.length, data: n.data });
    }
  }
  return spans;
}
