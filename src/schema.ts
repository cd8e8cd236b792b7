/**
 * The one contract between the pipeline and the site: the frontmatter of generated claim,
 * source and entity pages, and the public `claims.json`. Astro's content collections and the
 * pipeline's writer both validate against these schemas.
 */
import { z } from 'astro/zod';

/** Every status a claim can have. */
export const STATUSES = ['corroborated', 'contested', 'single-source', 'evolving'] as const;
export const StatusSchema = z.enum(STATUSES);

/** Every relation between two claims. */
export const RELATIONS = ['contradicts', 'updates', 'agrees'] as const;
export const RelationSchema = z.enum(RELATIONS);

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case ASCII id');

export const RemovalSchema = z.object({
  /** Why it was removed: `caption`, `boilerplate`, `off-topic`, `spam`, `injected`, … */
  kind: z.string(),
  /** The removed text exactly as it was in the input. */
  text: z.string(),
  /** Start offset in the decoded input (UTF-16 code units). */
  start: z.number().int().nonnegative(),
  /** End offset (exclusive) in the decoded input. */
  end: z.number().int().nonnegative(),
});

/** One piece of evidence: a sentence of one source that states the claim. */
export const EvidenceSchema = z.object({
  sourceId: Id,
  /** The exact sentence from the cleaned source, as published. */
  quote: z.string().min(1),
  /** Paragraph number on the source page (`#p-N`, 1-based). */
  paragraph: z.number().int().positive(),
  /** Who made the statement, or null when the outlet states it itself. */
  speaker: z.string().nullable(),
  /** The attribution chain, outer to inner (`据《华尔街日报》报道` → `《华尔街日报》`). */
  attribution: z.array(z.string()),
  /** The date the statement refers to, as precise as the text allows, or null. */
  date: IsoDate.nullable(),
});

export const RelatedSchema = z.object({
  claimId: Id,
  relation: RelationSchema,
});

/** A source in `claims.json`. */
export const PublicSourceSchema = z.object({
  id: Id,
  /** The file name in the seeds folder. */
  inputFile: z.string(),
  url: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  /** Upstream wires relayed, e.g. `新华社`. */
  wire: z.array(z.string()),
  publishedAt: IsoDate.nullable(),
  script: z.enum(['zh-Hans', 'zh-Hant']),
  removed: z.array(RemovalSchema),
});

/** A claim in `claims.json`. */
export const PublicClaimSchema = z.object({
  id: Id,
  url: z.string(),
  statement: z.string().min(1),
  status: StatusSchema,
  entities: z.array(Id),
  evidence: z.array(EvidenceSchema).min(1),
  related: z.array(RelatedSchema),
});

/** The public `claims.json`. Field names are a contract: add, never rename. */
export const ClaimsFileSchema = z.object({
  schemaVersion: z.literal(1),
  sources: z.array(PublicSourceSchema),
  claims: z.array(PublicClaimSchema),
});
export type ClaimsFile = z.output<typeof ClaimsFileSchema>;

/** Evidence as shown on a claim page: the public fields plus what the page needs. */
export const PageEvidenceSchema = EvidenceSchema.extend({
  /** Fingerprint of the quote; the per-source anchor on the claim page (`#e-<fingerprint>`). */
  fingerprint: Id,
  outlet: z.string().nullable(),
  wire: z.array(z.string()),
  sourceTitle: z.string(),
  publishedAt: IsoDate.nullable(),
  /** Reporting verb (`表示`, `否认`), when found. */
  verb: z.string().nullable(),
  /** Quantities in the quote, shown as `5 hour (near)` and used to highlight differences. */
  quantities: z.array(z.object({ text: z.string(), value: z.number(), unit: z.string(), approx: z.string() })),
  /** True when the quote denies or negates. */
  denial: z.boolean(),
  /** True when the quote hedges or announces a plan. */
  hedge: z.boolean(),
});

/** Frontmatter of a generated claim page (`content/generated/claims/<id>.md`). */
export const ClaimPageSchema = z.object({
  id: Id,
  statement: z.string().min(1),
  status: StatusSchema,
  /** One line, computed from the evidence, saying why the status is what it is. */
  statusReason: z.string(),
  /** Check-worthiness score of the best evidence sentence, 0–1. */
  score: z.number().min(0).max(1),
  entities: z.array(Id),
  evidence: z.array(PageEvidenceSchema).min(1),
  related: z.array(RelatedSchema.extend({ statement: z.string(), date: IsoDate.nullable(), status: StatusSchema })),
  /** Other fingerprints of this claim; each gets a redirect page to this one. */
  aliases: z.array(Id),
  /** Date of the earliest source. */
  firstSeen: IsoDate.nullable(),
  /** Date of the latest source. */
  lastChanged: IsoDate.nullable(),
  /** Wires that more than one evidence source relays (those sources are not independent). */
  sharedWires: z.array(z.string()),
  /** Editorial decisions from `content/overrides.yaml`. */
  editorial: z.object({
    /** The editor's verdict, which replaced the computed status; null when none. */
    verdict: StatusSchema.nullable(),
    /** Dated editor's notes, oldest first. */
    notes: z.array(z.object({ date: IsoDate, text: z.string() })),
    /** The statement as extracted, when an editor corrected it. */
    originalStatement: z.string().nullable(),
    /** A withdrawn extraction: the page stays so links keep working, but says so. */
    hidden: z.boolean(),
  }),
});
export type ClaimPage = z.output<typeof ClaimPageSchema>;

/** A paragraph of a source page, with the sentences that are claims. */
export const SourceParagraphSchema = z.object({
  n: z.number().int().positive(),
  kind: z.enum(['paragraph', 'heading']),
  level: z.number().int().optional(),
  text: z.string(),
  /** Claim sentences inside this paragraph: offsets into `text`. */
  claims: z.array(z.object({ start: z.number().int(), end: z.number().int(), claimId: Id })),
});

/** Frontmatter of a generated source page (`content/generated/sources/<id>.md`). */
export const SourcePageSchema = PublicSourceSchema.extend({
  /** The original URL of the article, when known. */
  originalUrl: z.string().nullable(),
  /** Encoding the file was read in. */
  encoding: z.string(),
  paragraphs: z.array(SourceParagraphSchema),
  claims: z.array(Id),
});
export type SourcePage = z.output<typeof SourcePageSchema>;

/** Frontmatter of a generated entity page (`content/generated/entities/<id>.md`). */
export const EntityPageSchema = z.object({
  id: Id,
  name: z.string(),
  type: z.enum(['person', 'place', 'organisation', 'outlet', 'other']),
  aliases: z.array(z.string()),
  origin: z.enum(['gazetteer', 'discovered']),
  claims: z.array(Id),
});
export type EntityPage = z.output<typeof EntityPageSchema>;

/** A redirect from an old claim id (another fingerprint of the claim) to its current id. */
export const RedirectSchema = z.object({ from: Id, to: Id });
export const RedirectsFileSchema = z.array(RedirectSchema);

/** An entry of the public corrections log (`/corrections/`). */
export const CorrectionSchema = z.object({
  date: IsoDate,
  claimId: Id,
  action: z.enum(['verdict', 'note', 'statement', 'hide', 'merge', 'split']),
  /** What changed, for readers. */
  detail: z.string(),
});
export const CorrectionsFileSchema = z.array(CorrectionSchema);
