/** Annotate: entities, quantities, dates, attribution and cues for each sentence. */
import type { AnnotatedSentence, CleanDocument, Entity, Sentence } from '../types.ts';

export interface AnnotateContext {
  sourceId: string;
  publishedAt: string | null;
  entities: EntityIndex;
}

/** All known entities (gazetteer + discovered), indexed for lookup. */
export interface EntityIndex {
  entities: Entity[];
}

/** Builds the entity index from the gazetteer and what the corpus itself says (aliases in brackets…). */
export function buildEntityIndex(gazetteer: Entity[], _docs: { doc: CleanDocument; sentences: Sentence[] }[]): EntityIndex {
  return { entities: gazetteer };
}

export function annotate(sentences: Sentence[], ctx: AnnotateContext): AnnotatedSentence[] {
  return sentences.map((s) => ({
    ...s,
    sourceId: ctx.sourceId,
    key: s.text,
    entities: [],
    quantities: [],
    dates: [],
    attribution: { speaker: null, speakerEntity: null, verb: null, chain: [] },
    cues: { negation: false, denial: false, hedge: false, plan: false, question: /[?？]$/.test(s.text) },
  }));
}
