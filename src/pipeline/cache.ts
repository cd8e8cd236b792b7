/**
 * A cache of per-article results, so a rebuild redoes only what changed. The pipeline stays pure:
 * it is handed a `PipelineCache` (`get`/`set` by key) and keys entries by content hash, so a hit
 * is exactly what the stage would compute again. `FileCache` keeps entries as JSON files in a
 * folder (default `.cache/pipeline/`), under a version that changes with the pipeline's code;
 * only the CLI creates one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile, SidecarMeta } from './types.ts';

/** What the pipeline asks of a cache. Values are plain JSON data. */
export interface PipelineCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** SHA-256 (hex) of the parts, each length-prefixed so that no two lists of parts collide. */
export function contentHash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${typeof p === 'string' ? 's' : 'b'}${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

/** The key of one input file's per-article work: its name, bytes and sidecar metadata. */
export function articleKey(file: InputFile): string {
  const sidecar = (file as InputFile & { sidecar?: SidecarMeta }).sidecar;
  return contentHash(file.name, JSON.stringify(sidecar ?? null), file.bytes);
}

/**
 * The version of the pipeline's code: a hash of every file under `dir` (normally `src/pipeline`),
 * so entries made by other code are never read.
 */
export function pipelineVersion(dir: string): string {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) files.push(path);
    }
  };
  walk(dir);
  files.sort();
  return contentHash(...files.flatMap((f) => [relative(dir, f), readFileSync(f)])).slice(0, 16);
}

/**
 * Entries as `<dir>/<version>/<key[0..2]>/<key>.json`. A missing or unreadable entry is a miss;
 * an entry is written to a temporary name and renamed, so a build that stops half-way leaves no
 * torn entry behind.
 */
export class FileCache implements PipelineCache {
  readonly #root: string;
  /** Entries read and written by this run. */
  hits = 0;
  misses = 0;

  constructor(dir: string, version: string) {
    this.#root = join(dir, version);
  }

  #path(key: string): string {
    return join(this.#root, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): unknown {
    try {
      const value: unknown = JSON.parse(readFileSync(this.#path(key), 'utf8'));
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    const path = this.#path(key);
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  }
}
