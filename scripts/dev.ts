/**
 * Local development: build the content, start `astro dev`, and rebuild the content whenever an
 * article in the seeds folder or hand-kept data in `content/` changes.
 *   npm run dev [-- --port N]   (FACTCHECK_SEEDS=DIR and CROSSCHECK_GENERATED=DIR work here too)
 */
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(process.env['FACTCHECK_SEEDS'] ?? resolve(root, 'seeds'));
const content = resolve(root, 'content');
const generated = resolve(root, process.env['CROSSCHECK_GENERATED'] || 'content/generated');

function buildContent(): void {
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build-content.ts'), '--out', generated], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) console.error('content build failed; fix the problem above and save again.');
}

buildContent();

let timer: NodeJS.Timeout | undefined;
const schedule = (why: string) => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n${why} changed: rebuilding content…`);
    buildContent();
  }, 300);
};
watch(seeds, { recursive: true }, (_event, file) => schedule(`seeds/${file ?? ''}`));
watch(content, { recursive: true }, (_event, file) => {
  // The generated folder is our own output; Astro watches it.
  if (file && !resolve(content, file).startsWith(generated)) schedule(`content/${file}`);
});

const astro = spawn(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
const stop = () => astro.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', (code) => process.exit(code ?? 0));
