/**
 * `#:~:text=` links (URL Fragment Text Directives) to a quote on its source page.
 *
 * Browsers only match a directive whose terms start and end on word boundaries, and Chinese has
 * no spaces, so long quotes use the `start,end` form with each term cut at a word boundary found
 * by `Intl.Segmenter` (the same ICU segmentation Chromium uses). Put a plain fragment before
 * the directive (`#p-12:~:text=…`): browsers that cannot match the text still scroll there.
 */

/** Percent-encode a directive term: encodeURIComponent plus `-`, `,` and `&`, which the syntax reserves. */
export function encodeTextDirective(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Offsets (UTF-16) where a word starts or the text ends. */
function wordBoundaries(s: string): number[] {
  const out = [...segmenter.segment(s)].map((seg) => seg.index);
  out.push(s.length);
  return out;
}

/**
 * Fragment for a quote: `:~:text=<quote>` when short, else `:~:text=<start>,<end>` with terms of
 * at least `edge` code units cut at word boundaries.
 *
 *   textFragment('甲国军队已经控制边境地区的一座城市…之下”。') → ':~:text=甲国军队已经控制…,…之下”。'
 */
export function textFragment(quote: string, maxWhole = 40, edge = 10): string {
  const q = quote.trim().replace(/\s+/g, ' ');
  if (q.length <= maxWhole) return `:~:text=${encodeTextDirective(q)}`;
  const bounds = wordBoundaries(q);
  const startEnd = bounds.find((b) => b >= edge) ?? q.length;
  const endStart = bounds.findLast((b) => b <= q.length - edge) ?? 0;
  if (endStart <= startEnd) return `:~:text=${encodeTextDirective(q)}`;
  return `:~:text=${encodeTextDirective(q.slice(0, startEnd))},${encodeTextDirective(q.slice(endStart))}`;
}
