/**
 * Metadata: title, outlet, upstream wires, publication date and script of a cleaned article.
 * Only the article's own text counts: kept blocks, plus page furniture (credit lines, datelines);
 * text removed as off-topic, obituary, captions or spam never decides anything here.
 */
import { CHINESE_DIGITS } from './data/units.ts';
import { DATELINE_FILER_SUFFIX, DATELINES, NOT_AN_OUTLET, OUTLET_NAME_END } from './data/datelines.ts';
import { OUTLETS, outletForHost } from './data/outlets.ts';
import { WIRE_ALIAS, WIRE_CREDITS, wireName } from './data/wires.ts';
import { convertCharacter } from './script-chars.ts';
import type { ArticleMeta, CleanDocument, SidecarMeta } from './types.ts';

/** Removal kinds that belong to the page around the article and may carry its metadata. */
const FURNITURE = new Set(['boilerplate']);

/** Web addresses as they appear in copy: `www.thepaper.cn`, `https://news.cctv.com/…`. */
const URL = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:cn|com|net|org|tw|hk|sg|uk|fr|de)(?:\/[^\s\u3000-\u9fff）)」]*)?/giu;

/** Finds title, outlet, wires, date and script for one cleaned article. */
/**
 * `reference` is a date the article is known to be close to (the dates of other sources that
 * report the same claims); it settles a year or month the article itself leaves out.
 */
export function extractMetadata(doc: CleanDocument, sidecar: SidecarMeta, reference?: string): ArticleMeta {
  const known = readings.get(doc);
  const { fields, dates } = known?.sidecar === sidecar ? known : readDocument(doc, sidecar);
  const date = dates
    ? dateAgainst(dates, reference)
    : { value: sidecar.publishedAt ?? null, source: 'sidecar' as const };
  return {
    title: fields.title,
    outlet: fields.outlet,
    wire: fields.wire.slice(),
    publishedAt: date.value,
    dateSource: date.source,
    script: fields.script,
    url: sidecar.url ?? null,
  };
}

type UndatedFields = Pick<ArticleMeta, 'title' | 'outlet' | 'wire' | 'script'>;

/** What one document says, whatever the reference date. */
interface Reading {
  sidecar: SidecarMeta;
  fields: UndatedFields;
  /** What the text says of its date; `null` when the sidecar dates the article. */
  dates: DateReading | null;
}

/**
 * Readings worked out once per document: the pipeline asks again with a reference for undated
 * articles (once per candidate month), and the script costs two opencc passes.
 */
const readings = new WeakMap<CleanDocument, Reading>();

/** Reads `doc` for `readings`: the fields, and the date unless the sidecar gives it. */
function readDocument(doc: CleanDocument, sidecar: SidecarMeta): Reading {
  const furniture = doc.removed
    .filter((r) => FURNITURE.has(r.kind))
    .map((r) => r.text)
    .join('\n');
  const dateline = readDateline(doc.removed.filter((r) => r.rule === DATELINE_RULE).map((r) => r.text));
  const kept = doc.blocks.map((b) => b.text).join('\n');
  const reading: Reading = {
    sidecar,
    fields: {
      title: sidecar.title ?? titleOf(doc),
      outlet: sidecar.outlet ?? findOutlet(`${kept}\n${furniture}`, sidecar.url) ?? dateline.outlet,
      wire: findWires(kept, furniture),
      script: scriptOf(kept),
    },
    dates: sidecar.publishedAt
      ? null
      : readDates(
          doc.blocks
            .filter((b) => b.kind === 'paragraph')
            .map((b) => b.text)
            .join('\n'),
          `${furniture}\n${sidecar.url ?? ''}`,
          doc.removed.map((r) => r.text).join('\n'),
          dateline.date,
        ),
  };
  readings.set(doc, reading);
  return reading;
}

/** The cleaning pass whose removals are datelines (`drop-datelines`). */
const DATELINE_RULE = 'drop-datelines';

/**
 * What the removed datelines say: the month and day the copy was filed (`本报华盛顿11月21日电`),
 * and the outlet that filed it (`【維港日報訊】` → `維港日報`; `本报` and reporters name none).
 */
export function readDateline(texts: string[]): { date?: { m: number; d: number }; outlet: string | null } {
  let date: { m: number; d: number } | undefined;
  let outlet: string | null = null;
  for (const text of texts) {
    let rest = text;
    for (let n = 0; n < 3 && rest.trim(); n++) {
      rest = rest.trimStart();
      const m = DATELINES.map((d) => d.pattern.exec(rest)).find((x) => x !== null);
      if (!m) break;
      const g = m.groups ?? {};
      const mo = g['month'] ? parseNumber(g['month']) : null;
      const d = g['day'] ? parseNumber(g['day']) : null;
      if (!date && mo !== null && d !== null && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) date = { m: mo, d };
      const name = (g['source'] ?? '').replace(DATELINE_FILER_SUFFIX, '').trim();
      if (
        !outlet &&
        name.length >= 2 &&
        name.length <= 12 &&
        OUTLET_NAME_END.test(name) &&
        !NOT_AN_OUTLET.test(name) &&
        !wireName(name)
      ) {
        outlet = name;
      }
      rest = rest.slice(m[0].length);
    }
  }
  return date ? { date, outlet } : { outlet };
}

/** The first level-1 heading without a column prefix (`解读|…`), else the first block, else the file name. */
function titleOf(doc: CleanDocument): string {
  const heading = doc.blocks.find((b) => b.kind === 'heading' && b.level === 1) ?? doc.blocks[0];
  return heading ? heading.text.replace(/^[^|｜丨]{1,6}[|｜丨]\s*/u, '').trim() : doc.name;
}

/** The outlet named by the sidecar URL, a web address in the copy, or a phrase only it writes. */
export function findOutlet(text: string, url?: string): string | null {
  if (url) {
    const fromUrl = outletForHost(url);
    if (fromUrl) return fromUrl;
  }
  for (const m of text.matchAll(URL)) {
    const name = outletForHost(m[0]);
    if (name) return name;
  }
  for (const outlet of OUTLETS) if (outlet.marks?.some((p) => p.test(text))) return outlet.name;
  return null;
}

/** Any wire spelling: every credit pattern names one, so a text without one credits no wire. */
const ANY_WIRE = new RegExp(WIRE_ALIAS, 'u');

/** Wires the article credits: credit lines first (`本版文据新华社、央视新闻`), then in-text credits. */
export function findWires(kept: string, furniture: string): string[] {
  const out: string[] = [];
  for (const text of [furniture, kept]) {
    if (!ANY_WIRE.test(text)) continue;
    for (const pattern of WIRE_CREDITS) {
      for (const m of text.matchAll(pattern)) {
        for (const alias of (m.groups?.['list'] ?? '').split(/\s*[、，,和及与與/]\s*/u)) {
          const name = wireName(alias.trim());
          if (name && !out.includes(name)) out.push(name);
        }
      }
    }
  }
  return out;
}

/** Per UTF-16 code unit: 1 when it changes on folding to simplified, 2 to traditional, 4 once known. */
const SCRIPT_MARKS = new Uint8Array(0x10000);

function scriptMark(code: number): number {
  let mark = SCRIPT_MARKS[code]!;
  if (mark === 0) {
    const c = String.fromCharCode(code);
    mark =
      4 |
      (convertCharacter('simplifiedFromTaiwan', c) !== c ? 1 : 0) |
      (convertCharacter('traditionalForTaiwan', c) !== c ? 2 : 0);
    SCRIPT_MARKS[code] = mark;
  }
  return mark;
}

/**
 * `zh-Hant` when more of the text's characters change on folding to simplified than on folding to
 * traditional (each character looked up once, not the text converted twice).
 */
export function scriptOf(text: string): 'zh-Hans' | 'zh-Hant' {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const mark = scriptMark(code);
    traditional += mark & 1;
    simplified += (mark >> 1) & 1;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

const NUM = '[0-9０-９一二三四五六七八九十〇零两兩]{1,3}';

/** Parses `12`, `１２`, `十二`, `二十三`. */
export function parseNumber(raw: string): number | null {
  const ascii = raw.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  // The digit table is simplified: `兩` reads as `两`.
  const text = raw.replace(/兩/gu, '两');
  if (!/^[〇零一二两三四五六七八九十]+$/u.test(text)) return null;
  if (!text.includes('十')) return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
  const [tens, ones] = text.split('十') as [string, string];
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const valid = (y: number, m: number, d: number): boolean =>
  y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** A publication date and how it was found. */
type PublicationDate = { value: string | null; source: 'explicit' | 'inferred' | 'corpus' | 'unknown' };

/** A month-day the article mentions (`m` 0: a day with no month). */
type DateEvent = { y?: number; m: number; d: number; stated?: boolean };

/**
 * What the text says of its date, whatever the reference: month-days only a reference can place
 * in a year (tried in order, the first placed wins), and the date when none is placed.
 */
interface DateReading {
  unplaced: DateEvent[][];
  otherwise: PublicationDate;
}

/**
 * The publication date: an explicit dateline in the page furniture (`2025-12-03 10:21`), else the
 * latest dated event the article body mentions (`12月3日`; `3日` takes the month last mentioned),
 * in the year of a full date in the body or of a dateline (`article/2025/11/9`).
 */
export function publicationDate(
  body: string,
  furniture: string,
  page = '',
  reference?: string,
  filed?: { m: number; d: number },
): PublicationDate {
  return dateAgainst(readDates(body, furniture, page, filed), reference);
}

/** The reading's date once `reference` has placed what it could. */
function dateAgainst(reading: DateReading, reference?: string): PublicationDate {
  if (reference) {
    for (const events of reading.unplaced) {
      const resolved = resolveAgainst(events, reference);
      if (resolved) return { value: resolved, source: 'corpus' };
    }
  }
  return reading.otherwise;
}

/** A dateline in the page furniture: `2025-12-03 10:21`, `2025/12/3 10:21`. */
const FURNITURE_DATELINE = /(?:^|\s|[:：])((?:19|20)\d\d)[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:\s+\d{1,2}:\d{2})/mu;

/**
 * Dates in copy: `2025年12月3日`, `12月3日`, `3日`, `12月`, `12月上旬`. Each worth reading starts
 * with a numeral, so other positions are passed over without a match.
 */
const DATE_MENTION = new RegExp(
  `(?=[0-9０-９一二三四五六七八九十〇零两兩])(?:((?:19|20)\\d\\d)年)?(?:(${NUM})月)?(?:(${NUM})(?:日|号|號)|(上旬|中旬|下旬|初|底|末))?`,
  'gu',
);

/** What `body`, `furniture` and `page` say of the publication date (see `publicationDate`). */
function readDates(body: string, furniture: string, page: string, filed?: { m: number; d: number }): DateReading {
  const unplaced: DateEvent[][] = [];
  const dateline = FURNITURE_DATELINE.exec(furniture);
  if (dateline) {
    const [y, m, d] = [Number(dateline[1]), Number(dateline[2]), Number(dateline[3])];
    if (valid(y, m, d)) return { unplaced, otherwise: { value: `${y}-${pad(m)}-${pad(d)}`, source: 'explicit' } };
  }
  if (filed) {
    // A dateline's month-day (`本报华盛顿11月21日电`) is the filing date once its year is known.
    const year = knownYear(body, furniture, page, filed);
    if (year !== undefined && valid(year, filed.m, filed.d))
      return { unplaced, otherwise: { value: `${year}-${pad(filed.m)}-${pad(filed.d)}`, source: 'explicit' } };
    unplaced.push([filed]);
  }
  // Events in reading order: full dates, month-day, day alone (month carried from the last mention).
  const events: DateEvent[] = [];
  const years: number[] = [];
  let month: number | undefined;
  for (const m of body.matchAll(DATE_MENTION)) {
    if (!m[0] || (!m[2] && !m[3])) continue;
    const before = body[m.index - 1];
    if (!m[1] && !m[2] && before !== undefined && /[0-9０-９一二三四五六七八九十月年.]/u.test(before)) continue;
    const y = m[1] ? Number(m[1]) : undefined;
    const mo = m[2] ? parseNumber(m[2]) : null;
    const d = m[3] ? parseNumber(m[3]) : null;
    if (mo !== null && mo >= 1 && mo <= 12) month = mo;
    if (y !== undefined && mo !== null && !isFuture(body, m.index)) years.push(y);
    if (d !== null && d >= 1 && d <= 31 && (mo !== null || m[2] === undefined)) {
      // A day with no month mentioned yet (`3日`) keeps month 0: only a reference date can place it.
      const event: DateEvent = { m: month ?? 0, d };
      if (y !== undefined) event.y = y;
      if (mo !== null) event.stated = true;
      events.push(event);
    }
  }
  settleBareDays(events);
  if (!events.length) return { unplaced, otherwise: { value: null, source: 'unknown' } };
  const residue = /(?:19|20)\d\d(?=[/-]\d{1,2}[/-]\d{1,2})/u.exec(furniture);
  let year = years.length ? Math.max(...years) : residue ? Number(residue[0]) : undefined;
  // No year in the article: a full date printed elsewhere on the same page within weeks of the
  // article's latest month-day (a page's items appear the same day) gives it.
  if (year === undefined && events.some((e) => e.m > 0))
    year = yearFromPage(
      events.filter((e) => e.m > 0),
      page,
    );
  if (year === undefined) {
    unplaced.push(events);
    return { unplaced, otherwise: { value: null, source: 'unknown' } };
  }
  const latest = events
    .map((e) => ({ y: e.y ?? year, m: e.m, d: e.d }))
    .filter((e) => valid(e.y, e.m, e.d))
    .sort((a, b) => a.y - b.y || a.m - b.m || a.d - b.d)
    .at(-1);
  return {
    unplaced,
    otherwise: latest
      ? { value: `${latest.y}-${pad(latest.m)}-${pad(latest.d)}`, source: 'inferred' }
      : { value: null, source: 'unknown' },
  };
}

/**
 * The year of a dateline's month-day: the latest full date the body states (not a future one),
 * a dated URL or scrape residue in the furniture, or a full date on the page within weeks of it.
 */
function knownYear(body: string, furniture: string, page: string, filed: { m: number; d: number }): number | undefined {
  const years: number[] = [];
  for (const m of body.matchAll(/((?:19|20)\d\d)年(?:[0-9０-９一二三四五六七八九十]{1,2}月)/gu)) {
    if (!isFuture(body, m.index)) years.push(Number(m[1]));
  }
  if (years.length) return Math.max(...years);
  const residue = /(?:19|20)\d\d(?=[/-]\d{1,2}[/-]\d{1,2})/u.exec(furniture);
  if (residue) return Number(residue[0]);
  return yearFromPage([filed], page);
}

/** A year stated about the future (`预计将于2026年…`) says nothing of when the article was written. */
function isFuture(text: string, at: number): boolean {
  return /(?:将|將|预计|預計|计划|計劃|到|至|于|於)\s*$/u.test(text.slice(Math.max(0, at - 4), at));
}

const dayOfYear = (m: number, d: number) => (m - 1) * 31 + d;

/** The year of a full date on the page within 40 days of the article's latest month-day. */
function yearFromPage(events: { y?: number; m: number; d: number }[], page: string): number | undefined {
  const last = events.reduce((a, b) => (dayOfYear(b.m, b.d) > dayOfYear(a.m, a.d) ? b : a));
  for (const m of page.matchAll(/((?:19|20)\d\d)[年\-/.](\d{1,2})[月\-/.](\d{1,2})/gu)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) continue;
    const gap = dayOfYear(mo, d) - dayOfYear(last.m, last.d);
    if (Math.abs(gap) <= 40) return y;
    if (gap > 300) return y - 1; // the page is dated early January, the article late December
    if (gap < -300) return y + 1;
  }
  return undefined;
}

/**
 * The latest event resolved against a reference date: each month-day takes the year that puts it
 * on or before the reference (with a week's grace); a day alone takes the reference's month.
 */
function resolveAgainst(events: { y?: number; m: number; d: number }[], reference: string): string | null {
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(reference);
  if (!ref) return null;
  const [ry, rm, rd] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  const limit = Date.UTC(ry, rm - 1, rd + 7);
  const resolved = events
    .map((e) => {
      for (const y of [ry, ry - 1]) {
        for (const m of e.m > 0 ? [e.m] : [rm, rm - 1 || 12]) {
          const yy = e.m > 0 || m <= rm ? y : y - 1;
          const t = Date.UTC(e.y ?? yy, m - 1, e.d);
          if (t <= limit && valid(e.y ?? yy, m, e.d)) return t;
        }
      }
      return null;
    })
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b)
    .at(-1);
  return resolved === undefined ? null : new Date(resolved).toISOString().slice(0, 10);
}

/**
 * A bare day (`27日`) means the most recent such day: once the article states month-days, a bare
 * day within a few days after the latest of them is in its month (`12月2日…3日凌晨` → 3 December),
 * and any other is in an earlier month (`12月1日…普京27日表示` → 27 November), so it cannot be
 * the latest event and is dropped. Without stated month-days, bare days are kept as they are.
 */
function settleBareDays(events: { y?: number; m: number; d: number; stated?: boolean }[]): void {
  const stated = events.filter((e) => e.stated);
  if (stated.length === 0) return;
  // A month-day without a year is read in the latest year the article states.
  const year = Math.max(0, ...stated.map((e) => e.y ?? 0));
  const order = (e: { y?: number; m: number; d: number }) => (e.y ?? year) * 400 + e.m * 32 + e.d;
  const last = stated.reduce((a, b) => (order(b) > order(a) ? b : a));
  const kept = events.filter((e) => e.stated || e.d <= last.d + 3);
  for (const e of kept) {
    if (e.stated) continue;
    e.m = last.m;
    if (last.y !== undefined) e.y = last.y;
    else delete e.y;
  }
  events.splice(0, events.length, ...kept);
}
