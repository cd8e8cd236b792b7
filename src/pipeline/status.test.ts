import { describe, expect, it } from 'vitest';
import { claimStatus, independentSources } from './status.ts';

const src = (id: string, wire: string[] = [], outlet: string | null = null) => ({ id, wire, outlet });

describe('claimStatus', () => {
  it('is contested when another claim contradicts it, whatever else holds', () => {
    const r = claimStatus({ sources: [src('a'), src('b')], relations: [{ relation: 'contradicts', direction: 'to' }] });
    expect(r.status).toBe('contested');
    expect(r.reason).toMatch(/矛盾/);
  });
  it('is evolving when a later report updates it', () => {
    expect(claimStatus({ sources: [src('a')], relations: [{ relation: 'updates', direction: 'to' }] }).status).toBe(
      'evolving',
    );
  });
  it('is not evolving because it updates something else', () => {
    expect(claimStatus({ sources: [src('a')], relations: [{ relation: 'updates', direction: 'from' }] }).status).toBe(
      'single-source',
    );
  });
  it('is corroborated by two independent sources', () => {
    const r = claimStatus({ sources: [src('a', ['新华社']), src('b')], relations: [] });
    expect(r).toMatchObject({ status: 'corroborated', independent: 2, sharedWires: [] });
  });
  it('is not corroborated by two sources relaying the same wire, and says why', () => {
    const r = claimStatus({ sources: [src('a', ['新华社']), src('b', ['新华社', '央视新闻'])], relations: [] });
    expect(r).toMatchObject({ status: 'single-source', independent: 1, sharedWires: ['新华社'] });
    expect(r.reason).toContain('新华社');
  });
  it('is single-source with one source', () => {
    expect(claimStatus({ sources: [src('a')], relations: [] }).status).toBe('single-source');
  });
});

describe('independentSources', () => {
  it('joins sources through chains of shared wires', () => {
    expect(independentSources([src('a', ['w1']), src('b', ['w1', 'w2']), src('c', ['w2']), src('d')]).groups).toBe(2);
  });
});
