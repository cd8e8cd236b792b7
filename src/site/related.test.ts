import { describe, expect, it } from 'vitest';
import type { ClaimPage } from '../schema.ts';
import { RELATED_ON_PAGE, relatedOnPage } from './related.ts';

type Related = ClaimPage['related'][number];
const rel = (i: number, relation: Related['relation']): Related => ({
  claimId: `c${String(i).padStart(4, '0')}`,
  relation,
  statement: '说法',
  date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
  status: 'single-source',
});

describe('related claims on a claim page', () => {
  it('lists all of them, by date, while they fit', () => {
    const related = [rel(3, 'agrees'), rel(1, 'agrees'), rel(2, 'contradicts')];
    expect(relatedOnPage(related).map((r) => r.claimId)).toEqual(['c0001', 'c0002', 'c0003']);
  });

  it('past the limit, keeps every contradiction and update before agreements, shown by date', () => {
    const related = [
      ...Array.from({ length: 100 }, (_, i) => rel(i, 'agrees')),
      rel(200, 'contradicts'),
      rel(201, 'updates'),
    ];
    const shown = relatedOnPage(related);
    expect(shown).toHaveLength(RELATED_ON_PAGE);
    expect(shown.map((r) => r.relation)).toEqual(expect.arrayContaining(['contradicts', 'updates']));
    const dates = shown.map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });
});
