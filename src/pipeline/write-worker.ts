/**
 * A writing thread of `writeSite`. It checks each page of a batch against the page's schema, then
 * writes it as Markdown (unless the file already holds the same text); for claim and source pages
 * it also returns the page's `claims.json` entry as text.
 * No page that fails its schema is written, and after one fails this thread writes nothing more.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { z } from 'astro/zod';
import {
  ClaimPageSchema,
  EntityPageSchema,
  PublicClaimSchema,
  PublicSourceSchema,
  SourcePageSchema,
  type ClaimPage,
  type SourcePage,
} from '../schema.ts';
import { publicClaim, publicSource } from './public-data.ts';
import { arrayItemText, itemRun, markdownOfJson, type ItemRun } from './write.ts';

export type PageKind = 'claim' | 'source' | 'entity';

/**
 * One file to write: a page of `page` kind whose frontmatter is `json` (`JSON.stringify` of the
 * page: checked first, then written as `markdownOfJson(json)`, the same as `toMarkdown(page)`),
 * or other `text`; `compare`: the file may exist already.
 */
export type FileWrite = { path: string; compare?: boolean } & (
  { page: PageKind; json: string } | { page?: undefined; text: string }
);

export interface WriteBatch {
  id: number;
  files: FileWrite[];
}

/** The batch written, with the `claims.json` entries of its pages in order, or what went wrong. */
export interface WriteReply {
  id: number;
  sources: ItemRun;
  claims: ItemRun;
  error?: string;
}

/** What the thread says first, once its code and schemas are loaded. */
export interface WriterLoaded {
  loaded: true;
}

/** What the thread is told before the first batch of a site. */
export interface WriterSetup {
  /** Ids of withdrawn claims (left out of `claims.json`). */
  hidden: string[];
  /** A lock the writing threads share (an Int32Array over it: 1 while one of them creates files). */
  folders: SharedArrayBuffer;
}

const unchanged = (path: string, text: string): boolean => {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
};

// Compiled once per thread: zod's `z.compile` gives the same verdicts and the same errors as the
// schema, several times faster.
const SCHEMAS: Record<PageKind, z.ZodType> = {
  claim: z.compile(ClaimPageSchema),
  source: z.compile(SourcePageSchema),
  entity: z.compile(EntityPageSchema),
};
const PUBLIC_SOURCE = z.compile(PublicSourceSchema);
const PUBLIC_CLAIM = z.compile(PublicClaimSchema);

let hidden = new Set<string>();
let folders = new Int32Array(new SharedArrayBuffer(4));
let failed = false;

/**
 * `write` run while no other writing thread creates files. Threads creating files in one folder
 * at once contend for the folder's lock in the kernel, which spins: here, 51,000 small files
 * written by two threads into one folder took 2.3–4.4 s of system time, against 1.5–1.6 s into
 * two folders and 1.2 s by one thread. A thread that waits here sleeps.
 */
function alone(write: () => void): void {
  while (Atomics.compareExchange(folders, 0, 0, 1) !== 0) Atomics.wait(folders, 0, 1);
  try {
    write();
  } finally {
    Atomics.store(folders, 0, 0);
    Atomics.notify(folders, 0, 1);
  }
}

function check<T>(schema: z.ZodType, value: T, what: string): T {
  // `validate` builds no parsed copy; only a page that fails is parsed again, for its first issue.
  if (schema.validate(value)) return value;
  const result = schema.safeParse(value);
  if (result.success) return value;
  const issue = result.error.issues[0]!;
  const at = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`${what} does not match its schema${at}: ${issue.message}`);
}

const none: ItemRun = { count: 0, joined: '' };

function writeBatch({ id, files }: WriteBatch): WriteReply {
  if (failed) return { id, sources: none, claims: none, error: 'an earlier page failed its schema' };
  // Every page of the batch is checked before any of them is written.
  const sources: string[] = [];
  const claims: string[] = [];
  for (const f of files) {
    if (!f.page) continue;
    const page = check(SCHEMAS[f.page], JSON.parse(f.json) as unknown, f.path);
    if (f.page === 'source') {
      sources.push(arrayItemText(check(PUBLIC_SOURCE, publicSource(page as SourcePage), f.path)));
    } else if (f.page === 'claim' && !hidden.has((page as ClaimPage).id)) {
      claims.push(arrayItemText(check(PUBLIC_CLAIM, publicClaim(page as ClaimPage, hidden), f.path)));
    }
  }
  const texts = files.map((f) => (f.page ? markdownOfJson(f.json) : f.text));
  alone(() =>
    files.forEach((f, i) => {
      if (!(f.compare && unchanged(f.path, texts[i]!))) writeFileSync(f.path, texts[i]!);
    }),
  );
  return { id, sources: itemRun(sources), claims: itemRun(claims) };
}

const loaded: WriterLoaded = { loaded: true };
parentPort?.postMessage(loaded);

// A batch after a failed one writes nothing. The entries go back as bytes, moved, not copied.
parentPort?.on('message', (message: WriteBatch | WriterSetup) => {
  if ('hidden' in message) {
    hidden = new Set(message.hidden);
    folders = new Int32Array(message.folders);
    return;
  }
  const batch = message;
  let reply: WriteReply;
  try {
    reply = writeBatch(batch);
  } catch (error) {
    failed = true;
    reply = { id: batch.id, sources: none, claims: none, error: (error as Error).message };
  }
  const moved = [reply.sources.joined, reply.claims.joined].flatMap((j) => (typeof j === 'string' ? [] : [j.buffer]));
  parentPort!.postMessage(reply, moved);
});
