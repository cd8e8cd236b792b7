import { describe, expect, it } from 'vitest';
import { listPagePath, pageCount, pageItems, pagerPages } from './pages.ts';

describe('list pages', () => {
  it('counts pages, an empty list having one', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
  });

  it('slices every item onto exactly one page', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 10) }, (_, p) => pageItems(items, p + 1, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(items);
  });

  it('keeps page 1 at the list address', () => {
    expect(listPagePath('/claims/', 1)).toBe('/claims/');
    expect(listPagePath('/claims/', 3)).toBe('/claims/page/3/');
  });

  it('links all pages when few, else first, last and the neighbourhood', () => {
    expect(pagerPages(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerPages(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pagerPages(1, 40)).toEqual([1, 2, 3, null, 40]);
  });
});
