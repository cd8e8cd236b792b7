/**
 * Samples the process's resident set size from a worker thread, so samples keep coming while the
 * main thread is busy in synchronous code (the pipeline never yields). Times are epoch milliseconds
 * (`performance.timeOrigin + performance.now()`), comparable across threads.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface RssSample {
  t: number;
  rss: number;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const samples = [];
// Reading RSS opens /proc/self/stat: when the process is out of file descriptors, skip the sample.
const take = () => { try { samples.push(performance.timeOrigin + performance.now(), process.memoryUsage.rss()); } catch {} };
take();
const timer = setInterval(take, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); take(); parentPort.postMessage(samples); });
`;

/** Epoch milliseconds with sub-millisecond precision. */
export const now = () => performance.timeOrigin + performance.now();

export class RssSampler {
  readonly #worker: Worker;
  readonly #ready: Promise<void>;

  constructor(intervalMs = 20) {
    this.#worker = new Worker(WORKER, { eval: true, workerData: { intervalMs } });
    this.#ready = new Promise((resolve) => this.#worker.once('online', () => resolve()));
  }

  /** Resolves once the worker runs, so no early stage goes unsampled. */
  ready(): Promise<void> {
    return this.#ready;
  }

  async stop(): Promise<RssSample[]> {
    const flat = await new Promise<number[]>((resolve) => {
      this.#worker.once('message', resolve);
      this.#worker.postMessage('stop');
    });
    await this.#worker.terminate();
    const out: RssSample[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ t: flat[i]!, rss: flat[i + 1]! });
    return out;
  }
}

/** Highest RSS sampled in [t0, t1]; with no sample inside, the nearest samples on either side. */
export function peakIn(samples: RssSample[], t0: number, t1: number): number {
  let peak = 0;
  let before: RssSample | undefined;
  let after: RssSample | undefined;
  for (const s of samples) {
    if (s.t < t0) before = s;
    else if (s.t <= t1) peak = Math.max(peak, s.rss);
    else if (!after) after = s;
  }
  if (peak > 0) return peak;
  return Math.max(before?.rss ?? 0, after?.rss ?? 0);
}

/** The kernel's exact peak RSS of this process (`VmHWM`), in bytes; null where /proc is missing. */
export function highWaterMark(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
