/** `/feed.xml`: Atom feed of claims, newest change first. Dates come from the content, not the build clock. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../site/data.ts';
import { SITE_NAME } from '../site/config.ts';
import { STATUS_INFO } from '../site/status.ts';
import { latest, toTimestamp } from '../site/dates.ts';
import { xmlEscape } from '../site/escape.ts';
import { claimHeadline } from '../site/headline.ts';
import { absolute, claimPath } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { claims } = await loadSiteData();
  const entries = claims
    .toSorted((a, b) => (b.lastChanged ?? '').localeCompare(a.lastChanged ?? '') || a.id.localeCompare(b.id))
    .slice(0, 100);
  const updated = toTimestamp(latest(claims.map((c) => c.lastChanged)) ?? '1970-01-01');
  const body = entries
    .map((c) => {
      const url = absolute(claimPath(c.id), site);
      return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(claimHeadline(c))}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    ${c.firstSeen ? `<published>${toTimestamp(c.firstSeen)}</published>\n    ` : ''}<updated>${toTimestamp(c.lastChanged ?? c.firstSeen ?? '1970-01-01')}</updated>
    <category term="${c.status}" label="${xmlEscape(STATUS_INFO[c.status].label)}"/>
    <summary>${xmlEscape(`【${STATUS_INFO[c.status].label}】${c.statement}（${c.statusReason}）`)}</summary>
  </entry>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xmlEscape(absolute('/', site))}</id>
  <title>${xmlEscape(SITE_NAME)}：说法</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(absolute('/feed.xml', site))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(absolute('/', site))}"/>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(SITE_NAME)}</name></author>
${body}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
