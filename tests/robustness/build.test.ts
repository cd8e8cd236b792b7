/**
 * End to end: the build over the seeds mixed with every bad input reports each bad file with its
 * rule, exits 0 (1 under `--strict`), and leaves the seeds' claims exactly as a build over the
 * seeds alone makes them. Also: `--out` may not point at the seeds or the project.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/pipeline/report.ts';
import { makeCorpus, ROOT, SEEDS, type BadFile } from './corpus.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the build script with this Node, without vitest's environment. */
export function build(args: string[]): Run {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('VITEST') && k !== 'FACTCHECK_SEEDS' && k !== 'NODE_OPTIONS',
    ),
  );
  const out = spawnSync(process.execPath, [join(ROOT, 'scripts/build-content.ts'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: out.status ?? 1, stdout: out.stdout, stderr: out.stderr };
}

interface ClaimsFile {
  sources: { id: string; inputFile: string }[];
  claims: { id: string; evidence: { sourceId: string; quote: string }[] }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

let tmp = '';
let bad: BadFile[] = [];
let good: string[] = [];
let mixed: Run;
let alone: Run;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'crosscheck-robust-'));
  mkdirSync(join(tmp, 'corpus'));
  writeFileSync(join(tmp, 'secret.txt'), '这是种子文件夹之外的文件，构建不得读取。\n');
  ({ bad, good } = makeCorpus(join(tmp, 'corpus'), join(tmp, 'secret.txt')));
  mixed = build(['--seeds', join(tmp, 'corpus'), '--out', join(tmp, 'out-mixed')]);
  alone = build(['--seeds', SEEDS, '--out', join(tmp, 'out-seeds')]);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a build over the seeds mixed with bad inputs', () => {
  it('exits 0 and builds', () => {
    expect(mixed.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(mixed.code).toBe(0);
    expect(alone.code).toBe(0);
  });

  it('reports every bad file with its rule, in report.json and on stdout', () => {
    const report = readJson<BuildReport>(join(tmp, 'out-mixed', 'report.json'));
    for (const b of bad) {
      const hits = report.messages.filter((m) => m.file === b.name && m.ruleId === b.ruleId);
      expect(hits, `${b.name} should be reported as ${b.ruleId}`).not.toHaveLength(0);
      if (b.mentions) expect(hits[0]!.message).toContain(b.mentions);
      // What happened, then what to do: every message gives an instruction.
      expect(hits[0]!.message).toMatch(/\. [A-Z][^.]*(\.|…|\.`)?/);
      expect(mixed.stdout).toContain(`${b.name}: ${hits[0]!.message} [${b.ruleId}]`);
    }
  });

  it('builds every unusual but valid file as a source, and no bad one', () => {
    const claims = readJson<ClaimsFile>(join(tmp, 'out-mixed', 'claims.json'));
    const inputs = claims.sources.map((s) => s.inputFile);
    for (const name of good) expect(inputs).toContain(name);
    for (const b of bad) {
      const builds = [
        'ingest/invalid-bytes',
        'ingest/long-line',
        'pipeline/too-many-sentences',
        'ingest/bad-frontmatter',
        'ingest/bad-url',
      ].includes(b.ruleId);
      expect(inputs.includes(b.name), `${b.name} ${builds ? 'still builds' : 'is left out'}`).toBe(builds);
    }
    // Nothing from outside the seeds folder was read.
    expect(readFileSync(join(tmp, 'out-mixed', 'claims.json'), 'utf8')).not.toContain('种子文件夹之外');
  });

  it("leaves the seeds' claims exactly as a build over the seeds alone", () => {
    const a = readJson<ClaimsFile>(join(tmp, 'out-seeds', 'claims.json'));
    const b = readJson<ClaimsFile>(join(tmp, 'out-mixed', 'claims.json'));
    const seedIds = new Set(a.sources.map((s) => s.id));
    expect(b.sources.filter((s) => seedIds.has(s.id))).toEqual(a.sources);
    expect(b.claims.filter((c) => c.evidence.some((e) => seedIds.has(e.sourceId)))).toEqual(a.claims);
    for (const file of a.sources.map((s) => `sources/${s.id}.md`)) {
      expect(readFileSync(join(tmp, 'out-mixed', file), 'utf8'), file).toBe(
        readFileSync(join(tmp, 'out-seeds', file), 'utf8'),
      );
    }
  });

  it('keeps article markup as text: quotes are exact, nothing is interpreted', () => {
    const b = readJson<ClaimsFile>(join(tmp, 'out-mixed', 'claims.json'));
    const markup = b.sources.find((s) => s.inputFile === 'markup.txt')!;
    const page = matter(readFileSync(join(tmp, 'out-mixed', 'sources', `${markup.id}.md`), 'utf8')).data as {
      paragraphs: { text: string }[];
    };
    const text = page.paragraphs.map((p) => p.text).join('\n');
    for (const piece of [
      '{{ price }}',
      '${process.env.HOME}',
      '<script>alert("x")</script>',
      '<img src=x onerror="alert(1)">',
      '[公告](javascript:alert(1))',
      'Astro.props.title',
      '</script><!-- 注释 -->',
    ]) {
      expect(text).toContain(piece);
    }
  });

  it('fails under --strict, naming the problems', () => {
    const strict = build(['--seeds', join(tmp, 'corpus'), '--out', join(tmp, 'out-strict'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: \d+ problem\(s\)/);
    const clean = build(['--seeds', SEEDS, '--out', join(tmp, 'out-strict-seeds'), '--strict']);
    expect(clean.code).toBe(0);
  });
});

describe('--out', () => {
  it.each([
    ['the seeds folder', () => join(tmp, 'corpus')],
    ['a folder holding the seeds', () => tmp],
    ['the project folder', () => ROOT],
  ])('refuses %s, writing nothing', (_, out) => {
    const run = build(['--seeds', join(tmp, 'corpus'), '--out', out()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Refusing to write to .*Pass another --out/);
    expect(existsSync(join(tmp, 'corpus', '000_66a19a1be149d430.txt'))).toBe(true);
    expect(existsSync(join(ROOT, 'src', 'pipeline', 'generated'))).toBe(false);
    expect(existsSync(join(tmp, 'corpus', 'generated'))).toBe(false);
  });
});
