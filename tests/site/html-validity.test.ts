/**
 * The Nu HTML Checker (vnu-jar) over every page of `dist/`. Skipped, with a note, until the
 * `vnu-jar` package is installed (it needs Java 17, which CI installs).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, VNU, ensureBuilt, vnuErrors } from './helpers.ts';

const available = fs.existsSync(VNU);

describe('HTML validity', () => {
  beforeAll(async () => {
    if (available) await ensureBuilt();
  });

  it.skipIf(!available)('has no Nu HTML Checker errors anywhere in dist/', () => {
    expect(vnuErrors(DIST, [DIST])).toEqual([]);
  });
});
