/**
 * Per-article work spread over threads. The main thread and the workers take articles from one
 * shared counter, so a thread that gets short articles simply takes more of them; workers send
 * their results back as JSON (the same round trip as the per-article cache, so the output is the
 * same whichever thread did the work), leaving out what the main thread has already. Results come
 * back in item order. Copying between threads is work the main thread does alone, so what
 * crosses is kept small: items packed, results without the texts the main thread holds.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { judgeScratch, meetChunk, type JudgeJob, type JudgeScratch, type Meetings } from './align.ts';
import { indexEntities, type EntityIndex } from './annotate/entities.ts';
import {
  annotateArticle,
  packAnnotated,
  packAnnotateItems,
  packPrepared,
  prepareArticle,
  unpackAnnotated,
  unpackAnnotateItems,
  unpackPrepared,
  type AnnotatedArticle,
  type AnnotateItem,
  type PreparedArticle,
  stageTimer,
  type StageTimer,
} from './article.ts';
import type { DecodedFile, Entity } from './types.ts';

/** @default 4 — threads beyond this gain little: the main thread also reads every result back. */
export const MAX_THREADS = 4;

/**
 * @default 200 — fewer articles than this are done on the main thread alone: starting a worker
 * (loading the pipeline's code and data) costs about as much as preparing that many articles.
 */
export const MIN_PARALLEL_ARTICLES = 200;

/** Threads for a run of `articles` articles on this machine. */
export function defaultThreads(articles: number): number {
  return articles < MIN_PARALLEL_ARTICLES ? 1 : Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

/** The work a thread can be given: what it takes, what it needs once per batch, what it gives. */
export interface Tasks {
  prepare: { item: DecodedFile; shared: null; out: PreparedArticle };
  annotate: { item: AnnotateItem; shared: Entity[]; out: AnnotatedArticle };
  /** A chunk of an alignment's pairs (see `meetChunk`). */
  judge: { item: number; shared: JudgeJob; out: Meetings };
}
export type TaskName = keyof Tasks;

/** How each task runs, given the context a thread builds once from `shared`. */
export const TASKS: {
  [T in TaskName]: {
    context: (shared: Tasks[T]['shared']) => unknown;
    run: (item: Tasks[T]['item'], context: never, time: StageTimer) => Tasks[T]['out'];
    /** Items that are many small objects cross to the workers in a form quicker to copy. */
    items?: {
      pack: (items: Tasks[T]['item'][]) => unknown;
      unpack: (packed: never) => (i: number) => Tasks[T]['item'];
    };
    /** Results cross back without what the main thread already has (before their JSON round trip, and after). */
    results?: {
      pack: (out: Tasks[T]['out'], item: Tasks[T]['item']) => unknown;
      unpack: (sent: unknown, item: Tasks[T]['item']) => Tasks[T]['out'];
    };
  };
} = {
  prepare: {
    context: () => null,
    run: (d, _context, time) => prepareArticle(d, time),
    results: { pack: packPrepared, unpack: unpackPrepared },
  },
  annotate: {
    context: (entities) => indexEntities(entities),
    run: (item, index: EntityIndex, time) => annotateArticle(item, index, time),
    items: { pack: packAnnotateItems, unpack: unpackAnnotateItems },
    results: { pack: packAnnotated, unpack: unpackAnnotated },
  },
  judge: {
    context: (job) => ({ job, scratch: judgeScratch(job) }),
    run: (chunk, context: { job: JudgeJob; scratch: JudgeScratch }, time) =>
      time('align', () => meetChunk(context.job, chunk, context.scratch)),
  },
};

/** A job as the worker receives it. */
export interface WorkerJob {
  task: TaskName;
  /** The items, or what the task's `items.pack` made of them. */
  items: unknown;
  count: number;
  shared: unknown;
  /** An Int32Array over this: the next item to take. */
  counter: SharedArrayBuffer;
}

/** What a worker sends back. */
export type WorkerReply =
  /** Finished items (`at`) and their results as JSON text, one string each: no joining, no splitting. */
  | { kind: 'results'; at: number[]; json: string[] }
  | { kind: 'done'; timings: Record<string, number> }
  | { kind: 'failed'; message: string; stack?: string };

/** Results a worker sends in one message: small enough to be read back between local articles. */
export const REPLY_BATCH_CHARS = 1 << 20;

/** How often, at most, the main thread stops its own work to read the workers' results. */
const POLL_MS = 20;

/** The main thread and its worker threads, sharing per-article jobs (see the top of this file). */
export class ArticlePool {
  readonly #threads: number;
  readonly #minItems: number;
  readonly #workers: Worker[] = [];
  /** Items done by worker threads so far (the rest were done on the main thread). */
  doneByWorkers = 0;

  /**
   * A pool of `threads` threads in all, the main thread included (1: no workers). Workers start
   * when first needed: a job of fewer than `minItems` items is done on the main thread alone.
   */
  constructor(threads: number, minItems: number = MIN_PARALLEL_ARTICLES) {
    this.#threads = Math.max(1, threads);
    this.#minItems = minItems;
  }

  get threads(): number {
    return this.#threads;
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.#workers.length;
  }

  /**
   * Starts the workers a job of `items` items would use, if not started yet: loading the
   * pipeline's code in a worker takes about half a second, which they can spend while this thread
   * still reads and decodes.
   */
  warm(items: number): void {
    if (this.#threads === 1 || items < Math.max(2, this.#minItems)) return;
    while (this.#workers.length < this.#threads - 1) {
      this.#workers.push(new Worker(new URL('./parallel-worker.ts', import.meta.url)));
    }
  }

  /**
   * `task` over `items`, on every thread of the pool. `context` is what the main thread uses
   * (it already has it); workers build theirs from `shared`. `onDone` is told each finished item.
   * Seconds by stage, summed over all threads (CPU time, not wall time), are added to `cpu`.
   * `first` is work of this thread's own that it does once the workers have the job, before it
   * takes items itself; results that come in meanwhile are read (and `onDone` told) after it.
   */
  async map<T extends TaskName>(
    task: T,
    items: Tasks[T]['item'][],
    shared: Tasks[T]['shared'],
    context: unknown,
    cpu: Record<string, number>,
    onDone: (index: number, done: number, result: Tasks[T]['out']) => void = () => {},
    first: () => void = () => {},
  ): Promise<Tasks[T]['out'][]> {
    const out = new Array<Tasks[T]['out']>(items.length);
    const run = TASKS[task].run as (item: Tasks[T]['item'], context: unknown, time: StageTimer) => Tasks[T]['out'];
    const time = stageTimer(cpu);
    let done = 0;
    const finish = (i: number, result: Tasks[T]['out']) => {
      out[i] = result;
      onDone(i, ++done, result);
    };
    if (this.#threads === 1 || items.length < Math.max(2, this.#minItems)) {
      first();
      for (const [i, item] of items.entries()) finish(i, run(item, context, time));
      return out;
    }
    this.warm(items.length);

    const counter = new Int32Array(new SharedArrayBuffer(4));
    const wire = TASKS[task] as {
      items?: { pack: (items: Tasks[T]['item'][]) => unknown };
      results?: { unpack: (sent: unknown, item: Tasks[T]['item']) => Tasks[T]['out'] };
    };
    const received = (i: number, json: string): Tasks[T]['out'] => {
      const sent = JSON.parse(json) as unknown;
      return wire.results ? wire.results.unpack(sent, items[i]!) : (sent as Tasks[T]['out']);
    };
    const job: WorkerJob = {
      task,
      items: wire.items ? wire.items.pack(items) : items,
      count: items.length,
      shared,
      counter: counter.buffer,
    };
    const replies = this.#workers.map(
      (worker) =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const onMessage = (reply: WorkerReply) => {
            if (reply.kind === 'results') {
              for (let k = 0; k < reply.at.length; k++) {
                finish(reply.at[k]!, received(reply.at[k]!, reply.json[k]!));
                this.doneByWorkers++;
              }
              return;
            }
            worker.off('message', onMessage).off('error', onError).off('exit', onExit);
            if (reply.kind === 'done') resolve(reply.timings);
            else reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
          };
          const onError = (error: Error) => reject(error);
          const onExit = (code: number) => reject(new Error(`A pipeline worker stopped (exit code ${code}).`));
          worker.on('message', onMessage).on('error', onError).on('exit', onExit);
          worker.postMessage(job);
        }),
    );
    // Let no failure go unhandled while the main thread is still busy with its own share.
    for (const r of replies) r.catch(() => {});
    first();

    let polled = performance.now();
    for (let i = Atomics.add(counter, 0, 1); i < items.length; i = Atomics.add(counter, 0, 1)) {
      finish(i, run(items[i]!, context, time));
      if (performance.now() - polled > POLL_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        polled = performance.now();
      }
    }
    for (const timings of await Promise.all(replies)) {
      for (const [stage, s] of Object.entries(timings)) cpu[stage] = (cpu[stage] ?? 0) + s;
    }
    return out;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers.length = 0;
  }
}
