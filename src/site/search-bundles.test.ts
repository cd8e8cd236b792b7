import { describe, expect, it } from 'vitest';
import { hasRecentIndex, RECENT_PAGES, recentPages } from './search-bundles.ts';

describe('recentPages', () => {
  const page = (path: string, changed: string | null) => ({ path, changed });

  it('is empty while every page fits the recent index', () => {
    expect(recentPages([page('a/', '2025-01-01'), page('b/', null)], 2)).toEqual([]);
    expect(hasRecentIndex(RECENT_PAGES)).toBe(false);
    expect(hasRecentIndex(RECENT_PAGES + 1)).toBe(true);
  });

  it('takes the pages changed last; ties in path order, undated pages last', () => {
    const pages = [
      page('sources/old/', '2024-05-01'),
      page('claims/b/', '2025-03-02'),
      page('entities/x/', null),
      page('claims/a/', '2025-03-02'),
      page('claims/c/', '2025-01-09'),
    ];
    expect(recentPages(pages, 3)).toEqual(['claims/a/', 'claims/b/', 'claims/c/']);
    expect(recentPages(pages, 4)).toEqual(['claims/a/', 'claims/b/', 'claims/c/', 'sources/old/']);
    expect(recentPages(pages.slice(2), 1)).toEqual(['claims/a/']);
    expect(recentPages([page('b/', null), page('a/', null)], 1)).toEqual(['a/']);
  });

  it('does not reorder the list it is given', () => {
    const pages = [page('b/', '2025-01-01'), page('a/', '2025-02-01')];
    recentPages(pages, 1);
    expect(pages.map((p) => p.path)).toEqual(['b/', 'a/']);
  });
});
