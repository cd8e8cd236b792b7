/**
 * Property tests: random page noise (captions, spam phrases, broken lines, CRLF, re-encoding)
 * inserted into the seed articles never breaks the pipeline's invariants: nothing throws,
 * kept + removed + layout = input, every quote is an exact substring of its paragraph, and the
 * same input gives the same claim ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { accountFor } from '../../src/pipeline/clean/index.ts';
import { parseGazetteer } from '../../src/pipeline/gazetteer.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';
import type { InputFile } from '../../src/pipeline/types.ts';
import { ROOT, SEED_NAMES, SEEDS } from './corpus.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

const gazetteerFile = join(ROOT, 'content/entities.yaml');
const gazetteer = parseGazetteer(readFileSync(gazetteerFile, 'utf8'), gazetteerFile);
const seeds = SEED_NAMES.map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

const CAPTIONS = [
  '图为会谈现场。新华社记者 摄',
  '（资料图）',
  '图片来源：视觉中国',
  '▲当地时间12月2日，会谈在莫斯科举行。',
];
const SPAM = ['某市某某装修工程有限公司', '点击领取免费流量包', '扫码关注公众号获取更多'];

/** One kind of noise, applied at a relative position `at` in [0, 1). */
type Noise = { kind: 'caption' | 'spam' | 'break' | 'blank'; at: number; pick: number };

const noiseArb: fc.Arbitrary<Noise> = fc.record({
  kind: fc.constantFrom('caption', 'spam', 'break', 'blank'),
  at: fc.double({ min: 0, max: 0.999, noNaN: true }),
  pick: fc.nat(),
});

/** Inserts the noise into `text`, never inside a surrogate pair. */
export function addNoise(text: string, noise: Noise[]): string {
  let out = text;
  for (const n of noise) {
    let i = Math.floor(n.at * out.length);
    if (/[\uDC00-\uDFFF]/.test(out[i] ?? '')) i--;
    const insert =
      n.kind === 'caption'
        ? `\n${CAPTIONS[n.pick % CAPTIONS.length]}\n`
        : n.kind === 'spam'
          ? SPAM[n.pick % SPAM.length]!
          : n.kind === 'break'
            ? '\n'
            : '\n\n\n';
    out = out.slice(0, i) + insert + out.slice(i);
  }
  return out;
}

const encodings = ['utf-8', 'utf-8-crlf', 'utf-16le-bom', 'gb18030'] as const;

function encode(text: string, encoding: (typeof encodings)[number]): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-crlf':
      return new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
  }
}

const inputArb = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  noise: fc.array(noiseArb, { minLength: 1, maxLength: 8 }),
  encoding: fc.constantFrom(...encodings),
});

function check(result: PipelineResult): void {
  for (const s of result.sources) expect(accountFor(s.doc)).toBe(s.doc.input);
  const paragraphs = new Map(result.sourcePages.map((p) => [p.id, new Map(p.paragraphs.map((q) => [q.n, q.text]))]));
  for (const claim of claimsFileOf(result).claims) {
    for (const e of claim.evidence) {
      const paragraph = paragraphs.get(e.sourceId)?.get(e.paragraph);
      expect(paragraph, `${claim.id}: paragraph ${e.paragraph} of ${e.sourceId}`).toBeDefined();
      expect(paragraph).toContain(e.quote);
    }
  }
}

describe('noise in articles', () => {
  it('keeps every invariant for one noisy article, and ids are stable', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async ({ seed, noise, encoding }) => {
        const name = `noisy-${seeds[seed]!.name}`;
        const bytes = encode(addNoise(seeds[seed]!.text, noise), encoding);
        const a = await runPipeline([{ name, bytes }], { gazetteer });
        check(a);
        expect(a.messages.filter((m) => m.severity === 'error')).toEqual([]);
        const b = await runPipeline([{ name, bytes: bytes.slice() }], { gazetteer });
        expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));
        expect(JSON.stringify(claimsFileOf(b))).toBe(JSON.stringify(claimsFileOf(a)));
      }),
      { numRuns: 24, seed: 20251201 },
    );
  }, 60_000);

  it('keeps every invariant when a noisy copy joins the clean seeds', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async ({ seed, noise, encoding }) => {
        const files: InputFile[] = seeds.map((s) => ({ name: s.name, bytes: new TextEncoder().encode(s.text) }));
        files.push({
          name: `zz-noisy-${seeds[seed]!.name}`,
          bytes: encode(addNoise(seeds[seed]!.text, noise), encoding),
        });
        const result = await runPipeline(files, { gazetteer });
        check(result);
        // Light noise leaves a near-copy: one source, reported, never a second witness.
        const dup = result.messages.find((m) => m.ruleId === 'ingest/duplicate');
        if (dup) {
          expect(dup.message).toContain(seeds[seed]!.name);
          expect(result.sources.map((s) => s.decoded.name)).not.toContain(`zz-noisy-${seeds[seed]!.name}`);
        }
      }),
      { numRuns: 12, seed: 7 },
    );
  }, 60_000);

  it('survives arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const result = await runPipeline([{ name: 'random.txt', bytes }], { gazetteer });
        check(result);
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it('survives arbitrary text, markup included', async () => {
    const markup = fc.constantFrom(
      '---\n',
      '{{ x }}',
      '${y}',
      '<script>',
      '</script>',
      '# ',
      '**',
      '[a](b)',
      '。',
      '，',
      '“',
      '”',
      '；',
      '\n',
      '（',
      '）',
      '红军城',
      '普京表示',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ maxLength: 20, unit: 'grapheme' }), markup), { maxLength: 200 }),
        async (parts) => {
          const result = await runPipeline([{ name: 'text.txt', bytes: new TextEncoder().encode(parts.join('')) }], {
            gazetteer,
          });
          check(result);
        },
      ),
      { numRuns: 30, seed: 5 },
    );
  });
});
