/** Site-wide settings, read once at build time. */

/** Name shown in the header, citations, feed and JSON-LD. */
export const SITE_NAME = 'Crosscheck 交叉核查';
/** Short name used as the citation author and BibTeX key prefix. */
export const SITE_SHORT = 'Crosscheck';

/**
 * Where "report an error" links go. `REPORT_ERROR_URL` may be a mailto:, an issue tracker or a form.
 * @default the corrections page's reporting section
 */
export const REPORT_ERROR_URL: string | null = process.env['REPORT_ERROR_URL'] || null;
