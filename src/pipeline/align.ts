/**
 * Align: find the same claim in different sources and relate claims to one another.
 *
 * Candidates are only compared inside blocks (a shared entity, a shared quantity, or a shared
 * MinHash band of their character bigrams); a block larger than `maxBlock` is compared along a
 * time-sorted window, so the number of comparisons grows linearly with the corpus.
 */
import { COUNTER_CLASSES, EVENT_CLASSES, EVENT_VERBS, PROJECTION_CUES, STATE_CLASSES } from './data/claims.ts';
import type { ClaimCandidate } from './extract.ts';
import type { Quantity } from './types.ts';

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
  /** How many candidate pairs were compared (the cost the blocking keeps near-linear). */
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
}

/** Options after defaults are merged. */
type Settings = Required<Omit<AlignOptions, 'touching'>> & Pick<AlignOptions, 'touching'>;

export const ALIGN_DEFAULTS: Settings = {
  maxBlock: 48,
  window: 12,
  updateGapDays: 14,
  countryOf: new Map(),
};

const IGNORABLE = /[\s\p{P}\p{S}]/gu;

interface Features {
  c: ClaimCandidate;
  source: AlignSource;
  /** The wording's bigrams as sorted interned numbers, for a fast merge count. */
  bigramIds: Uint32Array;
  /** LSH band keys of the bigrams (see `bands`). */
  bands: string[];
  /** Entities the sentence itself names. */
  own: Set<string>;
  /** Own entities, or those carried over from the sentence before. */
  context: Set<string>;
  quantities: Map<string, Quantity[]>;
  quantityKeys: Set<string>;
  /** Keys of quantities that narrow what is counted (not those naming the sources: `两名官员`). */
  scopeKeys: Set<string>;
  classes: Set<string>;
  /** Event verbs the sentence uses (`控制`, `宣布`). */
  verbs: Set<string>;
  /** Quoted phrases of four characters or more, folded (`深入且富有成效`). */
  quotes: Set<string>;
  /** Date the claim is about: its first date, else the source's. */
  date: string | null;
  /** The day the sentence itself names (`2日`), when it names one. */
  dayDate: string | null;
  tentative: boolean;
  projection: boolean;
  negative: boolean;
}

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

function bigramsOf(tokens: string[]): Set<string> {
  const chars = tokens;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]!}\u0000${chars[i + 1]!}`);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

/** Numbers for bigrams, shared by every candidate of one alignment. */
type Interner = Map<string, number>;

function internAll(bigrams: Set<string>, interner: Interner): Uint32Array {
  const out = new Uint32Array(bigrams.size);
  let i = 0;
  for (const g of bigrams) {
    let id = interner.get(g);
    if (id === undefined) interner.set(g, (id = interner.size));
    out[i++] = id;
  }
  return out.sort();
}

/** Size of the intersection of two sorted number arrays. */
function sortedOverlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function features(
  c: ClaimCandidate,
  source: AlignSource,
  countryOf: ReadonlyMap<string, string> = new Map(),
  interner: Interner = new Map(),
): Features {
  const s = c.sentence;
  const quantities = new Map<string, Quantity[]>();
  for (const q of s.quantities) {
    const k = quantityKey(q);
    quantities.set(k, [...(quantities.get(k) ?? []), q]);
  }
  const bigrams = bigramsOf(wordingTokens(s));
  const classes = new Set<string>();
  for (const [cls, words] of Object.entries(EVENT_CLASSES)) if (words.some((w) => s.key.includes(w))) classes.add(cls);
  const projection = PROJECTION_CUES.some((w) => s.key.includes(w));
  return {
    c,
    source,
    bigramIds: internAll(bigrams, interner),
    bands: bands(bigrams),
    own: new Set(s.entities.map((e) => e.entityId)),
    context: new Set([...c.context, ...c.context.flatMap((e) => countryOf.get(e) ?? [])]),
    quantities,
    quantityKeys: new Set(quantities.keys()),
    scopeKeys: new Set(
      s.quantities
        .filter(
          (q) =>
            !s.attribution.chain.some((who) => who.includes(q.text)) && !(s.attribution.speaker ?? '').includes(q.text),
        )
        .map(quantityKey),
    ),
    classes,
    verbs: new Set(EVENT_VERBS.filter((v) => s.key.includes(v))),
    quotes: new Set(
      [...s.key.matchAll(/[“"‘「『]([^”"’」』]{6,})[”"’」』]/gu)].map((m) => m[1]!.replace(IGNORABLE, '')),
    ),
    date: eventDate(c, source),
    dayDate: s.dates.find((d) => d.precision === 'day')?.value ?? null,
    tentative: s.cues.plan || s.cues.hedge || c.openQuestion,
    projection,
    negative: s.cues.negation || s.cues.denial,
  };
}

/**
 * The date a claim is about: its first date at least as precise as a month that is not after
 * the source's publication (a year, or a date in the future, says when something may happen);
 * otherwise the publication date.
 */
function eventDate(c: ClaimCandidate, source: AlignSource): string | null {
  const published = source.publishedAt;
  const dated = c.sentence.dates.find((d) => d.precision !== 'year' && (!published || d.value <= published));
  return dated?.value ?? published;
}

function overlap<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  const n = overlap(a, b);
  return n === 0 ? 0 : n / (a.size + b.size - n);
}

function containment<T>(a: Set<T>, b: Set<T>): number {
  const m = Math.min(a.size, b.size);
  return m === 0 ? 0 : overlap(a, b) / m;
}

/**
 * Whether two figures can both be true: `两个多小时` (over 2) and `近5小时` can; `近5` and `约5.5`
 * can (within 15 %); `12点` and `13点` cannot.
 */
function compatibleValues(x: Quantity, y: Quantity): boolean {
  const fits = (bound: Quantity, other: Quantity) =>
    bound.approx === 'over' || bound.approx === 'least'
      ? other.value >= bound.value
      : bound.approx === 'under'
        ? other.value <= bound.value
        : bound.approx === 'near'
          ? Math.abs(other.value - bound.value) <= 0.15 * Math.abs(bound.value)
          : false;
  return fits(x, y) || fits(y, x);
}

/** The days two claims are about are within a few days of each other (or not both known). */
function datesAgreeLoosely(a: Features, b: Features): boolean {
  return !a.date || !b.date || Math.abs(daysBetween(a.date, b.date)) <= 7;
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

/** Days from `a` to `b`. */
function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Values of each quantity key that one source mentions anywhere: co-mentioned values are distinct things. */
type SourceValues = Map<string, Map<string, Set<number>>>;

/** What the judge knows of the whole corpus. */
interface Corpus {
  values: SourceValues;
  /** Entities named so often (in over a fifth of the claims) that sharing them says little. */
  background: Set<string>;
}

interface PairVerdict {
  same: boolean;
  /** How strongly two statements of the same claim match; stronger links are joined first. */
  strength?: number;
  relation?: Relation;
  /** For `updates`: true when `a` updates `b`, false when `b` updates `a`. */
  aFirst?: boolean;
}

const NOTHING: PairVerdict = Object.freeze({ same: false });

/** Decides whether two candidates state the same claim, or how they relate. */
function judge(a: Features, b: Features, corpus: Corpus, options: Settings): PairVerdict {
  const { values } = corpus;
  const sameSource = a.source.id === b.source.id;
  const common = sortedOverlap(a.bigramIds, b.bigramIds);
  const smaller = Math.min(a.bigramIds.length, b.bigramIds.length);
  const text = smaller === 0 ? 0 : common / smaller;
  const textJ = common === 0 ? 0 : common / (a.bigramIds.length + b.bigramIds.length - common);
  // Most pairs in a block share little: every rule below needs some wording, a kind of
  // quantity, a denial link or two specific parties in common.
  const linked = a.c.antecedent === b.c || b.c.antecedent === a.c;
  const sharedKinds = a.quantityKeys.size > 0 && b.quantityKeys.size > 0 && overlap(a.quantityKeys, b.quantityKeys) > 0;
  if (!linked && text < 0.15 && !sharedKinds && specificShared(a, b, corpus) < 2) return NOTHING;
  const entitiesJ = jaccard(a.context, b.context);
  const ownShared = overlap(a.own, b.own);

  // Quantities with the same key: matching or conflicting values.
  let quantityMatch = false;
  let quantityConflict = false;
  if (sharedKinds) {
    for (const [k, qa] of a.quantities) {
      const qb = b.quantities.get(k);
      if (!qb) continue;
      if (qa.some((x) => qb.some((y) => sameValue(x.value, y.value)))) quantityMatch = true;
      else if (qa.some((x) => qb.some((y) => compatibleValues(x, y)))) continue;
      else if (!sameSource && !explained(qa, b.source.id, k, values) && !explained(qb, a.source.id, k, values)) {
        quantityConflict = true;
      }
    }
  }
  const scopeWithin = (f: Features, g: Features) => {
    for (const k of f.scopeKeys) if (!g.quantities.has(k)) return false;
    return true;
  };
  const sameScope = quantityConflict && !a.projection && !b.projection && scopeWithin(a, b) && scopeWithin(b, a);

  // A claim and its denial.
  if (a.c.antecedent === b.c || b.c.antecedent === a.c) {
    const denier = a.c.antecedent === b.c ? a : b;
    if (denier.c.sentence.cues.denial) return { same: false, relation: 'contradicts' };
  }
  if (!sameSource && a.negative !== b.negative && text >= 0.5 && (entitiesJ >= 0.3 || a.context.size === 0)) {
    return { same: false, relation: 'contradicts' };
  }
  // Different values of the same quantity of the same thing: the same kind of event, on the same day.
  const sameEvent =
    (a.classes.size === 0 || b.classes.size === 0 || overlap(a.classes, b.classes) > 0) && datesAgreeLoosely(a, b);
  if (quantityConflict && !quantityMatch && sameScope && sameEvent && (entitiesJ >= 0.34 || text >= 0.3)) {
    return { same: false, relation: 'contradicts' };
  }
  // The same statement.
  // A sentence that names no one (a list item) must be about the same parties as the other.
  const entitiesAgree = ownShared > 0 || containment(a.context, b.context) >= 0.75;
  const datesAgree = !a.dayDate || !b.dayDate || Math.abs(daysBetween(a.dayDate, b.dayDate)) <= 3;
  if (a.negative === b.negative && a.tentative === b.tentative && !quantityConflict && entitiesAgree && datesAgree) {
    const strength = textJ + text + (quantityMatch ? 1 : 0);
    if (textJ >= 0.5 || (text >= 0.6 && textJ >= 0.3)) return { same: true, strength };
    if (quantityMatch && (text >= 0.3 || (text >= 0.15 && specificShared(a, b, corpus) >= 1)))
      return { same: true, strength };
    // The same parties doing the same thing: two specific entities and an event verb or class in
    // common, or a specific entity and the same day named.
    const sharedVerb = overlap(a.verbs, b.verbs) > 0 || overlap(a.classes, b.classes) > 0;
    const sameDays = !a.date || !b.date || Math.abs(daysBetween(a.date, b.date)) <= 3;
    const specific = specificShared(a, b, corpus);
    const sameNamedDay = a.dayDate !== null && a.dayDate === b.dayDate;
    if (((specific >= 2 && sharedVerb) || (specific >= 1 && sameNamedDay)) && sameDays && text >= 0.35)
      return { same: true, strength };
    // The same words quoted from the same parties (a quotation, not a quoted name like “和平计划”).
    if (overlap(a.quotes, b.quotes) > 0 && text >= 0.3 && containment(a.context, b.context) >= 0.5)
      return { same: true, strength };
    // A short report wholly contained in a longer sentence that also says more.
    if (text >= 0.8 && Math.min(a.bigramIds.length, b.bigramIds.length) >= 10 && ownShared >= 2)
      return { same: true, strength };
  }
  // A plan or open question, and a later report of the event it was about.
  const specific = specificShared(a, b, corpus);
  const classShared = overlap(a.classes, b.classes) > 0;
  const planned = (f: Features) => f.c.sentence.cues.plan || f.c.openQuestion;
  if (
    planned(a) !== planned(b) &&
    specific >= 2 &&
    text >= 0.2 &&
    (classShared || a.c.openQuestion || b.c.openQuestion)
  ) {
    const [plan, fact] = planned(a) ? [a, b] : [b, a];
    const when = plan.source.publishedAt;
    if (
      !fact.tentative &&
      !fact.negative &&
      when &&
      fact.date &&
      fact.source.publishedAt &&
      fact.source.publishedAt >= when
    ) {
      const gap = daysBetween(when, fact.date);
      if (gap >= 0 && gap <= 60) return { same: false, relation: 'updates', aFirst: fact === a };
    }
  }
  // The same state of the world (who controls a place) about the same things, reported weeks apart.
  const stateShared = [...a.classes].some((c) => b.classes.has(c) && STATE_CLASSES.includes(c));
  const denial = a.c.sentence.cues.denial || b.c.sentence.cues.denial;
  if (!denial && stateShared && (specific >= 2 || (specific >= 1 && text >= 0.2)) && a.date && b.date) {
    const gap = daysBetween(a.date, b.date);
    if (Math.abs(gap) >= options.updateGapDays) return { same: false, relation: 'updates', aFirst: gap < 0 };
  }
  if (
    !sameSource &&
    text >= 0.4 &&
    (quantityMatch || specific >= 1) &&
    entitiesAgree &&
    !quantityConflict &&
    a.negative === b.negative
  ) {
    return { same: false, relation: 'agrees' };
  }
  return NOTHING;
}

/** Entities both name that are not background (named in over a fifth of the claims). */
function specificShared(a: Features, b: Features, corpus: Corpus): number {
  let n = 0;
  for (const e of a.context) if (b.context.has(e) && !corpus.background.has(e)) n++;
  return n;
}

function explained(qs: Quantity[], otherSource: string, key: string, values: SourceValues): boolean {
  const known = values.get(otherSource)?.get(key);
  return known !== undefined && qs.every((q) => known.has(q.value));
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

const MINHASH_SEEDS = [0x9e37, 0x85eb, 0xc2b2, 0x27d4, 0x1656, 0x6a09, 0xbb67, 0x3c6e];

/** LSH band keys of a bigram set: 4 bands of 2 MinHash rows. */
function bands(bigrams: Set<string>): string[] {
  if (bigrams.size < 4) return [];
  const mins = MINHASH_SEEDS.map((seed) => {
    let m = 0xffffffff;
    for (const g of bigrams) m = Math.min(m, hash(g, seed));
    return m;
  });
  const out: string[] = [];
  for (let i = 0; i < mins.length; i += 2) out.push(`m${i}:${mins[i]}:${mins[i + 1]}`);
  return out;
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const byTime = (sources: Map<string, AlignSource>) => (a: ClaimCandidate, b: ClaimCandidate) => {
  const da = sources.get(a.sentence.sourceId)?.publishedAt ?? '9999';
  const db = sources.get(b.sentence.sourceId)?.publishedAt ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.order - b.order;
};

/** Groups candidates into claims and relates the claims. Pure and deterministic. */
export function align(
  candidates: ClaimCandidate[],
  sources: Map<string, AlignSource>,
  options: AlignOptions = {},
): Alignment {
  const opts = { ...ALIGN_DEFAULTS, ...options };
  const ordered = [...candidates].sort(byTime(sources));
  const interner: Interner = new Map();
  const feats = ordered.map((c) => {
    const source = sources.get(c.sentence.sourceId);
    if (!source) throw new Error(`align: no source "${c.sentence.sourceId}" for a candidate; pass every source.`);
    return features(c, source, opts.countryOf, interner);
  });
  const index = new Map(ordered.map((c, i) => [c, i]));

  const values: SourceValues = new Map();
  const frequency = new Map<string, number>();
  for (const f of feats) for (const e of f.context) frequency.set(e, (frequency.get(e) ?? 0) + 1);
  const background = new Set([...frequency].filter(([, k]) => k > Math.max(3, 0.2 * feats.length)).map(([e]) => e));
  for (const f of feats) {
    const perKey = values.get(f.source.id) ?? new Map<string, Set<number>>();
    for (const [k, qs] of f.quantities) {
      const known = perKey.get(k) ?? new Set<number>();
      for (const q of qs) known.add(q.value);
      perKey.set(k, known);
    }
    values.set(f.source.id, perKey);
  }

  // Blocks: shared entity, shared kind of quantity (and value), shared MinHash band.
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  };
  feats.forEach((f, i) => {
    for (const e of f.context) if (!background.has(e)) add(`e:${e}`, i);
    for (const [k, qs] of f.quantities) {
      add(`q:${k}`, i); // the same kind of quantity: where different values meet
      for (const q of qs) add(`q:${k}:${q.value}`, i);
    }
    for (const b of f.bands) add(b, i);
  });

  // Each candidate meets the later members of its small blocks and its next neighbours in time
  // in large ones; a stamp per candidate counts every pair once, in a fixed order.
  const n = feats.length;
  const memberships: { block: number[]; at: number }[][] = feats.map(() => []);
  for (const block of blocks.values()) block.forEach((i, at) => memberships[i]!.push({ block, at }));
  // A denial always meets the claim it refers back to.
  const extra: number[][] = feats.map(() => []);
  feats.forEach((f, i) => {
    const j = f.c.antecedent ? index.get(f.c.antecedent) : undefined;
    if (j !== undefined && j !== i) extra[Math.min(i, j)]!.push(Math.max(i, j));
  });
  const stamp = new Int32Array(n).fill(-1);
  const corpus: Corpus = { values, background };
  const found: { i: number; j: number; relation: Relation }[] = [];
  const links: { i: number; j: number; strength: number }[] = [];
  let comparisons = 0;
  for (let i = 0; i < n; i++) {
    const neighbours: number[] = [];
    const meet = (j: number) => {
      if (stamp[j] !== i) {
        stamp[j] = i;
        neighbours.push(j);
      }
    };
    for (const { block, at } of memberships[i]!) {
      const last = block.length <= opts.maxBlock ? block.length - 1 : Math.min(block.length - 1, at + opts.window);
      for (let p = at + 1; p <= last; p++) meet(block[p]!);
    }
    for (const j of extra[i]!) meet(j);
    neighbours.sort((x, y) => x - y);
    comparisons += neighbours.length;
    const touchingI = !opts.touching || opts.touching.has(feats[i]!.source.id);
    for (const j of neighbours) {
      if (!touchingI && !opts.touching!.has(feats[j]!.source.id)) continue;
      const verdict = judge(feats[i]!, feats[j]!, corpus, opts);
      if (verdict.same) links.push({ i, j, strength: verdict.strength ?? 0 });
      else if (verdict.relation === 'updates')
        found.push(verdict.aFirst ? { i, j, relation: 'updates' } : { i: j, j: i, relation: 'updates' });
      else if (verdict.relation) found.push({ i, j, relation: verdict.relation });
    }
  }

  // Join the strongest links first. Two different sentences of one source only end up in one
  // claim when they were judged the same directly (a sentence that states two facts must not
  // chain the two facts of another source together), and no two members name days far apart.
  const linked = new Set(links.map((l) => l.i * n + l.j));
  const uf = new UnionFind(n);
  // Per cluster: its members by source, and the range of days its members name.
  interface Group {
    bySource: Map<string, number[]>;
    size: number;
    minDay: number;
    maxDay: number;
  }
  const groups = new Map<number, Group>(
    feats.map((f, i) => {
      const day = f.dayDate ? dayNumber(f.dayDate) : NaN;
      return [i, { bySource: new Map([[f.source.id, [i]]]), size: 1, minDay: day, maxDay: day }];
    }),
  );
  const compatible = (ga: Group, gb: Group) => {
    if (ga.maxDay - gb.minDay > 3 || gb.maxDay - ga.minDay > 3) return false; // NaN compares false
    const [small, large] = ga.bySource.size <= gb.bySource.size ? [ga, gb] : [gb, ga];
    for (const [source, xs] of small.bySource) {
      const ys = large.bySource.get(source);
      if (!ys) continue;
      for (const x of xs) for (const y of ys) if (!linked.has(Math.min(x, y) * n + Math.max(x, y))) return false;
    }
    return true;
  };
  const minOf = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
  const maxOf = (x: number, y: number) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));
  links.sort((a, b) => b.strength - a.strength || a.i - b.i || a.j - b.j);
  for (const { i, j } of links) {
    const [ra, rb] = [uf.find(i), uf.find(j)];
    if (ra === rb) continue;
    const [ga, gb] = [groups.get(ra)!, groups.get(rb)!];
    if (!compatible(ga, gb)) continue;
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
    groups.delete(ra);
    groups.delete(rb);
    groups.set(root, into);
  }

  // Two denials by the same party of the same claim are one claim.
  const denials = new Map<string, number>();
  feats.forEach((f, i) => {
    const j = f.c.antecedent && f.c.sentence.cues.denial ? index.get(f.c.antecedent) : undefined;
    const { speaker } = f.c.sentence.attribution;
    // The party speaking: its entity (or one named inside `烏克蘭軍方`); `乌军` and `乌方` deny for the same side.
    const party =
      f.c.sentence.attribution.speakerEntity ??
      (speaker ? f.c.sentence.entities.find((e) => speaker.includes(e.text))?.entityId : undefined);
    const who = (party && (opts.countryOf.get(party) ?? party)) ?? speaker;
    if (j === undefined || !who) return;
    const key = `${uf.find(j)}|${who}`;
    const first = denials.get(key);
    if (first === undefined) denials.set(key, i);
    else uf.union(first, i);
  });

  const clusterOf = new Map<number, number>();
  const clusters: ClaimCandidate[][] = [];
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    let c = clusterOf.get(root);
    if (c === undefined) {
      c = clusters.length;
      clusterOf.set(root, c);
      clusters.push([]);
    }
    clusters[c]!.push(ordered[i]!);
  }
  const secondary: ClaimCandidate[][] = clusters.map(() => []);
  for (const { i, j } of links) {
    const [ci, cj] = [clusterOf.get(uf.find(i))!, clusterOf.get(uf.find(j))!];
    if (ci === cj) continue;
    for (const [x, c] of [
      [i, cj],
      [j, ci],
    ] as const) {
      const source = feats[x]!.source.id;
      const present = [...clusters[c]!, ...secondary[c]!].some((m) => m.sentence.sourceId === source);
      if (!present) secondary[c]!.push(ordered[x]!);
    }
  }

  const seen = new Set<string>();
  const relations: ClaimRelation[] = [];
  for (const { i, j, relation } of found) {
    const from = clusterOf.get(uf.find(i))!;
    const to = clusterOf.get(uf.find(j))!;
    if (from === to) continue;
    const key = relation === 'updates' ? `${from}>${to}` : `${Math.min(from, to)}-${Math.max(from, to)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ from, to, relation });
  }
  return { clusters, secondary, relations, comparisons };
}
