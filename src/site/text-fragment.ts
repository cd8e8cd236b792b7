/**
 * `#:~:text=` links (URL Fragment Text Directives) to a quote on its source page.
 * Long quotes use the `start,end` form so the URL stays short and still matches the whole sentence.
 */

/** Percent-encode a directive term: encodeURIComponent plus `-`, `,` and `&`, which the syntax reserves. */
export function encodeTextDirective(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Fragment for a quote: `:~:text=<quote>` or `:~:text=<first words>,<last words>` when long. */
export function textFragment(quote: string, maxWhole = 40, edge = 12): string {
  const q = quote.trim().replace(/\s+/g, ' ');
  const chars = [...q];
  if (chars.length <= maxWhole) return `:~:text=${encodeTextDirective(q)}`;
  const start = chars.slice(0, edge).join('').trim();
  const end = chars.slice(-edge).join('').trim();
  return `:~:text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}
