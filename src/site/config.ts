/** Site-wide settings, read once at build time. */

/** Name shown in the header, citations, feed and JSON-LD. */
export const SITE_NAME = 'Crosscheck 交叉核查';
/** Short name used as the citation author and BibTeX key prefix. */
export const SITE_SHORT = 'Crosscheck';

/**
 * Where "report an error" links go. `REPORT_ERROR_URL` may be a mailto:, an issue tracker or a
 * form; `{id}` and `{url}` in it become the claim id and permalink (URL-encoded), e.g.
 * `https://github.com/o/r/issues/new?title=Error+in+{id}&body={url}`.
 * @default the corrections page's reporting section
 */
export const REPORT_ERROR_URL: string | null = process.env['REPORT_ERROR_URL'] || null;

/** The "report an error" link for one claim, or null when none is configured. */
export function reportErrorUrl(id: string, permalink: string, template = REPORT_ERROR_URL): string | null {
  if (!template) return null;
  return template.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{url}', encodeURIComponent(permalink));
}
