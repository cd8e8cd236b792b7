/** Runs a command as a child process, timing it and (where GNU time exists) taking its peak RSS. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface ChildRun {
  code: number;
  seconds: number;
  /** Peak RSS of the largest process in the tree, in MB (GNU time's %M); null without /usr/bin/time. */
  peakRssMb: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function runChild(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; measureRss?: boolean } = {},
): Promise<ChildRun> {
  const rssFile = join(tmpdir(), `crosscheck-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const wrap = options.measureRss === true && existsSync(GNU_TIME);
  const [cmd, argv] = wrap ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      let peakRssMb: number | null = null;
      if (wrap && existsSync(rssFile)) {
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb)) peakRssMb = Math.round(kb / 102.4) / 10;
        rmSync(rssFile, { force: true });
      }
      resolve({ code: code ?? 1, seconds, peakRssMb, stdout, stderr });
    });
  });
}

/** The last lines of a child's output, for error messages. */
export const tail = (text: string, lines = 15) => text.trimEnd().split('\n').slice(-lines).join('\n');
