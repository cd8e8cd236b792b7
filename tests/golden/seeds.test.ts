/**
 * Goldens of the seeds: the public claims.json and each source's cleaned text with its removals.
 * A change in behaviour shows up as a reviewable diff. Regenerate on request:
 *   UPDATE=1 npx vitest run tests/golden
 * The schema is checked before anything is compared or written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/pipeline/index.ts';
import { ClaimsFileSchema } from '../../src/schema.ts';
import { SEEDS, runOn } from '../pipeline/run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

const DIR = join(import.meta.dirname, 'seeds');
const UPDATE = process.env['UPDATE'] === '1';

let result: PipelineResult;
beforeAll(async () => {
  result = await runOn(SEEDS);
});

/** A source as plain text for review: paragraphs (headings marked with #) and then every removal. */
function sourceText(s: PipelineResult['sourcePages'][number]): string {
  const body = s.paragraphs
    .map((p) => `${p.kind === 'heading' ? `${'#'.repeat(p.level ?? 2)} ` : ''}${p.text}`)
    .join('\n\n');
  const removed = s.removed.map((r) => `[${r.kind} ${r.start}-${r.end}] ${JSON.stringify(r.text)}`).join('\n');
  return `${s.title}\n${s.publishedAt ?? 'undated'} · ${s.outlet ?? 'no outlet'} · ${s.wire.join('、') || 'no wire'} · ${s.script}\n\n${body}\n\n--- removed ---\n${removed}\n`;
}

function golden(name: string, actual: string) {
  const file = join(DIR, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`${file} did not exist and was written; review it and run again.`);
  }
  expect(
    actual,
    `${name} differs from its golden; if the change is intended, run UPDATE=1 npx vitest run tests/golden and review the diff`,
  ).toBe(readFileSync(file, 'utf8'));
}

describe('goldens of the seeds', () => {
  it('claims.json', () => {
    const data = ClaimsFileSchema.parse(claimsFileOf(result));
    golden('claims.json', `${JSON.stringify(data, null, 2)}\n`);
  });
  it('cleaned sources', () => {
    for (const s of result.sourcePages) golden(`${s.id}.txt`, sourceText(s));
  });
});
