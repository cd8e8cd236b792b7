/**
 * Extract: pick the check-worthy sentences of one source and turn each into a claim candidate
 * with a score, a statement and the context an aligner needs.
 */
import { ANAPHORS, EVENT_VERBS, LEADING_CONNECTIVES, OPEN_QUESTION_CUES, OPINION_CUES } from './data/claims.ts';
import { sentenceFingerprint } from './fingerprint.ts';
import type { AnnotatedSentence } from './types.ts';

/** A sentence that states something checkable. */
export interface ClaimCandidate {
  sentence: AnnotatedSentence;
  /** Check-worthiness, 0–1. */
  score: number;
  /** Fingerprint of the sentence (see `sentenceFingerprint`). */
  fingerprint: string;
  /** The sentence as a statement: leading connectives dropped. */
  statement: string;
  /** Entity ids mentioned, plus those of the sentence before when it names fewer than two. */
  context: string[];
  /** The claim this sentence refers back to (`对此予以否认`), in the same source. */
  antecedent: ClaimCandidate | null;
  /** The sentence leaves a question open (`尚不清楚…是否…`). */
  openQuestion: boolean;
  /** Position of the source in the corpus and of the sentence in the source, for ordering. */
  order: number;
}

/** @default 0.5 — a sentence at or above this score is a claim. */
export const DEFAULT_MIN_SCORE = 0.5;

export interface ExtractOptions {
  /** @default DEFAULT_MIN_SCORE */
  minScore?: number;
}

/** One pattern that finds any of the words (one scan instead of one per word). */
const anyOf = (words: readonly string[]): RegExp =>
  new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|') || '(?!)', 'u');

const EVENT_VERB = anyOf(EVENT_VERBS);
const OPINION_CUE = anyOf(OPINION_CUES);
const ANAPHOR = anyOf(ANAPHORS);
const OPEN_QUESTION_CUE = anyOf(OPEN_QUESTION_CUES);

/** Number of different entities a sentence mentions. */
function entityCount(s: AnnotatedSentence): number {
  const { entities } = s;
  if (entities.length < 2) return entities.length;
  return new Set(entities.map((e) => e.entityId)).size;
}

/** Length in code points, as `[...text].length` counts it. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Check-worthiness of one sentence: a sum of small, explainable features, clamped to 0–1. */
export function checkWorthiness(s: AnnotatedSentence): number {
  if (s.cues.question) return 0;
  // In code points, counted only where it matters: 20–200 code units are 10–200 code points.
  const length = s.text.length >= 20 && s.text.length <= 200 ? s.text.length : codePoints(s.text);
  let score = 0.15;
  if (s.quantities.length > 0) score += 0.2;
  if (s.dates.length > 0) score += 0.15;
  const entities = entityCount(s);
  if (entities >= 1) score += 0.15;
  if (entities >= 2) score += 0.1;
  if (EVENT_VERB.test(s.key)) score += 0.15;
  if (s.attribution.speaker || s.attribution.chain.length > 0) score += 0.1;
  const opinion = OPINION_CUE.test(s.key);
  // A named speaker's own words in quotation marks: what was said can be checked.
  // (Six characters or more: `“空军一号”` names a plane; an analyst's opinion stays commentary.)
  if (s.attribution.speakerEntity && /[“「『"][^”」』"]{6,}[”」』"]/u.test(s.text) && !opinion) {
    score += 0.15;
  }
  if (s.cues.denial) score += 0.2;
  if (opinion && s.quantities.length === 0) score -= 0.3;
  if (length < 10) score -= 0.3;
  else if (length > 200) score -= 0.2;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}

/** Drops leading connectives and their comma: `此外，特朗普称…` → `特朗普称…`. */
export function toStatement(text: string): string {
  let out = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const c of LEADING_CONNECTIVES) {
      if (out.startsWith(c) && out.length > c.length + 4) {
        out = out.slice(c.length).replace(/^[，,、：:\s]+/u, '');
        changed = true;
      }
    }
  }
  return out;
}

/** The entity ids a sentence mentions, sorted, each once. */
function entityIds(s: AnnotatedSentence): string[] {
  const { entities } = s;
  if (entities.length === 0) return [];
  if (entities.length === 1) return [entities[0]!.entityId];
  return [...new Set(entities.map((e) => e.entityId))].sort();
}

/** `own` (fewer than two ids) merged into `carried` (sorted, each once): a new sorted array. */
function withCarried(own: string[], carried: string[]): string[] {
  if (own.length === 0 || carried.includes(own[0]!)) return carried.slice();
  return [...carried, own[0]!].sort();
}

/**
 * Claim candidates of one source, in reading order. `offset` orders sources in the corpus.
 * Sentences that repeat one another inside the source are kept once (the first).
 */
export function extractClaims(
  sentences: AnnotatedSentence[],
  offset = 0,
  options: ExtractOptions = {},
): ClaimCandidate[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const out: ClaimCandidate[] = [];
  const seen = new Set<string>();
  let carried: string[] = [];
  let previous: ClaimCandidate | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const own = entityIds(s);
    // A sentence naming fewer than two parties usually continues the one before (`会谈持续…`).
    const context = own.length >= 2 ? own : withCarried(own, carried);
    if (own.length > 0) carried = context;
    const refersBack = previous !== null && ANAPHOR.test(s.key);
    const score = checkWorthiness(s) + (refersBack && s.cues.denial ? 0.2 : 0);
    // Only a sentence that scores as a claim needs its fingerprint (a hash).
    const fingerprint = score >= minScore ? sentenceFingerprint(s.key) : null;
    if (fingerprint !== null && !seen.has(fingerprint)) {
      seen.add(fingerprint);
      const candidate: ClaimCandidate = {
        sentence: s,
        score: Math.min(1, score),
        fingerprint,
        // A denial that says only `对此予以否认` names what it denies, so the statement stands alone.
        statement:
          refersBack && s.cues.denial && previous
            ? `${toStatement(s.text)}（针对：${previous.statement}）`
            : toStatement(s.text),
        context,
        antecedent: refersBack ? previous : null,
        openQuestion: OPEN_QUESTION_CUE.test(s.key) && !s.cues.question,
        order: offset + i,
      };
      out.push(candidate);
      previous = candidate;
    } else if (score >= minScore * 0.6) {
      // A weaker sentence still breaks the chain an anaphor would refer back along.
      previous = null;
    }
  }
  return out;
}

/** A candidate as data: its sentence and antecedent given by position (for sending between threads). */
export type CandidateRef = Omit<ClaimCandidate, 'sentence' | 'antecedent'> & {
  /** Index of the sentence in the source. */
  sentence: number;
  /** Index of the antecedent in the source's candidates. */
  antecedent: number | null;
};

/** `extractClaims`'s result as data (see `fromCandidateRefs`). */
export function toCandidateRefs(candidates: ClaimCandidate[], offset: number): CandidateRef[] {
  const at = new Map(candidates.map((c, k) => [c, k]));
  return candidates.map((c) => ({
    ...c,
    sentence: c.order - offset,
    antecedent: c.antecedent ? at.get(c.antecedent)! : null,
  }));
}

/** The candidates again, pointing at `sentences` and at one another. */
export function fromCandidateRefs(sentences: AnnotatedSentence[], refs: CandidateRef[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const r of refs) {
    out.push({ ...r, sentence: sentences[r.sentence]!, antecedent: r.antecedent === null ? null : out[r.antecedent]! });
  }
  return out;
}
