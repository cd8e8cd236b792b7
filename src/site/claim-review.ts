/** schema.org ClaimReview for a claim page, built from the claim's frontmatter. */
import type { ClaimPage } from '../schema.ts';
import { SITE_NAME } from './config.ts';
import { STATUS_INFO } from './status.ts';

/** Endings that mark a speaker as an institution rather than a person (`俄罗斯国防部`, `乌方`, `克里姆林宫`). */
export const ORGANISATION_ENDINGS = [
  '部',
  '局',
  '署',
  '院',
  '委员会',
  '委会',
  '办公室',
  '政府',
  '宫',
  '方',
  '军',
  '社',
  '台',
  '报',
  '网',
  '馆',
  '处',
  '厅',
  '组织',
  '中心',
  '协会',
  '公司',
  '集团',
  '大学',
  '议会',
  '国会',
  'ministry',
  'office',
  'agency',
  'council',
];

/** schema.org type for a speaker: Organization when the name ends like an institution, else Person. */
export function speakerType(name: string): 'Organization' | 'Person' {
  const n = name.trim().toLowerCase();
  return ORGANISATION_ENDINGS.some((e) => n.endsWith(e)) ? 'Organization' : 'Person';
}

export interface ClaimReviewInput {
  claim: ClaimPage;
  /** Absolute permalink of the claim page. */
  url: string;
  /** Absolute URL of the site root (the reviewing organisation). */
  siteUrl: string;
  /** Absolute URL of a source page, by source id. */
  sourceUrl: (sourceId: string) => string;
  /** The article's original URL, by source id, when known. */
  originalUrl: (sourceId: string) => string | null;
}

/**
 * Sources listed as where the claim appeared, earliest evidence first: enough to show where it
 * was reported, while a claim carried by hundreds of outlets keeps a page of a few kilobytes.
 */
export const MAX_APPEARANCES = 20;

/**
 * A ClaimReview object. The rating rates sourcing, not truth (see the methodology page):
 * 2 contested, 3 evolving / single source, 4 corroborated, on a 1–5 scale.
 */
export function claimReview({ claim, url, siteUrl, sourceUrl, originalUrl }: ClaimReviewInput) {
  const info = STATUS_INFO[claim.status];
  const seen = new Set<string>();
  const appearance = claim.evidence
    .filter((e) => !seen.has(e.sourceId) && seen.add(e.sourceId))
    .slice(0, MAX_APPEARANCES)
    .map((e) => ({
      '@type': 'CreativeWork',
      url: originalUrl(e.sourceId) ?? sourceUrl(e.sourceId),
      headline: e.sourceTitle,
      ...(e.publishedAt ? { datePublished: e.publishedAt } : {}),
      ...(e.outlet ? { publisher: { '@type': 'Organization', name: e.outlet } } : {}),
    }));
  const first = claim.evidence.toSorted((a, b) => (a.publishedAt ?? '9').localeCompare(b.publishedAt ?? '9'))[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.statement,
    ...(claim.firstSeen ? { datePublished: claim.firstSeen } : {}),
    ...(claim.lastChanged ? { dateModified: claim.lastChanged } : {}),
    inLanguage: 'zh-CN',
    author: { '@type': 'Organization', name: SITE_NAME, url: siteUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: info.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: info.label,
      ratingExplanation: claim.statusReason,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(first?.speaker ? { author: { '@type': speakerType(first.speaker), name: first.speaker } } : {}),
      ...(claim.firstSeen ? { datePublished: claim.firstSeen } : {}),
      ...(appearance[0] ? { firstAppearance: appearance[0] } : {}),
      appearance,
    },
  };
}
