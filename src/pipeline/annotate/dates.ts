/**
 * Dates, resolved against the publication date (or, without one, the last full date the article
 * mentioned), with the precision the text really has:
 *
 * | text | published 2025-12-03 |
 * |---|---|
 * | `2025年12月2日`, `2025-12-02` | `2025-12-02` day |
 * | `12月2日`, `当地时间2日晚`, `2日` | `2025-12-02` day (a bare day is the latest such day on or before publication) |
 * | `11月下旬`, `12月初` | `2025-11` part-of-month |
 * | `今年7月`, `7月` | `2025-07` month |
 * | `2025年夏季`, `明年`, `2003年` | `2025`, `2026`, `2003` year |
 *
 * Clock times (`19时30分许`, `13:05`) are found too, returned as `times` so that the quantity
 * annotator leaves them alone, but they are not dates.
 */
import type { DateMention, Span } from '../types.ts';
import { charClass, someChar } from './char-class.ts';
import { parseChineseNumber } from './quantities.ts';
import { TIME_OF_DAY } from '../data/units.ts';

/** What the resolver knows when it reads one sentence. */
export interface DateContext {
  /** `YYYY-MM-DD`: publication date, or the best stand-in. */
  reference: string | null;
  /** The last explicit `M月D日` of the same paragraph, for `5月16日…，19日…`. */
  anchor: { year: number; month: number; day: number } | null;
  /**
   * True when `reference` is only the latest date the article itself gave (no publication
   * date): the article was written on or after it, so a bare day may fall later that month.
   */
  referenceIsLowerBound?: boolean;
}

export interface DateScan {
  dates: DateMention[];
  /** Clock times and other date-like spans that are not quantities. */
  times: Span[];
}

const N = '(?:\\d{1,4}|[〇零一二两三四五六七八九十廿卅]{1,4})';
const YEAR = '(?:(民国)?\\s*(\\d{4}|\\d{2,3}(?=\\s*年)|[〇零一二三四五六七八九]{4})\\s*年)';
const PART_OF_YEAR =
  '(?:年初|年底|年末|年中|上半年|下半年|初|底|末|春季|夏季|秋季|冬季|春天|夏天|秋天|冬天|第[一二三四1-4]季度|[一二三四1-4]季度|度)?';
const PART_OF_MONTH = '(上旬|中旬|下旬|初|底|末)';

/**
 * One alternation, built once; groups are read by name-free index in `scanDates`. Global: read
 * with `exec` from `lastIndex` 0 (no pattern matches the empty string, so every match moves on).
 */
const DATE_PATTERN = new RegExp(
  [
    // 1: ISO-like 2025-12-03 / 2025/12/3 / 2025.12.3
    `(?<iso>(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d]))`,
    // 2: [year] month [day | part]
    `(?<full>(?:${YEAR}|(?<rel>今年|去年|前年|明年|后年|本年))?\\s*(?<m>${N})\\s*月(?:\\s*份)?\\s*(?:(?<d>${N})\\s*[日号]|(?<pm>${PART_OF_MONTH.slice(1, -1)}))?)`,
    // 3: year alone, with an optional part of year
    `(?<year>${YEAR}${PART_OF_YEAR})`,
    // 4: relative year with part
    `(?<relyear>(?:今年|去年|前年|明年|后年)${PART_OF_YEAR})`,
    // 5: bare day (Arabic only; `2号机组` is not a date)
    `(?<bare>(?<![\\d.月])(\\d{1,2})\\s*日)`,
    // 6: relative day or month
    `(?<relday>今天|昨天|昨日|前天|明天|后天|本月|上月|下月|上个月|下个月)`,
  ].join('|'),
  'gu',
);

const TIME_PATTERN = new RegExp(
  `(?:(?:${TIME_OF_DAY.join('|')})\\s*)?(?:${N}\\s*[时点]\\s*(?:${N}\\s*分|半|整)?\\s*(?:许|左右)?|\\d{1,2}:\\d{2}(?::\\d{2})?)`,
  'gu',
);
const TIME_OF_DAY_SET = new Set(TIME_OF_DAY);
/** Every date and clock time has one of these (`月`, `年`, `日`, `今天`, `19时`, `12点`, `13:05`). */
const mayHoldDate = charClass(/[\d年月日天时点]/u);

/** Finds dates and clock times in a folded sentence key. */
export function scanDates(key: string, text: string, context: DateContext): DateScan {
  const dates: DateMention[] = [];
  const times: Span[] = [];
  if (!someChar(key, mayHoldDate)) return { dates, times };
  const ref = parseDate(context.reference);
  let anchor = context.anchor;

  DATE_PATTERN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DATE_PATTERN.exec(key));) {
    const g = m.groups!;
    let start = m.index;
    const end = start + m[0].length;
    // Trim leading spaces the pattern allowed.
    while (start < end && /\s/u.test(key[start]!)) start++;
    const push = (value: string | null, precision: DateMention['precision']): void => {
      if (value) dates.push({ start, end, text: text.slice(start, end), value, precision });
      else times.push({ start, end });
    };

    if (g.iso) {
      const [, y, mo, d] = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(g.iso) ?? [];
      push(validDay(Number(y), Number(mo), Number(d)), 'day');
      continue;
    }
    if (g.full) {
      const month = toNumber(g.m!);
      if (month === null || month < 1 || month > 12) continue;
      const explicitYear = yearOf(g.full, true);
      const relYear = g.rel ? relativeYear(g.rel, ref) : null;
      const day = g.d ? toNumber(g.d) : null;
      if (g.d && (day === null || day < 1 || day > 31)) continue;
      let year = explicitYear ?? relYear;
      if (year === null) year = ref ? closestYear(ref, month, day ?? 15) : null;
      if (year === null) {
        times.push({ start, end });
        continue;
      }
      if (day !== null) {
        const value = validDay(year, month, day);
        push(value, 'day');
        if (value) anchor = { year, month, day };
      } else if (g.pm) push(`${year}-${pad(month)}`, 'part-of-month');
      else push(`${year}-${pad(month)}`, 'month');
      continue;
    }
    if (g.year) {
      const year = yearOf(g.year, false);
      if (year === null || year < 1000 || year > 2200) continue;
      push(String(year), 'year');
      continue;
    }
    if (g.relyear) {
      const rel = /^(今年|去年|前年|明年|后年)/u.exec(g.relyear)![1]!;
      const year = relativeYear(rel, ref);
      if (year !== null) push(String(year), 'year');
      continue;
    }
    if (g.bare) {
      const day = Number(/\d+/u.exec(g.bare)![0]);
      if (day < 1 || day > 31) continue;
      const lowerBound = context.referenceIsLowerBound && ref ? validDay(ref.year, ref.month, day) : null;
      push(lowerBound && day >= ref!.day ? lowerBound : resolveBareDay(day, ref, anchor), 'day');
      continue;
    }
    if (g.relday) {
      if (!ref) continue;
      const rel = g.relday;
      if (/月/u.test(rel)) {
        const offset = rel.startsWith('上') ? -1 : rel.startsWith('下') ? 1 : 0;
        const d = new Date(Date.UTC(ref.year, ref.month - 1 + offset, 1));
        push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month');
      } else {
        const offset = { 今天: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 后天: 2 }[rel] ?? 0;
        const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + offset));
        push(isoDay(d), 'day');
      }
    }
  }

  TIME_PATTERN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TIME_PATTERN.exec(key));) {
    const start = m.index;
    const end = start + m[0].length;
    const s = m[0];
    // `12点计划` is a count, not a time: a time needs minutes, `许`, a time-of-day word, a
    // preceding date, or the `时` unit.
    const hasTimeOfDay = [...TIME_OF_DAY_SET].some((w) => s.startsWith(w));
    const afterDate = dates.some((d) => d.end === start || d.end === start - 1);
    if (!(hasTimeOfDay || afterDate || /分|半|许|:|时/u.test(s))) continue;
    if (/时/u.test(s) && !/分|许|:/u.test(s) && !hasTimeOfDay && !afterDate && !/^\d/u.test(s)) continue;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    times.push({ start, end });
  }
  return { dates, times };
}

/** Updates the paragraph anchor after a sentence: the last explicit month-and-day date. */
export function nextAnchor(dates: DateMention[], previous: DateContext['anchor']): DateContext['anchor'] {
  let anchor = previous;
  for (const d of dates) {
    if (d.precision === 'day' && /月/u.test(d.text)) {
      const [y, m, day] = d.value.split('-').map(Number);
      anchor = { year: y!, month: m!, day: day! };
    }
  }
  return anchor;
}

/** The year written in a match: `2025年`, `二〇二五年`, `民国114年` (and `114年12月`, Taiwan's era). */
function yearOf(text: string, withMonth: boolean): number | null {
  const y = /(民国)?\s*(\d{4}|\d{2,3}(?=\s*年)|[〇零一二三四五六七八九]{4})\s*年/u.exec(text);
  if (!y) return null;
  const digits = y[2]!;
  const value = /^\d+$/u.test(digits) ? Number(digits) : Number([...digits].map((c) => toNumber(c) ?? 0).join(''));
  if (y[1] || (withMonth && value >= 100 && value < 200)) return value + 1911;
  return value >= 1000 ? value : null;
}

function relativeYear(rel: string, ref: { year: number } | null): number | null {
  if (!ref) return null;
  const offset = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2 }[rel];
  return offset === undefined ? null : ref.year + offset;
}

/** The year that puts month/day closest to the reference; the past is preferred 2:1. */
function closestYear(ref: { year: number; month: number; day: number }, month: number, day: number): number {
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best = ref.year;
  let bestCost = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const diff = (Date.UTC(year, month - 1, day) - refTime) / 86_400_000;
    const cost = diff > 0 ? diff * 2 : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

/**
 * `3日`: the latest day 3 on or before the reference date. Within a paragraph that just named
 * `5月16日`, `19日` is 19 May (the anchor), when that is not after the reference.
 */
function resolveBareDay(
  day: number,
  ref: { year: number; month: number; day: number } | null,
  anchor: DateContext['anchor'],
): string | null {
  const refTime = ref ? Date.UTC(ref.year, ref.month - 1, ref.day) : Infinity;
  if (anchor && day >= anchor.day) {
    const value = validDay(anchor.year, anchor.month, day);
    if (value && Date.UTC(anchor.year, anchor.month - 1, day) <= refTime) return value;
  }
  if (!ref) return null;
  for (let back = 0; back < 3; back++) {
    const d = new Date(Date.UTC(ref.year, ref.month - 1 - back, 1));
    const value = validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, day);
    if (value && Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day) <= refTime) return value;
  }
  return null;
}

function toNumber(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  return parseChineseNumber(s);
}

function parseDate(value: string | null): { year: number; month: number; day: number } | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function validDay(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return isoDay(d);
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
