/** How each claim status reads on the site and in ClaimReview. */
import type { ClaimPage } from '../schema.ts';

type Status = ClaimPage['status'];

export interface StatusInfo {
  /** Badge text. */
  label: string;
  /** One sentence for the methodology page and legends. */
  meaning: string;
  /**
   * ClaimReview rating on a 1–5 scale. It rates how well the claim is sourced, not whether it
   * is true: the methodology page says so.
   */
  rating: number;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
  contested: { label: '有争议', meaning: '来源之间或被引述的各方说法相互矛盾。', rating: 2 },
  evolving: { label: '在变化', meaning: '不同时间的报道说法不同，差异可由时间先后解释（如计划→已发生）。', rating: 3 },
  'single-source': { label: '单一来源', meaning: '目前只有一个来源报道此说法，尚无独立印证。', rating: 3 },
  corroborated: { label: '多方印证', meaning: '两个或以上来源的说法一致。', rating: 4 },
};

/** Display order: what a reader most needs to see first. */
export const STATUS_ORDER: readonly Status[] = ['contested', 'evolving', 'single-source', 'corroborated'];

export const RELATION_LABEL = { contradicts: '相矛盾', updates: '后续更新', agrees: '说法一致' } as const;
