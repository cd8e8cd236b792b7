/** The four seed articles: accounting holds and nothing that was removed reaches the body. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../ingest.ts';
import { accountFor, clean } from './index.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const names = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const docs = Object.fromEntries(
  names.map((name) => [name, clean(decode({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }))]),
);
const bodyOf = (name: string): string => docs[name]!.blocks.map((b) => b.text).join('\n');
const seed = (prefix: string): string => names.find((n) => n.startsWith(prefix))!;

describe('seeds', () => {
  it('finds the four seeds', () => expect(names).toHaveLength(4));

  it.each(names)('%s: kept + removed + layout rebuilds the input', (name) => {
    expect(accountFor(docs[name]!)).toBe(docs[name]!.input);
  });

  it.each(names)('%s: no removed caption, spam, fragment, obituary, slogan or list text remains in a block', (name) => {
    const doc = docs[name]!;
    const body = bodyOf(name);
    for (const r of doc.removed) {
      if (['caption', 'spam', 'obituary', 'slogan', 'off-topic'].includes(r.kind) && r.text.length >= 6) {
        expect(body, `${r.kind} "${r.text}"`).not.toContain(r.text);
      }
    }
  });

  it('rejoins the sentence a caption block split', () => {
    expect(bodyOf(seed('000'))).toContain('试图“冻结”俄乌冲突');
    const doc = docs[seed('000')]!;
    expect(doc.removed.filter((r) => r.kind === 'caption').map((r) => r.text)).toEqual(
      expect.arrayContaining(['鲁比奥(左)与乌方代表', '特朗普', '泽连斯基']),
    );
  });

  it('rejoins a name broken across lines', () => {
    expect(bodyOf(seed('000'))).toContain('乌梅罗夫均未接受');
    expect(bodyOf(seed('001'))).toContain('库什纳和一名翻译');
    expect(bodyOf(seed('001'))).toContain('欧亚研究所副所长韩璐');
  });

  it('keeps the second article on the page as its own level-1 section', () => {
    const headings = docs[seed('000')]!.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    expect(headings.map((h) => h.text.slice(0, 5))).toEqual(['美乌新一轮', '美乌4小时']);
  });

  it('removes the related-news story, the obituary, the slogans and the teaser lists', () => {
    expect(bodyOf(seed('000'))).not.toContain('暗杀');
    expect(bodyOf(seed('001'))).not.toMatch(/讣告|仙逝|殡仪馆|文明健康|人才因产业/u);
    expect(docs[seed('001')]!.removed.filter((r) => r.kind === 'obituary').length).toBeGreaterThanOrEqual(3);
    expect(docs[seed('001')]!.removed.filter((r) => r.kind === 'slogan').length).toBeGreaterThanOrEqual(2);
    expect(bodyOf(seed('002'))).not.toMatch(/详细|福岛|班主任|神十八|懂球帝/u);
    expect(bodyOf(seed('003'))).not.toMatch(/风雪夜归人|零跑|责任编辑|xdnf|相关文章/u);
  });

  it('removes the repeated spam phrase and the headline fragments, repairing the sentences', () => {
    const body = docs[seed('002')]!.blocks.slice(1)
      .map((b) => b.text)
      .join('\n');
    expect(body).not.toContain('搬家培训');
    expect(docs[seed('002')]!.removed.filter((r) => r.kind === 'spam')).toHaveLength(2);
    for (const fragment of ['头谈', '却缺', '约外邀请', '内容。约外', '乌分'])
      expect(body, fragment).not.toContain(fragment);
    expect(body).toContain('消息称,收到了');
    expect(body).toContain('进行了说明,并通报');
    expect(body).toContain('3日,俄总统助理');
    expect(body).toContain('近期,美国为推进');
    expect(body).toContain('俄美会谈的内容');
    expect(body).toContain('俄方公布的内容');
    expect(body).toContain('再次赴美磋商“和平计划”的邀请');
    // Legitimate uses of the same words stay.
    expect(body).toContain('美俄“和平计划”');
    expect(body).toContain('北约外长会');
    expect(body).toContain('解决俄乌冲突');
    expect(body).toContain('当前的俄乌冲突');
    expect(body).toContain('召开。然而一直积极推进“和平计划”的美国,其国务卿鲁比奥却罕见缺席。');
  });

  it('keeps section headings as headings, not paragraphs', () => {
    const headings = docs[seed('001')]!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(
      expect.arrayContaining(['俄方表态藏着哪些深意', '两大信号暗示局势走向', '欧洲面临两难抉择']),
    );
    expect(headings.some((h) => h.includes('研究院欧亚研究'))).toBe(false);
  });
});
