/**
 * The content pipeline, composed in one place:
 * decode → clean → metadata → segment → annotate → extract → align → status → publish.
 * Everything here is pure; `scripts/build-content.ts` reads the seeds and writes the output.
 * The per-article stages (clean to extract) and the judging of candidate pairs run on worker
 * threads for large corpora (see `parallel.ts`); the result is the same on any number of threads.
 */
import { alignWith, createAlignMemo, type Alignment, type AlignSource } from './align.ts';
import { entityIndexBuilder, redate } from './annotate/index.ts';
import { stageTimer, type PreparedArticle } from './article.ts';
import { articleKey, contentHash, type PipelineCache } from './cache.ts';
import { extractClaims, fromCandidateRefs, type CandidateRef, type ClaimCandidate } from './extract.ts';
import { digest, sourceId } from './fingerprint.ts';
import { dedupe } from './dedupe.ts';
import { decode } from './ingest.ts';
import { extractMetadata } from './metadata.ts';
import { ArticlePool, defaultThreads, TASKS, type TaskName, type Tasks } from './parallel.ts';
export type { ArticlePool } from './parallel.ts';
import { publish, type EditorialInput, type PublishedSite } from './publish.ts';
import type {
  AnnotatedSentence,
  ArticleMeta,
  CleanDocument,
  DecodedFile,
  Entity,
  InputFile,
  Message,
  Paragraph,
} from './types.ts';

export interface PipelineOptions {
  /** Entities from the hand-kept gazetteer. */
  gazetteer: Entity[];
  /** Editorial overrides from `content/overrides.yaml`. */
  editorial?: EditorialInput;
  /**
   * Per-article results from earlier runs (decode, clean, metadata, segment; annotate also keyed
   * by the entity index), by content hash. Output is the same with or without it.
   */
  cache?: PipelineCache;
  /** Told as the run goes: the stage, and how many of its items are done (for a progress bar). */
  onProgress?: (stage: PipelineStage, done: number, total: number) => void;
  /**
   * Threads for the per-article stages, the main thread included; the output is the same for any
   * number. @default defaultThreads(files.length)
   */
  threads?: number;
  /**
   * The pool's threads, started ahead (see `startPipelineThreads`); `threads` is then theirs.
   * `runPipeline` closes them.
   */
  pool?: ArticlePool;
}

/** The stages a run reports progress on, in order (`annotate` comes again for re-dated articles). */
export const PIPELINE_STAGES = ['prepare', 'entities', 'annotate', 'align', 'publish'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Per-article work that depends on nothing but the file: what the cache keeps for it. */
interface ArticleEntry {
  decoded: DecodedFile;
  /** Set once the article got past dedupe. */
  prepared?: PreparedArticle;
}

/** One source as the pipeline saw it, for the build report and the source page. */
export interface SourceRecord {
  id: string;
  decoded: DecodedFile;
  doc: CleanDocument;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: AnnotatedSentence[];
  candidates: ClaimCandidate[];
}

export interface PipelineResult extends PublishedSite {
  sources: SourceRecord[];
  messages: Message[];
  /** Seconds spent in each stage (not written into any output: output must be byte-identical). */
  timings: Record<string, number>;
  /** Candidate pairs the aligner compared. */
  comparisons: number;
  /** Threads the per-article stages ran on, and how many articles worker threads did (not written either). */
  parallel: { threads: number; byWorkers: number };
}

/** Source ids from file names, unique even when two names slug alike. */
export function assignSourceIds(names: string[]): string[] {
  const ids = names.map(sourceId);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return ids.map((id, i) => ((counts.get(id) ?? 0) > 1 ? `${id}-${digest(names[i]!, 6)}` : id));
}

/**
 * For each undated source, the latest date of the dated sources it shares a claim with.
 * (Reports of the same statement are close in time; the article's own month-days then place it.)
 */
export function corpusReferences(sources: SourceRecord[], alignment: Alignment): Map<string, string> {
  // Groups of sources reporting the same thing: the evidence of one claim. (Claims that merely
  // agree can be months apart, so they date nothing.) Only a group of two sources or more, one of
  // them undated, can date anything: the others are left out.
  const known = new Map<string, string>();
  for (const s of sources) if (s.meta.publishedAt) known.set(s.id, s.meta.publishedAt);
  const groups: string[][] = [];
  alignment.clusters.forEach((members, c) => {
    const secondary = alignment.secondary[c] ?? [];
    if (members.length + secondary.length < 2) return;
    const ids = [...new Set([...members, ...secondary].map((m) => m.sentence.sourceId))];
    if (ids.length > 1 && ids.some((id) => !known.has(id))) groups.push(ids);
  });
  const out = new Map<string, string>();
  // A source dated this way dates those that share claims with it, a few steps out.
  for (let step = 0; step < 3; step++) {
    let changed = false;
    for (const group of groups) {
      let latest: string | undefined;
      for (const id of group) {
        const d = known.get(id);
        if (d && (!latest || d > latest)) latest = d;
      }
      if (!latest) continue;
      for (const id of group) {
        if (known.has(id) && !out.has(id)) continue;
        const previous = out.get(id);
        if (!previous || previous < latest) {
          out.set(id, latest);
          changed = true;
        }
      }
    }
    for (const [id, d] of out) known.set(id, d);
    if (!changed) break;
  }
  return out;
}

/** The latest date in each month among these dates (`YYYY-MM-DD`), newest month first. */
export function latestPerMonth(dates: string[]): string[] {
  const byMonth = new Map<string, string>();
  for (const d of dates) {
    const month = d.slice(0, 7);
    const known = byMonth.get(month);
    if (d.length === 10 && (!known || d > known)) byMonth.set(month, d);
  }
  return [...byMonth.values()].sort().reverse();
}

/** An undated source's metadata resolved against the nearest of `refs` within 31 days, if any. */
function nearestDating(s: SourceRecord, refs: string[]): ArticleMeta | undefined {
  let best: { meta: ArticleMeta; gap: number } | undefined;
  for (const ref of refs) {
    const meta = extractMetadata(s.doc, s.decoded.sidecar, ref);
    if (!meta.publishedAt) continue;
    const gap = Math.abs(Date.parse(ref) - Date.parse(meta.publishedAt)) / 86_400_000;
    if (gap <= 31 && (!best || gap < best.gap)) best = { meta, gap };
  }
  return best?.meta;
}

/**
 * The threads for a run over `articles` articles (`threads` of them, the main thread included),
 * started now: loading the pipeline in a worker thread takes a few tenths of a second, which it
 * can spend while this thread still reads the articles. Pass them to `runPipeline` as `pool`.
 */
export function startPipelineThreads(articles: number, threads: number = defaultThreads(articles)): ArticlePool {
  const pool = new ArticlePool(threads);
  pool.warm(articles);
  return pool;
}

/** Runs every stage over the decoded inputs. */
export async function runPipeline(files: InputFile[], options: PipelineOptions): Promise<PipelineResult> {
  const pool = options.pool ?? new ArticlePool(options.threads ?? defaultThreads(files.length));
  pool.warm(files.length);
  try {
    const result = await runStages(files, options, pool);
    return { ...result, parallel: { threads: pool.threads, byWorkers: pool.doneByWorkers } };
  } finally {
    await pool.close();
  }
}

async function runStages(
  files: InputFile[],
  options: PipelineOptions,
  pool: ArticlePool,
): Promise<Omit<PipelineResult, 'parallel'>> {
  const timings: Record<string, number> = {};
  const time = stageTimer(timings);
  /**
   * Per-article work on every thread of the pool. Its stages' seconds are summed over threads,
   * so they are scaled to the wall time the work took: stage seconds still add up to the run's.
   */
  const inParallel = async <T extends TaskName>(
    task: T,
    items: Tasks[T]['item'][],
    shared: Tasks[T]['shared'],
    context: unknown,
    onDone?: (index: number, done: number, result: Tasks[T]['out']) => void,
    first?: () => void,
  ): Promise<Tasks[T]['out'][]> => {
    const cpu: Record<string, number> = {};
    const t0 = performance.now();
    // `first` and `onDone`, this thread's own work besides the items, time themselves.
    let aside = 0;
    const timed =
      <A extends unknown[]>(f: ((...args: A) => void) | undefined) =>
      (...args: A) => {
        const t = performance.now();
        f?.(...args);
        aside += performance.now() - t;
      };
    const out = await pool.map(task, items, shared, context, cpu, timed(onDone), timed(first));
    const wall = (performance.now() - t0 - aside) / 1000;
    const total = Object.values(cpu).reduce((a, b) => a + b, 0);
    for (const [stage, s] of Object.entries(cpu))
      timings[stage] = (timings[stage] ?? 0) + (total > 0 ? (wall * s) / total : 0);
    return out;
  };
  const progress = options.onProgress ?? (() => {});
  const messages: Message[] = [];
  progress('prepare', 0, files.length);
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const { cache } = options;
  const keys = cache ? sorted.map(articleKey) : [];
  const entries = new Map<DecodedFile, ArticleEntry & { key?: string }>();
  const decoded = sorted.map((file, i) => {
    const hit = cache ? (time('decode', () => cache.get(keys[i]!)) as ArticleEntry | undefined) : undefined;
    const entry = hit ?? { decoded: time('decode', () => decode(file)) };
    if (cache && !hit) cache.set(keys[i]!, entry);
    entries.set(entry.decoded, { ...entry, ...(cache ? { key: keys[i]! } : {}) });
    return entry.decoded;
  });
  const readable: DecodedFile[] = [];
  for (const d of decoded) {
    messages.push(...d.messages);
    if (d.messages.some((m) => m.severity === 'error')) continue;
    readable.push(d);
  }
  // Articles the cache does not have are prepared on every thread. Meanwhile this thread finds the
  // copies among all articles (a copy is one source: later copies are reported and left out, and
  // what was prepared of them is dropped; progress counts the others), and discovers entities in
  // the articles prepared so far, in corpus order.
  const toPrepare = readable.filter((d) => !entries.get(d)!.prepared);
  let kept = new Set<DecodedFile>();
  let ready = 0;
  const discovery = entityIndexBuilder(options.gazetteer);
  let discovered = 0;
  const discover = () => {
    for (let p = entries.get(readable[discovered]!)?.prepared; p; p = entries.get(readable[discovered]!)?.prepared) {
      const { sentences } = p;
      time('entities', () => discovery.add(sentences));
      if (++discovered === readable.length) break;
    }
  };
  const findCopies = () => {
    const unique = time('decode', () => dedupe(readable));
    messages.push(...unique.messages);
    kept = new Set(unique.kept);
    readable.splice(0, readable.length, ...unique.kept);
    ready = readable.length - readable.filter((d) => !entries.get(d)!.prepared).length;
    if (ready > 0) progress('prepare', ready, readable.length);
    discover();
  };
  await inParallel(
    'prepare',
    toPrepare,
    null,
    null,
    (i, _done, prepared) => {
      const d = toPrepare[i]!;
      const entry = entries.get(d)!;
      entry.prepared = prepared;
      if (cache && entry.key) cache.set(entry.key, { decoded: d, prepared });
      if (!kept.has(d)) return;
      progress('prepare', ++ready, readable.length);
      discover();
    },
    findCopies,
  );
  const ids = assignSourceIds(readable.map((d) => d.name));
  const staged = readable.map((d, i) => {
    const entry = entries.get(d)!;
    const { doc, meta, paragraphs, sentences, messages: found } = entry.prepared!;
    messages.push(...found);
    if (sentences.length === 0) {
      messages.push({
        file: d.name,
        ruleId: 'pipeline/no-sentences',
        severity: 'warning',
        message: `"${d.name}" has no article text left after cleaning; it is listed as a source without claims. Check that it is a news article.`,
      });
    }
    return { id: ids[i]!, decoded: d, doc, meta, paragraphs, sentences, key: entry.key };
  });

  progress('entities', 0, 1);
  discover();
  const entityIndex = time('entities', () => discovery.finish());

  const countryOf = new Map(entityIndex.entities.flatMap((e) => (e.country ? [[e.id, e.country] as const] : [])));
  const offsets: number[] = [];
  let offset = 0;
  for (const s of staged) {
    offsets.push(offset);
    offset += s.sentences.length;
  }
  // Annotations depend on the article, its id and date, and on the whole entity index.
  const entitiesKey = cache ? contentHash(JSON.stringify(entityIndex.entities)) : '';
  /**
   * Annotates these staged articles (`at`: their positions in `staged`) on every thread; or, given
   * an article's sentences annotated for another date (`previous`), finds only what depends on it.
   * `each` is told every finished source, in list order, as soon as it and those before it are done.
   */
  const annotateSources = async (
    list: (typeof staged)[number][],
    at: number[],
    onDone: (done: number) => void = () => {},
    previous?: AnnotatedSentence[][],
    each: (source: SourceRecord) => void = () => {},
  ): Promise<SourceRecord[]> => {
    const keysOf = list.map(({ key, id, meta }) =>
      cache && key ? contentHash('annotate', key, id, meta.publishedAt ?? '', entitiesKey) : undefined,
    );
    const annotated = keysOf.map((k) =>
      k ? (time('annotate', () => cache!.get(k)) as AnnotatedSentence[] | undefined) : undefined,
    );
    if (previous) {
      list.forEach((s, j) => {
        if (annotated[j]) return;
        annotated[j] = time('annotate', () => redate(previous[j]!, s.meta.publishedAt));
        if (keysOf[j]) cache!.set(keysOf[j], annotated[j]);
      });
    }
    const missing = list.flatMap((_, j) => (annotated[j] ? [] : [j]));
    let done = list.length - missing.length;
    if (done > 0) onDone(done);
    const candidates = new Map<number, CandidateRef[]>();
    const records: SourceRecord[] = [];
    // The finished sources at the front of the list, in order.
    const advance = () => {
      for (let j = records.length; j < list.length && annotated[j]; j = records.length) {
        const { key: _key, ...s } = list[j]!;
        const sentences = annotated[j]!;
        const refs = candidates.get(j);
        const record = {
          ...s,
          sentences,
          candidates: refs
            ? fromCandidateRefs(sentences, refs)
            : time('extract', () => extractClaims(sentences, offsets[at[j]!])),
        };
        records.push(record);
        each(record);
      }
    };
    advance();
    await inParallel(
      'annotate',
      missing.map((j) => ({
        sourceId: list[j]!.id,
        publishedAt: list[j]!.meta.publishedAt,
        sentences: list[j]!.sentences,
        offset: offsets[at[j]!]!,
      })),
      entityIndex.entities,
      entityIndex,
      (n, _done, result) => {
        const j = missing[n]!;
        annotated[j] = result.sentences;
        candidates.set(j, result.candidates);
        if (keysOf[j]) cache!.set(keysOf[j], result.sentences);
        onDone(++done);
        advance();
      },
    );
    return records;
  };
  // What each candidate says on its own is read once, for both alignments, on this thread as the
  // sources come in (in corpus order: the memo numbers what it meets in the order it meets it).
  const memo = createAlignMemo();
  const readAhead = (s: SourceRecord) =>
    time('align', () => {
      for (const c of s.candidates) memo.reading(c);
    });
  let sources = await annotateSources(
    staged,
    staged.map((_, i) => i),
    (done) => progress('annotate', done, staged.length),
    undefined,
    readAhead,
  );
  // An article dated later is annotated again from its annotated sentences: let go of the others.
  entries.clear();
  staged.forEach((s, i) => (staged[i] = { ...s, sentences: [] }));

  // Pairs are judged on every thread; making the table and joining the claims is the main thread's.
  const alignAll = async (touching?: ReadonlySet<string>) => {
    progress('align', 0, 1);
    const t0 = performance.now();
    let judging = 0;
    const alignment = await alignWith(
      sources.flatMap((s) => s.candidates),
      new Map<string, AlignSource>(
        sources.map((s) => [s.id, { id: s.id, publishedAt: s.meta.publishedAt, wire: s.meta.wire }]),
      ),
      // The first, partial pass only dates sources: it needs which sentences state the same claim, not relations.
      { countryOf, memo, ...(touching ? { touching, groupsOnly: true } : {}) },
      async (job, chunks) => {
        const t1 = performance.now();
        const chunkList = Array.from({ length: chunks }, (_, c) => c);
        const meetings = await inParallel('judge', chunkList, job, TASKS.judge.context(job));
        judging += (performance.now() - t1) / 1000; // counted by `inParallel`
        return meetings;
      },
    );
    timings.align = (timings.align ?? 0) + (performance.now() - t0) / 1000 - judging;
    return alignment;
  };

  // An article that gives no year or month is dated by the sources that report the same claims
  // (found by a first alignment of its own sentences only); re-dated articles are annotated again.
  const undated = new Set(sources.filter((s) => !s.meta.publishedAt).map((s) => s.id));
  if (undated.size > 0) {
    const first = await alignAll(undated);
    const references = time('metadata', () => corpusReferences(sources, first));
    /** Annotates again the sources given new metadata (`metas[i]` for `sources[i]`). */
    const redate = async (metas: (ArticleMeta | undefined)[]) => {
      const at = metas.flatMap((m, i) => (m ? [i] : []));
      const again = await annotateSources(
        at.map((i) => ({ ...staged[i]!, meta: metas[i]! })),
        at,
        undefined,
        at.map((i) => sources[i]!.sentences),
      );
      const byIndex = new Map(at.map((i, n) => [i, again[n]!]));
      // What did not change for a candidate keeps its reading.
      time('align', () =>
        at.forEach((i, n) => {
          const before = new Map(sources[i]!.candidates.map((c) => [c.order, c]));
          for (const c of again[n]!.candidates) {
            const previous = before.get(c.order);
            if (previous) memo.carry(previous, c);
          }
        }),
      );
      sources = sources.map((s, i) => byIndex.get(i) ?? s);
    };
    await redate(
      sources.map((s) => {
        const reference = references.get(s.id);
        if (!reference) return undefined;
        const meta = time('metadata', () => extractMetadata(s.doc, s.decoded.sidecar, reference));
        return meta.publishedAt ? meta : undefined;
      }),
    );
    // Still undated (it shares no claim): the year that puts the article's own month-days within a
    // month of a dated article of the corpus, the nearest one.
    const monthRefs = latestPerMonth(sources.flatMap((s) => (s.meta.publishedAt ? [s.meta.publishedAt] : [])));
    await redate(
      sources.map((s) => (s.meta.publishedAt ? undefined : time('metadata', () => nearestDating(s, monthRefs)))),
    );
  }
  staged.length = 0;
  const alignment = await alignAll();

  progress('publish', 0, 1);
  const site = time('publish', () => publish(sources, alignment, entityIndex.entities, options.editorial, messages));
  return { ...site, sources, messages, timings, comparisons: alignment.comparisons };
}
