/**
 * Cues: negation (`没有`, `并未`), denial (`否认`, `予以否认`), hedges (`可能`, `或将`), plans
 * (`预计`, `计划于`, `将`, `邀请…赴`) and questions (`？` at the end, or `吗`/`呢` before it).
 * Each list is matched longest-first with its exceptions, so `未来` is not `未` and `将军` is not `将`.
 *
 * Negation is scoped to the main assertion (see `mainClause`): `尽管谈判未能取得突破，双方同意交换
 * 1000名战俘` is not negative; `乌方表示，双方仍未达成一致` is. Denial, hedges and plans hold for
 * the whole sentence.
 */
import {
  CLAUSE_ADVERBIALS,
  DENIAL,
  FRAME_ENDS,
  HEDGE,
  HEDGE_EXCEPT,
  MODIFIER_NEGATIONS,
  NEGATION,
  NEGATION_EXCEPT,
  PLAN,
  PLAN_EXCEPT,
  PLAN_PATTERNS,
  QUESTION_PARTICLES,
  SUBORDINATE_ENDS,
  SUBORDINATE_ENDS_EXCEPT,
  SUBORDINATORS,
  SUBORDINATORS_EXCEPT,
  SUBORDINATORS_NEEDING_END,
} from '../data/cues.ts';
import { REPORTING_VERB_EXCEPT, REPORTING_VERBS, SOURCE_ENDS } from '../data/reporting-verbs.ts';
import type { Cues, Span } from '../types.ts';
import { charClass, CLOSER_OF, codeSet } from './char-class.ts';
import { WordMatcher } from './word-matcher.ts';

function cueMatcher(words: readonly string[], except: readonly string[] = []): WordMatcher<boolean> {
  return new WordMatcher<boolean>([...except.map((w) => [w, false] as const), ...words.map((w) => [w, true] as const)]);
}

const negation = cueMatcher(NEGATION, [...NEGATION_EXCEPT, ...DENIAL.filter((w) => /^[不未没无非]/u.test(w))]);
const denial = cueMatcher(DENIAL, ['不可否认', '无可否认', '否定句']);
const hedge = cueMatcher(HEDGE, HEDGE_EXCEPT);
const plan = cueMatcher(PLAN, PLAN_EXCEPT);
const particles = new Set(QUESTION_PARTICLES);
const modifierNegations = new Set(MODIFIER_NEGATIONS);
/** Subordinator → whether it makes the clause subordinate on its own (`false`: only with an ending). */
const subordinators = new WordMatcher<boolean | null>([
  ...SUBORDINATORS_EXCEPT.map((w) => [w, null] as const),
  ...SUBORDINATORS.map((w) => [w, !SUBORDINATORS_NEEDING_END.includes(w)] as const),
]);
const subordinateEnds = cueMatcher(SUBORDINATE_ENDS, SUBORDINATE_ENDS_EXCEPT);
const adverbials = new WordMatcher(CLAUSE_ADVERBIALS.map((w) => [w, true] as const));
const frameEnds = cueMatcher([...REPORTING_VERBS, ...SOURCE_ENDS, ...FRAME_ENDS], REPORTING_VERB_EXCEPT);
/** A clause this short before `:` is a label (`会谈模式:`), not the assertion. */
const MAX_LABEL = 6;
/** Characters outside the quotes of a quoted verdict (`这次会谈“…”`). */
const MAX_VERDICT_SUBJECT = 4;
const isTrailingCloser = charClass(/[\s”’)》\]]/u);
/** Ends of a statement that may follow a question particle (`吗。`). */
const SENTENCE_ENDS = codeSet('。!…');
/** Clause delimiters of the folded key (full-width punctuation is folded to ASCII). */
const CLAUSE_DELIMITERS = codeSet(',;:');
/** Trimmed from the start and the end of a clause. */
const isClauseLead = charClass(/[\s。!?…”’)]/u);
const isClauseTail = charClass(/[\s。!?…]/u);
/** Characters of dates and clock times written in digits (`12.2`, `19-20`). */
const isDateChar = charClass(/[\d\s.\-~]/u);
/** A `的` that ends a relative clause (not `的话`, `的确`, `目的`). */
const RELATIVE_DE = /^[^,;:。!?]{0,6}?的(?![话确])\p{Script=Han}/u;

/** Cues of one folded sentence key. */
export function findCues(key: string): Cues {
  const main = mainClause(key);
  return {
    negation: negatedClause(key, main),
    denial: fires(denial, key),
    hedge: fires(hedge, key),
    plan: fires(plan, key) || PLAN_PATTERNS.some((p) => p.test(key)),
    question: isQuestion(key),
  };
}

function fires(matcher: WordMatcher<boolean>, key: string, from = 0, to = key.length): boolean {
  for (let i = from; i < to;) {
    const m = matcher.longestAt(key, i);
    if (m?.value && m.end <= to) return true;
    i = m ? m.end : i + 1;
  }
  return false;
}

/** Whether the clause `span` holds a negation of its predicate (not one inside a relative clause). */
function negatedClause(key: string, span: Span | null): boolean {
  if (!span) return false;
  for (let i = span.start; i < span.end;) {
    const m = negation.longestAt(key, i);
    if (m?.value && m.end <= span.end) {
      const quoteFree = key.slice(m.end, span.end).replace(/[“”‘’"]/gu, '');
      if (!(modifierNegations.has(m.word) && RELATIVE_DE.test(quoteFree))) return true;
    }
    i = m ? m.end : i + 1;
  }
  return false;
}

/**
 * The clause holding the main assertion: the first clause (outside quotes and brackets) that is
 * not a reporting frame followed by its complement, a subordinate clause, or a bare adverbial.
 * Falls back to the last clause when every clause is one of those.
 */
export function mainClause(key: string): Span | null {
  const clauses = splitClauses(key);
  for (let n = 0; n < clauses.length; n++) {
    const c = clauses[n]!;
    const last = n === clauses.length - 1;
    if (isAdverbial(key, c) || isSubordinate(key, c)) continue;
    if (!last && (isFrame(key, c) || isVerdict(key, c) || (key[c.end] === ':' && c.end - c.start <= MAX_LABEL)))
      continue;
    return c;
  }
  return clauses.at(-1) ?? null;
}

/** Clauses of the key, split at `,;:` outside quotes and brackets; edges trimmed. */
function splitClauses(key: string): Span[] {
  const out: Span[] = [];
  /** Closers of the quotes and brackets open here, innermost last. */
  const stack: number[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isClauseLead(key.charCodeAt(s)) && !stack.length) s++;
    while (e > s && isClauseTail(key.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const closer = CLOSER_OF[c]!;
    if (closer) stack.push(closer);
    else if (stack.length && c === stack[stack.length - 1]) stack.pop();
    else if (!stack.length && CLAUSE_DELIMITERS.has(c)) {
      push(i);
      start = i + 1;
    }
  }
  push(key.length);
  return out;
}

/**
 * A quoted verdict with little more than its subject (`会谈“非常有益”`, `會談「深入且富有成效」`):
 * an evaluation, not the checkable assertion of the sentence when more clauses follow.
 */
function isVerdict(key: string, c: Span): boolean {
  const text = key.slice(c.start, c.end);
  if (!/[“‘]/u.test(text)) return false;
  const outside = text.replace(/[“‘][^”’]*[”’]/gu, '').replace(/[\s、和与及]/gu, '');
  return outside.length <= MAX_VERDICT_SUBJECT;
}

/** Only dates, clock times and adverbials (`同日`, `当地时间12月2日晚`). */
function isAdverbial(key: string, c: Span): boolean {
  for (let i = c.start; i < c.end;) {
    if (isDateChar(key.charCodeAt(i))) {
      i++;
      continue;
    }
    const m = adverbials.longestAt(key, i);
    if (!m || m.end > c.end) return false;
    i = m.end;
  }
  return true;
}

/** `尽管…`, `由于…`, `在…后`, `…的情况下`, `当…时`. */
function isSubordinate(key: string, c: Span): boolean {
  let s = c.start;
  // A leading connective does not change what the clause is: `但由于…`.
  const lead = adverbials.longestAt(key, s);
  if (lead && lead.end < c.end && /^(?:但|但是|而|不过|然而|同时|此外|另外)$/u.test(lead.word)) s = lead.end;
  const opener = subordinators.longestAt(key, s);
  if (opener?.value) return true;
  return endsSubordinate(key, c);
}

function endsSubordinate(key: string, c: Span): boolean {
  for (let length = Math.min(4, c.end - c.start); length >= 1; length--) {
    const m = subordinateEnds.longestAt(key, c.end - length);
    if (m && m.end === c.end) return m.value;
  }
  return false;
}

/** A reporting frame: the clause ends in a reporting verb or source word (`据X报道`, `他表示`). */
function isFrame(key: string, c: Span): boolean {
  for (let length = Math.min(6, c.end - c.start); length >= 1; length--) {
    const m = frameEnds.longestAt(key, c.end - length);
    if (m && m.end === c.end) return m.value;
  }
  return false;
}

function isQuestion(key: string): boolean {
  // Read back over closing quotes and brackets, then over full stops and ellipses.
  let end = key.length;
  while (end > 0 && isTrailingCloser(key.charCodeAt(end - 1))) end--;
  if (key[end - 1] === '?') return true;
  while (end > 0 && SENTENCE_ENDS.has(key.charCodeAt(end - 1))) end--;
  return particles.has(key[end - 1] ?? '');
}
