/** Write: the generated pages, public data and build report, validated against the schema first. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { ClaimPageSchema, ClaimsFileSchema, CorrectionsFileSchema, EntityPageSchema, RedirectsFileSchema, SourcePageSchema } from '../schema.ts';
import type { PipelineResult } from './index.ts';
import type { BuildReport } from './report.ts';

/** Drops `undefined` values (js-yaml cannot dump them). */
function defined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A Markdown page with the given frontmatter and an empty body. */
export function toMarkdown(data: object): string {
  return matter.stringify('', defined(data));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Replaces `outDir` with the generated content: `claims/`, `sources/`, `entities/` Markdown
 * pages, `claims.json`, `redirects.json`, `corrections.json` and `report.json`.
 */
export async function writeSite(result: PipelineResult, report: BuildReport, outDir: string): Promise<void> {
  const claims = result.claims.map((c) => ClaimPageSchema.parse(c));
  const sources = result.sourcePages.map((s) => SourcePageSchema.parse(s));
  const entities = result.entityPages.map((e) => EntityPageSchema.parse(e));
  const redirects = RedirectsFileSchema.parse(result.redirects);
  const claimsFile = ClaimsFileSchema.parse(result.claimsFile);
  const corrections = CorrectionsFileSchema.parse(result.corrections);

  await rm(outDir, { recursive: true, force: true });
  for (const dir of ['claims', 'sources', 'entities']) await mkdir(join(outDir, dir), { recursive: true });
  await Promise.all([
    ...claims.map((c) => writeFile(join(outDir, 'claims', `${c.id}.md`), toMarkdown(c))),
    ...sources.map((s) => writeFile(join(outDir, 'sources', `${s.id}.md`), toMarkdown(s))),
    ...entities.map((e) => writeFile(join(outDir, 'entities', `${e.id}.md`), toMarkdown(e))),
    writeFile(join(outDir, 'claims.json'), json(claimsFile)),
    writeFile(join(outDir, 'redirects.json'), json(redirects)),
    writeFile(join(outDir, 'corrections.json'), json(corrections)),
    writeFile(join(outDir, 'report.json'), json(report)),
  ]);
}
