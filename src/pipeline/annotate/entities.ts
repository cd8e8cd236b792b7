/**
 * Entity mentions: longest-match lookup of every folded alias in the sentence key, so
 * traditional and regional spellings (`澤倫斯基`, `普丁`, `盧比歐`) resolve to one entity.
 *
 * Guards against false hits, all driven by data:
 * - a Latin alias (`NBC`, `UN`) must not touch other Latin letters or digits;
 * - a short Chinese person alias (`吕特`, `兰多`) must not sit inside a longer transliteration
 *   (`奥兰多`), unless a title precedes it (`总理默茨`);
 * - a one-character alias (`俄`, `乌`, `美`, `欧`) is an abbreviation: it counts only in a run of
 *   abbreviations (`俄乌`, `美乌欧`), before a role word (`俄方`, `乌军`, `美总统`) or after a
 *   verb that takes a country (`访俄`, `对乌`).
 */
import type { Entity, EntityMention } from '../types.ts';
import { fold } from '../fold.ts';
import {
  ABBREVIATION_PREFIXES,
  ABBREVIATION_SUFFIXES,
  ENTITY_BLOCKERS,
  TITLES,
  TRANSLITERATION_CHARS,
} from './lexicon.ts';
import { WordMatcher } from './word-matcher.ts';

/** All known entities (gazetteer + discovered), indexed for lookup. */
export interface EntityIndex {
  entities: Entity[];
  /** Entity by id. */
  byId: ReadonlyMap<string, Entity>;
  /** Folded alias (two characters or more) → entity id; `''` marks a blocking word. */
  aliases: WordMatcher<string>;
  /** One-character abbreviation → entity id. */
  abbreviations: ReadonlyMap<string, string>;
  /** The same by the character's code unit (looked up without making a one-character string). */
  abbreviationCodes: ReadonlyMap<number, string>;
}

const LATIN_WORD = /^[a-z0-9][a-z0-9 .'’&+-]*$/u;
const LATIN_CHAR = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]/u;
const HAN = /\p{Script=Han}/u;

const translit = new Set(TRANSLITERATION_CHARS);
const titleMatcher = new WordMatcher(TITLES.map((t) => [t, true] as const));
const suffixMatcher = new WordMatcher(ABBREVIATION_SUFFIXES.map((s) => [s, true] as const));
const abbreviationPrefixes = new Set(ABBREVIATION_PREFIXES);

/** Indexes entities for matching. Earlier entities win an alias that two entities share. */
export function indexEntities(entities: Entity[]): EntityIndex {
  const aliases = new WordMatcher<string>();
  const abbreviations = new Map<string, string>();
  const byId = new Map<string, Entity>();
  const blockers = ENTITY_BLOCKERS.filter((w) => !entities.some((e) => e.aliases.some((a) => fold(a) === fold(w))));
  for (const entity of entities) {
    byId.set(entity.id, entity);
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = fold(alias.trim());
      if (!key) continue;
      if (key.length === 1) {
        if (HAN.test(key) && !abbreviations.has(key)) abbreviations.set(key, entity.id);
        continue;
      }
      aliases.add(key, entity.id);
      // `阿拉·古勒` is also written `阿拉古勒`.
      if (key.includes('·') && HAN.test(key)) aliases.add(key.replaceAll('·', ''), entity.id);
    }
  }
  for (const word of blockers) aliases.add(word, '');
  const abbreviationCodes = new Map([...abbreviations].map(([k, id]) => [k.charCodeAt(0), id] as const));
  return { entities, byId, aliases, abbreviations, abbreviationCodes };
}

/** Every entity mention in a sentence, left to right, non-overlapping, longest first. */
export function findEntities(text: string, key: string, index: EntityIndex): EntityMention[] {
  const out: EntityMention[] = [];
  let lastAbbreviationEnd = -1;
  for (let i = 0; i < key.length;) {
    const match = index.aliases.longestAt(key, i);
    if (match?.value === '') {
      i = match.end;
      continue;
    }
    if (match && acceptAlias(key, match.start, match.end, index.byId.get(match.value))) {
      out.push({ entityId: match.value, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
      i = match.end;
      continue;
    }
    const abbreviation = index.abbreviationCodes.get(key.charCodeAt(i));
    if (abbreviation && acceptAbbreviation(key, i, index, lastAbbreviationEnd === i)) {
      out.push({ entityId: abbreviation, start: i, end: i + 1, text: text.slice(i, i + 1) });
      lastAbbreviationEnd = i + 1;
    }
    i++;
  }
  return out;
}

function acceptAlias(key: string, start: number, end: number, entity: Entity | undefined): boolean {
  const word = key.slice(start, end);
  if (LATIN_WORD.test(word)) {
    return !LATIN_CHAR.test(key[start - 1] ?? '') && !LATIN_CHAR.test(key[end] ?? '');
  }
  if (entity?.type === 'person' && word.length <= 3 && !word.includes('·')) {
    const before = key[start - 1] ?? '';
    const after = key[end] ?? '';
    const titled = titleMatcher.longestEndingAt(key, start) !== null;
    if (!titled && translit.has(before)) return false;
    if (translit.has(after) && !titleMatcher.longestAt(key, end)) return false;
  }
  return true;
}

function acceptAbbreviation(key: string, i: number, index: EntityIndex, continuesRun: boolean): boolean {
  if (continuesRun) return true;
  const next = key[i + 1] ?? '';
  if (index.abbreviations.has(next)) return true;
  if (suffixMatcher.longestAt(key, i + 1)) return true;
  return abbreviationPrefixes.has(key[i - 1] ?? '');
}
