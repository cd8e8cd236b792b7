import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, indexFor, ROOT, run } from '../../../tests/fixtures/annotate/harness.ts';
import { fold } from '../fold.ts';
import { redate } from './index.ts';
import type { AnnotatedSentence } from '../types.ts';

const FIXTURES = ['zh-hant-tw-cna.txt', 'zh-hant-hk.txt', 'zh-hans-other-outlet.txt'];
const SEEDS = readdirSync(resolve(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

function checkSpans(sentences: AnnotatedSentence[]): number {
  let spans = 0;
  for (const s of sentences) {
    expect(s.key).toHaveLength(s.text.length);
    expect(s.key).toBe(fold(s.text));
    for (const m of [...s.entities, ...s.quantities, ...s.dates]) {
      expect(s.text.slice(m.start, m.end), JSON.stringify(m)).toBe(m.text);
      expect(m.start).toBeLessThan(m.end);
      spans++;
    }
    for (const d of s.dates) expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    for (const q of s.quantities) expect(Number.isFinite(q.value)).toBe(true);
    if (s.attribution.speakerEntity) expect(s.attribution.speaker).not.toBeNull();
  }
  return spans;
}

describe('annotate', () => {
  it.each(FIXTURES)('every span slices back from the sentence: %s', (name) => {
    const text = fixture(name);
    const out = run(text, '2025-12-04', indexFor(text));
    expect(checkSpans(out)).toBeGreaterThan(20);
  });

  it('every span slices back on the raw seed texts (noisy input)', () => {
    const texts = SEEDS.map((f) => readFileSync(resolve(ROOT, 'seeds', f), 'utf8'));
    const index = indexFor(...texts);
    for (const text of texts) checkSpans(run(text, '2025-12-04', index));
  });

  it('a traditional report and its simplified twin get the same annotations', () => {
    const hant = run(fixture('zh-hant-hk.txt'));
    const hans = run(fold(fixture('zh-hant-hk.txt')));
    const strip = (s: AnnotatedSentence) => ({
      entities: s.entities.map((m) => [m.entityId, m.start, m.end]),
      quantities: s.quantities.map((q) => [q.value, q.unit, q.approx]),
      dates: s.dates.map((d) => d.value),
      speaker: s.attribution.speakerEntity,
      cues: s.cues,
    });
    expect(hant.map(strip)).toEqual(hans.map(strip));
  });

  it('is deterministic', () => {
    const text = fixture('zh-hant-tw-cna.txt');
    expect(JSON.stringify(run(text, '2025-12-04', indexFor(text)))).toBe(
      JSON.stringify(run(text, '2025-12-04', indexFor(text))),
    );
  });

  it('scales linearly: a large corpus is indexed and annotated quickly', () => {
    const base = FIXTURES.map(fixture).join('\n');
    // 300 small articles, each a variant (so discovery sees many distinct names)
    const articles = Array.from({ length: 300 }, (_, i) => base.replaceAll('李維特', `李維特${'甲乙丙丁戊'[i % 5]}`));
    const t0 = performance.now();
    const index = indexFor(...articles);
    const t1 = performance.now();
    let sentences = 0;
    for (const a of articles) sentences += run(a, '2025-12-04', index).length;
    const t2 = performance.now();
    expect(sentences).toBeGreaterThan(5000);
    // generous bounds for a slow CI machine; typical is far lower
    expect(t1 - t0).toBeLessThan(15000);
    expect((t2 - t1) / sentences).toBeLessThan(2);
  });
});

describe('redate', () => {
  it.each([...FIXTURES.map(fixture), ...SEEDS.map((f) => readFileSync(resolve(ROOT, 'seeds', f), 'utf8'))])(
    'gives what annotating with the new date gives (%#)',
    (text) => {
      const undated = run(text, null);
      for (const date of ['2025-12-04', '2024-03-01']) {
        const dated = run(text, date);
        expect(redate(undated, date)).toEqual(dated);
        expect(JSON.stringify(redate(undated, date))).toBe(JSON.stringify(dated));
      }
      expect(redate(run(text, '2025-12-04'), null)).toEqual(undated);
      // Something does depend on the date, or the test would show nothing.
      expect(run(text, '2024-03-01')).not.toEqual(run(text, '2025-12-04'));
    },
  );
});
