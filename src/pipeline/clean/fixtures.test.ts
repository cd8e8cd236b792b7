/**
 * Behaviour fixtures: `tests/fixtures/clean/<behaviour>/input.txt` (any encoding) with
 * `expected.json` listing what the cleaned article must and must not hold. Every fixture is also
 * checked for accounting and for removed text leaking into the body.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../ingest.ts';
import { extractMetadata } from '../metadata.ts';
import { accountFor, clean } from './index.ts';

interface Expected {
  encoding?: string;
  script?: 'zh-Hans' | 'zh-Hant';
  publishedAt?: string;
  messages?: string[];
  headings?: [number, string][];
  blocksContain?: string[];
  bodyNotContain?: string[];
  inputHasNo?: string[];
  removed?: [string, string][];
  removedCount?: Record<string, number>;
  noRemovals?: boolean;
}

const ROOT = join(import.meta.dirname, '../../../tests/fixtures/clean');
const cases = readdirSync(ROOT)
  .filter((n) => existsSync(join(ROOT, n, 'input.txt')))
  .sort();

describe.each(cases)('fixture %s', (name) => {
  const decoded = decode({ name, bytes: new Uint8Array(readFileSync(join(ROOT, name, 'input.txt'))) });
  const doc = clean(decoded);
  const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
  const body = doc.blocks.map((b) => b.text).join('\n');

  it('accounts for every character', () => expect(accountFor(doc)).toBe(decoded.text));

  it('keeps removed text out of the body', () => {
    for (const r of doc.removed) {
      if (['caption', 'spam', 'obituary', 'slogan', 'off-topic'].includes(r.kind) && r.text.length >= 6)
        expect(body).not.toContain(r.text);
    }
  });

  it('meets its expectations', () => {
    if (expected.encoding) expect(decoded.encoding).toBe(expected.encoding);
    if (expected.messages) expect(decoded.messages.map((m) => m.ruleId)).toEqual(expected.messages);
    else expect(decoded.messages).toEqual([]);
    for (const s of expected.inputHasNo ?? []) expect(decoded.text).not.toContain(s);
    for (const s of expected.blocksContain ?? [])
      expect(
        doc.blocks.some((b) => b.text.includes(s)),
        s,
      ).toBe(true);
    for (const s of expected.bodyNotContain ?? []) expect(body, s).not.toContain(s);
    if (expected.headings)
      expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text])).toEqual(expected.headings);
    for (const [kind, text] of expected.removed ?? [])
      expect(doc.removed.map((r) => [r.kind, r.text])).toContainEqual([kind, text]);
    for (const [kind, n] of Object.entries(expected.removedCount ?? {}))
      expect(
        doc.removed.filter((r) => r.kind === kind),
        kind,
      ).toHaveLength(n);
    if (expected.noRemovals) expect(doc.removed).toEqual([]);
    if (expected.script || expected.publishedAt) {
      const meta = extractMetadata(doc, decoded.sidecar);
      if (expected.script) expect(meta.script).toBe(expected.script);
      if (expected.publishedAt) expect(meta.publishedAt).toBe(expected.publishedAt);
    }
  });
});
