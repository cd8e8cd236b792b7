/**
 * `npm run dev`: the content is built, `astro dev` serves it, and a new article dropped into the
 * seeds folder shows up as its source page without restarting anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS } from '../pipeline/run.ts';

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

async function waitFor<T>(what: string, f: () => Promise<T | undefined>, seconds = 120): Promise<T> {
  for (let i = 0; i < seconds * 2; i++) {
    const value = await f().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let dev: ChildProcess | undefined;
afterAll(() => {
  dev?.kill('SIGINT');
});

describe('npm run dev', () => {
  it('serves the site and rebuilds the content when an article is added', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'cc-dev-seeds-'));
    const generated = mkdtempSync(join(tmpdir(), 'cc-dev-generated-'));
    const [first, second] = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    copyFileSync(join(SEEDS, first!), join(seeds, first!));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FACTCHECK_SEEDS: seeds,
      CROSSCHECK_GENERATED: generated,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    for (const k of ['BASE_URL', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST']) delete env[k];
    dev = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env,
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    const page = (path: string) => async () => {
      const response = await fetch(`${url}${path}`);
      return response.ok ? response.text() : undefined;
    };
    const slug = (name: string) =>
      name
        .replace(/\.txt$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
    await waitFor('the first source page', page(`/sources/${slug(first!)}/`));
    expect((await fetch(`${url}/sources/${slug(second!)}/`)).ok).toBe(false);
    copyFileSync(join(SEEDS, second!), join(seeds, second!));
    const html = await waitFor('the added source page', page(`/sources/${slug(second!)}/`));
    expect(html).toContain('lang="zh-CN"');
  }, 240_000);
});
