/**
 * Annotate: entities, quantities, dates, attribution and cues for each sentence.
 *
 * Every annotator reads the sentence's folded `key` (same length as the text, traditional
 * folded to simplified, full-width to half-width), so spans found in the key slice the
 * original text: `sentence.text.slice(m.start, m.end) === m.text` for every mention.
 */
import { fold } from '../fold.ts';
import type { AnnotatedSentence, CleanDocument, Entity, EntityMention, Sentence } from '../types.ts';
import { findAttribution, type AttributionState } from './attribution.ts';
import { findCues } from './cues.ts';
import { nextAnchor, scanDates, type DateContext } from './dates.ts';
import { entityDiscovery } from './discover-aliases.ts';
import { findEntities, indexEntities, type EntityIndex } from './entities.ts';
import { findQuantities } from './quantities.ts';

export type { EntityIndex } from './entities.ts';

export interface AnnotateContext {
  sourceId: string;
  /** Publication date `YYYY-MM-DD`, or `null` when unknown (dates then resolve against the text). */
  publishedAt: string | null;
  entities: EntityIndex;
}

/**
 * Builds the entity index from the gazetteer and what the corpus itself says: aliases in
 * brackets, `·` names, names after titles, recurring unknown speakers.
 */
export function buildEntityIndex(
  gazetteer: Entity[],
  docs: { doc: CleanDocument; sentences: Sentence[] }[],
): EntityIndex {
  const builder = entityIndexBuilder(gazetteer);
  for (const { sentences } of docs) builder.add(sentences);
  return builder.finish();
}

/** `buildEntityIndex` fed one article's sentences at a time, in corpus order, then finished. */
export function entityIndexBuilder(gazetteer: Entity[]): {
  add: (sentences: Sentence[]) => void;
  finish: () => EntityIndex;
} {
  const discovery = entityDiscovery(gazetteer);
  return {
    add: (sentences) => {
      for (const s of sentences) discovery.add(s.text);
    },
    finish: () => indexEntities(discovery.finish()),
  };
}

/** Annotates the sentences of one article, in order (attribution and dates carry context). */
export function annotate(sentences: Sentence[], ctx: AnnotateContext): AnnotatedSentence[] {
  const attribution: AttributionState = { lastPerson: null, lastSpeaker: null };
  const dating = datingOf(ctx.publishedAt);
  let paragraph = -1;
  return sentences.map((sentence) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      attribution.lastSpeaker = null;
    }
    const key = fold(sentence.text);
    const entities = findEntities(sentence.text, key, ctx.entities);
    const { dates, quantities } = dating(sentence, key, entities);
    return {
      ...sentence,
      sourceId: ctx.sourceId,
      key,
      entities,
      quantities,
      dates,
      attribution: findAttribution(sentence.text, key, entities, ctx.entities, attribution),
      cues: findCues(key),
    };
  });
}

/**
 * The same annotated article for another publication date: only dates (`3日` → 2025-12-03) and the
 * quantities they leave free depend on it, so only those are found again. Gives what `annotate`
 * gives for the article's sentences with `publishedAt`.
 */
export function redate(sentences: AnnotatedSentence[], publishedAt: string | null): AnnotatedSentence[] {
  const dating = datingOf(publishedAt);
  return sentences.map((s) => ({ ...s, ...dating(s, s.key, s.entities) }));
}

/**
 * Dates and quantities of an article's sentences, in order: a date resolves against the
 * publication date (or, without one, the latest day the article named so far) and the last full
 * date of its paragraph; quantities skip dates, clock times and names.
 */
function datingOf(publishedAt: string | null) {
  const dateContext: DateContext = { reference: publishedAt, anchor: null, referenceIsLowerBound: !publishedAt };
  let paragraph = -1;
  return (sentence: Sentence, key: string, entities: EntityMention[]) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      dateContext.anchor = null;
    }
    const { dates: allDates, times } = scanDates(key, sentence.text, dateContext);
    // A date inside a name (`今日俄罗斯`) is part of the name.
    const dates = allDates.filter((d) => !entities.some((m) => m.start < d.end && d.start < m.end));
    dateContext.anchor = nextAnchor(dates, dateContext.anchor);
    if (!publishedAt) {
      const lastDay = dates.findLast((d) => d.precision === 'day');
      if (lastDay && (!dateContext.reference || lastDay.value > dateContext.reference))
        dateContext.reference = lastDay.value;
    }
    const quantities = findQuantities(
      key,
      sentence.text,
      [...dates, ...times, ...entities],
      new Set(entities.map((m) => m.start)),
    );
    return { dates, quantities };
  };
}
