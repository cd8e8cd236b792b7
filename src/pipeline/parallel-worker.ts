/**
 * A pipeline worker thread: takes items of a job from the shared counter until none are left,
 * sends results back as JSON in batches (a string per result), then its seconds by stage (see
 * `ArticlePool`).
 */
import { parentPort } from 'node:worker_threads';
import { stageTimer } from './article.ts';
import { REPLY_BATCH_CHARS, TASKS, type WorkerJob, type WorkerReply } from './parallel.ts';

const port = parentPort!;

port.on('message', (job: WorkerJob) => {
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    const task = TASKS[job.task];
    const context = (task.context as (shared: unknown) => unknown)(job.shared);
    const run = task.run as (item: unknown, context: unknown, time: ReturnType<typeof stageTimer>) => unknown;
    const unpack = task.items?.unpack as ((packed: unknown) => (i: number) => unknown) | undefined;
    const itemAt = unpack ? unpack(job.items) : (i: number) => (job.items as unknown[])[i];
    const pack = task.results?.pack as ((out: unknown, item: unknown) => unknown) | undefined;
    const timings: Record<string, number> = {};
    const time = stageTimer(timings);
    const counter = new Int32Array(job.counter);
    let at: number[] = [];
    let batch: string[] = [];
    let chars = 0;
    const flush = () => {
      if (batch.length > 0) reply({ kind: 'results', at, json: batch });
      at = [];
      batch = [];
      chars = 0;
    };
    for (let i = Atomics.add(counter, 0, 1); i < job.count; i = Atomics.add(counter, 0, 1)) {
      const item = itemAt(i);
      const out = run(item, context, time);
      const json = JSON.stringify(pack ? pack(out, item) : out);
      at.push(i);
      batch.push(json);
      chars += json.length;
      if (chars >= REPLY_BATCH_CHARS) flush();
    }
    flush();
    reply({ kind: 'done', timings });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply({ kind: 'failed', message: e.message, ...(e.stack ? { stack: e.stack } : {}) });
  }
});
