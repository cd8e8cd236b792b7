/**
 * Editorial overrides end to end: decisions in an overrides file refer to claims by permanent id,
 * change what the pipeline publishes, survive a rebuild, land in the corrections log, and show
 * on the built claim page; an override whose claim is gone is reported, not dropped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/pipeline/editorial.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/index.ts';
import { readSeeds } from '../../src/pipeline/ingest.ts';
import { ClaimsFileSchema } from '../../src/schema.ts';
import { ROOT, SEEDS, loadGazetteer } from '../pipeline/run.ts';
import { claimsFileOf } from '../../src/pipeline/public-data.ts';

type Claim = PipelineResult['claims'][number];

async function build(overridesYaml: string): Promise<PipelineResult> {
  const { files } = await readSeeds(SEEDS);
  return await runPipeline(files, {
    gazetteer: loadGazetteer(),
    editorial: { overrides: parseOverrides(overridesYaml, 'overrides.yaml'), file: 'overrides.yaml' },
  });
}

const quoting = (r: PipelineResult, part: string): Claim => {
  const found = r.claims.filter((c) => c.evidence.some((e) => e.quote.includes(part)));
  expect(found, part).toHaveLength(1);
  return found[0]!;
};

let plain: PipelineResult;
let ids: { control: string; meeting: string; nineteen: string; twenty: string; opinion: string };
beforeAll(async () => {
  plain = await build('');
  ids = {
    control: quoting(plain, '俄军已经控制').id,
    meeting: quoting(plain, '持续近5小时').id,
    nineteen: quoting(plain, '19点计划').id,
    twenty: quoting(plain, '20点文件').id,
    opinion: quoting(plain, '既没有更近').id,
  };
});

describe('editorial overrides', () => {
  it('set a verdict and a dated note that feed the status and the corrections log', async () => {
    const r = await build(
      `- claim: ${ids.meeting}\n  date: 2025-12-05\n  verdict: contested\n  note: 克宫后来更正了会谈时长。\n`,
    );
    const c = r.claims.find((x) => x.id === ids.meeting)!;
    expect(c.status).toBe('contested');
    expect(c.editorial).toMatchObject({
      verdict: 'contested',
      notes: [{ date: '2025-12-05', text: '克宫后来更正了会谈时长。' }],
    });
    expect(c.statusReason).toContain('2025-12-05');
    expect(claimsFileOf(r).claims.find((x) => x.id === ids.meeting)!.status).toBe('contested');
    expect(r.corrections).toContainEqual(
      expect.objectContaining({ claimId: ids.meeting, action: 'verdict', date: '2025-12-05' }),
    );
  });

  it('correct a statement and keep the original in the log', async () => {
    const r = await build(`- claim: ${ids.control}\n  date: 2025-12-06\n  statement: 俄方称已控制红军城。\n`);
    const c = r.claims.find((x) => x.id === ids.control)!;
    expect(c.statement).toBe('俄方称已控制红军城。');
    expect(c.editorial.originalStatement).toBe(plain.claims.find((x) => x.id === ids.control)!.statement);
    expect(r.corrections).toContainEqual(expect.objectContaining({ claimId: ids.control, action: 'statement' }));
  });

  it('hide a wrong extraction: kept as a page, out of claims.json and of other claims’ relations', async () => {
    const r = await build(`- claim: ${ids.opinion}\n  date: 2025-12-06\n  hide: true\n  note: 这是评论。\n`);
    expect(r.claims.find((x) => x.id === ids.opinion)!.editorial.hidden).toBe(true);
    expect(claimsFileOf(r).claims.map((c) => c.id)).not.toContain(ids.opinion);
    for (const c of claimsFileOf(r).claims) expect(c.related.map((x) => x.claimId)).not.toContain(ids.opinion);
    for (const s of r.sourcePages)
      for (const p of s.paragraphs) expect(p.claims.map((h) => h.claimId)).not.toContain(ids.opinion);
  });

  it('merge two claims: the second id redirects to the first, its evidence joins', async () => {
    const r = await build(`- merge: [${ids.nineteen}, ${ids.twenty}]\n  date: 2025-12-06\n`);
    const merged = r.claims.find((c) => c.evidence.some((e) => e.quote.includes('19点计划')))!;
    expect(merged.evidence.map((e) => e.quote).join('\n')).toContain('20点文件');
    const ids2 = [merged.id, ...merged.aliases];
    expect(ids2).toEqual(expect.arrayContaining([ids.nineteen, ids.twenty]));
    const other = ids.nineteen === merged.id ? ids.twenty : ids.nineteen;
    expect(r.redirects).toContainEqual({ from: other, to: merged.id });
    expect(r.corrections).toContainEqual(expect.objectContaining({ action: 'merge' }));
  });

  it('split a claim by source', async () => {
    const meeting = plain.claims.find((c) => c.id === ids.meeting)!;
    const second = meeting.evidence[1]!.sourceId;
    const r = await build(`- split: ${ids.meeting}\n  sources: [${second}]\n  date: 2025-12-06\n`);
    const first = r.claims.find((c) => c.id === ids.meeting)!;
    expect(first.evidence.map((e) => e.sourceId)).not.toContain(second);
    expect(
      r.claims.some(
        (c) =>
          c.id !== ids.meeting &&
          c.evidence.some((e) => e.sourceId === second && e.quote === meeting.evidence[1]!.quote),
      ),
    ).toBe(true);
  });

  it('report an override whose claim this build does not have', async () => {
    const r = await build(`- claim: 0123456789ab\n  date: 2025-12-06\n  note: 旧说法。\n`);
    expect(r.messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'editorial/unknown-claim',
        message: expect.stringContaining('overrides.yaml:1'),
      }),
    );
  });

  it('survive a rebuild byte for byte', async () => {
    const yaml = `- claim: ${ids.meeting}\n  date: 2025-12-05\n  verdict: contested\n  note: 克宫后来更正了会谈时长。\n`;
    const [a, b] = [await build(yaml), await build(yaml)];
    expect(JSON.stringify(a.claims)).toBe(JSON.stringify(b.claims));
    expect(JSON.stringify(a.corrections)).toBe(JSON.stringify(b.corrections));
  });
});

describe('editorial overrides on the built site', () => {
  it('show the verdict with its date, the note, and the corrections log; ClaimReview follows the verdict', () => {
    const work = mkdtempSync(join(tmpdir(), 'cc-editorial-'));
    const overrides = join(work, 'overrides.yaml');
    writeFileSync(
      overrides,
      `- claim: ${ids.meeting}\n  date: 2025-12-05\n  verdict: contested\n  note: 克宫后来更正了会谈时长。\n`,
    );
    const generated = join(work, 'generated');
    const dist = join(work, 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CROSSCHECK_GENERATED: generated };
    for (const k of ['BASE_URL', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[k];
    execFileSync(process.execPath, ['scripts/build-content.ts', '--out', generated, '--overrides', overrides], {
      cwd: ROOT,
      env,
    });
    ClaimsFileSchema.parse(JSON.parse(readFileSync(join(generated, 'claims.json'), 'utf8')));
    execFileSync('npx', ['astro', 'build', '--outDir', dist], { cwd: ROOT, env, stdio: 'pipe' });
    const page = readFileSync(join(dist, 'claims', ids.meeting, 'index.html'), 'utf8');
    expect(page).toContain('克宫后来更正了会谈时长。');
    expect(page).toContain('2025-12-05');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
      reviewRating: { ratingValue: number; alternateName: string };
    };
    // The meeting claim is corroborated by the evidence (rating 4); the editor's verdict makes it contested (2).
    expect(plain.claims.find((c) => c.id === ids.meeting)!.status).toBe('corroborated');
    expect(jsonLd.reviewRating).toMatchObject({ ratingValue: 2, alternateName: '有争议' });
    const corrections = readFileSync(join(dist, 'corrections', 'index.html'), 'utf8');
    expect(corrections).toContain(ids.meeting);
  }, 300_000);
});
