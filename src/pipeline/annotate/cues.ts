/**
 * Cues: negation (`没有`, `并未`), denial (`否认`, `予以否认`), hedges (`可能`, `或将`), plans
 * (`预计`, `计划于`, `将`) and questions (`？` at the end, or `吗`/`呢` before it).
 * Each list is matched longest-first with its exceptions, so `未来` is not `未` and `将军` is not `将`.
 */
import {
  DENIAL,
  HEDGE,
  HEDGE_EXCEPT,
  NEGATION,
  NEGATION_EXCEPT,
  PLAN,
  PLAN_EXCEPT,
  QUESTION_PARTICLES,
} from '../data/cues.ts';
import type { Cues } from '../types.ts';
import { WordMatcher } from './word-matcher.ts';

function cueMatcher(words: readonly string[], except: readonly string[] = []): WordMatcher<boolean> {
  return new WordMatcher<boolean>([...except.map((w) => [w, false] as const), ...words.map((w) => [w, true] as const)]);
}

const negation = cueMatcher(NEGATION, [...NEGATION_EXCEPT, ...DENIAL.filter((w) => /^[不未没无非]/u.test(w))]);
const denial = cueMatcher(DENIAL, ['不可否认', '无可否认', '否定句']);
const hedge = cueMatcher(HEDGE, HEDGE_EXCEPT);
const plan = cueMatcher(PLAN, PLAN_EXCEPT);
const particles = new Set(QUESTION_PARTICLES);
const TRAILING_CLOSERS = /[\s”’)》\]]+$/u;

/** Cues of one folded sentence key. */
export function findCues(key: string): Cues {
  return {
    negation: fires(negation, key),
    denial: fires(denial, key),
    hedge: fires(hedge, key),
    plan: fires(plan, key),
    question: isQuestion(key),
  };
}

function fires(matcher: WordMatcher<boolean>, key: string): boolean {
  for (let i = 0; i < key.length; ) {
    const m = matcher.longestAt(key, i);
    if (m?.value) return true;
    i = m ? m.end : i + 1;
  }
  return false;
}

function isQuestion(key: string): boolean {
  const trimmed = key.replace(TRAILING_CLOSERS, '');
  if (/[?]+$/u.test(trimmed)) return true;
  const body = trimmed.replace(/[。!…]+$/u, '');
  return particles.has(body[body.length - 1] ?? '');
}
