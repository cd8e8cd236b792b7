/**
 * Discover entities and aliases the corpus itself states, so unseen names still get one id:
 *
 * - `巴赫穆特(俄方称阿尔乔莫夫斯克)`, `X（俄方称Y）`, `X(乌称Y)` → Y is another name of X;
 * - `美国全国广播公司(NBC)`, `“乌克兰优先需求清单”(PURL)` → a Latin name in brackets;
 * - `威廉·阿尔贝克` → a transliterated full name (and its surname `阿尔贝克`);
 * - `外交部长瑟比加`, `副所长韩璐` → a name after a title;
 * - `万青松表示` … `万青松认为` → an unknown name that recurs before reporting verbs.
 *
 * Names that turn out to be linked are joined (union–find). A group holding a gazetteer alias
 * extends that entity; any other group becomes a discovered entity whose id is `e-` plus a
 * short hash of its folded canonical name (stable, ASCII, never slugified Chinese).
 * Cost is linear in the corpus: every text is scanned a fixed number of times with matchers
 * built once.
 */
import { hash } from 'node:crypto';
import { REPORTING_VERB_EXCEPT, REPORTING_VERBS, SPEAKER_HEADS } from '../data/reporting-verbs.ts';
import { fold } from '../fold.ts';
import type { Entity, EntityMention } from '../types.ts';
import { findEntities, indexEntities, type EntityIndex } from './entities.ts';
import {
  CHINESE_NAME_TITLES,
  NAME_STOPS,
  NOT_IN_GIVEN_NAME,
  SURNAMES,
  TITLES,
  TRANSLITERATION_CHARS,
} from './lexicon.ts';
import { WordMatcher } from './word-matcher.ts';

/** How a name was found; `speaker` names need to recur before they count. */
type Evidence = 'bracket' | 'dot' | 'title' | 'speaker';

interface NameInfo {
  /** The name as first written. */
  text: string;
  evidence: Set<Evidence>;
}

const HAN = /\p{Script=Han}/u;
const LATIN_NAME = /^[a-z][a-z0-9 .'’&+-]{0,40}$/iu;
const NOT_A_NAME = /www|http|\.com|\.cn|\.org|\.net/iu;
/** `乌克兰称`, `俄方称`, `又称`, `旧称`, `英文名` … inside a bracket, before the other name. */
const STATED_ALIAS =
  /^(?:\p{Script=Han}{0,6}?(?:称|称作|称为|译作|译为|名为|又名|旧称|原名|原称|简称)|英文名?|英语|俄语|乌克兰语)[:]?\s*(.+)$/u;
/** Characters that end a name read backwards from a bracket. */
const BACK_STOPS = new Set('的了在和与及对向从被把将是为由以等称说示,;:。!?、“”‘’《》()[] \t');
const CONNECTIVES = new Set('但而并则也还据且即又');
const PUNCTUATION = /[\s,;:。!?、“”‘’《》()[\]—…·0-9a-z-]/u;
const ORGANISATION_ENDS =
  /(?:公司|组织|机构|委员会|理事会|联盟|集团|银行|基金|大学|学院|研究院|研究所|智库|政府|部|局|署|院|所|党|军)$/u;
const OUTLET_ENDS = /(?:社|网|台|报|电视台|新闻|时报|日报|周刊|杂志)$/u;

const translit = new Set(TRANSLITERATION_CHARS);
const surnames = new Set(SURNAMES);
const notGiven = new Set(NOT_IN_GIVEN_NAME);
const chineseNameTitles = new Set(CHINESE_NAME_TITLES);
const speakerHeads = new Set(SPEAKER_HEADS);
const titleMatcher = new WordMatcher(TITLES.map((t) => [t, true] as const));
const verbMatcher = new WordMatcher<boolean>([
  ...REPORTING_VERB_EXCEPT.map((w) => [w, false] as const),
  ...REPORTING_VERBS.map((w) => [w, true] as const),
]);
const stopMatcher = new WordMatcher<boolean>([...NAME_STOPS, ...REPORTING_VERBS].map((w) => [w, true] as const));

/** Gazetteer entities extended with discovered aliases, followed by discovered entities. */
export function discoverEntities(gazetteer: Entity[], texts: Iterable<string>): Entity[] {
  const discovery = entityDiscovery(gazetteer);
  for (const text of texts) discovery.add(text);
  return discovery.finish();
}

/**
 * `discoverEntities` fed one text at a time (in corpus order, as articles become ready), then
 * finished once every text is in: the same entities.
 */
export function entityDiscovery(gazetteer: Entity[]): { add: (text: string) => void; finish: () => Entity[] } {
  const base = indexEntities(gazetteer);
  const names = new Map<string, NameInfo>();
  const links: [string, string][] = [];
  /** Unknown names seen right before a reporting verb: transliterations and Chinese names. */
  const speakerCounts = new Map<string, { chinese: boolean; count: number }>();

  const note = (text: string, evidence: Evidence): string => {
    const key = fold(text);
    const info = names.get(key);
    if (info) info.evidence.add(evidence);
    else names.set(key, { text, evidence: new Set([evidence]) });
    return key;
  };
  /** Records that `a` and `b` name the same thing; a known entity is represented by its name. */
  const link = (a: string, b: string): void => {
    if (a !== b) links.push([a, b]);
  };

  const keys: string[] = [];
  const add = (text: string): void => {
    const key = fold(text);
    const mentions = findEntities(text, key, base);
    keys.push(key);
    const covered = coverage(key.length, mentions);
    findBracketAliases(text, key, mentions, base, note, link);
    findDottedNames(text, key, covered, base, note, link);
    findTitledNames(text, key, covered, mentions, note);
    findSpeakerNames(key, covered, speakerCounts);
  };

  const finish = (): Entity[] => {
    // Unknown speakers join only if they recur: a Chinese name twice as a speaker, a
    // transliterated name twice anywhere in the corpus.
    for (const [name, { chinese, count }] of speakerCounts) if (chinese && count >= 2) note(name, 'speaker');
    const foreign = [...speakerCounts].filter(([, c]) => !c.chinese).map(([k]) => [k, true] as const);
    if (foreign.length) {
      const candidates = new WordMatcher<boolean>(foreign);
      const totals = new Map<string, number>();
      for (const key of keys) {
        for (const m of candidates.scan(key)) totals.set(m.word, (totals.get(m.word) ?? 0) + 1);
      }
      for (const [name, total] of totals) if (total >= 2) note(name, 'speaker');
    }

    return assemble(gazetteer, base, names, links);
  };
  return { add, finish };
}

/** `X(乌克兰称Y)`, `X(NBC)`, `NBC(美国全国广播公司)`. */
function findBracketAliases(
  text: string,
  key: string,
  mentions: EntityMention[],
  base: EntityIndex,
  note: (text: string, evidence: Evidence) => string,
  link: (a: string, b: string) => void,
): void {
  for (let open = key.indexOf('('); open > 0; open = key.indexOf('(', open + 1)) {
    const close = key.indexOf(')', open + 1);
    if (close < 0 || close - open > 42 || key.slice(open + 1, close).includes('(')) continue;
    const inner = text.slice(open + 1, close).trim();
    const innerKey = fold(inner);
    let other: string | null = null;
    const stated = STATED_ALIAS.exec(innerKey);
    if (stated && !/[,。;]/u.test(innerKey)) {
      const y = inner.slice(inner.length - stated[1]!.length).trim();
      if (y.length >= 2 && y.length <= 20) other = y;
    } else if (LATIN_NAME.test(innerKey) && !NOT_A_NAME.test(innerKey)) {
      other = inner;
    }

    const before = nameBefore(text, key, open, mentions);
    if (!before) continue;
    if (other === null) {
      // `NBC(美国全国广播公司)`: a Latin name outside, the Chinese name inside.
      if (LATIN_NAME.test(fold(before)) && /^\p{Script=Han}{2,15}$/u.test(inner)) other = inner;
      else continue;
    }
    if (LATIN_NAME.test(fold(before)) && LATIN_NAME.test(fold(other))) continue;
    const a = knownName(before, base) ?? note(before, 'bracket');
    const b = knownName(other, base) ?? note(other, 'bracket');
    link(a, b);
  }
}

/** The name just before a bracket: a known mention, a quoted term, or the trailing noun run. */
function nameBefore(text: string, key: string, open: number, mentions: EntityMention[]): string | null {
  const mention = mentions.find((m) => m.end === open);
  if (mention) return mention.text;
  const closer = key[open - 1];
  if (closer === '”' || closer === '》') {
    const opener = key.lastIndexOf(closer === '”' ? '“' : '《', open - 1);
    if (opener >= 0 && open - opener <= 30) {
      const quoted = text.slice(opener + 1, open - 1).trim();
      return quoted.length >= 2 ? quoted : null;
    }
    return null;
  }
  if (/[a-z0-9]/u.test(closer ?? '')) {
    let s = open;
    while (s > 0 && /[a-z0-9 .&+-]/u.test(key[s - 1]!)) s--;
    const latin = text.slice(s, open).trim();
    return latin.length >= 2 ? latin : null;
  }
  let s = open;
  while (s > 0 && open - s < 12 && HAN.test(key[s - 1]!) && !BACK_STOPS.has(key[s - 1]!)) s--;
  // Never start inside a known mention: `顿涅茨克地区的巴赫穆特` stops at the mention's end.
  for (const m of mentions) if (m.start < s && m.end > s) s = m.end;
  // Drop a leading count (`一项人工智能` → `人工智能`).
  const count = /^[一二两三四五六七八九十百千万几数多]+[个项名位家种些款条部份]/u.exec(key.slice(s, open));
  if (count) s += count[0].length;
  let name = key.slice(s, open);
  // Drop a leading title (`主任`) and, for long runs, keep only the transliterated tail.
  const title = longestTitlePrefix(name);
  if (title) s += title;
  name = key.slice(s, open);
  if (name.length > 6) {
    let t = open;
    while (t > s && translit.has(key[t - 1]!)) t--;
    if (open - t >= 2) s = t;
  }
  const out = text.slice(s, open).trim();
  return out.length >= 2 ? out : null;
}

function longestTitlePrefix(name: string): number {
  let best = 0;
  for (let i = 0; i < name.length; i++) {
    const t = titleMatcher.longestAt(name, i);
    if (t && name.length - t.end >= 2) best = Math.max(best, t.end);
  }
  return best;
}

/** `威廉·阿尔贝克`: transliteration runs joined by `·`; the surname becomes an alias too. */
function findDottedNames(
  text: string,
  key: string,
  covered: Uint8Array,
  base: EntityIndex,
  note: (text: string, evidence: Evidence) => string,
  link: (a: string, b: string) => void,
): void {
  for (let dot = key.indexOf('·'); dot > 0; dot = key.indexOf('·', dot + 1)) {
    let s = dot;
    while (s > 0 && translit.has(key[s - 1]!) && !covered[s - 1]) s--;
    if (s === dot || covered[dot]) continue;
    let e = dot + 1;
    let lastDot = dot;
    while (e < key.length && (translit.has(key[e]!) || (key[e] === '·' && translit.has(key[e + 1] ?? '')))) {
      if (key[e] === '·') lastDot = e;
      e++;
    }
    if (e - lastDot - 1 < 1) continue;
    dot = e - 1;
    const full = text.slice(s, e);
    const surname = text.slice(lastDot + 1, e);
    const known = knownName(full, base);
    const fullKey = known ?? note(full, 'dot');
    if (surname.length >= 2) {
      const surnameKnown = knownName(surname, base);
      // A surname already owned by another entity stays with that entity (no merge).
      if (surnameKnown) {
        if (!known) link(fullKey, surnameKnown);
      } else link(fullKey, note(surname, 'dot'));
    }
  }
}

/** `外交部长瑟比加`, `发言人扎哈罗娃`, `副所长韩璐`. */
function findTitledNames(
  text: string,
  key: string,
  covered: Uint8Array,
  mentions: EntityMention[],
  note: (text: string, evidence: Evidence) => string,
): void {
  const starts = new Set(mentions.map((m) => m.start));
  for (let i = 0; i < key.length;) {
    const title = titleMatcher.longestAt(key, i);
    if (!title) {
      i++;
      continue;
    }
    const e = title.end;
    i = e;
    if (starts.has(e) || covered[e]) continue;
    const name =
      transliteratedNameAt(key, e, covered) ?? (chineseNameTitles.has(title.word) ? chineseNameAt(key, e) : null);
    if (name) note(text.slice(e, e + name), 'title');
  }
}

function transliteratedNameAt(key: string, start: number, covered: Uint8Array): number | null {
  let e = start;
  while (e < key.length && !covered[e] && (translit.has(key[e]!) || (key[e] === '·' && translit.has(key[e + 1] ?? ''))))
    e++;
  const length = e - start;
  if (length < 2 || length > 10) return null;
  return endsName(key, e) ? length : null;
}

/** Surname + one or two characters, ending where a stop word or punctuation begins. */
function chineseNameAt(key: string, start: number): number | null {
  if (!surnames.has(key[start] ?? '')) return null;
  let weak: number | null = null;
  for (const length of [2, 3]) {
    const end = start + length;
    if (end > key.length || !isChineseName(key.slice(start, end))) continue;
    const next = key.slice(end);
    if (next === '' || PUNCTUATION.test(next[0]!) || verbMatcher.longestAt(key, end)?.value === true) return length;
    if (weak === null && stopMatcher.longestAt(key, end)) weak = length;
  }
  return weak;
}

/** Surname + given name without function characters, and not a generic noun (`文章`). */
function isChineseName(name: string): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(name) || !surnames.has(name[0]!) || speakerHeads.has(name)) return false;
  return ![...name.slice(1)].some((c) => notGiven.has(c));
}

function endsName(key: string, end: number): boolean {
  if (end >= key.length) return true;
  return PUNCTUATION.test(key[end]!) || stopMatcher.longestAt(key, end) !== null || !HAN.test(key[end]!);
}

/** Names right before a reporting verb, counted; they join only if they recur (≥ 2). */
function findSpeakerNames(
  key: string,
  covered: Uint8Array,
  counts: Map<string, { chinese: boolean; count: number }>,
): void {
  for (let v = 1; v < key.length; v++) {
    const verb = verbMatcher.longestAt(key, v);
    if (!verb?.value || covered[v - 1]) continue;
    let s = v;
    while (s > 0 && translit.has(key[s - 1]!) && !covered[s - 1]) s--;
    let name: string | null = null;
    let chinese = false;
    if (v - s >= 3 && v - s <= 8 && isBoundary(key, s - 1)) name = key.slice(s, v);
    else {
      for (const length of [3, 2]) {
        const start = v - length;
        if (start < 0 || !isBoundary(key, start - 1) || covered[start] || !isChineseName(key.slice(start, v))) continue;
        name = key.slice(start, v);
        chinese = true;
        break;
      }
    }
    if (name) {
      const entry = counts.get(name) ?? { chinese, count: 0 };
      entry.count++;
      counts.set(name, entry);
    }
    v = verb.end - 1;
  }
}

function isBoundary(key: string, i: number): boolean {
  if (i < 0) return true;
  const c = key[i]!;
  return PUNCTUATION.test(c) || CONNECTIVES.has(c);
}

function coverage(length: number, mentions: EntityMention[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return covered;
}

/** The folded name of a gazetteer alias, or `null` when the name is unknown. */
function knownName(name: string, base: EntityIndex): string | null {
  const key = fold(name);
  if (key.length === 1) return base.abbreviations.has(key) ? key : null;
  return base.aliases.get(key) ? key : null;
}

/** Joins linked names and turns each group into gazetteer aliases or a discovered entity. */
function assemble(
  gazetteer: Entity[],
  base: EntityIndex,
  names: Map<string, NameInfo>,
  links: [string, string][],
): Entity[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const [a, b] of links) union(a, b);
  // `阿拉·古勒` and `阿拉古勒` are one name written with and without the dot.
  const undotted = new Map<string, string>();
  for (const key of names.keys()) if (key.includes('·')) undotted.set(key.replaceAll('·', ''), key);
  for (const key of names.keys()) {
    const dotted = undotted.get(key);
    if (dotted) union(key, dotted);
  }
  for (const key of names.keys()) find(key);

  const groups = new Map<string, string[]>();
  for (const key of [...parent.keys()].sort()) {
    const root = find(key);
    const group = groups.get(root) ?? [];
    group.push(key);
    groups.set(root, group);
  }

  const extraAliases = new Map<string, string[]>();
  const discovered: Entity[] = [];
  for (const group of groups.values()) {
    const known = [...new Set(group.map((k) => entityOf(k, base)).filter((id): id is string => id !== null))];
    const unknown = group.filter((k) => entityOf(k, base) === null && names.has(k));
    if (known.length > 0) {
      // Two gazetteer entities in one group: the text contradicts the gazetteer; leave both alone.
      if (known.length > 1) continue;
      const list = extraAliases.get(known[0]!) ?? [];
      list.push(...unknown.map((k) => names.get(k)!.text));
      extraAliases.set(known[0]!, list);
      continue;
    }
    const infos = unknown.map((k) => ({ key: k, ...names.get(k)! }));
    if (!infos.length) continue;
    const evidence = new Set(infos.flatMap((i) => [...i.evidence]));
    const canonical = infos.slice().sort(compareCanonical)[0]!;
    discovered.push({
      id: discoveredId(canonical.key),
      name: canonical.text,
      type: discoveredType(canonical.text, evidence),
      aliases: [
        canonical.text,
        ...infos
          .filter((i) => i !== canonical)
          .map((i) => i.text)
          .sort(),
      ],
      origin: 'discovered',
    });
  }

  const extended = gazetteer.map((entity) => {
    const extra = extraAliases.get(entity.id);
    if (!extra?.length) return entity;
    const seen = new Set(entity.aliases.map(fold));
    const aliases = [...entity.aliases];
    for (const alias of extra.sort()) {
      if (!seen.has(fold(alias))) {
        seen.add(fold(alias));
        aliases.push(alias);
      }
    }
    return { ...entity, aliases };
  });
  discovered.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...extended, ...discovered];
}

function entityOf(key: string, base: EntityIndex): string | null {
  if (key.length === 1) return base.abbreviations.get(key) ?? null;
  return base.aliases.get(key) || null;
}

/** Chinese before Latin, a full `·` name before its surname, then longer, then code order. */
function compareCanonical(a: { key: string }, b: { key: string }): number {
  const score = (k: string): number => (HAN.test(k) ? 2 : 0) + (k.includes('·') ? 1 : 0);
  return score(b.key) - score(a.key) || b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function discoveredType(name: string, evidence: Set<Evidence>): Entity['type'] {
  if (OUTLET_ENDS.test(name)) return 'outlet';
  if (ORGANISATION_ENDS.test(name)) return 'organisation';
  if (evidence.has('dot') || evidence.has('title') || evidence.has('speaker')) return 'person';
  return 'other';
}

/** `e-` + 10 hex digits of the SHA-1 of the folded name: stable across builds and machines. */
export function discoveredId(foldedName: string): string {
  return `e-${hash('sha1', foldedName, 'hex').slice(0, 10)}`;
}
