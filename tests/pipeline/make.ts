/** Builders for hand-made annotated sentences in stage tests. */
import type { AnnotatedSentence, Quantity } from '../../src/pipeline/types.ts';

export type SentenceInit = Partial<Omit<AnnotatedSentence, 'cues' | 'entities' | 'quantities'>> & {
  text: string;
  sourceId?: string;
  entities?: string[] | AnnotatedSentence['entities'];
  quantities?: Partial<Quantity>[];
  cues?: Partial<AnnotatedSentence['cues']>;
};

/** A sentence with the given annotations; spans are made up where they do not matter. */
export function sentence(init: SentenceInit): AnnotatedSentence {
  const { text } = init;
  const entities = (init.entities ?? []).map((e) =>
    typeof e === 'string' ? { entityId: e, start: 0, end: 1, text: text.slice(0, 1) } : e,
  );
  return {
    paragraph: init.paragraph ?? 1,
    start: init.start ?? 0,
    end: init.end ?? text.length,
    text,
    sourceId: init.sourceId ?? 'a',
    key: init.key ?? text,
    entities,
    quantities: (init.quantities ?? []).map((q) => ({
      start: 0,
      end: 1,
      text: q.text ?? String(q.value),
      value: q.value ?? 0,
      unit: q.unit ?? 'count',
      approx: q.approx ?? 'exact',
      ...(q.counter ? { counter: q.counter } : {}),
    })),
    dates: init.dates ?? [],
    attribution: init.attribution ?? { speaker: null, speakerEntity: null, verb: null, chain: [] },
    cues: { negation: false, denial: false, hedge: false, plan: false, question: false, ...init.cues },
  };
}

export const day = (value: string) => ({ start: 0, end: 1, text: value, value, precision: 'day' as const });
