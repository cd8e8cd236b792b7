/**
 * Shared by the site tests: build the site once per test run (content pipeline → astro build →
 * pagefind), read built files, and launch Chromium.
 *
 * `SITE_BUILT=1` says `dist/` is fresh and skips the build. Otherwise the first test file to get
 * here builds while the others (separate worker processes of the same run) wait for it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
export { launchChromium } from '../../scripts/lib/chromium.ts';
import { basePrefix, pageFile } from '../../scripts/lib/site-paths.ts';
export { pageFile };

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** The pipeline's output the site was built from (`CROSSCHECK_GENERATED` overrides, as for the site). */
export const GENERATED = path.resolve(ROOT, process.env['CROSSCHECK_GENERATED'] || 'content/generated');

/**
 * Environment for child builds: vitest puts Vite's own variables (`BASE_URL`, `MODE`, `NODE_ENV=test`,
 * …) into process.env, and a child Astro build would take them over its config. Drop them.
 */
const ENV = Object.fromEntries(
  Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }).filter(
    ([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) && !k.startsWith('VITEST'),
  ),
);

/** The environment for a child build, with extra variables. */
export const childEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...ENV, ...extra });

/** Runs a command in the project folder; its standard output. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = ENV): string {
  return execFileSync(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).toString();
}

/**
 * Pipeline → Astro → Pagefind. `seeds`/`generated`/`outDir` default to the project's own.
 * Returns what `astro build` printed.
 */
export function buildSite(
  opts: { seeds?: string; generated?: string; outDir?: string; env?: NodeJS.ProcessEnv } = {},
): { astroLog: string } {
  const generated = opts.generated ?? GENERATED;
  const outDir = opts.outDir ?? DIST;
  const env = { ...ENV, ...(opts.generated ? { CROSSCHECK_GENERATED: generated } : {}), ...opts.env };
  try {
    run(
      'npx',
      ['node', 'scripts/build-content.ts', '--out', generated, ...(opts.seeds ? ['--seeds', opts.seeds] : [])],
      env,
    );
    const astroLog = run('npx', ['astro', 'build', '--outDir', outDir], env);
    run('npx', ['node', 'scripts/search-index.ts', '--site', outDir], env);
    return { astroLog };
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`Site build failed: ${e.message}\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`, {
      cause: error,
    });
  }
}

/** Build the project's site once for this test run (see the file comment). */
export async function ensureBuilt(): Promise<void> {
  if (process.env['SITE_BUILT'] === '1') return;
  // Workers of one vitest run share a parent process; key the lock on it.
  const stamp = path.join(os.tmpdir(), `crosscheck-site-build-${process.ppid}`);
  const done = `${stamp}.done`;
  const failed = `${stamp}.failed`;
  try {
    fs.mkdirSync(`${stamp}.lock`);
  } catch {
    for (let i = 0; i < 1200 && !fs.existsSync(done) && !fs.existsSync(failed); i++) await sleep(500);
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
    if (!fs.existsSync(done)) throw new Error('Timed out waiting for another worker to build the site.');
    return;
  }
  try {
    buildSite();
    fs.writeFileSync(done, '');
  } catch (error) {
    fs.writeFileSync(failed, String(error));
    throw error;
  }
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function walk(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    return d.isDirectory() ? walk(dir, r) : [r];
  });
}

export const readDist = (rel: string, dist = DIST) => fs.readFileSync(path.join(dist, rel), 'utf8');

/** Attribute values of every `href`/`src` in an HTML string, entity-decoded. */
export function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * Internal links in the HTML of `dist` that do not resolve to a file (or to an `id` on the target
 * page, for fragments). The site is served under `base`; links outside it are broken too.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const prefix = basePrefix(base);
  const htmlFiles = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const f of htmlFiles) {
    const html = fs.readFileSync(path.join(dist, f), 'utf8');
    const pageUrl = new URL(`http://site${prefix}${f.replace(/index\.html$/, '')}`);
    for (const raw of links(html)) {
      if (/^(mailto:|data:|javascript:)/i.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.host !== 'site') continue;
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(prefix)) {
        broken.push(`${f} → ${raw} (outside ${prefix})`);
        continue;
      }
      const target = pageFile(pathname.slice(prefix.length - 1));
      if (!fs.existsSync(path.join(dist, target))) {
        broken.push(`${f} → ${raw}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
      if (fragment && target.endsWith('.html')) {
        if (!ids.has(target)) ids.set(target, idsIn(fs.readFileSync(path.join(dist, target), 'utf8')));
        if (!ids.get(target)!.has(fragment)) broken.push(`${f} → ${raw} (no id "${fragment}")`);
      }
    }
  }
  return broken;
}

const AXE = () => fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2 A/AA violations on the page open in `page`, as `rule at selectors`. axe is
 * injected as an inline script: open the page in a context with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE() });
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }),
  );
  return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const VNU = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** Nu HTML Checker errors for these files or folders, as `file: message` relative to `dist`. */
export function vnuErrors(dist: string, targets: string[]): string[] {
  let out = '';
  try {
    execFileSync(
      'java',
      ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', ...targets],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      },
    );
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? String(error);
  }
  const messages = out ? ((JSON.parse(out) as { messages: { url: string; message: string }[] }).messages ?? []) : [];
  return messages.map((m) => `${path.relative(dist, m.url.replace(/^file:/, ''))}: ${m.message}`);
}
