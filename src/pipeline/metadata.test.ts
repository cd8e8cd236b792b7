import { describe, expect, it } from 'vitest';
import { latestPerMonth } from './index.ts';
import { clean } from './clean/index.ts';
import { extractMetadata, parseNumber, publicationDate, scriptOf } from './metadata.ts';
import type { DecodedFile } from './types.ts';

const doc = (text: string) =>
  clean({ name: 't.txt', encoding: 'utf-8', text, sidecar: {}, messages: [] } satisfies DecodedFile);
const meta = (text: string, sidecar = {}) => extractMetadata(doc(text), sidecar);

const BODY =
  '当地时间12月2日，双方在莫斯科举行会谈。会谈持续近5小时，双方同意继续保持接触。\n\n3日，俄方表示会谈富有成效，双方将继续就相关问题进行磋商。';

describe('extractMetadata', () => {
  it('takes the title from the first heading, without a column prefix', () => {
    expect(meta(`解读|俄美会谈释放哪些信号\n\n${BODY}`).title).toBe('俄美会谈释放哪些信号');
    expect(meta(`标题\n\n${BODY}`, { title: '边车标题' }).title).toBe('边车标题');
  });

  it('finds the outlet from a web address in the copy, or from 总台记者', () => {
    expect(meta(`标题一二三\n\n专家向澎湃新闻(www.thepaper.cn)表示，${BODY}`).outlet).toBe('澎湃新闻');
    expect(meta(`标题一二三\n\n总台记者当地时间12月2日获悉，${BODY}`).outlet).toBe('央视新闻');
    expect(meta(`标题一二三\n\n${BODY}`).outlet).toBeNull();
    expect(meta(`标题一二三\n\n${BODY}`, { url: 'https://news.cctv.com/2025/12/03/x.shtml' }).outlet).toBe('央视新闻');
  });

  it('lists the wires the article credits, credit lines first', () => {
    expect(meta(`标题一二三\n\n${BODY}\n\n本版文据新华社、央视新闻`).wire).toEqual(['新华社', '央视新闻']);
    expect(meta(`标题一二三\n\n文/图 新华社\n\n${BODY}`).wire).toEqual(['新华社']);
    expect(meta(`标题一二三\n\n據中央社報道，${BODY}`).wire).toEqual(['中央社']);
    expect(meta(`标题一二三\n\n据《华尔街日报》报道，${BODY}`).wire).toEqual([]);
  });

  it('dates the article by a dateline, else by the latest event in the body', () => {
    expect(meta(`标题一二三\n\n2025-12-04 09:30:00\n\n${BODY}`)).toMatchObject({
      publishedAt: '2025-12-04',
      dateSource: 'explicit',
    });
    expect(meta(`标题一二三\n\narticle/2025/12/9 12:35:51\n\n${BODY}`)).toMatchObject({
      publishedAt: '2025-12-03',
      dateSource: 'inferred',
    });
    expect(meta(`标题一二三\n\n2025年11月30日，${BODY}`)).toMatchObject({
      publishedAt: '2025-12-03',
      dateSource: 'inferred',
    });
    expect(meta(`标题一二三\n\n${BODY}`, { publishedAt: '2025-12-05' })).toMatchObject({
      publishedAt: '2025-12-05',
      dateSource: 'sidecar',
    });
  });

  it('does not take a year from a future plan, or a date from removed text', () => {
    expect(meta(`标题一二三\n\n${BODY}\n\n工厂预计将于2026年秋季投产。`).publishedAt).toBeNull();
    const withObituary = `标题一二三\n\n2025年11月30日，${BODY}\n\n讣告\n\n先父张三于2025年12月16日仙逝，享年90岁。兹定于12月19日在殡仪馆举行吊唁仪式，出殡从简，特此讣告，愿父亲安息。孝子张四泣告，亲友请勿送帛金。`;
    expect(meta(withObituary).publishedAt).toBe('2025-12-03');
  });

  it('tells simplified from traditional script', () => {
    expect(scriptOf('乌克兰总统泽连斯基表示，谈判将继续进行。')).toBe('zh-Hans');
    expect(scriptOf('烏克蘭總統澤連斯基表示，談判將繼續進行。')).toBe('zh-Hant');
    expect(
      meta(`立法院三讀通過預算案\n\n立法院12月5日下午表決通過明年度中央政府總預算案。行政院表示將尊重立法院的決議。`)
        .script,
    ).toBe('zh-Hant');
  });

  it('reads Chinese numerals in dates', () => {
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('二十三')).toBe(23);
    expect(parseNumber('３')).toBe(3);
    expect(publicationDate('2025年十二月三日，会谈举行。', '').value).toBe('2025-12-03');
  });
});

describe('bare days and corpus references', () => {
  it('reads a bare day after the latest stated month-day as the most recent such day', () => {
    const body = '11月30日，两国代表团举行会谈。官员表示，特使于12月1日前往莫斯科。总统27日曾重申其立场。';
    // `27日` is 27 November here, so the latest event is 1 December.
    expect(publicationDate(body, '', '', '2025-12-03')).toEqual({ value: '2025-12-01', source: 'corpus' });
    const later = '当地时间12月2日晚，双方举行会谈。当地时间3日凌晨，一方发文评价会谈。';
    expect(publicationDate(later, '', '', '2025-12-05')).toEqual({ value: '2025-12-03', source: 'corpus' });
  });
  it('groups dates by month, latest first', () => {
    expect(latestPerMonth(['2025-12-01', '2025-05-20', '2025-12-03', '2025-05-02'])).toEqual([
      '2025-12-03',
      '2025-05-20',
    ]);
  });
});
