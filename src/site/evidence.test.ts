import { describe, expect, it } from 'vitest';
import type { ClaimPage } from '../schema.ts';
import {
  EVIDENCE_ON_PAGE,
  evidenceAnchors,
  evidenceOnPage,
  evidencePath,
  evidenceShards,
  evidenceVariant,
  isSharded,
} from './evidence.ts';

type Evidence = ClaimPage['evidence'][number];

const piece = (fingerprint: string, over: Partial<Evidence> = {}): Evidence => ({
  sourceId: `s-${fingerprint}`,
  quote: '会谈持续了5个小时。',
  paragraph: 1,
  speaker: null,
  attribution: [],
  date: null,
  fingerprint,
  outlet: null,
  wire: [],
  sourceTitle: '标题',
  publishedAt: '2025-12-03',
  verb: null,
  quantities: [{ text: '5个小时', value: 5, unit: 'hour', approx: 'exact' }],
  denial: false,
  hedge: false,
  ...over,
});
const hex = (i: number) => i.toString(16).padStart(12, '0').split('').reverse().join('');

describe('evidence on a claim page', () => {
  it('shows everything while it fits', () => {
    const evidence = Array.from({ length: EVIDENCE_ON_PAGE }, (_, i) => piece(hex(i)));
    expect(evidenceOnPage(evidence, () => '')).toEqual(evidence.map((_, i) => i));
  });

  it('past the limit, shows the first piece of every variant, then the earliest others, in order', () => {
    const evidence = Array.from({ length: 300 }, (_, i) =>
      piece(hex(i), {
        denial: i === 250,
        quantities: [
          { text: i === 199 ? '4个小时' : '5个小时', value: i === 199 ? 4 : 5, unit: 'hour', approx: 'exact' },
        ],
      }),
    );
    const shown = evidenceOnPage(evidence, evidenceVariant(new Set(['hour']), false));
    expect(shown).toHaveLength(EVIDENCE_ON_PAGE);
    expect(shown).toContain(199);
    expect(shown).toContain(250);
    expect(shown.slice(0, EVIDENCE_ON_PAGE - 2)).toEqual(Array.from({ length: EVIDENCE_ON_PAGE - 2 }, (_, i) => i));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it('puts each piece on the shard of its fingerprint’s first digit, every piece once', () => {
    const evidence = Array.from({ length: 100 }, (_, i) => piece(hex(i * 7919)));
    const shards = evidenceShards(evidence);
    expect(shards.map(([s]) => s)).toEqual([...shards.map(([s]) => s)].sort());
    for (const [s, members] of shards) for (const i of members) expect(evidence[i]!.fingerprint[0]).toBe(s);
    expect(shards.flatMap(([, m]) => m).sort((a, b) => a - b)).toEqual(evidence.map((_, i) => i));
    expect(isSharded({ evidence } as ClaimPage)).toBe(true);
  });

  it('makes anchors unique when two sources carry the same sentence', () => {
    expect(evidenceAnchors([piece('abc'), piece('abc'), piece('def')])).toEqual(['e-abc', 'e-abc-2', 'e-def']);
  });
});

describe('where a piece of evidence is linked', () => {
  it('points at the card on the claim page when shown there, else at its shard page', () => {
    const evidence = Array.from({ length: EVIDENCE_ON_PAGE + 10 }, (_, i) => piece(hex(i + 1)));
    const claim = { id: 'c0ffee000000', evidence } as unknown as ClaimPage;
    expect(evidencePath(claim, 0)).toBe(`/claims/c0ffee000000/#e-${evidence[0]!.fingerprint}`);
    const last = evidence.length - 1;
    const fp = evidence[last]!.fingerprint;
    expect(evidencePath(claim, last)).toBe(`/claims/c0ffee000000/evidence/${fp[0]}/#e-${fp}`);
  });
});
