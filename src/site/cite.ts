/** Citations of a claim page: plain, APA 7 (web page) and BibTeX. Pure functions of the claim. */
import { SITE_SHORT } from './config.ts';

export interface CiteInput {
  id: string;
  statement: string;
  /** Absolute permalink of the claim page. */
  url: string;
  /** Date of the latest evidence (`YYYY[-MM[-DD]]`), or null. */
  lastChanged: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `Crosscheck.「statement」. 2025-12-04. https://…` */
export function plainCitation(c: CiteInput): string {
  return `${SITE_SHORT}.「${c.statement}」. 核查条目，${c.lastChanged ?? '日期不详'}. ${c.url}`;
}

/** APA 7 for a web page: `Crosscheck. (2025, December 4). Title [Fact-check claim]. URL` */
export function apaCitation(c: CiteInput): string {
  let date = 'n.d.';
  if (c.lastChanged) {
    const [y, m, d] = c.lastChanged.split('-');
    date = [y, m ? `${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)}` : ''}` : null].filter(Boolean).join(', ');
  }
  return `${SITE_SHORT}. (${date}). ${c.statement} [Fact-check claim]. ${c.url}`;
}

/** Escape BibTeX's special characters so article text cannot break the entry. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}%&#_$^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/** A `@misc` entry keyed by the claim id (stable, ASCII). */
export function bibtexCitation(c: CiteInput): string {
  const [y, m] = (c.lastChanged ?? '').split('-');
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(c.statement)}}`],
    ['author', `{${SITE_SHORT}}`],
    ...(y ? ([['year', y]] as [string, string][]) : []),
    ...(m ? ([['month', String(Number(m))]] as [string, string][]) : []),
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['note', 'Fact-check claim'],
  ];
  return `@misc{crosscheck-${c.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
