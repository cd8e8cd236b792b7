// @ts-check
import { defineConfig } from 'astro/config';
import { dataStore } from './src/site/data-store.ts';

/** Absolute origin of the deployed site; used for permalinks, canonical URLs, feed and sitemap. */
const site = process.env.SITE_URL || 'https://crosscheck.example';
/** Path the site is served under (GitHub Pages project sites need `/<repo>/`). */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The one stylesheet is small (~2 KB gzipped): inline it so no request blocks the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The site is fully static and must not reach the network while building or reading.
  devToolbar: { enabled: false },
  prefetch: false,
  // The content data store reaches the build as a file, not a huge module (see the integration).
  integrations: [dataStore()],
  // Article text is data: a content-security policy on every page lets only the site's own,
  // hashed scripts and styles run (Pagefind's search needs WebAssembly).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
