/** Write: the generated pages, public data and build report, validated against the schema first. */
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ClaimPageSchema,
  ClaimsFileSchema,
  CorrectionsFileSchema,
  EntityPageSchema,
  RedirectsFileSchema,
  SourcePageSchema,
} from '../schema.ts';
import { mapLimit } from './concurrency.ts';
import type { PipelineResult } from './index.ts';
import type { BuildReport } from './report.ts';

/**
 * Characters JSON leaves raw but YAML forbids or reads as line breaks (DEL and C1 controls, the
 * Unicode line and paragraph separators, BOM, non-characters): written as `\uXXXX` escapes,
 * which mean the same in JSON and in a YAML double-quoted string.
 */
const NOT_YAML_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/gu;

/**
 * The frontmatter as one line of JSON. JSON is YAML 1.2 (every string double-quoted, so nothing
 * is read as a date, number or boolean), it parses in Astro's and gray-matter's YAML loaders, and
 * it is written many times faster than block YAML. `undefined` values are left out, as in YAML.
 */
export function frontmatterJson(data: object): string {
  return JSON.stringify(data).replace(NOT_YAML_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A Markdown page with the given frontmatter (`---` fences around one JSON object) and an empty body. */
export function toMarkdown(data: object): string {
  return `---\n${frontmatterJson(data)}\n---\n`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `json(value)` in pieces, for an object whose arrays are large (`claims.json`): the same bytes,
 * without ever holding the whole text. Each array item is printed on its own and indented.
 */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  yield '{\n';
  for (const [i, key] of keys.entries()) {
    const v = value[key];
    const comma = i < keys.length - 1 ? ',' : '';
    if (Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of v.entries()) {
        yield `    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}${j < v.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(v, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

/** Writes the pieces to `path` one after another. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    await handle.write(buffer);
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `outDir` with the generated content: `claims/`, `sources/`, `entities/` Markdown
 * pages, `claims.json`, `redirects.json`, `corrections.json` and `report.json`. A file that
 * already holds the same bytes is left as it is and anything else in `outDir` is removed, so a
 * rebuild that changes a few pages rewrites only those.
 */
export async function writeSite(result: PipelineResult, report: BuildReport, outDir: string): Promise<void> {
  // Everything is validated before anything is written (a bad page stops the build with the
  // output untouched); each file is serialised only when it is written, so a large corpus never
  // holds every page twice in memory.
  for (const c of result.claims) ClaimPageSchema.parse(c);
  for (const s of result.sourcePages) SourcePageSchema.parse(s);
  for (const e of result.entityPages) EntityPageSchema.parse(e);
  ClaimsFileSchema.parse(result.claimsFile);
  RedirectsFileSchema.parse(result.redirects);
  CorrectionsFileSchema.parse(result.corrections);
  const files = new Map<string, () => string>([
    ...result.claims.map((c) => [join('claims', `${c.id}.md`), () => toMarkdown(c)] as const),
    ...result.sourcePages.map((s) => [join('sources', `${s.id}.md`), () => toMarkdown(s)] as const),
    ...result.entityPages.map((e) => [join('entities', `${e.id}.md`), () => toMarkdown(e)] as const),
    ['redirects.json', () => json(result.redirects)],
    ['corrections.json', () => json(result.corrections)],
    ['report.json', () => json(report)],
  ]);
  const dirs = new Set(['claims', 'sources', 'entities']);

  // What is there already: stale files and folders go, files to be written are compared first.
  const existing = new Set<string>();
  const present = await readdir(outDir, { withFileTypes: true }).catch(() => null);
  for (const entry of present ?? []) {
    if (entry.isDirectory() && dirs.has(entry.name)) {
      for (const inner of await readdir(join(outDir, entry.name), { withFileTypes: true })) {
        const rel = join(entry.name, inner.name);
        if (inner.isFile() && files.has(rel)) existing.add(rel);
        else await rm(join(outDir, rel), { recursive: true, force: true });
      }
    } else if (entry.isFile() && files.has(entry.name)) existing.add(entry.name);
    else await rm(join(outDir, entry.name), { recursive: true, force: true });
  }
  for (const dir of dirs) await mkdir(join(outDir, dir), { recursive: true });

  // A bounded number of files in flight.
  await mapLimit([...files], 32, async ([rel, make]) => {
    const text = make();
    const path = join(outDir, rel);
    if (existing.has(rel) && (await readFile(path, 'utf8').catch(() => null)) === text) return;
    await writeFile(path, text);
  });
  // The public data file can be large: written in pieces (always rewritten).
  await writeChunks(join(outDir, 'claims.json'), jsonChunks(result.claimsFile));
}
