import { describe, expect, it } from 'vitest';
import { extractMetadata, readDateline } from '../metadata.ts';
import type { DecodedFile } from '../types.ts';
import { datelineLength, dropDatelines } from './drop-datelines.ts';
import { accountFor, clean, PASSES } from './index.ts';

const WITH_DATELINES = [
  ...PASSES.slice(0, PASSES.findIndex((p) => p.name === 'mark-headings') + 1),
  dropDatelines,
  ...PASSES.slice(PASSES.findIndex((p) => p.name === 'mark-headings') + 1),
];
const decoded = (text: string, sidecar = {}): DecodedFile => ({
  name: 't.txt',
  encoding: 'utf-8',
  text,
  sidecar,
  messages: [],
});
const BODY = '两国外长当天在会谈后签署了一项渔业合作协定，并同意明年继续举行年度磋商。';

describe('drop-datelines', () => {
  it.each<[string, string]>([
    ['本报讯 ', '本报讯'],
    ['本報訊（記者 陳嘉欣）', '本報訊（記者 陳嘉欣）'],
    ['【南山日报讯】', '【南山日报讯】'],
    ['【港灣時報訊】（記者 何志明）', '【港灣時報訊】（記者 何志明）'],
    ['〔記者林美君／高雄報導〕', '〔記者林美君／高雄報導〕'],
    ['〔東方晚報綜合外電報導〕', '〔東方晚報綜合外電報導〕'],
    ['本报开罗3月8日电 ', '本报开罗3月8日电'],
    ['新华社东京4月1日电（记者 王晓）', '新华社东京4月1日电（记者 王晓）'],
    ['中新网6月5日电 ', '中新网6月5日电'],
    ['（中央社記者黃文台北9日電）', '（中央社記者黃文台北9日電）'],
    ['本报记者 周敏 ', '本报记者 周敏'],
    ['本报综合消息 ', '本报综合消息'],
  ])('finds the dateline %s', (lead, dateline) => {
    expect(datelineLength(lead + BODY)).toBe(dateline.length);
  });

  it.each([
    BODY,
    '普京12月2日电贺新任总统。', // 电贺 is a verb, not a dateline
    '（图为会谈现场）双方举行会谈。',
    '本报认为，协议值得肯定。',
  ])('finds none in %s', (text) => {
    expect(datelineLength(text)).toBe(0);
  });

  it('removes the dateline of the first paragraph only, as boilerplate, and accounts for every character', () => {
    const text = `两国签署渔业合作协定\n\n新华社东京4月1日电（记者 王晓） ${BODY}\n\n新华社记者在现场看到，仪式持续了约一个小时，双方代表互致问候。\n`;
    const doc = clean(decoded(text), WITH_DATELINES);
    expect(accountFor(doc)).toBe(text);
    expect(doc.removed).toContainEqual(
      expect.objectContaining({ kind: 'boilerplate', rule: 'drop-datelines', text: '新华社东京4月1日电（记者 王晓）' }),
    );
    expect(doc.blocks[1]!.text).toBe(BODY);
    expect(doc.blocks[2]!.text.startsWith('新华社记者')).toBe(true);
  });

  it('lets metadata read the filing date, wire and outlet from the dateline', () => {
    const wire = clean(
      decoded(`两国签署渔业合作协定\n\n新华社东京4月1日电 ${BODY}2024年3月，双方曾发表联合声明。\n`),
      WITH_DATELINES,
    );
    expect(extractMetadata(wire, {})).toMatchObject({
      publishedAt: '2024-04-01',
      dateSource: 'explicit',
      wire: ['新华社'],
    });
    const own = clean(decoded(`兩國簽署漁業合作協定\n\n【港灣時報訊】（記者 何志明） ${BODY}\n`), WITH_DATELINES);
    expect(extractMetadata(own, {}).outlet).toBe('港灣時報');
    expect(readDateline(['〔記者林美君／高雄報導〕'])).toEqual({ outlet: null });
    expect(readDateline(['本报开罗3月8日电'])).toEqual({ date: { m: 3, d: 8 }, outlet: null });
    expect(readDateline(['〔東方晚報綜合外電報導〕'])).toEqual({ outlet: '東方晚報' });
  });

  it('resolves a dateline without a year against a reference date', () => {
    const doc = clean(decoded(`两国签署渔业合作协定\n\n本报开罗3月8日电 ${BODY}\n`), WITH_DATELINES);
    expect(extractMetadata(doc, {}, '2026-03-10')).toMatchObject({ publishedAt: '2026-03-08', dateSource: 'corpus' });
  });
});
