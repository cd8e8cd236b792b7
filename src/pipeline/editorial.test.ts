import { describe, expect, it } from 'vitest';
import { applyClusterEdits, parseOverrides } from './editorial.ts';

describe('parseOverrides', () => {
  it('reads every kind of entry with its line', () => {
    const text = [
      '- claim: abc123',
      '  date: 2025-12-05',
      '  verdict: contested',
      '  note: 乌方否认。',
      '- merge: [abc123, def456]',
      '  date: 2025-12-06',
      '- split: abc123',
      '  sources: [src-a]',
      '  date: 2025-12-07',
    ].join('\n');
    const out = parseOverrides(text, 'content/overrides.yaml');
    expect(out.map((o) => o.line)).toEqual([1, 5, 7]);
    expect(out[0]).toMatchObject({ claim: 'abc123', date: '2025-12-05', verdict: 'contested' });
  });
  it('accepts an empty file and an empty list', () => {
    expect(parseOverrides('', 'f.yaml')).toEqual([]);
    expect(parseOverrides('# nothing yet\n[]\n', 'f.yaml')).toEqual([]);
  });
  it('names the file and line of an entry that is not valid, and says what to do', () => {
    const text = '- claim: abc123\n  date: 2025-12-05\n- claim: abc123\n  verdict: true-ish\n  date: 2025-12-05\n';
    expect(() => parseOverrides(text, 'content/overrides.yaml')).toThrow(
      /content\/overrides\.yaml:3: .*verdict.*An entry needs/,
    );
  });
  it('rejects unknown fields rather than ignoring a typo', () => {
    expect(() => parseOverrides('- claim: abc\n  date: 2025-01-01\n  verdit: contested\n', 'o.yaml')).toThrow(
      /o\.yaml:1/,
    );
  });
  it('names the line of a YAML syntax error', () => {
    expect(() => parseOverrides('- claim: abc\n  date: [2025\n', 'o.yaml')).toThrow(/o\.yaml:\d+: .*Fix the YAML/);
  });
});

describe('applyClusterEdits', () => {
  const m = (fingerprint: string, sourceId: string) => ({ fingerprint, sentence: { sourceId } });
  const clusters = [[m('aaa', 's1'), m('aab', 's2')], [m('bbb', 's3')], [m('ccc', 's4')]];
  const relations = [{ from: 1, to: 2, relation: 'contradicts' }];

  it('merges a claim into another by any of its fingerprints and carries its relations', () => {
    const [o] = parseOverrides('- merge: [aab, bbb]\n  date: 2025-12-05\n', 'o.yaml');
    const out = applyClusterEdits(clusters, relations, [o!], 'o.yaml');
    expect(out.clusters.map((c) => c.map((x) => x.fingerprint))).toEqual([['aaa', 'aab', 'bbb'], ['ccc']]);
    expect(out.relations).toEqual([{ from: 0, to: 1, relation: 'contradicts' }]);
    expect(out.corrections).toEqual([expect.objectContaining({ action: 'merge', claimId: 'aab' })]);
  });
  it('splits the evidence of the named sources into a claim of its own', () => {
    const [o] = parseOverrides('- split: aaa\n  sources: [s2]\n  date: 2025-12-05\n', 'o.yaml');
    const out = applyClusterEdits(clusters, relations, [o!], 'o.yaml');
    expect(out.clusters.map((c) => c.map((x) => x.fingerprint))).toEqual([['aaa'], ['bbb'], ['ccc'], ['aab']]);
  });
  it('reports an override whose claim does not exist, with file and line, instead of dropping it', () => {
    const overrides = parseOverrides(
      '- claim: zzz\n  date: 2025-12-05\n  note: x\n- merge: [aaa, zzz]\n  date: 2025-12-05\n',
      'o.yaml',
    );
    const out = applyClusterEdits(clusters, relations, overrides, 'o.yaml');
    expect(out.messages).toEqual([
      expect.objectContaining({
        ruleId: 'editorial/unknown-claim',
        message: expect.stringMatching(/^o\.yaml:4: .*"zzz"/),
      }),
    ]);
    expect(out.clusters).toHaveLength(3);
  });
  it('gives back new arrays and relations, leaving its input as it was (publish sorts them in place)', () => {
    const before = structuredClone({ clusters, relations });
    const out = applyClusterEdits(clusters, relations, [], 'o.yaml');
    expect(out.clusters).toEqual(clusters);
    out.clusters.forEach((c, i) => expect(c).not.toBe(clusters[i]));
    expect(out.relations).toEqual(relations);
    expect(out.relations[0]).not.toBe(relations[0]);
    const [o] = parseOverrides('- merge: [bbb, ccc]\n  date: 2025-12-05\n', 'o.yaml');
    // The relation between the two merged claims is dropped.
    expect(applyClusterEdits(clusters, relations, [o!], 'o.yaml').relations).toEqual([]);
    expect({ clusters, relations }).toEqual(before);
  });
});
