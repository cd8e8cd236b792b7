/**
 * Attribution: who says it, with which verb, and through whom.
 *
 * | sentence | speaker | verb | chain |
 * |---|---|---|---|
 * | `俄外长拉夫罗夫会谈后表示，…` | 拉夫罗夫 | 表示 | [拉夫罗夫] |
 * | `一位美国官员表示，…` | 一位美国官员 | 表示 | [一位美国官员] |
 * | `据《华尔街日报》报道，…` | 《华尔街日报》 | 报道 | [《华尔街日报》] |
 * | `美国全国广播公司(NBC)援引北约前军控主任威廉·阿尔贝克的说法评论称，…` | 威廉·阿尔贝克 | 评论称 | [美国全国广播公司(NBC), 威廉·阿尔贝克] |
 * | `他同时表示，…` (after `鲁比奥表示…`) | 鲁比奥 | 表示 | [鲁比奥] |
 *
 * The chain runs outer to inner; the speaker is its innermost link. Verbs inside quotes and
 * brackets are ignored (`巴赫穆特(俄方称阿尔乔莫夫斯克)` names a place, it reports nothing).
 */
import {
  MAY_END as MAY_END_WORDS,
  NEEDS_CLAUSE as NEEDS_CLAUSE_WORDS,
  PRONOUNS,
  REPORTING_VERB_EXCEPT,
  REPORTING_VERBS,
  SOURCE_ENDS,
  SOURCE_MARKER_EXCEPT,
  SOURCE_MARKERS,
  SPEAKER_HEADS,
  SUBJECT_ADVERBIALS,
} from '../data/reporting-verbs.ts';
import type { Attribution, EntityMention } from '../types.ts';
import { charClass, CLOSER_OF, codeSet } from './char-class.ts';
import type { EntityIndex } from './entities.ts';
import { TITLES } from './lexicon.ts';
import { WordMatcher } from './word-matcher.ts';

/** Carried from sentence to sentence within one article, to resolve `他表示`. */
export interface AttributionState {
  lastPerson: { text: string; entityId: string | null } | null;
  lastSpeaker: { text: string; entityId: string | null } | null;
}

interface Link {
  text: string;
  entityId: string | null;
  verb: string | null;
  isPerson: boolean;
  /** Whether the link comes from a reporting verb (else from a source marker such as `据`). */
  fromVerb?: boolean;
  /** Whether the speaker is a name or a speaker noun (`官员`, `媒体`), not just any phrase. */
  named: boolean;
}

/** Markers whose source is relayed by the clause before them (`NBC援引…`). */
const RELAY_MARKERS = new Set(['援引', '引述', '引用', '转引']);
const verbMatcher = new WordMatcher<boolean>([
  ...REPORTING_VERB_EXCEPT.map((w) => [w, false] as const),
  ...REPORTING_VERBS.filter((w) => !RELAY_MARKERS.has(w)).map((w) => [w, true] as const),
]);
const markerMatcher = new WordMatcher<boolean>([
  ...SOURCE_MARKER_EXCEPT.map((w) => [w, false] as const),
  ...SOURCE_MARKERS.map((w) => [w, true] as const),
]);
const sourceEndMatcher = new WordMatcher(SOURCE_ENDS.map((w) => [w, true] as const));
const pronouns = new Set(PRONOUNS);
const titleMatcher = new WordMatcher(TITLES.map((t) => [t, true] as const));
const speakerHeads = new WordMatcher(SPEAKER_HEADS.map((w) => [w, true] as const));

/** Verbs that take a noun object (`宣布了新措施`): they report only before `,` `:` `“`. */
const NEEDS_CLAUSE = new Set(NEEDS_CLAUSE_WORDS);
/** …except at the very end of a sentence: `乌方对此予以否认。` */
const MAY_END = new Set(MAY_END_WORDS);

const DELIMITER = /[,;:。!?“”|｜\s]/u;
const isDelimiter = charClass(DELIMITER);
const LEADING = [
  '此外',
  '同时',
  '另外',
  '不过',
  '但是',
  '然而',
  '因此',
  '对此',
  '其中',
  '随后',
  '而且',
  '并且',
  '就此',
  '另',
  '但',
  '而',
  '并',
  '还',
  '也',
  '则',
  '有',
  '被',
  '据此',
  '此后',
  '最后',
  '首先',
];
/** First characters of the `LEADING` words: text starting otherwise has none to strip. */
const LEADING_FIRSTS = codeSet(LEADING.map((w) => w[0]!).join(''));
const ADVERBIALS = new WordMatcher(SUBJECT_ADVERBIALS.map((w) => [w, true] as const));
/** After an outlet or organisation: publication nouns keep the outlet as speaker (`《华盛顿邮报》文章`). */
const HEAD_NOUNS = /^[》]?(?:\([^)]*\))?(?:文章|网站|官网|报道|声明|社论|评论|研报|报告|消息|方面|网站评论)?$/u;
/** …people nouns keep the whole phrase (`两名欧盟官员`), linked to the organisation. */
const PEOPLE_NOUNS = /^[》]?(?:官员|发言人|消息人士|人士|高官|代表|负责人|专家|分析师|研究员)$/u;
const NOUN_VERBS = /^(分析|评论|报道|声明|消息)(.+)$/u;
const MAX_SUBJECT = 30;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Attribution of one folded sentence; `state` carries the last speaker across sentences. */
export function findAttribution(
  text: string,
  key: string,
  mentions: EntityMention[],
  index: EntityIndex,
  state: AttributionState,
): Attribution {
  const inside = protectedMask(key);
  const links: Link[] = [];
  let verb: string | null = null;
  let cursor = 0;
  let firstClause: Link | null | undefined;

  const subjectLink = (from: number, to: number, v: string | null): Link | null => {
    const link = resolveSubject(text, key, from, to, mentions, index, state);
    if (link) link.verb = v;
    return link;
  };

  for (let i = 0; i < key.length;) {
    if (inside[i]) {
      i++;
      continue;
    }
    const marker = markerMatcher.longestAt(key, i);
    if (marker?.value && (RELAY_MARKERS.has(marker.word) || isClauseStart(key, i))) {
      if (RELAY_MARKERS.has(marker.word)) {
        const relay = subjectLink(clauseStart(key, inside, i, cursor), i, marker.word);
        if (relay) links.push(relay);
      }
      const end = sourceEnd(key, marker.end, inside);
      const endWord = end.word ? text.slice(end.word.start, end.word.end) : null;
      const source = subjectLink(marker.end, end.phraseEnd, endWord);
      if (source) {
        links.push(source);
        verb = endWord ?? text.slice(marker.start, marker.end);
      }
      cursor = end.next;
      i = end.next;
      continue;
    }
    if (marker) {
      i = marker.end;
      continue;
    }
    const v = verbMatcher.longestAt(key, i);
    if (v && !v.value) {
      i = v.end;
      continue;
    }
    if (v?.value && reports(key, v.word, v.start, v.end)) {
      const from = clauseStart(key, inside, i, cursor);
      let word = text.slice(v.start, v.end);
      let link = subjectLink(from, i, word);
      const split = NOUN_VERBS.exec(v.word);
      if (!link && links.length === 0 && split && emptySubject(key.slice(from, i))) {
        // `有分析称`: the noun is the (anonymous) speaker.
        const cut = v.start + split[1]!.length;
        word = text.slice(cut, v.end);
        link = { text: text.slice(v.start, cut), entityId: null, verb: word, isPerson: false, named: true };
      }
      if (!link && links.length === 0) {
        // `普京…重申了…，称…`: an empty subject is the sentence's first subject, or the last speaker.
        firstClause ??= subjectLink(0, firstDelimiter(key, inside), word);
        link = firstClause
          ? { ...firstClause, verb: word }
          : state.lastSpeaker
            ? { ...state.lastSpeaker, verb: word, isPerson: false, named: true }
            : null;
        if (link && state.lastPerson && link.text === state.lastPerson.text) link.isPerson = true;
      }
      // After the first reporting clause, a later verb needs a real speaker (`…获悉，一位美国官员表示`);
      // otherwise it is part of what is reported (`称俄罗斯要么收复所有声称拥有的土地`).
      if (link && links.length > 0 && !link.named) {
        i = v.end;
        continue;
      }
      // After `;` a new speaker starts a new statement, not a relay of the previous one.
      if (link && links.length > 0 && key[from - 1] === ';') links.length = 0;
      if (link) links.push({ ...link, fromVerb: true });
      verb = word;
      cursor = v.end;
      i = v.end;
      continue;
    }
    i++;
  }

  const chain: string[] = [];
  for (const link of links) if (chain[chain.length - 1] !== link.text) chain.push(link.text);
  const inner = links[links.length - 1];
  if (!inner) return { speaker: null, speakerEntity: null, verb: null, chain: [] };
  state.lastSpeaker = { text: inner.text, entityId: inner.entityId };
  if (inner.isPerson) state.lastPerson = { text: inner.text, entityId: inner.entityId };
  const finalVerb = inner.fromVerb ? inner.verb : (verb ?? inner.verb);
  return { speaker: inner.text, speakerEntity: inner.entityId, verb: finalVerb, chain };
}

/** Whether a verb at `[start, end)` introduces reported content here. */
function reports(key: string, word: string, start: number, end: number): boolean {
  const before = key[start - 1] ?? '';
  if (before === '的' || before === '在') return false;
  if (!NEEDS_CLAUSE.has(word)) return true;
  const next = key[end] ?? '';
  if (/[,:“]/u.test(next)) return true;
  return MAY_END.has(word) && (next === '' || /[。!?”]/u.test(next));
}

function isClauseStart(key: string, i: number): boolean {
  if (i === 0) return true;
  const before = key[i - 1]!;
  return DELIMITER.test(before) || /\s/u.test(before) || '另而但并则还也且”'.includes(before);
}

/** Start of the clause that ends at `i`: after the last delimiter outside brackets, or `cursor`. */
function clauseStart(key: string, inside: Uint8Array, i: number, cursor: number): number {
  for (let k = i - 1; k >= cursor; k--) {
    if (inside[k] || !isDelimiter(key.charCodeAt(k))) continue;
    // A short quoted term (`在“空军一号”接受采访时称`) is part of the clause, not a boundary.
    if (key[k] === '”') {
      const open = key.lastIndexOf('“', k);
      if (open >= cursor && k - open <= 12 && !/[,;:。!?]/u.test(key.slice(open + 1, k))) {
        k = open;
        continue;
      }
    }
    return k + 1;
  }
  return cursor;
}

function firstDelimiter(key: string, inside: Uint8Array): number {
  for (let k = 0; k < key.length; k++) if (!inside[k] && isDelimiter(key.charCodeAt(k))) return k;
  return key.length;
}

/** Where the source after `据`/`援引` ends: at a source-end word, a delimiter or a reporting verb. */
function sourceEnd(
  key: string,
  from: number,
  inside: Uint8Array,
): { phraseEnd: number; next: number; word: { start: number; end: number } | null } {
  for (let k = from + 1; k < key.length && k - from <= 40; k++) {
    if (inside[k]) continue;
    if (isDelimiter(key.charCodeAt(k))) return { phraseEnd: k, next: k, word: null };
    const end = sourceEndMatcher.longestAt(key, k);
    // `据《金融时报》援引…`: the relay marker is read by the caller.
    if (end && RELAY_MARKERS.has(end.word)) return { phraseEnd: k, next: k, word: null };
    if (end) {
      const start = end.word.startsWith('的') ? k + 1 : k;
      const stop = end.word.endsWith('的') ? end.end - 1 : end.end;
      const bare = /^(?:内容|信息|数据|网站|文章)$/u.test(key.slice(start, stop));
      return { phraseEnd: k, next: end.end, word: bare ? null : { start, end: stop } };
    }
    const v = verbMatcher.longestAt(key, k);
    if (v?.value) return { phraseEnd: k, next: k, word: null };
  }
  return { phraseEnd: from, next: from, word: null };
}

function emptySubject(s: string): boolean {
  return stripLeading(s.trim()) === '';
}

function stripLeading(s: string): string {
  if (!LEADING_FIRSTS.has(s.charCodeAt(0))) return s;
  let out = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of LEADING) {
      if (out.startsWith(w) && out.length > w.length) {
        out = out.slice(w.length);
        changed = true;
      } else if (out === w) return '';
    }
  }
  return out;
}

/** Turns the words before a verb into a speaker: a person's name, an outlet, or the phrase. */
function resolveSubject(
  text: string,
  key: string,
  from: number,
  to: number,
  mentions: EntityMention[],
  index: EntityIndex,
  state: AttributionState,
): Link | null {
  let s = from;
  while (s < to && /[\s、]/u.test(key[s]!)) s++;
  // A leading dateline or tag in brackets (`(中央社华盛顿3日电)`, `【本报讯】`) is not the subject.
  for (
    let close: number;
    (key[s] === '(' || key[s] === '【' || key[s] === '[') &&
    (close = key.indexOf(key[s] === '(' ? ')' : key[s] === '【' ? '】' : ']', s)) > 0 &&
    close < to;
  ) {
    s = close + 1;
    while (s < to && /\s/u.test(key[s]!)) s++;
  }
  const lead = key.slice(s, to);
  const stripped = stripLeading(lead);
  s += lead.length - stripped.length;
  // `再次强调`, `在…后表示`: the clause has no subject of its own.
  if (ADVERBIALS.longestAt(key, s) && !mentions.some((m) => m.start === s)) return null;
  // Cut at the first adverbial (`在…`, `3日`, `当天`, `会谈后`), never inside a name.
  let e = to;
  for (let k = s + 1; k < to; k++) {
    // `乌军随即否认这项说法，表示…`: the subject ends at an adverbial or at an earlier verb.
    const cuts = isDigit(key.charCodeAt(k)) || ADVERBIALS.longestAt(key, k) || verbMatcher.longestAt(key, k)?.value;
    if (!cuts || mentions.some((m) => m.start === k || (m.start < k && k < m.end)) || insideTitle(key, s, k)) continue;
    e = k;
    break;
  }
  while (e > s && /[\s的]/u.test(key[e - 1]!)) e--;
  if (e <= s || e - s > MAX_SUBJECT) return null;
  const subject = key.slice(s, e);
  if (pronouns.has(subject)) {
    const who = state.lastPerson;
    return who
      ? { text: who.text, entityId: who.entityId, verb: null, isPerson: true, named: true }
      : { text: text.slice(s, e), entityId: null, verb: null, isPerson: false, named: true };
  }

  const inSubject = mentions.filter((m) => m.start >= s && m.end <= e);
  // `总部位于华盛顿的智库战争研究所在研报中指出`: the cut left a fragment that names no one; a
  // person or organisation named later in the clause, before the verb, is the speaker.
  if (inSubject.length === 0) {
    const named = mentions.filter((m) => {
      const type = index.byId.get(m.entityId)?.type;
      return m.start >= e && m.end <= to && (type === 'person' || type === 'organisation' || type === 'outlet');
    });
    const who = named[named.length - 1];
    if (who) {
      const isPerson = index.byId.get(who.entityId)?.type === 'person';
      return { text: text.slice(who.start, who.end), entityId: who.entityId, verb: null, isPerson, named: true };
    }
  }
  const person = inSubject.find((m) => index.byId.get(m.entityId)?.type === 'person');
  if (person) return { text: person.text, entityId: person.entityId, verb: null, isPerson: true, named: true };

  // `俄《莫斯科时报》文章`, `美国全国广播公司(NBC)` → start at the outlet or organisation.
  for (let k = inSubject.length - 1; k >= 0; k--) {
    const m = inSubject[k]!;
    const type = index.byId.get(m.entityId)?.type;
    if (type !== 'outlet' && type !== 'organisation') continue;
    const tail = key.slice(m.end, e);
    if (PEOPLE_NOUNS.test(tail))
      return { text: text.slice(s, e), entityId: m.entityId, verb: null, isPerson: false, named: true };
    if (!HEAD_NOUNS.test(tail) && !HEAD_NOUNS.test(tail.replace(/^\([^)]*\)/u, ''))) continue;
    let head = m.start;
    // An earlier mention of the same entity in brackets (`美国全国广播公司(NBC)`) belongs to it.
    const earlier = inSubject.find((o) => o.entityId === m.entityId && o.start < m.start);
    if (earlier) head = earlier.start;
    if (key[head - 1] === '《') head--;
    return { text: text.slice(head, e), entityId: m.entityId, verb: null, isPerson: false, named: true };
  }
  const last = inSubject[inSubject.length - 1];
  const entityId =
    last && /^(?:方|方面|官方|政府|当局)?$/u.test(key.slice(last.end, e)) && last.start === s ? last.entityId : null;
  const named = entityId !== null || endsWithHead(subject);
  return { text: text.slice(s, e), entityId, verb: null, isPerson: false, named };
}

/** Whether `k` falls inside a title that starts at or after `from` (`总统助理`). */
function insideTitle(key: string, from: number, k: number): boolean {
  for (let a = from; a < k; a++) if (k < (titleMatcher.longestAt(key, a)?.end ?? a)) return true;
  return false;
}

function endsWithHead(subject: string): boolean {
  for (let k = Math.max(0, subject.length - 4); k < subject.length; k++) {
    const m = speakerHeads.longestAt(subject, k);
    if (m && m.end === subject.length) return true;
  }
  return false;
}

/** Positions inside quotes, brackets or book-title marks (balanced pairs only). */
function protectedMask(key: string): Uint8Array {
  const mask = new Uint8Array(key.length);
  /** Open marks not closed yet: their positions and the closers they wait for. */
  const starts: number[] = [];
  const closers: number[] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const closer = CLOSER_OF[c]!;
    if (closer) {
      starts.push(i);
      closers.push(closer);
      continue;
    }
    for (let k = closers.length - 1; k >= 0; k--) {
      if (closers[k] === c) {
        mask.fill(1, starts[k]! + 1, i);
        starts.length = closers.length = k;
        break;
      }
    }
  }
  return mask;
}
