/**
 * The per-article work of a run, in one place so that the main thread and worker threads do
 * exactly the same: `prepareArticle` needs nothing but the file, `annotateArticle` the file's
 * sentences and the corpus's entity index.
 */
import { annotate, type EntityIndex } from './annotate/index.ts';
import { clean } from './clean/index.ts';
import { extractClaims, toCandidateRefs, type CandidateRef } from './extract.ts';
import { capSentences, segmentWithin } from './limits.ts';
import { extractMetadata } from './metadata.ts';
import { segment } from './segment.ts';
import type {
  AnnotatedSentence,
  ArticleMeta,
  CleanDocument,
  DecodedFile,
  Message,
  Paragraph,
  Sentence,
} from './types.ts';

/** Runs `f` and adds its seconds to `stage`. */
export type StageTimer = <T>(stage: string, f: () => T) => T;

/** A timer that adds into `timings` (seconds by stage). */
export function stageTimer(timings: Record<string, number>): StageTimer {
  return (stage, f) => {
    const t0 = performance.now();
    const out = f();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0) / 1000;
    return out;
  };
}

/** What one article is before annotation: cleaned, dated if it says when, cut into sentences. */
export interface PreparedArticle {
  doc: CleanDocument;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Problems found by cleaning and segmenting (decode's are in the decoded file). */
  messages: Message[];
}

/** Paragraphs of the source page: the cleaned blocks, numbered from 1. */
export function toParagraphs(doc: CleanDocument): Paragraph[] {
  return doc.blocks.map((b, i) => ({
    n: i + 1,
    kind: b.kind,
    ...(b.level === undefined ? {} : { level: b.level }),
    text: b.text,
  }));
}

/** clean → metadata → segment for one decoded file. */
export function prepareArticle(d: DecodedFile, time: StageTimer): PreparedArticle {
  const doc = time('clean', () => clean(d));
  const meta = time('metadata', () => extractMetadata(doc, d.sidecar));
  const paragraphs = toParagraphs(doc);
  const capped = time('segment', () => capSentences(d.name, segmentWithin(paragraphs, segment)));
  const found = [...doc.messages.filter((m) => !d.messages.includes(m)), ...capped.messages];
  return { doc, meta, paragraphs, sentences: capped.sentences, messages: found };
}

/** One article's sentences to annotate, with what its annotations depend on besides the index. */
export interface AnnotateItem {
  sourceId: string;
  publishedAt: string | null;
  sentences: Sentence[];
  /** Sentences of the articles before this one in the corpus (orders its claim candidates). */
  offset: number;
}

/** One article annotated, with its claim candidates as data (see `fromCandidateRefs`). */
export interface AnnotatedArticle {
  sentences: AnnotatedSentence[];
  candidates: CandidateRef[];
}

/** annotate → extract for one article. */
export function annotateArticle(item: AnnotateItem, entities: EntityIndex, time: StageTimer): AnnotatedArticle {
  const sentences = time('annotate', () =>
    annotate(item.sentences, { sourceId: item.sourceId, publishedAt: item.publishedAt, entities }),
  );
  const candidates = time('extract', () => toCandidateRefs(extractClaims(sentences, item.offset), item.offset));
  return { sentences, candidates };
}
