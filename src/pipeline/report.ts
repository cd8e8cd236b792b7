/** The build report: what was removed, what is uncertain, what failed and why. */
import type { PipelineResult } from './index.ts';
import type { Message } from './types.ts';

export interface BuildReport {
  sources: number;
  claims: number;
  statuses: Record<string, number>;
  /** Removals per source and kind. */
  removed: { source: string; file: string; total: number; byKind: Record<string, number> }[];
  /** Inputs that could not be built, and every other problem, by file. */
  messages: Message[];
}

export function buildReport(result: PipelineResult): BuildReport {
  const statuses: Record<string, number> = { corroborated: 0, contested: 0, evolving: 0, 'single-source': 0 };
  for (const c of result.claims) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  return {
    sources: result.sourcePages.length,
    claims: result.claims.length,
    statuses,
    removed: result.sources.map((s) => {
      const byKind: Record<string, number> = {};
      for (const r of s.doc.removed) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
      return { source: s.id, file: s.decoded.name, total: s.doc.removed.length, byKind };
    }),
    messages: result.messages,
  };
}

/** The report as lines for the console. */
export function formatReport(report: BuildReport): string[] {
  const lines = [
    `${report.sources} sources, ${report.claims} claims (` +
      Object.entries(report.statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') +
      ')',
  ];
  for (const r of report.removed) {
    const kinds = Object.entries(r.byKind)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(`  ${r.file}: removed ${r.total}${kinds ? ` (${kinds})` : ''}`);
  }
  for (const m of report.messages) lines.push(`  ${m.severity}: ${m.file}: ${m.message} [${m.ruleId}]`);
  return lines;
}
