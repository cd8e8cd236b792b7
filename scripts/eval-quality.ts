/**
 * Measures claim alignment against hand-labelled sentence pairs.
 *
 *   npx node scripts/eval-quality.ts            # table + errors
 *   npx node scripts/eval-quality.ts --json     # the score as JSON
 *
 * Corpus: `seeds/` plus `tests/quality/articles/` (with their `.meta.json` sidecars).
 * Labels: `tests/quality/labels.yaml`. Each label names two sentences by a substring that occurs
 * exactly once in the raw corpus; the relation predicted for the pair is read from the public
 * output only: the claim each sentence is highlighted under on its source page, then
 * same claim → `same`; else the claim's `related[]` (agrees/contradicts symmetric, updates either
 * way) → that relation; else `none`. A sentence that is not part of any claim predicts `none`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseGazetteer } from '../src/pipeline/gazetteer.ts';
import { runPipeline, type PipelineResult } from '../src/pipeline/index.ts';
import { readSeeds } from '../src/pipeline/ingest.ts';
import type { Message } from '../src/pipeline/types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS_DIR = resolve(ROOT, 'seeds');
export const ARTICLES_DIR = resolve(ROOT, 'tests/quality/articles');
export const LABELS_FILE = resolve(ROOT, 'tests/quality/labels.yaml');

export const RELATIONS = ['same', 'contradicts', 'updates', 'agrees', 'none'] as const;
export type LabelRelation = (typeof RELATIONS)[number];
/** The relations that assert a link; `none` is their absence. Overall (micro) scores use these. */
export const LINKS = ['same', 'contradicts', 'updates', 'agrees'] as const;

export interface Label {
  a: string;
  b: string;
  relation: LabelRelation;
  note?: string;
}

/** Where a labelled sentence ended up in the output. */
export interface Located {
  /** The substring from the label. */
  needle: string;
  /** Source id and the sentence text it matched, or null when no sentence contains it. */
  sourceId: string | null;
  sentence: string | null;
  /** The claim the sentence is highlighted under, or null when it is not a claim. */
  claimId: string | null;
}

export interface ScoredPair {
  label: Label;
  a: Located;
  b: Located;
  predicted: LabelRelation;
  correct: boolean;
  /** Why the prediction is wrong, in words (empty when correct). */
  cause: string;
}

export interface RelationScore {
  relation: LabelRelation | 'overall';
  /** Labelled with this relation. */
  support: number;
  /** Predicted as this relation. */
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface QualityScore {
  pairs: ScoredPair[];
  byRelation: RelationScore[];
  /** Micro-averaged over the link relations (same, contradicts, updates, agrees). */
  overall: RelationScore;
  /** Linked vs not linked, whatever the relation: does the site connect the two sentences at all? */
  linked: RelationScore;
  /** Labelled sentences that no output sentence contains (cleaning or segmentation lost them). */
  unlocated: string[];
}

/** Reads and validates the label file: five relations, both substrings present. */
export function loadLabels(file = LABELS_FILE): Label[] {
  const data = parseYaml(readFileSync(file, 'utf8')) as { pairs?: unknown };
  if (!data || !Array.isArray(data.pairs))
    throw new Error(`${file}: expected a top-level "pairs:" list. Add one entry per labelled pair.`);
  return data.pairs.map((p, i) => {
    const x = p as Partial<Label>;
    if (typeof x.a !== 'string' || typeof x.b !== 'string' || !RELATIONS.includes(x.relation as LabelRelation)) {
      throw new Error(
        `${file}: pair ${i + 1} needs string "a" and "b" and a relation in ${RELATIONS.join('|')}. Fix that entry.`,
      );
    }
    return { a: x.a, b: x.b, relation: x.relation as LabelRelation, ...(x.note ? { note: x.note } : {}) };
  });
}

/** The labelled corpus as pipeline input: seeds then quality articles, with sidecars. */
export async function loadCorpus(dirs = [SEEDS_DIR, ARTICLES_DIR]) {
  const files = [];
  const messages: Message[] = [];
  const raw: { name: string; text: string }[] = [];
  for (const dir of dirs) {
    const read = await readSeeds(dir);
    files.push(...read.files);
    messages.push(...read.messages);
    for (const f of read.files) raw.push({ name: f.name, text: new TextDecoder().decode(f.bytes) });
  }
  return { files, messages, raw };
}

export function loadGazetteer() {
  const file = resolve(ROOT, 'content/entities.yaml');
  return parseGazetteer(readFileSync(file, 'utf8'), file);
}

/** Label problems: a substring that occurs in no file, or more than once in the corpus. */
export function lintLabels(labels: Label[], raw: { name: string; text: string }[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const needle of labels.flatMap((l) => [l.a, l.b])) {
    if (seen.has(needle)) continue;
    seen.add(needle);
    let count = 0;
    for (const f of raw) for (let i = f.text.indexOf(needle); i >= 0; i = f.text.indexOf(needle, i + 1)) count++;
    if (count !== 1)
      problems.push(`"${needle}" occurs ${count} times in the corpus; a label substring must occur exactly once.`);
  }
  for (const l of labels) if (l.a === l.b) problems.push(`pair "${l.a}" names the same sentence twice.`);
  return problems;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Finds the output sentence that contains `needle` and the claim it is highlighted under. */
function locate(result: PipelineResult, needle: string): Located {
  const want = squeeze(needle);
  const pages = new Map(result.sourcePages.map((p) => [p.id, p]));
  for (const source of result.sources) {
    for (const s of source.sentences) {
      if (!squeeze(s.text).includes(want)) continue;
      const paragraph = pages.get(source.id)?.paragraphs.find((p) => p.n === s.paragraph);
      const hit = paragraph?.claims.find((h) => h.start === s.start && h.end === s.end);
      return { needle, sourceId: source.id, sentence: s.text, claimId: hit?.claimId ?? null };
    }
  }
  return { needle, sourceId: null, sentence: null, claimId: null };
}

/** The relation the output states between two claims, or `none`. */
function relationBetween(result: PipelineResult, a: string | null, b: string | null): LabelRelation {
  if (!a || !b) return 'none';
  if (a === b) return 'same';
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const forward = claims.get(a)?.related.find((r) => r.claimId === b)?.relation;
  const backward = claims.get(b)?.related.find((r) => r.claimId === a)?.relation;
  return forward ?? backward ?? 'none';
}

function cause(label: Label, a: Located, b: Located, predicted: LabelRelation): string {
  if (predicted === label.relation) return '';
  const missing = [a, b]
    .filter((x) => !x.sentence)
    .map((x) => `"${x.needle}" is in no output sentence (cleaning/segmentation)`);
  if (missing.length) return missing.join('; ');
  const notClaims = [a, b].filter((x) => !x.claimId).map((x) => `"${x.needle}" was not extracted as a claim`);
  if (notClaims.length && label.relation !== 'none') return notClaims.join('; ');
  if (predicted === 'same') return `merged into one claim, but they are ${label.relation}`;
  if (predicted === 'none') return `two claims with no relation, but they are ${label.relation}`;
  return `related as ${predicted}, but they are ${label.relation}`;
}

function prf(relation: RelationScore['relation'], support: number, predicted: number, tp: number): RelationScore {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = support === 0 ? 0 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { relation, support, predicted, tp, precision, recall, f1 };
}

/** Scores a pipeline result against the labels. Pure: use it from tests. */
export function scoreQuality(result: PipelineResult, labels: Label[]): QualityScore {
  const pairs: ScoredPair[] = labels.map((label) => {
    const a = locate(result, label.a);
    const b = locate(result, label.b);
    const predicted = relationBetween(result, a.claimId, b.claimId);
    return { label, a, b, predicted, correct: predicted === label.relation, cause: cause(label, a, b, predicted) };
  });
  const byRelation = RELATIONS.map((r) =>
    prf(
      r,
      pairs.filter((p) => p.label.relation === r).length,
      pairs.filter((p) => p.predicted === r).length,
      pairs.filter((p) => p.predicted === r && p.label.relation === r).length,
    ),
  );
  const isLink = (r: LabelRelation) => r !== 'none';
  const overall = prf(
    'overall',
    pairs.filter((p) => isLink(p.label.relation)).length,
    pairs.filter((p) => isLink(p.predicted)).length,
    pairs.filter((p) => isLink(p.label.relation) && p.predicted === p.label.relation).length,
  );
  const linked = prf(
    'overall',
    overall.support,
    overall.predicted,
    pairs.filter((p) => isLink(p.label.relation) && isLink(p.predicted)).length,
  );
  const unlocated = [
    ...new Set(
      pairs
        .flatMap((p) => [p.a, p.b])
        .filter((x) => !x.sentence)
        .map((x) => x.needle),
    ),
  ];
  return { pairs, byRelation, overall, linked, unlocated };
}

/** Runs the pipeline on the labelled corpus and scores it. */
export async function evaluate(): Promise<{ score: QualityScore; result: PipelineResult; lint: string[] }> {
  const labels = loadLabels();
  const { files, messages, raw } = await loadCorpus();
  const lint = lintLabels(labels, raw);
  const result = await runPipeline(files, { gazetteer: loadGazetteer() });
  result.messages.unshift(...messages);
  return { score: scoreQuality(result, labels), result, lint };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** The score as a plain-text table and error list. */
export function formatScore(score: QualityScore): string {
  const lines: string[] = [];
  lines.push('relation      support  predicted  correct  precision  recall      f1');
  const row = (name: string, r: RelationScore) =>
    `${name.padEnd(12)} ${String(r.support).padStart(8)} ${String(r.predicted).padStart(10)} ${String(r.tp).padStart(8)}    ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
  for (const r of score.byRelation) lines.push(row(r.relation, r));
  lines.push(row('micro(links)', score.overall));
  lines.push(row('any-link', score.linked));
  const errors = score.pairs.filter((p) => !p.correct);
  lines.push('', `errors: ${errors.length} of ${score.pairs.length} pairs`);
  for (const p of errors) {
    lines.push(`- [${p.label.relation} → ${p.predicted}] ${p.label.a}  ⟷  ${p.label.b}`);
    lines.push(`    ${p.cause}${p.label.note ? `  (label: ${p.label.note})` : ''}`);
  }
  if (score.unlocated.length)
    lines.push('', 'not found in any output sentence:', ...score.unlocated.map((u) => `- ${u}`));
  return lines.join('\n');
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const { score, result, lint } = await evaluate();
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify({ byRelation: score.byRelation, overall: score.overall, linked: score.linked }, null, 2),
    );
  } else {
    console.log(
      `corpus: ${result.sources.length} sources, ${result.claims.length} claims, ${result.redirects.length} redirects`,
    );
    console.log(formatScore(score));
  }
  if (lint.length) {
    console.error('\nlabel problems (fix tests/quality/labels.yaml):');
    for (const l of lint) console.error(`- ${l}`);
    process.exitCode = 1;
  }
}
