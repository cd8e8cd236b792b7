/**
 * Quantities: Arabic and Chinese numerals with their unit, normalised.
 *
 * `近5个小时` → 5 hour near · `两个多小时` → 2 hour over · `逾三分之二` → 0.667 fraction over ·
 * `近60亿美元` → 6e9 usd near · `65%` → 65 percent · `12点计划` → 12 point, counter `计划` ·
 * `72次突击行动` → 72 time, counter `突击行动` · `第6次` → 6 ordinal.
 *
 * Dates, clock times and entity names (`五角大楼`, `七国集团`) are blocked out before numbers are
 * read, so `2025年`, `19时30分` and `12月2日` are never quantities. A number without a unit is
 * not a quantity.
 */
import {
  APPROX_INFIXES,
  APPROX_PREFIXES,
  APPROX_SUFFIXES,
  CHINESE_DIGITS,
  CHINESE_LARGE_MULTIPLIERS,
  CHINESE_SMALL_MULTIPLIERS,
  COUNTED_NOUN_BOUNDARY,
  COUNTED_NOUNS,
  COUNTER_LOOKBACK_SKIP,
  COUNTER_LOOKBACK_UNITS,
  NOT_QUANTITIES,
  ORDINAL_MEASURES,
  ORDINAL_NOUN_MEASURES,
  ORDINAL_PREFIXES,
  UNITS,
  type UnitEntry,
} from '../data/units.ts';
import type { Quantity, Span } from '../types.ts';
import { charClass, someChar } from './char-class.ts';
import { WordMatcher } from './word-matcher.ts';

const unitMatcher = new WordMatcher<UnitEntry>(UNITS.map((u) => [u.word, u] as const));
const prefixMatcher = new WordMatcher(Object.entries(APPROX_PREFIXES));
const suffixMatcher = new WordMatcher(Object.entries(APPROX_SUFFIXES));
const notQuantity = new WordMatcher(NOT_QUANTITIES.map((w) => [w, true] as const));
const ordinalMatcher = new WordMatcher(ORDINAL_PREFIXES.map((w) => [w, true] as const));
const ordinalMeasures = new WordMatcher(ORDINAL_MEASURES.map((w) => [w, true] as const));
const lookbackSkip = new WordMatcher(COUNTER_LOOKBACK_SKIP.map((w) => [w, true] as const));
const countedNouns = new WordMatcher(COUNTED_NOUNS.map((w) => [w, true] as const));

/** Characters of Chinese numerals. */
const NUMERAL_CHARS = '零〇一二两俩三四五六七八九十百千万亿廿卅';
const CHINESE_NUMERAL = new RegExp(`^[${NUMERAL_CHARS}]+`, 'u');
/** Every number (Arabic, Chinese or a fraction) starts with one of these. */
const isNumberStart = charClass(new RegExp(`[\\d${NUMERAL_CHARS}]`, 'u'));
const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?(?![\d,]\d)/u;
const ARABIC_MULTIPLIER = /^(?:万亿|亿|万|千)/u;
const FRACTION = /^(\d+|[零〇一二两三四五六七八九十百千]+)分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)/u;
const LATIN_BEFORE = /[a-z\-_/#]/u;
const LATIN_AFTER = /[a-z_]/u;
/** A Chinese `一` right after one of these is part of a word (`统一`, `唯一`, `之一`, `万一`). */
const WORD_BEFORE_ONE = new Set('统唯之万其逐划同单专');
/** Characters that end the counted noun after a counter (`1000名战俘的协议` → `战俘`). */
const COUNTER_STOPS = new Set(
  '的了在和与及为是被将中后前内外里对向从把由以等都也还就又并而但或之其该这那已曾均给让使令至于即时所因每共原一仍正再便才皆很更最会能可应要需',
);
const MAX_COUNTER = 4;
/** Of those, the ones that can also begin a noun (`和平计划`, `中期`) do not stop at the first character. */
const NOUN_INITIAL = new Set('和中后前内外里原一正再会能可应要需');

/** Finds quantities in a folded sentence key; `blocked` spans (dates, times, names) are skipped. */
export function findQuantities(key: string, text: string, blocked: Span[], mentionStarts: Set<number>): Quantity[] {
  const out: Quantity[] = [];
  if (!someChar(key, isNumberStart)) return out;
  const isBlocked = new Uint8Array(key.length + 1);
  for (const b of blocked) isBlocked.fill(1, b.start, b.end);

  for (let i = 0; i < key.length;) {
    if (isBlocked[i]) {
      i++;
      continue;
    }
    const skip = notQuantity.longestAt(key, i);
    if (skip) {
      i = skip.end;
      continue;
    }
    const q = readQuantity(key, text, i, isBlocked, mentionStarts);
    if (q) {
      out.push(q);
      i = q.end;
    } else i++;
  }
  return out;
}

function readQuantity(
  key: string,
  text: string,
  i: number,
  isBlocked: Uint8Array,
  mentionStarts: Set<number>,
): Quantity | null {
  if (!isNumberStart(key.charCodeAt(i))) return null;
  const rest = key.slice(i, i + 40);
  let value: number;
  let j: number;
  let unit: string | null = null;
  let entry: UnitEntry | null = null;

  const fraction = FRACTION.exec(rest);
  const arabic = fraction ? null : ARABIC.exec(rest);
  const chinese = fraction || arabic ? null : CHINESE_NUMERAL.exec(rest);
  if (fraction) {
    const denominator = toValue(fraction[1]!);
    const numerator = toValue(fraction[2]!);
    if (denominator === null || numerator === null || denominator === 0) return null;
    j = i + fraction[0].length;
    if (fraction[1] === '百') {
      value = numerator;
      unit = 'percent';
    } else {
      value = round(numerator / denominator);
      unit = 'fraction';
    }
  } else if (arabic) {
    if (LATIN_BEFORE.test(previousNonSpace(key, i))) return null;
    value = Number(arabic[0].replaceAll(',', ''));
    j = i + arabic[0].length;
    const multiplier = ARABIC_MULTIPLIER.exec(key.slice(j));
    if (multiplier) {
      value *= CHINESE_LARGE_MULTIPLIERS[multiplier[0]] ?? CHINESE_SMALL_MULTIPLIERS[multiplier[0]] ?? 1;
      j += multiplier[0].length;
    }
    if (LATIN_AFTER.test(key[j] ?? '') || (key[j] === '.' && /[a-z]/u.test(key[j + 1] ?? ''))) return null;
  } else if (chinese) {
    const run = chinese[0];
    if (run === '一' && WORD_BEFORE_ONE.has(key[i - 1] ?? '')) return null;
    const parsed = parseChineseNumber(run);
    if (parsed === null) return null;
    value = parsed;
    j = i + run.length;
  } else return null;
  if (isBlocked[j - 1]) return null;

  // Infix approximation and the unit: `两个多小时`, `十余年`, `5小时`, `4份`.
  let approx: Quantity['approx'] = 'exact';
  if (unit === null) {
    for (let step = 0; step < 3 && entry === null; step++) {
      const u = unitMatcher.longestAt(key, j);
      const infix = APPROX_INFIXES[key[j] ?? ''];
      if (u && u.value.word === '个' && APPROX_INFIXES[key[j + 1] ?? ''] && unitMatcher.longestAt(key, j + 2)) {
        approx = APPROX_INFIXES[key[j + 1]!]!;
        j += 2;
        continue;
      }
      if (u && !isBlocked[u.start]) {
        entry = u.value;
        j = u.end;
      } else if (infix && approx === 'exact') {
        approx = infix;
        j++;
      } else break;
    }
    if (!entry && !ordinalMatcher.longestEndingAt(key, i, 1)) return null;
    unit = entry?.unit ?? 'ordinal';
  }

  // Ordinals: `第6次`, `第五度` keep their number with unit `ordinal`; the counter is what is counted.
  let start = i;
  const ordinal = ordinalMatcher.longestEndingAt(key, i, 1);
  if (ordinal && !fraction) {
    start = ordinal.start;
    const measure = entry?.word ?? ordinalMeasures.longestAt(key, j)?.word;
    if (!measure) return null;
    if (!entry) j += measure.length;
    const counter =
      (ORDINAL_NOUN_MEASURES.includes(measure) ? undefined : readCounter(key, j, mentionStarts)) ?? measure;
    return { start, end: j, text: text.slice(start, j), value, unit: 'ordinal', approx: 'exact', counter };
  }

  // `一份`, `一位`, `一轮`: a lone `一` before a classifier is the indefinite article.
  if (chinese?.[0] === '一' && entry?.kind === 'counter') return null;

  const prefix = prefixMatcher.longestEndingAt(key, i, 3);
  if (prefix) {
    approx = prefix.value;
    start = prefix.start;
  }
  const suffix = suffixMatcher.longestAt(key, j);
  if (suffix && approx === 'exact') {
    approx = suffix.value;
    j = suffix.end;
  } else if (suffix && (suffix.word === '左右' || suffix.word === '以上' || suffix.word === '以下')) j = suffix.end;

  const q: Quantity = { start, end: j, text: text.slice(start, j), value, unit, approx };
  if (entry?.kind === 'counter') {
    const counter =
      readCounter(key, j, mentionStarts) ??
      (COUNTER_LOOKBACK_UNITS.includes(entry.unit) ? counterBefore(key, start) : undefined);
    if (counter) q.counter = counter;
  }
  return q;
}

/**
 * The noun a counter counts, as folded (`72次進攻` and `72次进攻` both count `进攻`):
 * `12点计划` → `计划`, `10点“和平方案”` → `和平方案`.
 */
function readCounter(key: string, from: number, mentionStarts: Set<number>): string | undefined {
  let s = from;
  if (key[s] === '“') s++;
  let e = s;
  while (
    e < key.length &&
    e - s <= MAX_COUNTER &&
    /\p{Script=Han}/u.test(key[e]!) &&
    !(COUNTER_STOPS.has(key[e]!) && (e > s || !NOUN_INITIAL.has(key[e]!)))
  ) {
    if (mentionStarts.has(e)) break;
    e++;
  }
  if (e === s || e - s > MAX_COUNTER) return undefined;
  return key.slice(s, e);
}

/**
 * The noun before the number when none follows the counter: `和平框架目前共有22点` → `框架`.
 * A known counted noun, or two characters after a clear phrase boundary (`该清单共22点`).
 */
function counterBefore(key: string, start: number): string | undefined {
  let end = start;
  for (let moved = true; moved && end > 0;) {
    moved = false;
    const skip = lookbackSkip.longestEndingAt(key, end, 4);
    if (skip) {
      end = skip.start;
      moved = true;
    }
  }
  const known = countedNouns.longestEndingAt(key, end, 4);
  if (known) return known.word;
  const noun = key.slice(end - 2, end);
  const before = key[end - 3] ?? '';
  if (
    end >= 3 &&
    /^\p{Script=Han}{2}$/u.test(noun) &&
    (COUNTED_NOUN_BOUNDARY.includes(before) || /[\s,;:“]/u.test(before))
  )
    return noun;
  return undefined;
}

function previousNonSpace(key: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && key[k] === ' ') k--;
  return k >= 0 ? key[k]! : '';
}

function toValue(s: string): number | null {
  return /^\d/u.test(s) ? Number(s) : parseChineseNumber(s);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Parses Chinese numerals: `十二` 12, `两千` 2000, `一百零一` 101, `三万亿` 3e12, `二〇二五` 2025.
 * Returns `null` for strings that contain anything else.
 */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastWasDigit = false;
  for (const c of s) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      // `二〇二五`: digits in a row are read positionally.
      digit = lastWasDigit && digit !== null ? digit * 10 + d : d;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const small = CHINESE_SMALL_MULTIPLIERS[c];
    if (small !== undefined) {
      if (c === '廿' || c === '卅') section += small;
      else section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    if (c === '万') {
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = null;
      continue;
    }
    if (c === '亿') {
      total = (total + section + (digit ?? 0) || 1) * 1e8;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}
