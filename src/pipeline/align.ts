/**
 * Align: find the same claim in different sources and relate claims to one another.
 *
 * Candidates are only compared inside blocks (a shared entity, a shared quantity, or a shared
 * MinHash band of their character bigrams); a block larger than `maxBlock` is compared along a
 * time-sorted window, so the number of comparisons grows linearly with the corpus.
 */
import { COUNTER_CLASSES, EVENT_CLASSES, EVENT_VERBS, PROJECTION_CUES, STATE_CLASSES } from './data/claims.ts';
import type { ClaimCandidate } from './extract.ts';
import type { AnnotatedSentence, Quantity } from './types.ts';

export type Relation = 'contradicts' | 'updates' | 'agrees';

/** What the aligner needs to know of a source. */
export interface AlignSource {
  id: string;
  publishedAt: string | null;
  wire: string[];
}

/** A relation between two claims (indices into `clusters`): `from` contradicts / updates / agrees with `to`. */
export interface ClaimRelation {
  from: number;
  to: number;
  relation: Relation;
}

export interface Alignment {
  /** Groups of candidates that state the same claim, earliest evidence first. */
  clusters: ClaimCandidate[][];
  /**
   * Per cluster, sentences of other sources that also state the claim but belong to another
   * cluster: a sentence stating two facts is evidence for both.
   */
  secondary: ClaimCandidate[][];
  relations: ClaimRelation[];
  /**
   * How many candidate pairs were compared (the cost the blocking keeps near-linear). A partial
   * pass (`touching`) counts only the pairs it judged.
   */
  comparisons: number;
}

export interface AlignOptions {
  /** @default 48 — blocks up to this size are compared all against all. */
  maxBlock?: number;
  /** @default 12 — in a larger block, each candidate meets this many neighbours in time. */
  window?: number;
  /** @default 14 — days between two reports of the same kind of event for the later to update the earlier. */
  updateGapDays?: number;
  /** The country each person or organisation speaks for (`putin` → `russia`): a claim naming Putin is about Russia too. */
  countryOf?: ReadonlyMap<string, string>;
  /** Judge only pairs with a side from these sources (a first, partial pass); all pairs when unset. */
  touching?: ReadonlySet<string>;
  /**
   * Find only which candidates state the same claim (`clusters`, `secondary`, the same as a full
   * pass finds), not how claims relate: `relations` is empty, and judging skips the tests that
   * only tell a relation. @default false
   */
  groupsOnly?: boolean;
  /** Work shared with the other alignments of a run (see `createAlignMemo`); none when unset. */
  memo?: AlignMemo;
  /** @default 128 — candidates per chunk of the judging job (see `JudgeJob`), the unit a thread takes. */
  chunk?: number;
}

/** Options after defaults are merged. */
type Settings = Required<Omit<AlignOptions, 'touching' | 'memo'>> & Pick<AlignOptions, 'touching' | 'memo'>;

export const ALIGN_DEFAULTS: Settings = {
  maxBlock: 48,
  window: 12,
  updateGapDays: 14,
  countryOf: new Map(),
  groupsOnly: false,
  chunk: 128,
};

const IGNORABLE = /[\s\p{P}\p{S}]/gu;
/** The marks that open a quotation (as in the pattern of `Reading.quotes`). */
const QUOTE_OPENS = ['“', '"', '‘', '「', '『'];

const COUNTER_CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(COUNTER_CLASSES)) for (const w of words) COUNTER_CLASS.set(w, cls);

/** `12点计划` and `13点文件` share a key (`point|document`); hours share `hour|`. */
export function quantityKey(q: Quantity): string {
  const counter = q.counter ? (COUNTER_CLASS.get(q.counter) ?? q.counter) : '';
  return `${q.unit}|${counter}`;
}

/**
 * The sentence as a list of tokens for comparing wording: each entity mention becomes one token
 * for its entity (so an entity's names, in either script, read alike), each quantity one token for its
 * normalised value (五个小时 = 5小时), everything else its folded characters, punctuation dropped.
 */
export function wordingTokens(s: ClaimCandidate['sentence']): string[] {
  const spans = [
    ...s.entities.map((e) => ({ start: e.start, end: e.end, token: `@${e.entityId}` })),
    ...s.quantities.map((q) => ({ start: q.start, end: q.end, token: `#${q.unit}:${q.value}` })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > s.key.length) continue;
    for (const ch of s.key.slice(at, span.start).replace(IGNORABLE, '')) out.push(ch);
    out.push(span.token);
    at = span.end;
  }
  for (const ch of s.key.slice(at).replace(IGNORABLE, '')) out.push(ch);
  return out;
}

/** Whether a character of the Basic Multilingual Plane is dropped from wording (`IGNORABLE`): 1 kept, 2 dropped, 0 not known yet. */
const DROPPED = new Uint8Array(0x10000);
const IGNORABLE_ONE = /^[\s\p{P}\p{S}]$/u;

/**
 * `wordingTokens` as token numbers, without making a string per character. A key with a
 * surrogate (a character outside the Basic Multilingual Plane, or half of one), or a span that
 * ends before it starts, goes the way of `wordingTokens`. `places` gets where each token starts in
 * the key (left empty on the way of `wordingTokens`).
 */
function tokenNumbers(s: ClaimCandidate['sentence'], memo: AlignMemo, places: number[]): number[] {
  const { key } = s;
  const spans = [
    ...s.entities.map((e) => ({ start: e.start, end: e.end, token: `@${e.entityId}` })),
    ...s.quantities.map((q) => ({ start: q.start, end: q.end, token: `#${q.unit}:${q.value}` })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: number[] = [];
  const chars = (from: number, to: number) => {
    for (let p = from; p < to; p++) {
      const code = key.charCodeAt(p);
      if (code >= 0xd800 && code <= 0xdfff) return false;
      let dropped = DROPPED[code]!;
      if (dropped === 0) DROPPED[code] = dropped = IGNORABLE_ONE.test(String.fromCharCode(code)) ? 2 : 1;
      if (dropped === 1) {
        out.push(memo.charToken(code));
        places.push(p);
      }
    }
    return true;
  };
  const asStrings = () => {
    places.length = 0;
    return wordingTokens(s).map((token) => memo.token(token));
  };
  let at = 0;
  for (const span of spans) {
    if (span.start < 0 || span.end < span.start) return asStrings(); // not a span: as `slice` takes it
    if (span.start < at || span.end > key.length) continue;
    if (!chars(at, span.start)) return asStrings();
    out.push(memo.token(span.token));
    places.push(span.start);
    at = span.end;
  }
  if (!chars(at, key.length)) return asStrings();
  return out;
}

/** Event classes as bits (`meet` = 1, `convene` = 2 …), so two sentences' classes meet in one `&`. */
const CLASS_WORDS = Object.values(EVENT_CLASSES);
const STATE_BITS = Object.keys(EVENT_CLASSES).reduce(
  (m, cls, k) => (STATE_CLASSES.includes(cls) ? m | (1 << k) : m),
  0,
);
if (CLASS_WORDS.length > 31) {
  throw new Error(`align: ${CLASS_WORDS.length} event classes do not fit one bit each; keep EVENT_CLASSES to 31.`);
}
/** Each distinct event verb once, so a verb is one number. */
const VERBS = [...new Set(EVENT_VERBS)];

/** A word the aligner looks for in a sentence, and what finding it says. */
interface Cue {
  word: string;
  /** The bit of its event class, or 0. */
  classBit: number;
  /** Its index in `VERBS`, or -1. */
  verb: number;
  projection: boolean;
}
const CUES: Cue[] = [
  ...CLASS_WORDS.flatMap((words, k) => words.map((word) => ({ word, classBit: 1 << k, verb: -1, projection: false }))),
  ...VERBS.map((word, verb) => ({ word, classBit: 0, verb, projection: false })),
  ...PROJECTION_CUES.map((word) => ({ word, classBit: 0, verb: -1, projection: true })),
];
/**
 * Cues by their first UTF-16 unit (at `unit + 1`; an empty word at 0): a sentence is scanned once
 * instead of searched for every word.
 */
const CUES_BY_FIRST: (number[] | null)[] = new Array<number[] | null>(0x10001).fill(null);
CUES.forEach((cue, k) => {
  const at = cue.word.length > 0 ? cue.word.charCodeAt(0) + 1 : 0;
  (CUES_BY_FIRST[at] ??= []).push(k);
});

/** The event classes, verbs and projection cues a sentence key contains (as `key.includes(word)` would find them). */
function findCues(key: string): { classes: number; verbs: number[]; projection: boolean } {
  let classes = 0;
  let projection = false;
  const verbs: number[] = [];
  for (let p = -1; p < key.length; p++) {
    // An empty word (at 0) is in every key.
    const ks = CUES_BY_FIRST[p < 0 ? 0 : key.charCodeAt(p) + 1];
    if (!ks) continue;
    for (const k of ks) {
      const cue = CUES[k]!;
      if (p >= 0 && !key.startsWith(cue.word, p)) continue;
      classes |= cue.classBit;
      if (cue.verb >= 0) verbs.push(cue.verb);
      if (cue.projection) projection = true;
    }
  }
  return { classes, verbs: distinct(verbs), projection };
}

const MINHASH_SEEDS = [0x9e37, 0x85eb, 0xc2b2, 0x27d4, 0x1656, 0x6a09, 0xbb67, 0x3c6e];
const ROWS = MINHASH_SEEDS.length;

/** Where a band (row and two minimums as 32-bit integers) starts looking in `AlignMemo.band`'s table. */
function bandSlot(row: number, x: number, y: number): number {
  const h = Math.imul(row + 1, 0x85ebca6b) ^ Math.imul(x, 0x9e3779b1) ^ Math.imul(y ^ (y >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 15)) >>> 0;
}

/** 32-bit FNV-1a with a seed. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** How a figure is bounded (`Quantity['approx']`), as a number. */
const APPROX: Record<string, number> = { exact: 0, near: 1, over: 2, under: 3, least: 4 };
const NEAR = 1;
const OVER = 2;
const UNDER = 3;
const LEAST = 4;

/** Cues of a candidate as bits. */
const TENTATIVE = 1;
const PROJECTION = 2;
const NEGATIVE = 4;
const DENIAL = 8;
/** A plan or an open question. */
const PLANNED = 16;
const OPEN_QUESTION = 32;
const QUOTES = 64;
/** The sentence names a day (`Reading.dayDate`). */
const NAMED = 128;
/** The claim has a date (the date it is about, see `eventDate`): set per alignment. */
const DATED = 256;

/**
 * What the aligner reads off one candidate alone: nothing here depends on other candidates or on
 * dates of sources. Its lists are runs of the memo's numbers (`AlignMemo.ints`), one after
 * another, each ending where the next starts: the wording's bigrams (sorted, distinct) from
 * `bigrams`, kinds of quantity (`quantityKey`, sorted) from `kinds`, entities the sentence itself
 * names from `own`, kinds of the quantities that narrow what is counted (not those naming the
 * sources: `两名官员`) from `scope`, event verbs (`控制`, `宣布`, indices into `VERBS`) from
 * `verbs`, the numbers of its quantity blocks (`q:hour|`, `q:hour|:5`) and MinHash bands from
 * `blocks`, per kind where its values start (relative to `values`) from `valueAt`, and each
 * value's bound (`APPROX`) from `approx` up to `end`.
 */
interface Reading {
  /** The sentence and open question this was read from (a candidate changed since is read again). */
  sentence: AnnotatedSentence;
  openQuestion: boolean;
  /**
   * The wording's token numbers, in order (see `wordingTokens`): `ints[end]` … `ints[tokensEnd - 1]`;
   * and their weights (see `contentWeights`) from `bytes[weights]` on.
   */
  tokensEnd: number;
  weights: number;
  bigrams: number;
  kinds: number;
  own: number;
  scope: number;
  verbs: number;
  blocks: number;
  valueAt: number;
  approx: number;
  end: number;
  /** Where the values of its quantities start in the memo's `floats`, in the order of `kinds`. */
  values: number;
  /** 32-bit summaries of `kinds` and `own` (see `mask`). */
  kindMask: number;
  ownMask: number;
  /** Event classes as bits (see `CLASS_WORDS`). */
  classes: number;
  /** Quoted phrases of four characters or more, folded (`深入且富有成效`); null when none. */
  quotes: Set<string> | null;
  /**
   * The day the sentence itself names (`2日`), when it names one; its day number (NaN if none)
   * and a number per date string (-1 if none).
   */
  dayDate: string | null;
  named: number;
  namedId: number;
  /**
   * Own entities, or those carried over from the sentence before, and the countries they speak
   * for (`contextFor`), sorted: `ints[context]` … `ints[contextEnd - 1]`, and their summary.
   */
  context: number;
  contextEnd: number;
  contextMask: number;
  contextFor: ReadonlyMap<string, string> | null;
  /** The alignment that last read this (`AlignMemo.nextCall`) and the candidate's place in it. */
  call: number;
  at: number;
  /** `TENTATIVE`, `PROJECTION`, `NEGATIVE`, `DENIAL`, `PLANNED`, `OPEN_QUESTION`, `QUOTES`, `NAMED`. */
  flags: number;
}

/** A reading's fields that an alignment fills in (see `tabulate`), before any has. */
const UNPLACED = { context: 0, contextEnd: 0, contextMask: 0, contextFor: null, call: -1, at: -1 } as const;

/**
 * Work that alignments of (mostly) the same candidates share: numbers for bigrams, entities and
 * block keys, and what each candidate says on its own. Pass one memo to every alignment of a run;
 * a candidate must not be changed once aligned (a new candidate object is read afresh).
 */
export class AlignMemo {
  private readonly bigramIds = new Map<string, number>();
  private readonly tokenIds = new Map<string, number>();
  private readonly tokenNames: string[] = [];
  /** Token numbers of characters of the Basic Multilingual Plane (-1 until met). */
  private readonly charTokens = new Int32Array(0x10000).fill(-1);
  /**
   * Per token number, how much of a wording it is when two wordings differ (see `differentFiller`):
   * a quantity 0 (its value is what is compared), a character 1, an entity 2 (a whole name).
   */
  private weights = new Uint8Array(1024);
  /** The bigram number of each pair of token numbers met (a cache of `bigramIds`). */
  private readonly pairBigrams = new PairMap();
  /** MinHash values of bigram `k` at `k * ROWS` … `k * ROWS + ROWS - 1`. */
  private hashes = new Uint32Array(ROWS * 4096);
  private readonly entityIds = new Map<string, number>();
  private readonly entityNames: string[] = [];
  /** Per entity number, the number of its block key (`e:putin`), -1 until one is needed. */
  private readonly entityBlocks: number[] = [];
  private readonly kindIds = new Map<string, number>();
  private readonly kindNames: string[] = [];
  /** Per kind of quantity, the numbers of its block keys: `q:hour|`, and by value `q:hour|:5`. */
  private readonly kindBlocks: number[] = [];
  private readonly valueBlocks: Map<number, number>[] = [];
  /** Numbers of named block keys (`e:putin`, `q:hour|`); band blocks are numbered in `band`. */
  private readonly blockIds = new Map<string, number>();
  private blocks = 0;
  /** Band blocks (see `band`): per slot, the band's row and two minimums, and its block (-1 for an empty slot). */
  private bandKeys = new Int32Array(3 * 4096);
  private bandIds = new Int32Array(4096).fill(-1);
  private bandCount = 0;
  private readonly dayIds = new Map<string, number>();
  private readonly readings = new WeakMap<ClaimCandidate, Reading>();
  private calls = 0;
  /** The lists of readings (see `Reading`), and the values of their quantities. */
  ints = new Int32Array(1 << 16);
  private intCount = 0;
  floats = new Float64Array(1 << 12);
  private floatCount = 0;
  /** The token weights of readings. */
  bytes = new Uint8Array(1 << 16);
  private byteCount = 0;

  /** Appends runs of numbers to `ints`; returns where the first starts. */
  store(...runs: number[][]): number {
    const start = this.intCount;
    let size = 0;
    for (let r = 0; r < runs.length; r++) size += runs[r]!.length;
    while (start + size > this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    const ints = this.ints;
    let at = start;
    for (let r = 0; r < runs.length; r++) {
      const xs = runs[r]!;
      for (let k = 0; k < xs.length; k++) ints[at++] = xs[k]!;
    }
    this.intCount = at;
    return start;
  }
  /** Appends values to `floats`; returns where they start. */
  /** Makes room for `count` more `bytes`; returns where they start. */
  reserveBytes(count: number): number {
    const start = this.byteCount;
    while (this.byteCount + count > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.byteCount += count;
    return start;
  }
  storeValues(xs: number[]): number {
    const start = this.floatCount;
    while (this.floatCount + xs.length > this.floats.length) {
      const grown = new Float64Array(this.floats.length * 2);
      grown.set(this.floats);
      this.floats = grown;
    }
    for (const x of xs) this.floats[this.floatCount++] = x;
    return start;
  }

  get bigramCount(): number {
    return this.bigramIds.size;
  }
  get entityCount(): number {
    return this.entityNames.length;
  }
  get kindCount(): number {
    return this.kindIds.size;
  }
  get blockCount(): number {
    return this.blocks;
  }
  bigram(g: string): number {
    let id = this.bigramIds.get(g);
    if (id === undefined) {
      id = this.bigramIds.size;
      this.bigramIds.set(g, id);
      if ((id + 1) * ROWS > this.hashes.length) {
        const grown = new Uint32Array(this.hashes.length * 2);
        grown.set(this.hashes);
        this.hashes = grown;
      }
      for (let r = 0; r < ROWS; r++) this.hashes[id * ROWS + r] = hash(g, MINHASH_SEEDS[r]!);
    }
    return id;
  }
  /** The bigram numbers of a token list: `[a, b, c]` → numbers of `a␀b` and `b␀c`; `[a]` → number of `a`. */
  /** The number of a token (see `wordingTokens`). */
  token(text: string): number {
    let id = this.tokenIds.get(text);
    if (id === undefined) {
      this.tokenIds.set(text, (id = this.tokenNames.length));
      this.tokenNames.push(text);
      if (id >= this.weights.length) {
        const grown = new Uint8Array(this.weights.length * 2);
        grown.set(this.weights);
        this.weights = grown;
      }
      this.weights[id] = text.startsWith('#') ? 0 : text.startsWith('@') ? 2 : 1;
    }
    return id;
  }
  /** The weight of a token number (see `weights`). */
  weight(token: number): number {
    return this.weights[token]!;
  }
  /** The number of the token a character of the Basic Multilingual Plane (not a surrogate) makes. */
  charToken(code: number): number {
    let id = this.charTokens[code]!;
    if (id < 0) this.charTokens[code] = id = this.token(String.fromCharCode(code));
    return id;
  }
  /** The bigram numbers of a list of token numbers: `[a, b, c]` → numbers of `a␀b` and `b␀c`; `[a]` → number of `a`. */
  bigramsOf(tokens: number[]): number[] {
    if (tokens.length === 1) return [this.bigram(this.tokenNames[tokens[0]!]!)];
    const out: number[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const x = tokens[i - 1]!;
      const y = tokens[i]!;
      let id = this.pairBigrams.get(x, y);
      if (id === -1) {
        id = this.bigram(`${this.tokenNames[x]!}\u0000${this.tokenNames[y]!}`);
        this.pairBigrams.add(x, y, id);
      }
      out.push(id);
    }
    return out;
  }
  /** MinHash values of every bigram: bigram `k`'s at `k * ROWS` … `k * ROWS + ROWS - 1`. */
  get minHashes(): Uint32Array {
    return this.hashes;
  }
  entity(name: string): number {
    let id = this.entityIds.get(name);
    if (id === undefined) {
      id = this.entityNames.length;
      this.entityIds.set(name, id);
      this.entityNames.push(name);
      this.entityBlocks.push(-1);
    }
    return id;
  }
  entityBlock(entity: number): number {
    let key = this.entityBlocks[entity]!;
    if (key < 0) this.entityBlocks[entity] = key = this.block(`e:${this.entityNames[entity]!}`);
    return key;
  }
  kind(key: string): number {
    let id = this.kindIds.get(key);
    if (id === undefined) {
      this.kindIds.set(key, (id = this.kindIds.size));
      this.kindNames.push(key);
      this.kindBlocks.push(this.block(`q:${key}`));
      this.valueBlocks.push(new Map());
    }
    return id;
  }
  kindBlock(kind: number): number {
    return this.kindBlocks[kind]!;
  }
  /** The block of a kind and value; values that print alike are the same number (`-0` is `0`). */
  valueBlock(kind: number, value: number): number {
    const blocks = this.valueBlocks[kind]!;
    let id = blocks.get(value);
    if (id === undefined) blocks.set(value, (id = this.block(`q:${this.kindNames[kind]!}:${value}`)));
    return id;
  }
  block(key: string): number {
    let id = this.blockIds.get(key);
    if (id === undefined) this.blockIds.set(key, (id = this.blocks++));
    return id;
  }
  /**
   * The block of a MinHash band: its row and two 32-bit minimums, kept in a table of numbers
   * (bands are the most numerous blocks, and no name is made for them).
   */
  band(row: number, first: number, second: number): number {
    const [x, y] = [first | 0, second | 0];
    const mask = this.bandIds.length - 1;
    let slot = bandSlot(row, x, y) & mask;
    for (; this.bandIds[slot] !== -1; slot = (slot + 1) & mask) {
      const k = 3 * slot;
      if (this.bandKeys[k] === row && this.bandKeys[k + 1] === x && this.bandKeys[k + 2] === y)
        return this.bandIds[slot]!;
    }
    const id = this.blocks++;
    this.bandIds[slot] = id;
    this.bandKeys.set([row, x, y], 3 * slot);
    if (++this.bandCount * 2 > this.bandIds.length) {
      // Twice the slots, every band placed again.
      const [ids, keys] = [this.bandIds, this.bandKeys];
      this.bandIds = new Int32Array(2 * ids.length).fill(-1);
      this.bandKeys = new Int32Array(2 * keys.length);
      const grown = this.bandIds.length - 1;
      ids.forEach((old, s) => {
        if (old === -1) return;
        const [r, a, b] = [keys[3 * s]!, keys[3 * s + 1]!, keys[3 * s + 2]!];
        let t = bandSlot(r, a, b) & grown;
        while (this.bandIds[t] !== -1) t = (t + 1) & grown;
        this.bandIds[t] = old;
        this.bandKeys.set([r, a, b], 3 * t);
      });
    }
    return id;
  }
  /** A number per date string (equal numbers, equal strings); -1 for none. */
  day(date: string | null): number {
    if (date === null) return -1;
    let id = this.dayIds.get(date);
    if (id === undefined) this.dayIds.set(date, (id = this.dayIds.size));
    return id;
  }
  /** A number for a new alignment. */
  nextCall(): number {
    return ++this.calls;
  }
  /** The reading of a candidate, if it has one. */
  peek(c: ClaimCandidate): Reading | undefined {
    return this.readings.get(c);
  }
  /**
   * Lets `next`, a candidate of an article annotated again for another date, take `previous`'s
   * reading when all that reading looks at is unchanged: re-dating finds only dates and
   * quantities again, and the rest of the sentence is the same objects.
   */
  carry(previous: ClaimCandidate, next: ClaimCandidate): void {
    const r = this.readings.get(previous);
    const [a, b] = [previous.sentence, next.sentence];
    if (
      !r ||
      r.sentence !== a ||
      this.readings.has(next) ||
      previous.openQuestion !== next.openQuestion ||
      a.key !== b.key ||
      a.entities !== b.entities ||
      a.attribution !== b.attribution ||
      a.cues !== b.cues ||
      JSON.stringify(a.dates) !== JSON.stringify(b.dates) ||
      JSON.stringify(a.quantities) !== JSON.stringify(b.quantities)
    )
      return;
    // Its context is worked out again from the new candidate (see `tabulate`).
    this.readings.set(next, { ...r, sentence: b, ...UNPLACED });
  }
  reading(c: ClaimCandidate): Reading {
    let r = this.readings.get(c);
    if (!r || r.sentence !== c.sentence || r.openQuestion !== c.openQuestion) {
      r = read(c, this);
      this.readings.set(c, r);
    }
    return r;
  }
}

/** A memo for the alignments of one run (see `AlignMemo`). */
export function createAlignMemo(): AlignMemo {
  return new AlignMemo();
}

/** Sorts small integers in place and drops repeats: `[3, 1, 3]` → `[1, 3]`. */
function distinct(xs: number[]): number[] {
  for (let k = 1; k < xs.length; k++) {
    const x = xs[k]!;
    let p = k - 1;
    for (; p >= 0 && xs[p]! > x; p--) xs[p + 1] = xs[p]!;
    xs[p + 1] = x;
  }
  let n = 0;
  for (let k = 0; k < xs.length; k++) if (k === 0 || xs[k] !== xs[n - 1]) xs[n++] = xs[k]!;
  xs.length = n;
  return xs;
}

function read(c: ClaimCandidate, memo: AlignMemo): Reading {
  const s = c.sentence;
  const byKind = new Map<string, Quantity[]>();
  for (const q of s.quantities) {
    const k = quantityKey(q);
    const qs = byKind.get(k);
    if (qs) qs.push(q);
    else byKind.set(k, [q]);
  }
  const blocks: number[] = [];
  const kinds = [...byKind].map(([k, qs]) => ({ id: memo.kind(k), qs }));
  for (const { id, qs } of kinds) {
    blocks.push(memo.kindBlock(id)); // the same kind of quantity: where different values meet
    for (const q of qs) blocks.push(memo.valueBlock(id, q.value));
  }
  kinds.sort((x, y) => x.id - y.id);
  const quantities = kinds.flatMap((x) => x.qs);
  const valueAt = [0];
  for (const x of kinds) valueAt.push(valueAt[valueAt.length - 1]! + x.qs.length);

  const places: number[] = [];
  const tokens = tokenNumbers(s, memo, places);
  const bigrams = distinct(memo.bigramsOf(tokens));
  for (const band of bands(bigrams, memo)) blocks.push(band);
  const kindIds = kinds.map((x) => x.id);
  const own = distinct(s.entities.map((e) => memo.entity(e.entityId)));
  const scope = distinct(
    s.quantities
      .filter(
        (q) =>
          !s.attribution.chain.some((who) => who.includes(q.text)) && !(s.attribution.speaker ?? '').includes(q.text),
      )
      .map((q) => memo.kind(quantityKey(q))),
  );
  const { classes, verbs, projection } = findCues(s.key);
  const approx = quantities.map((q) => APPROX[q.approx] ?? 0);
  const start = memo.store(bigrams, kindIds, own, scope, verbs, blocks, valueAt, approx, tokens);
  let at = start;
  const next = (xs: number[]) => (at += xs.length);
  // Most sentences quote nothing: look for quotations only where a quotation mark opens one.
  const quotes = QUOTE_OPENS.some((mark) => s.key.includes(mark))
    ? [...s.key.matchAll(/[“"‘「『]([^”"’」』]{6,})[”"’」』]/gu)].map((m) => m[1]!.replace(IGNORABLE, ''))
    : [];
  const { cues } = s;
  const dayDate = s.dates.find((d) => d.precision === 'day')?.value ?? null;
  return {
    sentence: s,
    openQuestion: c.openQuestion,
    weights: contentWeights(s, tokens, places, memo),
    bigrams: start,
    kinds: next(bigrams),
    own: next(kindIds),
    scope: next(own),
    verbs: next(scope),
    blocks: next(verbs),
    valueAt: next(blocks),
    approx: next(valueAt),
    end: next(approx),
    tokensEnd: next(tokens),
    values: memo.storeValues(quantities.map((q) => q.value)),
    kindMask: mask(kindIds),
    ownMask: mask(own),
    classes,
    quotes: quotes.length > 0 ? new Set(quotes) : null,
    dayDate,
    named: dayDate ? dayNumber(dayDate) : NaN,
    namedId: memo.day(dayDate),
    context: UNPLACED.context,
    contextEnd: UNPLACED.contextEnd,
    contextMask: UNPLACED.contextMask,
    contextFor: UNPLACED.contextFor,
    call: UNPLACED.call,
    at: UNPLACED.at,
    flags:
      (cues.plan || cues.hedge || c.openQuestion ? TENTATIVE : 0) |
      (projection ? PROJECTION : 0) |
      (cues.negation || cues.denial ? NEGATIVE : 0) |
      (cues.denial ? DENIAL : 0) |
      (cues.plan || c.openQuestion ? PLANNED : 0) |
      (c.openQuestion ? OPEN_QUESTION : 0) |
      (quotes.length > 0 ? QUOTES : 0) |
      (dayDate ? NAMED : 0),
  };
}

/**
 * Per token of a wording, how much it says about what the sentence reports (`AlignMemo.weight`).
 * The reporting verb, those relaying (`据《华尔街日报》报道`) and a named speaker weigh nothing:
 * `普京称…` and `泽连斯基称…` report on the same thing. A speaker described, not named
 * (`立陶宛当地居民`), keeps its weight: the description says where or whom the report is about.
 * Written to `memo.bytes`, one per token, from the place returned.
 */
function contentWeights(s: ClaimCandidate['sentence'], tokens: number[], places: number[], memo: AlignMemo): number {
  const at = memo.reserveBytes(tokens.length);
  const weights = memo.bytes;
  for (let k = 0; k < tokens.length; k++) weights[at + k] = memo.weight(tokens[k]!);
  if (places.length !== tokens.length) return at;
  const { speaker, speakerEntity, chain, verb } = s.attribution;
  const weightless = [verb, ...chain.filter((who) => who !== speaker), speakerEntity ? speaker : null];
  for (const phrase of weightless) {
    if (!phrase) continue;
    for (let from = s.text.indexOf(phrase); from !== -1; from = s.text.indexOf(phrase, from + phrase.length)) {
      const to = from + phrase.length;
      for (let k = 0; k < places.length; k++) if (places[k]! >= from && places[k]! < to) weights[at + k] = 0;
    }
  }
  return at;
}

/** The minimums of `bands`, reused. */
const BAND_MINS = new Float64Array(ROWS);

/** The blocks of the LSH bands of a bigram set: 4 bands of 2 MinHash rows (`m0:…:…` … `m6:…:…`). */
function bands(bigrams: number[], memo: AlignMemo): number[] {
  if (bigrams.length < 4) return [];
  // Bigram by bigram: its ROWS hashes sit side by side, where row by row would fetch each again.
  const mins = BAND_MINS.fill(0xffffffff);
  const hashes = memo.minHashes;
  for (const g of bigrams) {
    for (let r = 0, at = g * ROWS; r < ROWS; r++, at++) if (hashes[at]! < mins[r]!) mins[r] = hashes[at]!;
  }
  const out: number[] = [];
  for (let i = 0; i < mins.length; i += 2) out.push(memo.band(i, mins[i]!, mins[i + 1]!));
  return out;
}

/**
 * The date a claim is about: its first date at least as precise as a month that is not after
 * the source's publication (a year, or a date in the future, says when something may happen);
 * otherwise the publication date.
 */
function eventDate(c: ClaimCandidate, source: AlignSource): string | null {
  const published = source.publishedAt;
  for (const d of c.sentence.dates) if (d.precision !== 'year' && (!published || d.value <= published)) return d.value;
  return published;
}

/** A list of numbers per candidate, all in one array: candidate `i`'s are `items[at[i]]` … `items[at[i + 1] - 1]`. */
interface Lists {
  at: Int32Array;
  items: Int32Array;
}

/**
 * Arrays of a judging job live in shared memory: the job goes to the judging threads without a
 * copy of its tens of megabytes, which would cost this thread time it has no one to share with.
 */
const sharedInt32 = (length: number) => new Int32Array(new SharedArrayBuffer(4 * length));
const sharedFloat64 = (length: number) => new Float64Array(new SharedArrayBuffer(8 * length));
const sharedUint8 = (length: number) => new Uint8Array(new SharedArrayBuffer(length));

function pack(lists: number[][]): Lists {
  const at = sharedInt32(lists.length + 1);
  lists.forEach((xs, i) => (at[i + 1] = at[i]! + xs.length));
  const items = sharedInt32(at[lists.length]!);
  lists.forEach((xs, i) => {
    for (let k = 0, p = at[i]!; k < xs.length; k++, p++) items[p] = xs[k]!;
  });
  return { at, items };
}

/**
 * What judging a pair reads, as flat arrays (no objects to chase, and all of it can be sent to
 * another thread): each candidate (by index, in time order) has a record in `data` at `base[i]`,
 * a header (`H_…`) followed by its lists, each a sorted run of distinct numbers.
 */
export interface JudgeTable {
  base: Int32Array;
  data: Int32Array;
  /** Per kind entry (a kind of quantity a candidate names, see `H_KIND_ENTRY`): its values `values[valueAt[e]]` … and their bounds. */
  valueAt: Int32Array;
  values: Float64Array;
  approx: Uint8Array;
  /**
   * Values of each kind of quantity that one source mentions anywhere (co-mentioned values are
   * distinct things): for kind entry `e`, those of its kind and source are
   * `mentioned[mentionedAt[group[e]]]` … `mentioned[mentionedAt[group[e] + 1] - 1]`.
   */
  group: Int32Array;
  mentionedAt: Int32Array;
  mentioned: Float64Array;
  /** Day number of the date the claim is about (its first date, else the source's; NaN if none). */
  date: Float64Array;
  /** The day number of the day the sentence names (NaN if none). */
  named: Float64Array;
  /** Per source number (`H_SOURCE`), its publication date. */
  publishedAt: (string | null)[];
  /** Per candidate, its wording's tokens `tokens[tokenAt[i]]` … `tokens[tokenAt[i + 1] - 1]` and their weights (see `Reading`). */
  tokenAt: Int32Array;
  tokens: Int32Array;
  weights: Uint8Array;
  /** Per candidate, its quoted phrases (`Reading.quotes`). */
  quotes: (Set<string> | null)[];
  updateGapDays: number;
}

/** One alignment's candidates, in time order, with what judging them reads (`JudgeTable`). */
interface Table extends JudgeTable {
  candidates: ClaimCandidate[];
  sources: AlignSource[];
  readings: Reading[];
  /** Per candidate: its source as a number (equal numbers, equal ids), and the index of its antecedent (-1 if none). */
  source: Int32Array;
  antecedent: Int32Array;
}

/**
 * A record's header: where its lists start (each ends where the next starts) — the bigrams of
 * its wording, kinds of quantity, own entities, kinds of scope quantities, event verbs (as in
 * `Reading`), its context (own entities, or those carried over from the sentence before, and the
 * countries they speak for) and the specific part of it (without the entities named in over a
 * fifth of the claims, whose sharing says little) — then single numbers.
 */
const H_BIGRAMS = 0;
const H_KINDS = 1;
const H_OWN = 2;
const H_SCOPE = 3;
const H_VERBS = 4;
const H_CONTEXT = 5;
const H_SPECIFIC = 6;
const H_END = 7;
/** `Reading.flags` and `DATED`. */
const H_FLAGS = 8;
const H_CLASSES = 9;
/** The source as a number (equal numbers, equal ids). */
const H_SOURCE = 10;
/** The index of the antecedent (-1 if none), and of the candidate itself (the last place of the same object). */
const H_ANTECEDENT = 11;
const H_SELF = 12;
const H_NAMED_ID = 13;
/** The kind entry of the first kind of quantity. */
const H_KIND_ENTRY = 14;
/** 32-bit summaries (see `mask`) of the specific entities, kinds, context and own entities: disjoint summaries, nothing shared. */
const H_MASK_SPECIFIC = 15;
const H_MASK_KINDS = 16;
const H_MASK_CONTEXT = 17;
const H_MASK_OWN = 18;
const HEADER = 19;

/** How many numbers two sorted runs of distinct numbers, `xs[a0..a1)` and `xs[b0..b1)`, share. */
function shared(xs: Int32Array, a0: number, a1: number, b0: number, b1: number): number {
  let n = 0;
  while (a0 < a1 && b0 < b1) {
    const x = xs[a0]!;
    const y = xs[b0]!;
    if (x === y) {
      n++;
      a0++;
      b0++;
    } else if (x < y) a0++;
    else b0++;
  }
  return n;
}

/** Whether every number of sorted `xs[a0..a1)` is in sorted `ys[b0..b1)`. */
function within(xs: Int32Array, a0: number, a1: number, ys: Int32Array, b0: number, b1: number): boolean {
  for (; a0 < a1; a0++) {
    const x = xs[a0]!;
    while (b0 < b1 && ys[b0]! < x) b0++;
    if (b0 === b1 || ys[b0] !== x) return false;
  }
  return true;
}

/**
 * Whether two figures can both be true: `两个多小时` (over 2) and `近5小时` can; `近5` and `约5.5`
 * can (within 15 %); `12点` and `13点` cannot.
 */
function fits(bound: number, approx: number, other: number): boolean {
  return approx === OVER || approx === LEAST
    ? other >= bound
    : approx === UNDER
      ? other <= bound
      : approx === NEAR
        ? Math.abs(other - bound) <= 0.15 * Math.abs(bound)
        : false;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const dayNumbers = new Map<string, number>();

/** Days since 1970 of a date as YYYY[-MM[-DD]]; a year or month counts from its middle. */
function dayNumber(d: string): number {
  let n = dayNumbers.get(d);
  if (n === undefined) {
    n = Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) / 86_400_000;
    dayNumbers.set(d, n);
  }
  return n;
}

/** A verdict on a pair, as a number so that judging allocates nothing. */
const UNRELATED = 0;
/** The same claim: the strength of the link is in `PairScratch.strength`. */
const SAME = 1;
const CONTRADICTS = 2;
const AGREES = 3;
/** `a` updates `b`. */
const A_UPDATES = 4;
/** `b` updates `a`. */
const B_UPDATES = 5;

interface PairScratch {
  /** How strongly two statements of the same claim match; stronger links are joined first. */
  strength: number;
}

/**
 * Decides whether candidates `a` and `b` state the same claim, or how they relate; `common` is
 * how many bigrams of their wording they share. With `groupsOnly`, only whether they state the
 * same claim: `SAME` for the same pairs, `UNRELATED` for the others.
 */
function judge(t: JudgeTable, a: number, b: number, common: number, out: PairScratch, groupsOnly: boolean): number {
  const d = t.data;
  const ra = t.base[a]!;
  const rb = t.base[b]!;
  const lengthA = d[ra + H_KINDS]! - d[ra + H_BIGRAMS]!;
  const lengthB = d[rb + H_KINDS]! - d[rb + H_BIGRAMS]!;
  const smaller = Math.min(lengthA, lengthB);
  const text = smaller === 0 ? 0 : common / smaller;
  // Most pairs in a block share little: every rule below needs some wording, a kind of
  // quantity, a denial link or two specific parties in common.
  const linked = d[ra + H_ANTECEDENT] === d[rb + H_SELF] || d[rb + H_ANTECEDENT] === d[ra + H_SELF];
  const ka0 = d[ra + H_KINDS]!;
  const ka1 = d[ra + H_OWN]!;
  const kb0 = d[rb + H_KINDS]!;
  const kb1 = d[rb + H_OWN]!;
  const sharedKinds =
    ka1 > ka0 &&
    kb1 > kb0 &&
    (d[ra + H_MASK_KINDS]! & d[rb + H_MASK_KINDS]!) !== 0 &&
    shared(d, ka0, ka1, kb0, kb1) > 0;
  const specific =
    (d[ra + H_MASK_SPECIFIC]! & d[rb + H_MASK_SPECIFIC]!) === 0
      ? 0
      : shared(d, d[ra + H_SPECIFIC]!, d[ra + H_END]!, d[rb + H_SPECIFIC]!, d[rb + H_END]!);
  if (!linked && !sharedKinds && text < 0.2) {
    // Below 0.15 only two specific parties go on; below 0.2 only the same state of the world
    // reported weeks apart (below) can hold, and it needs two specific parties.
    return specific < 2 || groupsOnly
      ? UNRELATED
      : laterState(t, a, b, d[ra + H_FLAGS]!, d[rb + H_FLAGS]!, d[ra + H_CLASSES]!, d[rb + H_CLASSES]!);
  }
  const textJ = common === 0 ? 0 : common / (lengthA + lengthB - common);
  const sameSource = d[ra + H_SOURCE] === d[rb + H_SOURCE];
  const ca0 = d[ra + H_CONTEXT]!;
  const ca1 = d[ra + H_SPECIFIC]!;
  const cb0 = d[rb + H_CONTEXT]!;
  const cb1 = d[rb + H_SPECIFIC]!;
  const contextShared = (d[ra + H_MASK_CONTEXT]! & d[rb + H_MASK_CONTEXT]!) === 0 ? 0 : shared(d, ca0, ca1, cb0, cb1);
  const entitiesJ = contextShared === 0 ? 0 : contextShared / (ca1 - ca0 + (cb1 - cb0) - contextShared);
  const contextMin = Math.min(ca1 - ca0, cb1 - cb0);
  const containment = contextMin === 0 ? 0 : contextShared / contextMin;
  const ownShared =
    (d[ra + H_MASK_OWN]! & d[rb + H_MASK_OWN]!) === 0
      ? 0
      : shared(d, d[ra + H_OWN]!, d[ra + H_SCOPE]!, d[rb + H_OWN]!, d[rb + H_SCOPE]!);
  const fa = d[ra + H_FLAGS]!;
  const fb = d[rb + H_FLAGS]!;
  const classesA = d[ra + H_CLASSES]!;
  const classesB = d[rb + H_CLASSES]!;

  // Quantities with the same key: matching or conflicting values.
  let quantityMatch = false;
  let quantityConflict = false;
  if (sharedKinds) {
    for (let x = ka0, y = kb0; x < ka1 && y < kb1;) {
      if (d[x]! < d[y]!) x++;
      else if (d[x]! > d[y]!) y++;
      else {
        // The kind entries of the two.
        const ex = d[ra + H_KIND_ENTRY]! + (x - ka0);
        const ey = d[rb + H_KIND_ENTRY]! + (y - kb0);
        const verdict = compareValues(t, ex, ey);
        if (verdict === MATCH) quantityMatch = true;
        else if (verdict === CONFLICT && !sameSource && !explained(t, ex, ey) && !explained(t, ey, ex)) {
          quantityConflict = true;
        }
        x++;
        y++;
      }
    }
  }
  const sameScope =
    !groupsOnly &&
    quantityConflict &&
    !(fa & PROJECTION) &&
    !(fb & PROJECTION) &&
    within(d, d[ra + H_SCOPE]!, d[ra + H_VERBS]!, d, kb0, kb1) &&
    within(d, d[rb + H_SCOPE]!, d[rb + H_VERBS]!, d, ka0, ka1);

  // A claim and its denial.
  if (linked) {
    const denier = d[ra + H_ANTECEDENT] === d[rb + H_SELF] ? fa : fb;
    if (denier & DENIAL) return groupsOnly ? UNRELATED : CONTRADICTS;
  }
  const datedA = (fa & DATED) !== 0;
  const datedB = (fb & DATED) !== 0;
  // Without parties in common only the wording says two sentences are about the same thing: then
  // it must not put a different word in the same frame (`sameWording`). (Both contradictions need
  // a different sign or conflicting values, and then the two are not the same claim either.)
  if (
    !groupsOnly &&
    !sameSource &&
    (fa & NEGATIVE) !== (fb & NEGATIVE) &&
    text >= 0.5 &&
    (entitiesJ >= 0.3 || ca1 === ca0) &&
    (entitiesJ >= 0.3 || sameWording(t, a, b))
  ) {
    return CONTRADICTS;
  }
  // Different values of the same quantity of the same thing: the same kind of event, on the same day.
  if (!groupsOnly && quantityConflict && !quantityMatch && sameScope && (entitiesJ >= 0.34 || text >= 0.3)) {
    const sameEvent =
      (classesA === 0 || classesB === 0 || (classesA & classesB) !== 0) &&
      (!datedA || !datedB || Math.abs(t.date[b]! - t.date[a]!) <= 7);
    if (sameEvent && (entitiesJ >= 0.34 || sameWording(t, a, b))) return CONTRADICTS;
  }
  // The same statement.
  // A sentence that names no one (a list item) must be about the same parties as the other; two
  // sentences that name different parties in one place of the same frame state two claims
  // (`sameUnlessParties`).
  const entitiesAgree = ownShared > 0 || containment >= 0.75;
  const sameSign = (fa & NEGATIVE) === (fb & NEGATIVE);
  const datesAgree = !(fa & NAMED) || !(fb & NAMED) || Math.abs(t.named[b]! - t.named[a]!) <= 3;
  if (sameSign && (fa & TENTATIVE) === (fb & TENTATIVE) && !quantityConflict && entitiesAgree && datesAgree) {
    out.strength = textJ + text + (quantityMatch ? 1 : 0);
    if (textJ >= 0.5 || (text >= 0.6 && textJ >= 0.3)) return sameUnlessParties(t, a, b);
    if (quantityMatch && (text >= 0.3 || (text >= 0.15 && specific >= 1))) return sameUnlessParties(t, a, b);
    // The same parties doing the same thing: two specific entities and an event verb or class in
    // common, or a specific entity and the same day named.
    if (text >= 0.35 && specific >= 1) {
      const sharedVerb =
        (classesA & classesB) !== 0 ||
        shared(d, d[ra + H_VERBS]!, d[ra + H_CONTEXT]!, d[rb + H_VERBS]!, d[rb + H_CONTEXT]!) > 0;
      const sameDays = !datedA || !datedB || Math.abs(t.date[b]! - t.date[a]!) <= 3;
      const sameNamedDay = d[ra + H_NAMED_ID] !== -1 && d[ra + H_NAMED_ID] === d[rb + H_NAMED_ID];
      if (((specific >= 2 && sharedVerb) || sameNamedDay) && sameDays) return sameUnlessParties(t, a, b);
    }
    // The same words quoted from the same parties (a quotation, not a quoted name like “和平计划”).
    if (fa & fb & QUOTES && text >= 0.3 && containment >= 0.5 && sharesQuote(t.quotes[a]!, t.quotes[b]!)) {
      return sameUnlessParties(t, a, b);
    }
    // A short report wholly contained in a longer sentence that also says more.
    if (text >= 0.8 && smaller >= 10 && ownShared >= 2) return sameUnlessParties(t, a, b);
  }
  if (groupsOnly) return UNRELATED;
  // A plan or open question, and a later report of the event it was about.
  const classShared = (classesA & classesB) !== 0;
  if (
    (fa & PLANNED) !== (fb & PLANNED) &&
    specific >= 2 &&
    text >= 0.2 &&
    (classShared || (fa & OPEN_QUESTION) !== 0 || (fb & OPEN_QUESTION) !== 0)
  ) {
    const [plan, fact, factFlags] = fa & PLANNED ? [a, b, fb] : [b, a, fa];
    const when = t.publishedAt[d[t.base[plan]! + H_SOURCE]!];
    const factDay = t.date[fact]!;
    const factPublished = t.publishedAt[d[t.base[fact]! + H_SOURCE]!];
    if (
      !(factFlags & TENTATIVE) &&
      !(factFlags & NEGATIVE) &&
      when &&
      !Number.isNaN(factDay) &&
      factPublished &&
      factPublished >= when
    ) {
      const gap = factDay - dayNumber(when);
      if (gap >= 0 && gap <= 60) return fact === a ? A_UPDATES : B_UPDATES;
    }
  }
  if (specific >= 2 || (specific >= 1 && text >= 0.2)) {
    const verdict = laterState(t, a, b, fa, fb, classesA, classesB);
    if (verdict !== UNRELATED) return verdict;
  }
  if (
    !sameSource &&
    text >= 0.4 &&
    (quantityMatch || specific >= 1) &&
    entitiesAgree &&
    !quantityConflict &&
    sameSign
  ) {
    return AGREES;
  }
  return UNRELATED;
}

/**
 * The same state of the world (who controls a place) about the same things, reported weeks
 * apart, the later updating the earlier (for two candidates with specific parties in common).
 */
function laterState(
  t: JudgeTable,
  a: number,
  b: number,
  fa: number,
  fb: number,
  classesA: number,
  classesB: number,
): number {
  const stateShared = (classesA & classesB & STATE_BITS) !== 0;
  const denial = (fa & DENIAL) !== 0 || (fb & DENIAL) !== 0;
  if (!denial && stateShared && (fa & DATED) !== 0 && (fb & DATED) !== 0) {
    const gap = t.date[b]! - t.date[a]!;
    if (Math.abs(gap) >= t.updateGapDays) return gap < 0 ? A_UPDATES : B_UPDATES;
  }
  return UNRELATED;
}

/** Two runs of values of one kind: some value the same, all of them able to hold at once, or a conflict. */
const MATCH = 0;
const COMPATIBLE = 1;
const CONFLICT = 2;

function compareValues(t: JudgeTable, x: number, y: number): number {
  const { valueAt, values, approx } = t;
  const x0 = valueAt[x]!;
  const x1 = valueAt[x + 1]!;
  const y0 = valueAt[y]!;
  const y1 = valueAt[y + 1]!;
  for (let p = x0; p < x1; p++) for (let q = y0; q < y1; q++) if (sameValue(values[p]!, values[q]!)) return MATCH;
  for (let p = x0; p < x1; p++) {
    for (let q = y0; q < y1; q++) {
      if (fits(values[p]!, approx[p]!, values[q]!) || fits(values[q]!, approx[q]!, values[p]!)) return COMPATIBLE;
    }
  }
  return CONFLICT;
}

/** Whether the source of kind entry `y` mentions every value of kind entry `x` (of the same kind) somewhere. */
function explained(t: JudgeTable, x: number, y: number): boolean {
  const g = t.group[y]!;
  const first = t.mentionedAt[g]!;
  const end = t.mentionedAt[g + 1]!;
  for (let p = t.valueAt[x]!; p < t.valueAt[x + 1]!; p++) {
    const v = t.values[p]!;
    let known = false;
    // As a `Set` has it: NaN is NaN, -0 is 0.
    for (let q = first; q < end && !known; q++)
      known = t.mentioned[q] === v || (v !== v && t.mentioned[q] !== t.mentioned[q]);
    if (!known) return false;
  }
  return true;
}

/** Scratch for `wordingDifference`: a table of common-subsequence lengths, grown as needed. */
let lengths = new Int32Array(64 * 64);

/** `wordingDifference` flags: some stretch differs on both sides by two characters or a name or more. */
const DIFFERENT_WORD = 1;
/**
 * `wordingDifference` flags: some stretch between shared wording names a party (weight 2, not
 * the speaker) on both sides.
 */
const DIFFERENT_PARTY = 2;
/** `wordingDifference` flags: a different word between shared wording on both sides. */
const DIFFERENT_SLOT = 4;

/**
 * How two wordings differ in the same frame. Between the tokens the two have in common (a longest
 * common subsequence), each stretch passed on both sides is a gap; a gap can hold a different
 * word (`DIFFERENT_WORD`) or a different party (`DIFFERENT_PARTY`). Weights say what counts
 * (`contentWeights`: not quantities, whose values are compared elsewhere, nor who reports; a
 * name weighs 2); nor do tokens the other has elsewhere (another order). Returns the flags of
 * `want` found; it stops at the first gap that shows one of them.
 */
function wordingDifference(
  tokens: Int32Array,
  weights: Uint8Array,
  x: number,
  xEnd: number,
  y: number,
  yEnd: number,
  want: number,
): number {
  const xLength = xEnd - x;
  const yLength = yEnd - y;
  // The same token, or two that weigh nothing (two figures), at both ends are no difference.
  let head = 0;
  while (
    head < xLength &&
    head < yLength &&
    (tokens[x + head] === tokens[y + head] || (weights[x + head] === 0 && weights[y + head] === 0))
  )
    head++;
  let tail = 0;
  for (let p = xEnd - 1, q = yEnd - 1; tail < xLength - head && tail < yLength - head; p--, q--, tail++) {
    if (tokens[p] !== tokens[q] && (weights[p] !== 0 || weights[q] !== 0)) break;
  }
  const m = xLength - head - tail;
  const n = yLength - head - tail;
  if (m === 0 || n === 0) return 0;
  const x0 = x + head;
  const y0 = y + head;
  // Only a party on both sides can make them name different parties.
  if (want === DIFFERENT_PARTY && (!namesParty(weights, x0, x0 + m) || !namesParty(weights, y0, y0 + n))) return 0;
  const w = n + 1;
  if ((m + 1) * w > lengths.length) lengths = new Int32Array((m + 1) * w * 2);
  // lengths[i * w + j]: the longest common subsequence of the middles' tails from i and from j.
  for (let j = 0; j <= n; j++) lengths[m * w + j] = 0;
  for (let i = m - 1; i >= 0; i--) {
    lengths[i * w + n] = 0;
    const xi = tokens[x0 + i];
    for (let j = n - 1; j >= 0; j--) {
      lengths[i * w + j] =
        xi === tokens[y0 + j]
          ? lengths[(i + 1) * w + j + 1]! + 1
          : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
    }
  }
  // Walk the common subsequence; at each shared token, the stretch passed on each side is a gap.
  // A slot of the frame has shared wording on both sides: the first gap only if a shared head
  // comes before it, the last only if a shared tail follows it.
  let flags = 0;
  let gapX = 0;
  let gapY = 0;
  let partyX = false;
  let partyY = false;
  let opened = head > 0;
  for (let i = 0, j = 0; i < m || j < n;) {
    if (
      i < m &&
      j < n &&
      tokens[x0 + i] === tokens[y0 + j] &&
      lengths[i * w + j] === lengths[(i + 1) * w + j + 1]! + 1
    ) {
      flags |= gapFlags(gapX, gapY, partyX && partyY, opened);
      if ((flags & want) !== 0) return flags & want;
      gapX = gapY = 0;
      partyX = partyY = false;
      opened = true;
      i++;
      j++;
    } else if (j >= n || (i < m && lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!)) {
      if (!among(tokens, tokens[x0 + i]!, y, yEnd)) {
        gapX += weights[x0 + i]!;
        partyX ||= weights[x0 + i] === 2;
      }
      i++;
    } else {
      if (!among(tokens, tokens[y0 + j]!, x, xEnd)) {
        gapY += weights[y0 + j]!;
        partyY ||= weights[y0 + j] === 2;
      }
      j++;
    }
  }
  return (flags | gapFlags(gapX, gapY, partyX && partyY, opened && tail > 0)) & want;
}

/** Whether `token` is among `tokens[from]` … `tokens[to - 1]`. */
function among(tokens: Int32Array, token: number, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (tokens[p] === token) return true;
  return false;
}

/** Whether a name (weight 2) is among weights `from` … `to - 1`. */
function namesParty(weights: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (weights[p] === 2) return true;
  return false;
}

/** The `wordingDifference` flags of one gap: weights and parties passed on each side, and whether shared wording is on both sides of it. */
function gapFlags(gapX: number, gapY: number, parties: boolean, slot: boolean): number {
  let flags = 0;
  if (gapX >= 2 && gapY >= 2) flags |= slot ? DIFFERENT_WORD | DIFFERENT_SLOT : DIFFERENT_WORD;
  if (parties && slot) flags |= DIFFERENT_PARTY;
  return flags;
}

/**
 * Whether two wordings put different words into the same frame: `围绕港口运营的谈判已进行了9轮`
 * and `围绕军事援助的谈判已进行了4轮` count rounds of two different talks. One side saying more
 * (`已经进行了`) or one character changed (`了` / `的`) is no new word.
 */
export function differentFiller(x: Int32Array, wx: Uint8Array, y: Int32Array, wy: Uint8Array): boolean {
  return wordingDifference(...joined(x, wx, y, wy), DIFFERENT_WORD) !== 0;
}

/**
 * Whether two wordings name different parties in the same place of the same frame:
 * `七国集团将密切关注扎波罗热局势` and `七国集团将密切关注柏林局势` watch two different places.
 * The speaker (weight 0) is not such a place: two people can say the same thing.
 */
export function differentParty(x: Int32Array, wx: Uint8Array, y: Int32Array, wy: Uint8Array): boolean {
  return wordingDifference(...joined(x, wx, y, wy), DIFFERENT_PARTY) !== 0;
}

/** Two wordings in one pair of arrays, as `wordingDifference` takes them. */
function joined(
  x: Int32Array,
  wx: Uint8Array,
  y: Int32Array,
  wy: Uint8Array,
): [Int32Array, Uint8Array, number, number, number, number] {
  const tokens = new Int32Array(x.length + y.length);
  const weights = new Uint8Array(x.length + y.length);
  tokens.set(x);
  tokens.set(y, x.length);
  weights.set(wx);
  weights.set(wy, x.length);
  return [tokens, weights, 0, x.length, x.length, x.length + y.length];
}

/** How candidates `a` and `b` differ in the same frame, as far as `want` asks (see `wordingDifference`). */
function differenceOf(t: JudgeTable, a: number, b: number, want: number): number {
  return wordingDifference(
    t.tokens,
    t.weights,
    t.tokenAt[a]!,
    t.tokenAt[a + 1]!,
    t.tokenAt[b]!,
    t.tokenAt[b + 1]!,
    want,
  );
}

/** Whether candidates `a` and `b` put no different word in the same frame (see `differentFiller`). */
function sameWording(t: JudgeTable, a: number, b: number): boolean {
  return differenceOf(t, a, b, DIFFERENT_WORD) === 0;
}

/** Whether candidates `a` and `b` put a different word or party in one place between shared wording. */
function differentSlot(t: JudgeTable, a: number, b: number): boolean {
  return differenceOf(t, a, b, DIFFERENT_PARTY | DIFFERENT_SLOT) !== 0;
}

/** `SAME` for candidates judged to state the same claim, unless they name different parties in one frame (see `differentParty`). */
function sameUnlessParties(t: JudgeTable, a: number, b: number): number {
  return differenceOf(t, a, b, DIFFERENT_PARTY) !== 0 ? UNRELATED : SAME;
}

function sharesQuote(a: Set<string> | null, b: Set<string> | null): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * A number for each of a set of pairs of non-negative 31-bit integers, in one open-addressing
 * table of typed arrays (no object made per pair).
 */
class PairMap {
  /** Per slot, the pair plus one (0 for an empty slot), and its number. */
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private size = 0;

  /** `expected`: about how many pairs it will hold (it grows past that if need be). */
  constructor(expected = 0) {
    // At most half the slots in use.
    const slots = Math.max(1024, 2 ** Math.ceil(Math.log2(2 * expected + 1)));
    this.firsts = new Int32Array(slots);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
  }

  /** The pair's number, or -1 when it has none. */
  get(x: number, y: number): number {
    const mask = this.firsts.length - 1;
    for (let slot = pairSlot(x, y) & mask; this.firsts[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.firsts[slot] === x + 1 && this.seconds[slot] === y + 1) return this.values[slot]!;
    }
    return -1;
  }
  /** Gives a pair the number `value` (not negative) unless it has one: returns the number it had, or -1. */
  add(x: number, y: number, value: number): number {
    const mask = this.firsts.length - 1;
    let slot = pairSlot(x, y) & mask;
    for (; this.firsts[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.firsts[slot] === x + 1 && this.seconds[slot] === y + 1) return this.values[slot]!;
    }
    this.firsts[slot] = x + 1;
    this.seconds[slot] = y + 1;
    this.values[slot] = value;
    if (++this.size * 2 > this.firsts.length) {
      // Twice the slots, every pair placed again.
      const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
      this.firsts = new Int32Array(2 * firsts.length);
      this.seconds = new Int32Array(2 * seconds.length);
      this.values = new Int32Array(2 * values.length);
      const grown = this.firsts.length - 1;
      firsts.forEach((first, s) => {
        if (first === 0) return;
        let t = pairSlot(first - 1, seconds[s]! - 1) & grown;
        while (this.firsts[t] !== 0) t = (t + 1) & grown;
        this.firsts[t] = first;
        this.seconds[t] = seconds[s]!;
        this.values[t] = values[s]!;
      });
    }
    return -1;
  }
}

/** A set of pairs of non-negative 31-bit integers (see `PairMap`). */
class PairSet {
  private readonly pairs: PairMap;

  /** `expected`: about how many pairs it will hold (it grows past that if need be). */
  constructor(expected = 0) {
    this.pairs = new PairMap(expected);
  }

  has(x: number, y: number): boolean {
    return this.pairs.get(x, y) !== -1;
  }
  /** Adds a pair; false when it was there already. */
  add(x: number, y: number): boolean {
    return this.pairs.add(x, y, 0) === -1;
  }
}

function pairSlot(x: number, y: number): number {
  const h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y ^ (y >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Indices ordered by `rank`, then `place`, then index (a stable sort). Candidates usually come in
 * corpus order, places ascending: a counting sort by rank then gives that order in linear time.
 */
function timeOrder(rank: Int32Array, ranks: number, place: Float64Array): number[] {
  let ascending = true;
  for (let k = 1; k < rank.length && ascending; k++) ascending = place[k - 1]! <= place[k]!;
  if (!ascending) {
    const order = Array.from({ length: rank.length }, (_, k) => k);
    return order.sort((x, y) => rank[x]! - rank[y]! || place[x]! - place[y]!);
  }
  return Array.from(byRank(rank, ranks));
}

/** Indices ordered by `rank` (each below `ranks`), in index order among equals: a counting sort. */
function byRank(rank: Int32Array, ranks: number): Int32Array {
  const start = new Int32Array(ranks + 1);
  for (let k = 0; k < rank.length; k++) start[rank[k]! + 1]!++;
  for (let r = 0; r < ranks; r++) start[r + 1]! += start[r]!;
  const order = new Int32Array(rank.length);
  for (let k = 0; k < rank.length; k++) order[start[rank[k]!]!++] = k;
  return order;
}

/** The flat table of one alignment's candidates (see `Table`), in time order. */
function tabulate(
  candidates: ClaimCandidate[],
  sources: Map<string, AlignSource>,
  countryOf: ReadonlyMap<string, string>,
  memo: AlignMemo,
  updateGapDays: number,
): Table {
  const n = candidates.length;
  // By their source's publication (undated last), then by their place in the corpus.
  const sourceOf = candidates.map((c) => sources.get(c.sentence.sourceId));
  const when = sourceOf.map((source) => source?.publishedAt ?? '9999');
  // Dates by rank and places as numbers, so that sorting compares numbers only.
  const ranks = new Map([...new Set(when)].sort().map((d, r) => [d, r] as const));
  const rank = new Int32Array(n);
  const place = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    rank[k] = ranks.get(when[k]!)!;
    place[k] = candidates[k]!.order;
  }
  const order = timeOrder(rank, ranks.size, place);
  const ordered = order.map((k) => candidates[k]!);
  const srcs = order.map((k) => {
    const source = sourceOf[k];
    if (!source) {
      const id = candidates[k]!.sentence.sourceId;
      throw new Error(`align: no source "${id}" for a candidate; pass every source.`);
    }
    return source;
  });
  const sourceIds = new Map<string, number>();
  const source = new Int32Array(n);
  srcs.forEach((s, i) => {
    let id = sourceIds.get(s.id);
    if (id === undefined) sourceIds.set(s.id, (id = sourceIds.size));
    source[i] = id;
  });
  // Each candidate's place; the same object twice is at its last place.
  const call = memo.nextCall();
  const readings = ordered.map((c, i) => {
    const r = memo.reading(c);
    r.call = call;
    r.at = i;
    return r;
  });
  const at = (c: ClaimCandidate | null) => {
    const r = c ? memo.peek(c) : undefined;
    return r?.call === call ? r.at : -1;
  };
  for (const [i, r] of readings.entries()) {
    if (r.contextFor === countryOf) continue;
    const context: number[] = [];
    for (const e of ordered[i]!.context) context.push(memo.entity(e));
    for (const e of ordered[i]!.context) {
      const country = countryOf.get(e);
      if (country !== undefined) context.push(memo.entity(country));
    }
    distinct(context);
    r.context = memo.store(context);
    r.contextEnd = r.context + context.length;
    r.contextMask = mask(context);
    r.contextFor = countryOf;
  }
  const ints = memo.ints;
  // Entities named so often (in over a fifth of the claims) that sharing them says little.
  const frequency = new Int32Array(memo.entityCount);
  for (const r of readings) for (let p = r.context; p < r.contextEnd; p++) frequency[ints[p]!]!++;
  const limit = Math.max(3, 0.2 * n);
  const antecedent = new Int32Array(n);
  ordered.forEach((c, i) => (antecedent[i] = at(c.antecedent)));

  // The sizes first (records, kind entries and their values, tokens), then all of a candidate's
  // parts in one pass: each reading is visited twice, not once per part.
  const base = sharedInt32(n + 1);
  const tokenAt = sharedInt32(n + 1);
  let entries = 0;
  let valueCount = 0;
  for (let i = 0; i < n; i++) {
    const r = readings[i]!;
    base[i + 1] = base[i]! + HEADER + (r.blocks - r.bigrams) + 2 * (r.contextEnd - r.context);
    tokenAt[i + 1] = tokenAt[i]! + (r.tokensEnd - r.end);
    entries += r.own - r.kinds;
    valueCount += r.end - r.approx;
  }
  const data = sharedInt32(base[n]!);
  const floats = memo.floats;
  const valueAt = sharedInt32(entries + 1);
  const values = sharedFloat64(valueCount);
  const approx = sharedUint8(valueCount);
  const kindCount = memo.kindCount;
  const groups = new Map<number, number>();
  const groupValues: number[][] = [];
  const group = sharedInt32(entries);
  const tokens = sharedInt32(tokenAt[n]!);
  const weights = sharedUint8(tokenAt[n]!);
  const bytes = memo.bytes;
  const date = sharedFloat64(n);
  const named = sharedFloat64(n);
  for (let i = 0, first = 0; i < n; i++) {
    const r = readings[i]!;
    const day = eventDate(ordered[i]!, srcs[i]!);
    // The record: a header, then the lists.
    const d = base[i]!;
    let o = d + HEADER;
    data[d + H_BIGRAMS] = o;
    data[d + H_KINDS] = o + (r.kinds - r.bigrams);
    data[d + H_OWN] = o + (r.own - r.bigrams);
    data[d + H_SCOPE] = o + (r.scope - r.bigrams);
    data[d + H_VERBS] = o + (r.verbs - r.bigrams);
    for (let p = r.bigrams; p < r.blocks; p++) data[o++] = ints[p]!;
    data[d + H_CONTEXT] = o;
    for (let p = r.context; p < r.contextEnd; p++) data[o++] = ints[p]!;
    data[d + H_SPECIFIC] = o;
    let specificMask = 0;
    for (let p = r.context; p < r.contextEnd; p++) {
      const e = ints[p]!;
      if (frequency[e]! > limit) continue;
      data[o++] = e;
      specificMask |= 1 << (e & 31);
    }
    data[d + H_END] = o;
    data[d + H_FLAGS] = r.flags | (day ? DATED : 0);
    data[d + H_CLASSES] = r.classes;
    data[d + H_SOURCE] = source[i]!;
    data[d + H_ANTECEDENT] = antecedent[i]!;
    data[d + H_SELF] = r.at;
    data[d + H_NAMED_ID] = r.namedId;
    data[d + H_KIND_ENTRY] = first;
    data[d + H_MASK_SPECIFIC] = specificMask;
    data[d + H_MASK_KINDS] = r.kindMask;
    data[d + H_MASK_CONTEXT] = r.contextMask;
    data[d + H_MASK_OWN] = r.ownMask;
    // Its kind entries: the values of each kind of quantity it names, and those its source mentions.
    for (let k = 0; k < r.own - r.kinds; k++) {
      const from = ints[r.valueAt + k]!;
      const to = ints[r.valueAt + k + 1]!;
      valueAt[first + k + 1] = valueAt[first]! + to;
      const key = source[i]! * kindCount + ints[r.kinds + k]!;
      let g = groups.get(key);
      if (g === undefined) {
        groups.set(key, (g = groupValues.length));
        groupValues.push([]);
      }
      group[first + k] = g;
      for (let p = from; p < to; p++) groupValues[g]!.push(floats[r.values + p]!);
    }
    for (let p = 0, q = valueAt[first]!; p < r.end - r.approx; p++, q++) {
      values[q] = floats[r.values + p]!;
      approx[q] = ints[r.approx + p]!;
    }
    first += r.own - r.kinds;
    // Its wording.
    for (let p = r.end, w = r.weights, q = tokenAt[i]!; p < r.tokensEnd; p++, w++, q++) {
      tokens[q] = ints[p]!;
      weights[q] = bytes[w]!;
    }
    date[i] = day ? dayNumber(day) : NaN;
    named[i] = r.named;
  }
  const mentionedAt = sharedInt32(groupValues.length + 1);
  groupValues.forEach((xs, g) => (mentionedAt[g + 1] = mentionedAt[g]! + xs.length));
  const mentioned = sharedFloat64(mentionedAt[groupValues.length]!);
  groupValues.forEach((xs, g) => {
    for (let p = 0, q = mentionedAt[g]!; p < xs.length; p++, q++) mentioned[q] = xs[p]!;
  });
  const publishedAt: (string | null)[] = [];
  srcs.forEach((s, i) => (publishedAt[source[i]!] = s.publishedAt));
  return {
    candidates: ordered,
    sources: srcs,
    readings,
    source,
    antecedent,
    publishedAt,
    tokenAt,
    tokens,
    weights,
    quotes: readings.map((r) => r.quotes),
    base,
    data,
    valueAt,
    values,
    approx,
    group,
    mentionedAt,
    mentioned,
    date,
    named,
    updateGapDays,
  };
}

/** A 32-bit summary of a set of numbers: bit `x & 31` for each `x`. */
function mask(xs: number[]): number {
  let m = 0;
  for (const x of xs) m |= 1 << (x & 31);
  return m;
}

/**
 * Where candidates meet: blocks of a shared entity, kind of quantity (and value) or MinHash band.
 * Each block lists its members in time order (a member twice when it holds the key twice), all
 * in one array: block `k` is `members[start[k]]` … `members[start[k + 1] - 1]`.
 */
interface Blocks {
  start: Int32Array;
  members: Int32Array;
  /** Per candidate, its places in blocks: `block[held[i]]` … `block[held[i + 1] - 1]`, at `at[…]` in `members`. */
  held: Int32Array;
  block: Int32Array;
  at: Int32Array;
  /** A denial always meets the claim it refers back to: per candidate, such later candidates. */
  extra: Lists;
}

function blocksOf(t: Table, memo: AlignMemo): Blocks {
  const n = t.candidates.length;
  const { base, data, readings } = t;
  const ints = memo.ints;
  // Each candidate's block keys, in order: `block[held[i]]` … `block[held[i + 1] - 1]`.
  const held = sharedInt32(n + 1);
  const keys: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = base[i]!;
    for (let p = data[d + H_SPECIFIC]!; p < data[d + H_END]!; p++) keys.push(memo.entityBlock(data[p]!));
    for (let p = readings[i]!.blocks; p < readings[i]!.valueAt; p++) keys.push(ints[p]!);
    held[i + 1] = keys.length;
  }
  const block = sharedInt32(keys.length);
  block.set(keys);
  const blockCount = memo.blockCount;
  const start = sharedInt32(blockCount + 1);
  for (let h = 0; h < block.length; h++) start[block[h]! + 1]!++;
  for (let k = 0; k < blockCount; k++) start[k + 1]! += start[k]!;
  const members = sharedInt32(start[blockCount]!);
  const at = sharedInt32(members.length);
  const filled = start.slice(0, blockCount);
  for (let i = 0; i < n; i++) {
    for (let h = held[i]!; h < held[i + 1]!; h++) {
      const k = block[h]!;
      at[h] = filled[k]!;
      members[filled[k]!++] = i;
    }
  }
  const extra: number[][] = t.candidates.map(() => []);
  t.antecedent.forEach((j, i) => {
    if (j !== -1 && j !== i) extra[Math.min(i, j)]!.push(Math.max(i, j));
  });
  return { start, members, held, block, at, extra: pack(extra) };
}

/**
 * Each candidate meets the later members of its small blocks and its next `window` neighbours in
 * time in large ones. Calls `visit(i, neighbours, count)` for each candidate `i` from `from` up to
 * `to` that meets any, with the candidates it meets (each once, ascending) in
 * `neighbours[0 … count - 1]`; returns how many pairs met. With `judged`, only pairs with a judged
 * side meet (the same pairs otherwise); a candidate that is not judged meets the later judged
 * candidates within its reach (`reachedBy`). `stamp` (filled with -1 at first) and `neighbours`
 * hold one number per candidate and may be passed again for a later range.
 */
function eachMeeting(
  b: Blocks,
  maxBlock: number,
  window: number,
  judged: Uint8Array | null,
  reachedBy: Lists | null,
  range: { from: number; to: number; stamp: Int32Array; neighbours: Int32Array },
  visit: (i: number, neighbours: Int32Array, count: number) => void,
): number {
  const { start, members, held, block, at, extra } = b;
  const { stamp, neighbours } = range;
  let pairs = 0;
  for (let i = range.from; i < range.to; i++) {
    let met = 0;
    if (!judged || judged[i]) {
      for (let h = held[i]!; h < held[i + 1]!; h++) {
        const k = block[h]!;
        const last =
          start[k + 1]! - start[k]! <= maxBlock ? start[k + 1]! - 1 : Math.min(start[k + 1]! - 1, at[h]! + window);
        for (let p = at[h]! + 1; p <= last; p++) {
          const j = members[p]!;
          if (stamp[j] !== i) {
            stamp[j] = i;
            neighbours[met++] = j;
          }
        }
      }
      for (let p = extra.at[i]!; p < extra.at[i + 1]!; p++) {
        const j = extra.items[p]!;
        if (stamp[j] !== i) {
          stamp[j] = i;
          neighbours[met++] = j;
        }
      }
    } else {
      for (let p = reachedBy!.at[i]!; p < reachedBy!.at[i + 1]!; p++) {
        const j = reachedBy!.items[p]!;
        if (stamp[j] !== i) {
          stamp[j] = i;
          neighbours[met++] = j;
        }
      }
      for (let p = extra.at[i]!; p < extra.at[i + 1]!; p++) {
        const j = extra.items[p]!;
        if (judged[j] && stamp[j] !== i) {
          stamp[j] = i;
          neighbours[met++] = j;
        }
      }
    }
    if (met === 0) continue;
    pairs += met;
    neighbours.subarray(0, met).sort();
    visit(i, neighbours, met);
  }
  return pairs;
}

/**
 * Per candidate that is not judged, the judged candidates later in one of its blocks and within
 * its reach there (all of a small block, `window` places of a large one).
 */
function reachers(b: Blocks, maxBlock: number, window: number, judged: Uint8Array): Lists {
  const { start, members, held, block, at } = b;
  const n = judged.length;
  const count = sharedInt32(n + 1);
  const each = (visit: (i: number, c: number) => void) => {
    for (let c = 0; c < n; c++) {
      if (!judged[c]) continue;
      for (let h = held[c]!; h < held[c + 1]!; h++) {
        const first = start[block[h]!]!;
        const from = start[block[h]! + 1]! - first <= maxBlock ? first : Math.max(first, at[h]! - window);
        for (let p = from; p < at[h]!; p++) if (!judged[members[p]!]) visit(members[p]!, c);
      }
    }
  };
  each((i) => count[i + 1]!++);
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const items = sharedInt32(count[n]!);
  const filled = count.slice(0, n);
  each((i, c) => (items[filled[i]!++] = c));
  return { at: count, items };
}

/** The candidates whose pairs a pass judges: all (null), or in a partial pass those of `touching` sources. */
function judgedBy(t: Table, touching: ReadonlySet<string> | undefined): Uint8Array | null {
  if (!touching) return null;
  const judged = sharedUint8(t.sources.length);
  t.sources.forEach((source, i) => (judged[i] = touching.has(source.id) ? 1 : 0));
  return judged;
}

/** The pairs `align` compares with these options, in its order (for tests and measurements). */
export function comparedPairs(
  candidates: ClaimCandidate[],
  sources: Map<string, AlignSource>,
  options: AlignOptions = {},
): [ClaimCandidate, ClaimCandidate][] {
  const { table: t, job } = planAlignment(candidates, sources, options);
  const out: [ClaimCandidate, ClaimCandidate][] = [];
  const scratch = judgeScratch(job);
  eachMeeting(
    job.blocks,
    job.maxBlock,
    job.window,
    job.judged,
    job.reachedBy,
    { from: 0, to: job.count, ...scratch },
    (i, neighbours, count) => {
      for (let k = 0; k < count; k++) out.push([t.candidates[i]!, t.candidates[neighbours[k]!]!]);
    },
  );
  return out;
}

/**
 * Judging an alignment's pairs, as one job in chunks of candidates that any thread can take:
 * only arrays and plain data, so it can be sent to a worker (see `meetChunk`).
 */
export interface JudgeJob {
  table: JudgeTable;
  blocks: Blocks;
  judged: Uint8Array | null;
  reachedBy: Lists | null;
  maxBlock: number;
  window: number;
  /** Candidates, and bigram numbers in use (for the bits of `judgeScratch`). */
  count: number;
  bigramCount: number;
  /** Candidates per chunk. */
  chunk: number;
  /** Judge only whether pairs state the same claim (see `AlignOptions.groupsOnly`). */
  groupsOnly: boolean;
}

/** The number of chunks of a job: chunk `c` holds candidates `c * job.chunk` up to `(c + 1) * job.chunk`. */
export function chunksOf(job: JudgeJob): number {
  return Math.ceil(job.count / job.chunk);
}

/**
 * The pairs judged related in one chunk, in the order met: links judged the same claim
 * (`linkI`, `linkJ`, `strength`) and other verdicts (`verdictI`, `verdictJ`, `verdict`).
 */
export interface Meetings {
  pairs: number;
  linkI: number[];
  linkJ: number[];
  strength: number[];
  verdictI: number[];
  verdictJ: number[];
  verdict: number[];
}

/** What one thread reuses from chunk to chunk. */
export interface JudgeScratch {
  stamp: Int32Array;
  neighbours: Int32Array;
  /** The bigrams of the candidate being compared, as bits (small enough to stay in cache). */
  marked: Int32Array;
}

export function judgeScratch(job: JudgeJob): JudgeScratch {
  return {
    stamp: new Int32Array(job.count).fill(-1),
    neighbours: new Int32Array(job.count),
    marked: new Int32Array((job.bigramCount >>> 5) + 1),
  };
}

/** Judges the pairs of one chunk of a job (see `JudgeJob`); chunks in order give the pairs in order. */
export function meetChunk(job: JudgeJob, chunk: number, scratch: JudgeScratch = judgeScratch(job)): Meetings {
  const t = job.table;
  const { base, data } = t;
  const { marked } = scratch;
  const out: Meetings = { pairs: 0, linkI: [], linkJ: [], strength: [], verdictI: [], verdictJ: [], verdict: [] };
  const pair: PairScratch = { strength: 0 };
  const from = chunk * job.chunk;
  const to = Math.min(job.count, from + job.chunk);
  out.pairs = eachMeeting(
    job.blocks,
    job.maxBlock,
    job.window,
    job.judged,
    job.reachedBy,
    { from, to, ...scratch },
    (i, neighbours, count) => {
      const first = data[base[i]! + H_BIGRAMS]!;
      const end = data[base[i]! + H_KINDS]!;
      for (let p = first; p < end; p++) marked[data[p]! >>> 5]! |= 1 << (data[p]! & 31);
      for (let k = 0; k < count; k++) {
        const j = neighbours[k]!;
        let common = 0;
        for (let p = data[base[j]! + H_BIGRAMS]!, last = data[base[j]! + H_KINDS]!; p < last; p++) {
          common += (marked[data[p]! >>> 5]! >>> (data[p]! & 31)) & 1;
        }
        const verdict = judge(t, i, j, common, pair, job.groupsOnly);
        if (verdict === SAME) {
          out.linkI.push(i);
          out.linkJ.push(j);
          out.strength.push(pair.strength);
        } else if (verdict !== UNRELATED) {
          out.verdictI.push(i);
          out.verdictJ.push(j);
          out.verdict.push(verdict);
        }
      }
      for (let p = first; p < end; p++) marked[data[p]! >>> 5] = 0;
    },
  );
  return out;
}

/** An alignment's table and its judging job (see `align`). */
interface Plan {
  table: Table;
  job: JudgeJob;
}

function planAlignment(candidates: ClaimCandidate[], sources: Map<string, AlignSource>, options: AlignOptions): Plan {
  const opts = { ...ALIGN_DEFAULTS, ...options };
  const memo = opts.memo ?? createAlignMemo();
  const table = tabulate(candidates, sources, opts.countryOf, memo, opts.updateGapDays);
  const blocks = blocksOf(table, memo);
  const judged = judgedBy(table, opts.touching);
  // Only what judging reads goes to the other threads, not the candidates and their readings.
  const judging: JudgeTable = {
    base: table.base,
    data: table.data,
    valueAt: table.valueAt,
    values: table.values,
    approx: table.approx,
    group: table.group,
    mentionedAt: table.mentionedAt,
    mentioned: table.mentioned,
    date: table.date,
    named: table.named,
    publishedAt: table.publishedAt,
    tokenAt: table.tokenAt,
    tokens: table.tokens,
    weights: table.weights,
    quotes: table.quotes,
    updateGapDays: table.updateGapDays,
  };
  return {
    table,
    job: {
      table: judging,
      blocks,
      judged,
      reachedBy: judged ? reachers(blocks, opts.maxBlock, opts.window, judged) : null,
      maxBlock: opts.maxBlock,
      window: opts.window,
      count: table.candidates.length,
      bigramCount: memo.bigramCount,
      chunk: opts.chunk,
      groupsOnly: opts.groupsOnly,
    },
  };
}

/** Groups candidates into claims and relates the claims. Pure and deterministic. */
export function align(
  candidates: ClaimCandidate[],
  sources: Map<string, AlignSource>,
  options: AlignOptions = {},
): Alignment {
  const plan = planAlignment(candidates, sources, options);
  const scratch = judgeScratch(plan.job);
  const meetings = Array.from({ length: chunksOf(plan.job) }, (_, c) => meetChunk(plan.job, c, scratch));
  return joinAlignment(plan, meetings, options);
}

/**
 * `align`, with the chunks of its judging job done by `meet` (on several threads, say), which
 * gives back their meetings in chunk order: the result is the same as `align`'s.
 */
export async function alignWith(
  candidates: ClaimCandidate[],
  sources: Map<string, AlignSource>,
  options: AlignOptions,
  meet: (job: JudgeJob, chunks: number) => Promise<Meetings[]>,
): Promise<Alignment> {
  const plan = planAlignment(candidates, sources, options);
  return joinAlignment(plan, await meet(plan.job, chunksOf(plan.job)), options);
}

/**
 * The indices of `strength`, strongest first, in index order among equals (a stable sort by
 * strength): the values are sorted as numbers, each index placed by its value's rank.
 */
export function byStrength(strength: Float64Array): Int32Array {
  const values = strength.slice().sort().reverse();
  let distinct = 0;
  for (let k = 0; k < values.length; k++)
    if (k === 0 || values[k] !== values[distinct - 1]) values[distinct++] = values[k]!;
  // Each value's rank, strongest first: its place among the distinct values.
  const rank = new Int32Array(strength.length);
  strength.forEach((x, k) => {
    let [lo, hi] = [0, distinct - 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! > x) lo = mid + 1;
      else hi = mid;
    }
    rank[k] = lo;
  });
  return byRank(rank, distinct);
}

function joinAlignment(plan: Plan, meetings: Meetings[], options: AlignOptions): Alignment {
  const opts = { ...ALIGN_DEFAULTS, ...options };
  const t = plan.table;
  const ordered = t.candidates;
  const n = ordered.length;
  // Pairs judged the same claim (links: `i`, `j`, strength) and related pairs (`from`, `to`, verdict),
  // as met: in (`i`, `j`) order, as chunks in order give them.
  let [links, found, comparisons] = [0, 0, 0];
  for (const m of meetings) {
    links += m.linkI.length;
    found += m.verdict.length;
    comparisons += m.pairs;
  }
  const [linkI, linkJ, linkStrength] = [new Int32Array(links), new Int32Array(links), new Float64Array(links)];
  const [foundFrom, foundTo, foundVerdict] = [new Int32Array(found), new Int32Array(found), new Uint8Array(found)];
  let [l, f] = [0, 0];
  for (const m of meetings) {
    linkI.set(m.linkI, l);
    linkJ.set(m.linkJ, l);
    linkStrength.set(m.strength, l);
    l += m.linkI.length;
    for (let k = 0; k < m.verdict.length; k++, f++) {
      const [i, j, verdict] = [m.verdictI[k]!, m.verdictJ[k]!, m.verdict[k]!];
      foundFrom[f] = verdict === B_UPDATES ? j : i;
      foundTo[f] = verdict === B_UPDATES ? i : j;
      foundVerdict[f] = verdict;
    }
  }

  // Join the strongest links first. Two different sentences of one source only end up in one
  // claim when they were judged the same directly (a sentence that states two facts must not
  // chain the two facts of another source together), no two members name days far apart, and
  // the first members of the two name no different parties in one place of the same frame (a
  // chain of links, each changing one party, must not join `…关注柏林局势` to `…关注基辅局势`).
  const linked = new PairSet(links);
  for (let k = 0; k < links; k++) linked.add(linkI[k]!, linkJ[k]!);
  const uf = new UnionFind(n);
  // Per cluster: its members by source, and the range of days its members name.
  interface Group {
    bySource: Map<number, number[]>;
    size: number;
    minDay: number;
    maxDay: number;
  }
  // Per root; a candidate not joined yet is a group of its own (made when first needed).
  const groups: (Group | undefined)[] = [];
  const groupOf = (root: number): Group =>
    (groups[root] ??= {
      bySource: new Map([[t.source[root]!, [root]]]),
      size: 1,
      minDay: t.named[root]!,
      maxDay: t.named[root]!,
    });
  // `differentSlot` of two candidates, worked out once: links between the same two claims ask again.
  const slotsChecked = new PairMap();
  const slotsDiffer = (a: number, b: number): boolean => {
    let known = slotsChecked.get(a, b);
    if (known === -1) slotsChecked.add(a, b, (known = differentSlot(t, a, b) ? 1 : 0));
    return known === 1;
  };
  const compatible = (ra: number, rb: number, ga: Group, gb: Group) => {
    if (ga.maxDay - gb.minDay > 3 || gb.maxDay - ga.minDay > 3) return false; // NaN compares false
    if (ga.size + gb.size > 2 && slotsDiffer(ra, rb)) return false;
    const [small, large] = ga.bySource.size <= gb.bySource.size ? [ga, gb] : [gb, ga];
    for (const [source, xs] of small.bySource) {
      const ys = large.bySource.get(source);
      if (!ys) continue;
      for (const x of xs) for (const y of ys) if (!linked.has(Math.min(x, y), Math.max(x, y))) return false;
    }
    return true;
  };
  const minOf = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
  const maxOf = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));
  const strongest = byStrength(linkStrength);
  for (const k of strongest) {
    const i = linkI[k]!;
    const j = linkJ[k]!;
    const ra = uf.find(i);
    const rb = uf.find(j);
    if (ra === rb) continue;
    const ga = groupOf(ra);
    const gb = groupOf(rb);
    if (!compatible(ra, rb, ga, gb)) continue;
    uf.union(ra, rb);
    const root = uf.find(ra);
    // Merge the smaller group into the larger one.
    const [into, from] = ga.size >= gb.size ? [ga, gb] : [gb, ga];
    for (const [source, xs] of from.bySource) {
      const ys = into.bySource.get(source);
      if (ys) ys.push(...xs);
      else into.bySource.set(source, xs);
    }
    into.size += from.size;
    into.minDay = minOf(into.minDay, from.minDay);
    into.maxDay = maxOf(into.maxDay, from.maxDay);
    groups[ra] = groups[rb] = undefined;
    groups[root] = into;
  }

  // Two denials by the same party of the same claim are one claim.
  const denials = new Map<string, number>();
  ordered.forEach((c, i) => {
    const j = c.antecedent && c.sentence.cues.denial ? t.antecedent[i]! : -1;
    if (j === -1) return;
    const { speaker } = c.sentence.attribution;
    // The party speaking: its entity (or one named inside `烏克蘭軍方`); `乌军` and `乌方` deny for the same side.
    const party =
      c.sentence.attribution.speakerEntity ??
      (speaker ? c.sentence.entities.find((e) => speaker.includes(e.text))?.entityId : undefined);
    const who = (party && (opts.countryOf.get(party) ?? party)) ?? speaker;
    if (!who) return;
    const key = `${uf.find(j)}|${who}`;
    const first = denials.get(key);
    if (first === undefined) denials.set(key, i);
    else uf.union(first, i);
  });

  const clusterOf = new Int32Array(n).fill(-1);
  const clusters: ClaimCandidate[][] = [];
  /** Per cluster, its first member, and its members' places in the table. */
  const firstOf: number[] = [];
  const membersAt: number[][] = [];
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    if (clusterOf[root] === -1) {
      clusterOf[root] = clusters.length;
      clusters.push([]);
      firstOf.push(root);
      membersAt.push([]);
    }
    clusters[clusterOf[root]!]!.push(ordered[i]!);
    membersAt[clusterOf[root]!]!.push(i);
  }
  const clusterAt = (i: number) => clusterOf[uf.find(i)]!;
  // Per cluster, the sources among its members and secondary sentences (made when first needed).
  // A sentence that puts another party or word in one place of the claim's frame is no evidence of it.
  const secondary: ClaimCandidate[][] = clusters.map(() => []);
  const present: (Set<number> | undefined)[] = [];
  const addSecondary = (x: number, c: number) => {
    const source = t.source[x]!;
    const sources = (present[c] ??= new Set(membersAt[c]!.map((m) => t.source[m]!)));
    if (sources.has(source) || slotsDiffer(x, firstOf[c]!)) return;
    sources.add(source);
    secondary[c]!.push(ordered[x]!);
  };
  for (const k of strongest) {
    const i = linkI[k]!;
    const j = linkJ[k]!;
    const [ci, cj] = [clusterAt(i), clusterAt(j)];
    if (ci === cj) continue;
    addSecondary(i, cj);
    addSecondary(j, ci);
  }

  // One relation per pair of claims: per ordered pair for `updates`, per unordered pair otherwise.
  const seen = new PairSet();
  const relations: ClaimRelation[] = [];
  for (let k = 0; k < found; k++) {
    const [from, to] = [clusterAt(foundFrom[k]!), clusterAt(foundTo[k]!)];
    const verdict = foundVerdict[k]!;
    const relation = verdict === CONTRADICTS ? 'contradicts' : verdict === AGREES ? 'agrees' : 'updates';
    if (from === to) continue;
    const isNew =
      relation === 'updates' ? seen.add(2 * from, to) : seen.add(2 * Math.min(from, to) + 1, Math.max(from, to));
    if (isNew) relations.push({ from, to, relation });
  }
  return { clusters, secondary, relations, comparisons };
}
