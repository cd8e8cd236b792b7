/**
 * Types shared by the pipeline stages. Every derived thing keeps a span back to the
 * text it came from: `[start, end)` offsets in UTF-16 code units, like `String.prototype.slice`.
 */

/** A half-open range `[start, end)` into some text. */
export interface Span {
  start: number;
  end: number;
}

/** A problem with one input; the run goes on. (vfile-message style) */
export interface Message {
  /** File name relative to the seeds folder. */
  file: string;
  /** Stable rule id, e.g. `ingest/undecodable`, `clean/empty-article`. */
  ruleId: string;
  severity: 'warning' | 'error';
  /** What happened, then what to do. */
  message: string;
  /** Where in the decoded text, when known. */
  place?: Span;
}

/** One file read from the seeds folder, before decoding. */
export interface InputFile {
  /** Path relative to the seeds folder, with `/` separators. */
  name: string;
  bytes: Uint8Array;
}

/** Optional per-article metadata from a sidecar (`name.meta.json`/`.yaml`) or frontmatter. */
export interface SidecarMeta {
  url?: string;
  outlet?: string;
  publishedAt?: string;
  title?: string;
}

/** A decoded article: text with normalised line ends. All later spans point into `text`. */
export interface DecodedFile {
  name: string;
  /** e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`, `big5`. */
  encoding: string;
  text: string;
  sidecar: SidecarMeta;
  messages: Message[];
}

/** Why a piece of the input is not part of the article body. */
export type RemovalKind =
  'caption' | 'boilerplate' | 'off-topic' | 'spam' | 'injected' | 'obituary' | 'slogan' | 'duplicate' | 'layout';

/** One removed piece of the input, with the pass that removed it. */
export interface Removal extends Span {
  kind: RemovalKind;
  text: string;
  /** The cleaning pass that decided it, e.g. `drop-captions`. */
  rule: string;
}

/** A block of the cleaned article. Its text is the concatenation of `pieces` sliced from the input. */
export interface Block {
  kind: 'paragraph' | 'heading';
  /** Heading level (1 = article title of a section) for headings. */
  level?: number;
  /** Pieces of the decoded input that make up this block, in order. */
  pieces: Span[];
  text: string;
}

/**
 * The cleaned article. Accounting invariant: every character of the decoded input lies in
 * exactly one of a block piece, a removal, or `layout` (whitespace-only gaps between kept text).
 */
export interface CleanDocument {
  name: string;
  input: string;
  blocks: Block[];
  removed: Removal[];
  layout: Span[];
  messages: Message[];
}

/** Article-level metadata found in the text (or given by a sidecar). */
export interface ArticleMeta {
  title: string;
  outlet: string | null;
  /** Upstream wires the article relays, e.g. `['新华社']`. */
  wire: string[];
  /** `YYYY-MM-DD`. */
  publishedAt: string | null;
  /** How `publishedAt` was found. */
  dateSource: 'sidecar' | 'explicit' | 'inferred' | 'corpus' | 'unknown';
  script: 'zh-Hans' | 'zh-Hant';
  url: string | null;
}

/** One paragraph of the cleaned text as published on the source page (`#p-N`, 1-based). */
export interface Paragraph {
  n: number;
  kind: 'paragraph' | 'heading';
  level?: number;
  text: string;
}

/** A sentence of one paragraph. `start`/`end` index into the paragraph text. */
export interface Sentence extends Span {
  paragraph: number;
  text: string;
  /** Set when the sentence is a list item (`会谈持续时长:近5个小时;`). */
  listItem?: boolean;
}

export interface EntityMention extends Span {
  entityId: string;
  /** The text as written. */
  text: string;
}

/** A number with its unit, normalised. `近5个小时` → `{ value: 5, unit: 'hour', approx: 'near' }`. */
export interface Quantity extends Span {
  text: string;
  value: number;
  unit: string;
  /** `near` 近/约, `over` 逾/超过/多, `under` 不到, `least` 至少, `exact`. */
  approx: 'exact' | 'near' | 'over' | 'under' | 'least';
  /** The noun the number counts (`点` plan points, `次` times …) when the unit is a counter. */
  counter?: string;
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text is. */
  value: string;
  precision: 'year' | 'month' | 'part-of-month' | 'day';
}

/** Who says it, and through whom. */
export interface Attribution {
  speaker: string | null;
  speakerEntity: string | null;
  verb: string | null;
  /** Outer to inner: `['《华尔街日报》']`, `['NBC', '威廉·阿尔贝克']`. */
  chain: string[];
}

export interface Cues {
  negation: boolean;
  denial: boolean;
  hedge: boolean;
  plan: boolean;
  question: boolean;
}

/** A sentence with everything the annotate stage found in it. */
export interface AnnotatedSentence extends Sentence {
  sourceId: string;
  /** Key for matching: width-folded, traditional folded to simplified. Same length as `text`. */
  key: string;
  entities: EntityMention[];
  quantities: Quantity[];
  dates: DateMention[];
  attribution: Attribution;
  cues: Cues;
}

/** A gazetteer or discovered entity. */
export interface Entity {
  id: string;
  name: string;
  type: 'person' | 'place' | 'organisation' | 'outlet' | 'other';
  /** Every known name: simplified, traditional, English, Russian, Ukrainian, regional spellings. */
  aliases: string[];
  /** Titles that name this entity or precede it (`国务卿`). */
  titles?: string[];
  /** `gazetteer` or `discovered`. */
  origin: 'gazetteer' | 'discovered';
  /** The country (entity id) a person or organisation speaks for. */
  country?: string;
}
