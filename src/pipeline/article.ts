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
  Attribution,
  CleanDocument,
  Cues,
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

/**
 * A prepared article as a worker sends it: what the main thread has already (the input, which is
 * the decoded text) or can rebuild for next to nothing (the paragraphs, the text of a sentence,
 * which is a slice of its paragraph) is left out, as `null` in its place so that every object
 * keeps its fields in their order. Less to serialise, parse and keep: restored text shares memory
 * with the decoded file.
 */
export function packPrepared(prepared: PreparedArticle, d: DecodedFile): unknown {
  const paragraphs = prepared.paragraphs;
  return {
    ...prepared,
    doc: { ...prepared.doc, input: prepared.doc.input === d.text ? null : prepared.doc.input },
    paragraphs: null,
    sentences: prepared.sentences.map((s) =>
      paragraphs[s.paragraph - 1]?.text.slice(s.start, s.end) === s.text ? { ...s, text: null } : s,
    ),
  };
}

/** `packPrepared` undone, after its JSON round trip. */
export function unpackPrepared(sent: unknown, d: DecodedFile): PreparedArticle {
  const prepared = sent as PreparedArticle;
  prepared.doc.input ??= d.text;
  prepared.paragraphs = toParagraphs(prepared.doc);
  for (const s of prepared.sentences) s.text ??= prepared.paragraphs[s.paragraph - 1]!.text.slice(s.start, s.end);
  return prepared;
}

/** One article's sentences to annotate, with what its annotations depend on besides the index. */
export interface AnnotateItem {
  sourceId: string;
  publishedAt: string | null;
  sentences: Sentence[];
  /** Sentences of the articles before this one in the corpus (orders its claim candidates). */
  offset: number;
}

/**
 * Annotate items as a few flat values, for handing to another thread: one text holding every
 * sentence, and numbers, cost far less to copy than thousands of small sentence objects.
 */
export interface PackedAnnotateItems {
  sourceIds: string[];
  publishedAt: (string | null)[];
  offsets: number[];
  /** Per item, where its sentences start in `numbers` (in sentences); one more at the end. */
  firsts: Int32Array;
  /** Per sentence: paragraph, start, end, 1 if a list item, and the length of its text in `texts`. */
  numbers: Int32Array;
  texts: string;
}

/** Fields per sentence in `PackedAnnotateItems.numbers`. */
const PACKED_FIELDS = 5;

/** Annotate items packed for another thread (see `PackedAnnotateItems`). */
export function packAnnotateItems(items: AnnotateItem[]): PackedAnnotateItems {
  const firsts = new Int32Array(items.length + 1);
  items.forEach((item, i) => (firsts[i + 1] = firsts[i]! + item.sentences.length));
  const numbers = new Int32Array(PACKED_FIELDS * firsts[items.length]!);
  const texts: string[] = [];
  let p = 0;
  for (const item of items) {
    for (const s of item.sentences) {
      numbers[p] = s.paragraph;
      numbers[p + 1] = s.start;
      numbers[p + 2] = s.end;
      numbers[p + 3] = s.listItem ? 1 : 0;
      numbers[p + 4] = s.text.length;
      p += PACKED_FIELDS;
      texts.push(s.text);
    }
  }
  return {
    sourceIds: items.map((item) => item.sourceId),
    publishedAt: items.map((item) => item.publishedAt),
    offsets: items.map((item) => item.offset),
    firsts,
    numbers,
    texts: texts.join(''),
  };
}

/**
 * The packed items again, one at a time: `unpackAnnotateItems(packAnnotateItems(items))(i)` is
 * `items[i]`, each sentence's fields in the same order.
 */
export function unpackAnnotateItems(packed: PackedAnnotateItems): (i: number) => AnnotateItem {
  const { firsts, numbers, texts } = packed;
  // Where each item's texts start in `texts`.
  const textStarts = new Int32Array(firsts.length);
  for (let i = 0; i + 1 < firsts.length; i++) {
    let length = 0;
    for (let k = firsts[i]!; k < firsts[i + 1]!; k++) length += numbers[PACKED_FIELDS * k + 4]!;
    textStarts[i + 1] = textStarts[i]! + length;
  }
  return (i) => {
    const sentences: Sentence[] = [];
    for (let k = firsts[i]!, at = textStarts[i]!; k < firsts[i + 1]!; k++) {
      const p = PACKED_FIELDS * k;
      const length = numbers[p + 4]!;
      const sentence: Sentence = {
        paragraph: numbers[p]!,
        start: numbers[p + 1]!,
        end: numbers[p + 2]!,
        text: texts.slice(at, at + length),
      };
      if (numbers[p + 3]) sentence.listItem = true;
      sentences.push(sentence);
      at += length;
    }
    return {
      sourceId: packed.sourceIds[i]!,
      publishedAt: packed.publishedAt[i]!,
      sentences,
      offset: packed.offsets[i]!,
    };
  };
}

/** The cues, in the order of `Cues`'s fields: bit `k` of a packed set is cue `CUE_NAMES[k]`. */
const CUE_NAMES = ['negation', 'denial', 'hedge', 'plan', 'question'] as const satisfies readonly (keyof Cues)[];

/** Cues as bits, when they are exactly the known five in their order (else `null`: sent as they are). */
function cueBits(cues: Cues): number | null {
  const names = Object.keys(cues);
  if (names.length !== CUE_NAMES.length) return null;
  let bits = 0;
  for (const [k, name] of CUE_NAMES.entries()) {
    const value: unknown = cues[name];
    if (names[k] !== name || typeof value !== 'boolean') return null;
    if (value) bits |= 1 << k;
  }
  return bits;
}

/**
 * One frozen object per combination of cues: sentences that read the same share it (a sentence's
 * cues are never changed), which spares the main thread keeping a small object per sentence.
 */
const SHARED_CUES: Cues[] = Array.from({ length: 1 << CUE_NAMES.length }, (_, bits) =>
  Object.freeze(Object.fromEntries(CUE_NAMES.map((name, k) => [name, (bits & (1 << k)) !== 0])) as unknown as Cues),
);

/** The attribution of a sentence that names no source: such sentences share this one object, never changed. */
const NO_ATTRIBUTION: Attribution = Object.freeze({
  speaker: null,
  speakerEntity: null,
  verb: null,
  chain: Object.freeze([]) as unknown as string[],
});
const NO_ATTRIBUTION_JSON = JSON.stringify(NO_ATTRIBUTION);

/**
 * An annotated article as a worker sends it: each sentence's text and source id, which the item
 * has, as `null` (see `packPrepared`); restored, they share memory with the item's. Cues go as
 * bits (a number in place of the object), an attribution to no one as `0`.
 */
export function packAnnotated(annotated: AnnotatedArticle, item: AnnotateItem): unknown {
  return {
    ...annotated,
    sentences: annotated.sentences.map((s, k) => {
      const own = s.text === item.sentences[k]?.text && s.sourceId === item.sourceId;
      const attribution = JSON.stringify(s.attribution) === NO_ATTRIBUTION_JSON ? 0 : s.attribution;
      return { ...s, ...(own ? { text: null, sourceId: null } : {}), attribution, cues: cueBits(s.cues) ?? s.cues };
    }),
  };
}

/** `packAnnotated` undone, after its JSON round trip. */
export function unpackAnnotated(sent: unknown, item: AnnotateItem): AnnotatedArticle {
  const annotated = sent as AnnotatedArticle;
  annotated.sentences.forEach((s, k) => {
    s.text ??= item.sentences[k]!.text;
    s.sourceId ??= item.sourceId;
    const cues = s.cues as Cues | number;
    if (typeof cues === 'number') s.cues = SHARED_CUES[cues]!;
    if ((s.attribution as Attribution | 0) === 0) s.attribution = NO_ATTRIBUTION;
  });
  return annotated;
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
