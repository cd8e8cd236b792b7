/**
 * Explicit limits on what one article may hold, and the pure helpers that apply them. Each limit
 * keeps a stage's cost bounded on hostile or broken input; none of them drops text silently: a
 * file over a limit is skipped or wrapped with a message that says what to do.
 */
import { segmentText } from './segment.ts';
import type { Message, Paragraph, Sentence } from './types.ts';

/**
 * Largest article file read, in bytes. Bigger files are skipped (`ingest/too-large`) before they
 * are read, so a stray dump never exhausts memory.
 * @default 5 * 1024 * 1024 (5 MB; a long news article is under 100 kB)
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Longest line, in UTF-16 code units, that cleaning and sentence segmentation see in one piece.
 * Longer lines are hard-wrapped at safe points (after a full stop, else a semicolon, comma or
 * space, else anywhere outside a surrogate pair), so every stage stays linear in the file size.
 * @default 2000 (the longest paragraph of an ordinary article is well under 1000)
 */
export const MAX_LINE_LENGTH = 2000;

/**
 * Most sentences of one article considered for claims. Later sentences stay on the source page
 * as text but are not annotated or extracted (`pipeline/too-many-sentences`).
 * @default 2000 (a long article has about 100)
 */
export const MAX_SENTENCES = 2000;

/** Sentence ends, then weaker cut points, in order of preference. */
const CUT_AFTER: readonly RegExp[] = [/[。！？!?…]/u, /[；;]/u, /[，,、：:\s]/u];
/** Closing quotes and brackets that stay with the text before a cut. */
const CLOSER = /[”’」』）)》〉】\]"']/u;

/**
 * Where to cut `text` so no piece is longer than `max`: offsets of the cuts, in order. Each cut
 * falls after the last sentence end in the second half of the window, else the last semicolon,
 * else the last comma or space, else at `max` (moved back one unit rather than split a surrogate
 * pair). Linear in `text.length`.
 *   safeCuts('甲乙。丙丁戊', 4) → [3]   (pieces '甲乙。' and '丙丁戊')
 */
export function safeCuts(text: string, max: number = MAX_LINE_LENGTH): number[] {
  if (max < 2) throw new Error(`safeCuts: max must be at least 2, got ${max}.`);
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let cut = -1;
    for (const pattern of CUT_AFTER) {
      for (let i = limit - 1; i >= floor; i--) {
        if (!pattern.test(text[i]!)) continue;
        let end = i + 1;
        while (end < limit && CLOSER.test(text[end]!)) end++;
        cut = end;
        break;
      }
      if (cut > 0) break;
    }
    if (cut < 0) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}

/**
 * Hard-wraps every line longer than `max` by inserting `\n` at safe points.
 * Returns the text and how many breaks were inserted (0: the text is returned unchanged).
 */
export function wrapLongLines(text: string, max: number = MAX_LINE_LENGTH): { text: string; breaks: number } {
  if (!hasLineOver(text, max)) return { text, breaks: 0 };
  let breaks = 0;
  const out = text.replace(/[^\n]+/g, (line) => {
    if (line.length <= max) return line;
    const cuts = safeCuts(line, max);
    breaks += cuts.length;
    let wrapped = '';
    let at = 0;
    for (const cut of cuts) {
      wrapped += `${line.slice(at, cut)}\n`;
      at = cut;
    }
    return wrapped + line.slice(at);
  });
  return { text: breaks ? out : text, breaks };
}

/** Whether some line of `text` is longer than `max` (most texts have none to wrap). */
function hasLineOver(text: string, max: number): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    if (lineEnd - start > max) return true;
    start = lineEnd + 1;
  }
  return false;
}

/**
 * Sentences of the paragraphs, like `segment`, but a paragraph longer than `max` (lines that
 * cleaning rejoined) is segmented in pieces cut at safe points, so no sentence exceeds `max`
 * and segmentation stays linear. Spans still index the paragraph text.
 */
export function segmentWithin(
  paragraphs: Paragraph[],
  segment: (p: Paragraph[]) => Sentence[],
  max: number = MAX_LINE_LENGTH,
): Sentence[] {
  if (paragraphs.every((p) => p.text.length <= max)) return segment(paragraphs);
  const out: Sentence[] = [];
  let run: Paragraph[] = [];
  const flush = (): void => {
    if (run.length) out.push(...segment(run));
    run = [];
  };
  for (const p of paragraphs) {
    if (p.kind !== 'paragraph' || p.text.length <= max) {
      run.push(p);
      continue;
    }
    flush();
    let at = 0;
    for (const cut of [...safeCuts(p.text, max), p.text.length]) {
      for (const s of segmentText(p.text.slice(at, cut), p.n)) {
        out.push({ ...s, start: s.start + at, end: s.end + at });
      }
      at = cut;
    }
  }
  flush();
  return out;
}

/**
 * Keeps the first `max` sentences for annotation and claims, with a message when some are left
 * out (they stay on the source page as text).
 */
export function capSentences(
  file: string,
  sentences: Sentence[],
  max: number = MAX_SENTENCES,
): { sentences: Sentence[]; messages: Message[] } {
  if (sentences.length <= max) return { sentences, messages: [] };
  return {
    sentences: sentences.slice(0, max),
    messages: [
      {
        file,
        ruleId: 'pipeline/too-many-sentences',
        severity: 'warning',
        message: `The article has ${sentences.length} sentences; only the first ${max} were checked for claims (the rest stay on the source page as text). Split the file into separate articles if it holds more than one.`,
      },
    ],
  };
}
