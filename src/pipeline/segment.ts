/** Segment: paragraphs into sentences, each with its span in the paragraph. */
import type { Paragraph, Sentence } from './types.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

export function segment(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'paragraph') continue;
    for (const s of segmenter.segment(p.text)) {
      const text = s.segment.trimEnd();
      if (!text.trim()) continue;
      out.push({ paragraph: p.n, start: s.index, end: s.index + text.length, text });
    }
  }
  return out;
}
