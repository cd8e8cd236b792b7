/**
 * Lighthouse scores for the home page and one claim page of a built site, fully offline.
 *
 *   node scripts/lighthouse.ts [dir=dist]      (or `npx node scripts/lighthouse.ts`)
 *
 * Serves `dir` on 127.0.0.1 (scripts/serve.ts), runs `npx --yes lighthouse@13.5` against each page
 * with Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium), prints the four category
 * scores and, for every category under 100, the audits that cost points. Exit code 1 when any
 * score is below 100. `LIGHTHOUSE_JSON=DIR` keeps the full reports there.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { serve } from './serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const run = promisify(execFile);

/** Chromium flags that keep Lighthouse's browser off the network and quiet. */
const CHROME_FLAGS = CHROMIUM_ARGS.join(' ');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/** The first claim page in `dir` (claims.json order), so the run does not depend on a fixed id. */
function firstClaimPath(dir: string): string {
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'claims.json'), 'utf8')) as { claims: { url: string }[] };
  const url = data.claims[0]?.url;
  if (!url) throw new Error(`No claims in ${dir}/claims.json: build the site first (npm run build).`);
  return url;
}

async function lighthouse(url: string): Promise<Report> {
  const { stdout } = await run(
    'npx',
    ['--yes', 'lighthouse@13.5', url, `--chrome-flags=${CHROME_FLAGS}`, '--output=json', '--quiet'],
    { env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? CHROMIUM_PATH }, maxBuffer: 256 << 20 },
  );
  return JSON.parse(stdout) as Report;
}

const dir = path.resolve(process.argv[2] ?? 'dist');
const base = process.env['BASE_PATH'] ?? '/';
const { server, url: root } = await serve(dir, 0, base);
const pages: [string, string][] = [
  ['home', root],
  ['claim', new URL(firstClaimPath(dir).replace(/^\//, ''), root).href],
];
let failed = false;
try {
  for (const [name, url] of pages) {
    const report = await lighthouse(url);
    if (process.env['LIGHTHOUSE_JSON']) {
      fs.mkdirSync(process.env['LIGHTHOUSE_JSON'], { recursive: true });
      fs.writeFileSync(path.join(process.env['LIGHTHOUSE_JSON'], `${name}.json`), JSON.stringify(report));
    }
    const scores = CATEGORIES.map((c) => `${c} ${Math.round((report.categories[c]?.score ?? 0) * 100)}`);
    console.log(`${name.padEnd(6)} ${scores.join('  ')}   ${url}`);
    for (const c of CATEGORIES) {
      const category = report.categories[c];
      if (!category || category.score === 1) continue;
      failed = true;
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        if (!audit || audit.score === null || audit.score === 1 || audit.scoreDisplayMode === 'informative') continue;
        if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
        console.log(
          `  ${c}: ${ref.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
        );
      }
    }
  }
} finally {
  server.close();
}
process.exitCode = failed ? 1 : 0;
