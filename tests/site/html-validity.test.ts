/**
 * The Nu HTML Checker (vnu-jar) over every page of `dist/`. Skipped, with a note, until the
 * `vnu-jar` package is installed (it needs Java 17, which CI installs).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, ensureBuilt } from './helpers.ts';

const VNU = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const available = fs.existsSync(VNU);

describe('HTML validity', () => {
  beforeAll(async () => {
    if (available) await ensureBuilt();
  });

  it.skipIf(!available)('has no Nu HTML Checker errors anywhere in dist/', () => {
    let out = '';
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', DIST], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? String(error);
    }
    const messages = out
      ? ((JSON.parse(out) as { messages: { url: string; message: string; extract?: string }[] }).messages ?? [])
      : [];
    expect(messages.map((m) => `${path.relative(DIST, m.url.replace(/^file:/, ''))}: ${m.message}`)).toEqual([]);
  });
});
