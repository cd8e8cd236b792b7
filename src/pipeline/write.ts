/** Write: the generated pages, public data and build report, each page checked against its schema first. */
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorrectionsFileSchema, RedirectsFileSchema } from '../schema.ts';
import type { PublishedSite } from './publish.ts';
import { claimsFileHead, hiddenClaimIds } from './public-data.ts';
import type { BuildReport } from './report.ts';
import type { FileWrite, PageKind, WriteBatch, WriteReply, WriterLoaded, WriterSetup } from './write-worker.ts';

/**
 * Characters JSON leaves raw but YAML forbids or reads as line breaks (DEL and C1 controls, the
 * Unicode line and paragraph separators, BOM, non-characters): written as `\uXXXX` escapes,
 * which mean the same in JSON and in a YAML double-quoted string.
 */
const NOT_YAML_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;

/** A Markdown page with the given frontmatter (`---` fences around one JSON object) and an empty body. */
export function toMarkdown(data: object): string {
  return markdownOfJson(JSON.stringify(data));
}

/**
 * `toMarkdown(data)` from `JSON.stringify(data)`: the frontmatter is that one line of JSON, with
 * the characters YAML would not read as written escaped. JSON is YAML 1.2 (every string
 * double-quoted, so nothing is read as a date, number or boolean), it parses in Astro's and
 * gray-matter's YAML loaders, and it is written many times faster than block YAML. `undefined`
 * values are left out, as in YAML.
 */
export function markdownOfJson(json: string): string {
  // Most pages have none of these characters: looking for one is faster than replacing none.
  const safe =
    json.search(NOT_YAML_PRINTABLE) < 0
      ? json
      : json.replace(NOT_YAML_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `---\n${safe}\n---\n`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);

/**
 * An item of an array field of `json(value)`, as printed there: on lines of its own, indented.
 * Printed as the one item of an array in an array, it is indented just so; cutting off the
 * brackets around it (`[\n  [\n` and `\n  ]\n]`) is faster than indenting it afterwards.
 */
export const arrayItemText = (item: unknown): string => JSON.stringify([[item]], null, 2).slice(6, -6);

/** A run of consecutive items of one array field: their `arrayItemText`s joined by `,\n`. */
export interface ItemRun {
  count: number;
  /** The joined text, as text or UTF-8. */
  joined: string | Uint8Array<ArrayBuffer>;
}

/**
 * `arrayItemText`s joined into an `ItemRun` (UTF-8, so it can be handed between threads without a
 * copy). Each text is encoded straight into one buffer, which is faster than joining the texts into
 * one string first. The buffer is sized exactly: the thread it moves to counts all of it as
 * memory of its own, and a buffer sized for the worst case (3 bytes per UTF-16 code unit) made
 * that thread collect garbage twice more while writing a large site.
 */
export function itemRun(texts: string[]): ItemRun {
  let units = 0;
  for (const t of texts) units += Buffer.byteLength(t) + 2;
  const bytes = Buffer.allocUnsafeSlow(units);
  let at = 0;
  for (const [i, t] of texts.entries()) {
    if (i > 0) at += bytes.write(',\n', at);
    at += bytes.write(t, at);
  }
  return { count: texts.length, joined: new Uint8Array(bytes.buffer, 0, at) };
}

/**
 * `json(value)` in pieces, for an object whose arrays are large (`claims.json`): the same bytes,
 * without ever holding the whole text. The items of the array fields named in `later` are not in
 * `value`: they are given afterwards, in order, as `ItemRun`s, `later[key]` items in all.
 */
export class JsonPieces {
  readonly #parts: ({ key: string; count: number } | string)[] = [];
  #section = 0;
  #item = 0;
  #out: (string | Uint8Array<ArrayBuffer>)[] = [];

  constructor(value: Record<string, unknown>, later: Record<string, number> = {}) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined || k in later);
    this.#out.push('{\n');
    for (const [i, key] of keys.entries()) {
      const comma = i < keys.length - 1 ? ',' : '';
      const v = value[key];
      if (key in later && later[key]! > 0) {
        this.#parts.push(`  ${JSON.stringify(key)}: [\n`, { key, count: later[key]! }, `\n  ]${comma}\n`);
      } else if (Array.isArray(v) && v.length > 0 && !(key in later)) {
        this.#parts.push(`  ${JSON.stringify(key)}: [\n${v.map(arrayItemText).join(',\n')}\n  ]${comma}\n`);
      } else {
        this.#parts.push(
          `  ${JSON.stringify(key)}: ${key in later ? '[]' : indent(JSON.stringify(v, null, 2), '  ')}${comma}\n`,
        );
      }
    }
    this.#advance();
  }

  /** Takes the next items of array field `key`. */
  add(key: string, run: ItemRun): void {
    if (run.count === 0) return;
    const part = this.#parts[this.#section];
    if (typeof part !== 'object' || part.key !== key || this.#item + run.count > part.count)
      throw new Error(`JsonPieces: ${run.count} item(s) of "${key}" were not expected here.`);
    if (this.#item > 0) this.#out.push(',\n');
    this.#out.push(run.joined);
    this.#item += run.count;
    if (this.#item === part.count) {
      this.#section++;
      this.#item = 0;
      this.#advance();
    }
  }

  /** The pieces since the last call, in order. */
  take(): (string | Uint8Array<ArrayBuffer>)[] {
    return this.#out.splice(0);
  }

  /** Whether every item was given. */
  get complete(): boolean {
    return this.#section === this.#parts.length;
  }

  #advance(): void {
    for (let part = this.#parts[this.#section]; typeof part === 'string'; part = this.#parts[++this.#section]) {
      this.#out.push(part);
    }
    if (this.complete) this.#out.push('}\n');
  }
}

/** @default 2 — writing threads: checking, serialising and writing pages take two to keep up with this thread. */
const WRITE_THREADS = 2;
/** @default 4000 — pages handed to a writing thread at a time, by their rough size (see `writeSite`). */
const WRITE_BATCH_WEIGHT = 4000;
/** @default 6 — batches out at once; serialising more waits for the oldest. */
const WRITE_BATCHES_IN_FLIGHT = 6;

/**
 * The writing threads, started ahead of `writeSite`: loading the schemas and the writing code
 * takes each thread about half a second of a core, which is free while the pipeline aligns or
 * publishes on the main thread alone. One thread loads at a time (the next starts when the one
 * before has loaded), so they take one core from the pipeline, not two; `ahead` of them start so,
 * the others when `all` is called (at the latest by `writeSite`, which closes them).
 */
export class WritingThreads {
  /** The threads started so far. */
  readonly workers: Worker[] = [];
  /** Why a thread stopped before it was given work, if one did. */
  failure: Error | undefined;
  readonly #ahead: number;
  #closed = false;

  constructor(ahead: number = WRITE_THREADS) {
    this.#ahead = Math.min(ahead, WRITE_THREADS);
    this.#startNext(this.#ahead);
  }

  #startNext(upTo: number): void {
    if (this.#closed || this.workers.length >= upTo) return;
    const worker = new Worker(new URL('./write-worker.ts', import.meta.url));
    worker.on('error', (error) => (this.failure ??= error));
    worker.on('exit', (code) => (this.failure ??= new Error(`A writing thread stopped (exit code ${code}).`)));
    // Its first message says it has loaded.
    worker.once('message', () => this.#startNext(this.#ahead));
    this.workers.push(worker);
  }

  /** Every thread, those not started yet started now. */
  all(): Worker[] {
    while (!this.#closed && this.workers.length < WRITE_THREADS) this.#startNext(WRITE_THREADS);
    return this.workers;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Files written by threads of their own while this thread goes on serialising the next ones. The
 * writing threads check each page against its schema and hand back the pages' `claims.json`
 * entries, which come out here in the order the pages went in. Batches out are bounded, so
 * memory is too.
 */
class FileWriters {
  readonly #workers: Worker[];
  readonly #waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  readonly #inFlight: Promise<void>[] = [];
  readonly #replies = new Map<number, WriteReply>();
  #nextReply = 0;
  #batch: FileWrite[] = [];
  #weight = 0;
  #next = 0;

  readonly #onEntries: (sources: ItemRun, claims: ItemRun) => void;

  constructor(threads: WritingThreads, hidden: string[], onEntries: (sources: ItemRun, claims: ItemRun) => void) {
    this.#onEntries = onEntries;
    const setup: WriterSetup = { hidden, folders: new SharedArrayBuffer(4) };
    this.#workers = threads.all().map((worker) => {
      worker.on('message', (reply: WriteReply | WriterLoaded) => {
        if (!('loaded' in reply)) this.#answer(reply);
      });
      worker.on('error', (error) => this.#failAll(error));
      worker.on('exit', (code) => this.#failAll(new Error(`A writing thread stopped (exit code ${code}).`)));
      worker.postMessage(setup);
      return worker;
    });
  }

  #answer(reply: WriteReply): void {
    const waiting = this.#waiting.get(reply.id)!;
    this.#waiting.delete(reply.id);
    if (reply.error !== undefined) {
      waiting.reject(
        new Error(
          `Writing the generated content failed: ${reply.error}. Pages written before this are left in place; fix the cause and build again.`,
        ),
      );
      return;
    }
    this.#replies.set(reply.id, reply);
    for (let r = this.#replies.get(this.#nextReply); r; r = this.#replies.get(++this.#nextReply)) {
      this.#replies.delete(r.id);
      this.#onEntries(r.sources, r.claims);
    }
    waiting.resolve();
  }

  #failAll(error: Error): void {
    for (const w of this.#waiting.values()) w.reject(error);
    this.#waiting.clear();
  }

  /** Hands over a file; `weight` says roughly how large it is (a claim page: about its evidence). */
  async write(file: FileWrite, weight: number): Promise<void> {
    this.#batch.push(file);
    this.#weight += weight;
    if (this.#weight >= WRITE_BATCH_WEIGHT) await this.#send();
  }

  async #send(): Promise<void> {
    if (this.#batch.length === 0) return;
    const batch: WriteBatch = { id: this.#next++, files: this.#batch };
    this.#batch = [];
    this.#weight = 0;
    const done = new Promise<void>((resolve, reject) => this.#waiting.set(batch.id, { resolve, reject }));
    done.catch(() => {});
    this.#inFlight.push(done);
    this.#workers[batch.id % this.#workers.length]!.postMessage(batch);
    if (this.#inFlight.length > WRITE_BATCHES_IN_FLIGHT) await this.#inFlight.shift();
  }

  /** Waits for every file to be written. */
  async flush(): Promise<void> {
    await this.#send();
    await Promise.all(this.#inFlight.splice(0));
  }
}

/**
 * Replaces `outDir` with the generated content: `claims/`, `sources/`, `entities/` Markdown
 * pages, `claims.json`, `redirects.json`, `corrections.json` and `report.json`. A file that
 * already holds the same bytes is left as it is and anything else in `outDir` is removed, so a
 * rebuild that changes a few pages rewrites only those. Every page is checked against its schema
 * before it is written; a page that fails stops the build. `threads`: the writing threads, if
 * started already (see `WritingThreads`); they are closed at the end either way.
 */
export async function writeSite(
  result: PublishedSite,
  report: BuildReport,
  outDir: string,
  threads?: WritingThreads,
): Promise<void> {
  const writing = threads ?? new WritingThreads();
  try {
    await writeFiles(result, report, outDir, writing);
  } finally {
    await writing.close();
  }
}

async function writeFiles(
  result: PublishedSite,
  report: BuildReport,
  outDir: string,
  threads: WritingThreads,
): Promise<void> {
  if (threads.failure) throw threads.failure;
  RedirectsFileSchema.parse(result.redirects);
  CorrectionsFileSchema.parse(result.corrections);
  // Pages go to the writing threads as JSON text, which is also their frontmatter: one string
  // crosses threads in one copy, where a page's objects are copied one by one, and the threads
  // need not serialise the page again. Source pages first, as their entries come first in
  // `claims.json`.
  type Entry = readonly [string, { file: (path: string) => FileWrite; weight: number }];
  const page = (dir: string, kind: PageKind, data: { id: string }, weight: number): Entry => [
    join(dir, `${data.id}.md`),
    { file: (path) => ({ path, page: kind, json: JSON.stringify(data) }), weight },
  ];
  const text = (rel: string, value: unknown): Entry => [
    rel,
    { file: (path) => ({ path, text: json(value) }), weight: 1 },
  ];
  const files = new Map<string, Entry[1]>([
    ...result.sourcePages.map((s) => page('sources', 'source', s, 4 + s.paragraphs.length)),
    ...result.claims.map((c) =>
      page('claims', 'claim', c, 1 + c.evidence.length + (c.related.length + c.aliases.length) / 8),
    ),
    ...result.entityPages.map((e) => page('entities', 'entity', e, 1 + e.claims.length / 8)),
    text('redirects.json', result.redirects),
    text('corrections.json', result.corrections),
    text('report.json', report),
  ]);
  const dirs = new Set(['claims', 'sources', 'entities']);

  // What is there already: stale files and folders go, files to be written are compared first.
  const existing = new Set<string>();
  const present = await readdir(outDir, { withFileTypes: true }).catch(() => null);
  for (const entry of present ?? []) {
    if (entry.isDirectory() && dirs.has(entry.name)) {
      for (const inner of await readdir(join(outDir, entry.name), { withFileTypes: true })) {
        const rel = join(entry.name, inner.name);
        if (inner.isFile() && files.has(rel)) existing.add(rel);
        else await rm(join(outDir, rel), { recursive: true, force: true });
      }
    } else if (entry.isFile() && files.has(entry.name)) existing.add(entry.name);
    else await rm(join(outDir, entry.name), { recursive: true, force: true });
  }
  for (const dir of dirs) await mkdir(join(outDir, dir), { recursive: true });

  // The public data file, from the entries the writing threads hand back (always rewritten).
  const hidden = hiddenClaimIds(result.claims);
  const claimsJson = new JsonPieces(
    { ...claimsFileHead(), sources: [], claims: [] },
    { sources: result.sourcePages.length, claims: result.claims.length - hidden.length },
  );
  const handle = await open(join(outDir, 'claims.json'), 'w');
  // Pieces are written in order, each when the one before is; a failed write is thrown at the end.
  let appending = Promise.resolve();
  const append = () => {
    for (const piece of claimsJson.take()) {
      appending = appending.then(async () => {
        await (typeof piece === 'string' ? handle.write(piece) : handle.write(piece));
      });
      appending.catch(() => {});
    }
  };
  append();
  const writers = new FileWriters(threads, hidden, (sources, claims) => {
    claimsJson.add('sources', sources);
    claimsJson.add('claims', claims);
    append();
  });
  try {
    for (const [rel, { file, weight }] of files) {
      await writers.write({ ...file(join(outDir, rel)), compare: existing.has(rel) }, weight);
    }
    await writers.flush();
    if (!claimsJson.complete)
      throw new Error('claims.json: the writing threads handed back fewer entries than there are pages.');
    append();
    await appending;
  } finally {
    await appending.catch(() => {});
    await handle.close();
  }
}
