/** Unit tests for the site's pure helpers (no build needed). */
import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, bibtexEscape, plainCitation } from '../../src/site/cite.ts';
import { jsonForScript, xmlEscape } from '../../src/site/escape.ts';
import { findAll, splitBySpans } from '../../src/site/segments.ts';
import { encodeTextDirective, textFragment } from '../../src/site/text-fragment.ts';
import { datesDiffer, differingUnits } from '../../src/site/quantities.ts';
import { buildFoldTable, foldWith } from '../../src/site/fold.ts';
import { groupRemovals } from '../../src/site/removals.ts';
import { zhDate, toTimestamp } from '../../src/site/dates.ts';
import { reportErrorUrl } from '../../src/site/config.ts';
import type { ClaimPage } from '../../src/schema.ts';

const cite = {
  id: 'abc123',
  statement: '俄军已控制红军城 {50%} & more',
  url: 'https://x.example/claims/abc123/',
  lastChanged: '2025-12-04',
};

describe('citations', () => {
  it('formats plain and APA with the permalink and date', () => {
    expect(plainCitation(cite)).toBe(
      'Crosscheck.「俄军已控制红军城 {50%} & more」. 核查条目，2025-12-04. https://x.example/claims/abc123/',
    );
    expect(apaCitation(cite)).toBe(
      'Crosscheck. (2025, December 4). 俄军已控制红军城 {50%} & more [Fact-check claim]. https://x.example/claims/abc123/',
    );
    expect(apaCitation({ ...cite, lastChanged: null })).toContain('(n.d.)');
  });
  it('escapes BibTeX specials so text cannot close the entry', () => {
    expect(bibtexEscape('a{b}%&#_$\\')).toBe('a\\{b\\}\\%\\&\\#\\_\\$\\textbackslash{}');
    const entry = bibtexCitation(cite);
    expect(entry).toMatch(/^@misc\{crosscheck-abc123,\n/);
    expect(entry).toContain('title = {{俄军已控制红军城 \\{50\\%\\} \\& more}}');
    expect(entry).toContain('year = {2025}');
    // Braces balance.
    expect([...entry.replace(/\\[{}]/g, '')].reduce((n, ch) => n + (ch === '{' ? 1 : ch === '}' ? -1 : 0), 0)).toBe(0);
  });
});

describe('escaping', () => {
  it('keeps JSON-LD from closing its script element', () => {
    const out = jsonForScript({ q: '</script><script>alert(1)</script>&\u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ q: '</script><script>alert(1)</script>&\u2028' });
  });
  it('escapes XML text and drops forbidden control characters', () => {
    expect(xmlEscape('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});

describe('segments', () => {
  it('splits text by spans and keeps every character', () => {
    const segs = splitBySpans('甲乙丙丁戊', [
      { start: 1, end: 3, data: 'x' },
      { start: 2, end: 4, data: 'overlap' },
      { start: 9, end: 12, data: 'out of range' },
    ]);
    expect(segs).toEqual([{ text: '甲' }, { text: '乙丙', data: 'x' }, { text: '丁戊' }]);
    expect(segs.map((s) => s.text).join('')).toBe('甲乙丙丁戊');
  });
  it('finds every occurrence of needles', () => {
    expect(findAll('5小时又5小时', [{ text: '5小时', data: 1 }]).map((s) => s.start)).toEqual([0, 4]);
  });
});

describe('text fragments', () => {
  it('encodes the characters the directive syntax reserves', () => {
    expect(encodeTextDirective('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
  it('uses the whole short quote', () => {
    expect(textFragment('俄军控制红军城。')).toBe(`:~:text=${encodeURIComponent('俄军控制红军城。')}`);
  });
  it('cuts long quotes into start,end terms at word boundaries', () => {
    const quote =
      '战场局势方面,自俄罗斯国防部1日宣布,俄军已经控制顿涅茨克地区的红军城这一俄乌双方战场拉锯的关键地区后,俄总统普京发出邀请。';
    const [start, end] = textFragment(quote).slice(':~:text='.length).split(',').map(decodeURIComponent);
    expect(quote.startsWith(start!)).toBe(true);
    expect(quote.endsWith(end!)).toBe(true);
    expect(start!.length).toBeGreaterThanOrEqual(10);
    expect(start).not.toBe('战场局势方面,自俄罗斯国'); // mid-word: browsers would not match it
  });
});

describe('differences between evidence', () => {
  const ev = (quantities: { value: number; unit: string; approx?: string }[], date: string | null = null) =>
    ({
      quantities: quantities.map((q) => ({ text: `${q.value}`, approx: 'exact', ...q })),
      date,
    }) as unknown as ClaimPage['evidence'][number];
  it('flags a unit whose values differ across sources, not a unit one source mentions', () => {
    const units = differingUnits([
      ev([
        { value: 5, unit: 'hour' },
        { value: 3, unit: 'day' },
      ]),
      ev([{ value: 5, unit: 'hour', approx: 'near' }]),
    ]);
    expect([...units]).toEqual(['hour']);
    expect(differingUnits([ev([{ value: 5, unit: 'hour' }]), ev([{ value: 5, unit: 'hour' }])]).size).toBe(0);
  });
  it('flags differing dates', () => {
    expect(datesDiffer([ev([], '2025-12-01'), ev([], '2025-12-02')])).toBe(true);
    expect(datesDiffer([ev([], '2025-12-01'), ev([], null)])).toBe(false);
  });
});

describe('traditional → simplified folding', () => {
  it('folds only into characters the site contains', () => {
    const table = buildFoldTable('红军城 国防部');
    expect(foldWith(table, '紅軍城 國防部 Pokrovsk')).toBe('红军城 国防部 Pokrovsk');
    expect(table['髮']).toBeUndefined();
    expect(Object.keys(table).length).toBeLessThan(20);
  });
});

describe('report-an-error link', () => {
  it('fills {id} and {url} URL-encoded, or gives null when unset', () => {
    expect(reportErrorUrl('abc', 'https://x.example/claims/abc/', 'https://t.example/new?t={id}&b={url}')).toBe(
      'https://t.example/new?t=abc&b=https%3A%2F%2Fx.example%2Fclaims%2Fabc%2F',
    );
    expect(reportErrorUrl('abc', 'https://x', null)).toBeNull();
  });
});

describe('small formatters', () => {
  it('formats dates', () => {
    expect(zhDate('2025-12-01')).toBe('2025年12月1日');
    expect(zhDate('2025-05')).toBe('2025年5月');
    expect(zhDate(null)).toBe('日期不详');
    expect(toTimestamp('2025')).toBe('2025-01-01T00:00:00Z');
  });
  it('groups removals by kind in a stable order', () => {
    const groups = groupRemovals([
      { kind: 'spam', text: 'b', start: 5, end: 6 },
      { kind: 'caption', text: 'a', start: 9, end: 10 },
      { kind: 'caption', text: 'c', start: 1, end: 2 },
      { kind: 'weird', text: 'd', start: 0, end: 1 },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['caption', 'spam', 'weird']);
    expect(groups[0]!.items.map((r) => r.text)).toEqual(['c', 'a']);
  });
});
