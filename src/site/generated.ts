/** Files of `content/generated/` that are not collections: redirects and the public claims.json. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { CorrectionsFileSchema, RedirectsFileSchema } from '../schema.ts';

type Correction = z.output<typeof CorrectionsFileSchema>[number];

/** Where the pipeline writes (`CROSSCHECK_GENERATED` overrides); Astro builds run from the project root. */
export const GENERATED_DIR = path.resolve(process.cwd(), process.env['CROSSCHECK_GENERATED'] || 'content/generated');

/** The public data file, as bytes, so `/claims.json` is byte-identical to the pipeline's output. */
export function readClaimsJsonBytes(): Uint8Array<ArrayBuffer> {
  const file = path.join(GENERATED_DIR, 'claims.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: the site serves it as /claims.json. Run \`npm run content\` first.`);
  }
  return new Uint8Array(fs.readFileSync(file));
}

/**
 * Old claim ids → current claim ids. Chains (`a → b`, `b → c`) are followed to the end; entries
 * whose target is unknown or whose source is a live claim are dropped (a live page wins).
 */
export function readRedirects(liveIds: ReadonlySet<string>): Map<string, string> {
  const file = path.join(GENERATED_DIR, 'redirects.json');
  if (!fs.existsSync(file)) return new Map();
  const parsed = RedirectsFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file} does not match RedirectsFileSchema: ${parsed.error.message}. Rebuild it with \`npm run content\`.`,
    );
  }
  const next = new Map(parsed.data.map((r) => [r.from, r.to]));
  const out = new Map<string, string>();
  for (const from of [...next.keys()].toSorted()) {
    if (liveIds.has(from)) continue;
    let to = next.get(from)!;
    for (let hops = 0; !liveIds.has(to) && next.has(to) && hops < 50; hops++) to = next.get(to)!;
    if (liveIds.has(to)) out.set(from, to);
  }
  return out;
}

/** The public corrections log, newest first (empty when the pipeline wrote none). */
export function readCorrections(): Correction[] {
  const file = path.join(GENERATED_DIR, 'corrections.json');
  if (!fs.existsSync(file)) return [];
  const parsed = CorrectionsFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file} does not match CorrectionsFileSchema: ${parsed.error.message}. Rebuild it with \`npm run content\`.`,
    );
  }
  return parsed.data.toSorted((a, b) => b.date.localeCompare(a.date) || a.claimId.localeCompare(b.claimId));
}
