/** Labels and grouping for the integrity panel ("what was removed from this article, and why"). */
import type { SourcePage } from '../schema.ts';

type Removal = SourcePage['removed'][number];

export const REMOVAL_LABEL: Record<string, string> = {
  caption: '图片说明',
  boilerplate: '网页模板与编辑信息',
  'off-topic': '无关内容（如“相关阅读”）',
  spam: '插入的广告或垃圾文字',
  injected: '插入的标题碎片',
  obituary: '讣告',
  slogan: '标语',
  duplicate: '重复内容',
  layout: '版面残留',
};

/** Removals grouped by kind, kinds in label order then alphabetical, items in input order. */
export function groupRemovals(removed: readonly Removal[]): { kind: string; label: string; items: Removal[] }[] {
  const groups = new Map<string, Removal[]>();
  for (const r of removed.toSorted((a, b) => a.start - b.start)) {
    groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  }
  const known = Object.keys(REMOVAL_LABEL);
  const rank = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length);
  return [...groups.keys()]
    .toSorted((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((kind) => ({ kind, label: REMOVAL_LABEL[kind] ?? kind, items: groups.get(kind)! }));
}
