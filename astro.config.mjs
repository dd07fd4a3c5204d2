// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { SITE } from './src/site.config.ts';
import { contentCheck } from './src/lib/integrations/content-check.ts';
import { clientBundle } from './src/lib/integrations/client-bundle.ts';
import { buildCaches } from './src/lib/integrations/build-caches.ts';
import { cacheRoot } from './src/lib/build-cache.ts';
import { sitemapAlternates } from './src/lib/sitemap.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  // `npm run build` builds into a temporary folder and swaps it in only on success.
  outDir: process.env.BLUEPRINT_OUT_DIR ?? './dist',
  // Builds of other content (tests, benchmarks) keep their own cache; the site's own caches live in it too.
  cacheDir: cacheRoot(),
  build: {
    format: 'directory',
    // Several pages in flight at once: while one share image is rasterised on
    // libuv's threads, the main thread lays out the next page.
    concurrency: 4,
    // One round trip: the small stylesheet travels inside each page.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: LOCALES.map((l) => ({ path: l.code, codes: [l.lang] })),
    // Astro names a locale by its language tag; the registry lists the default (English, tag "en") first.
    defaultLocale: LOCALES[0].lang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  security: {
    // The policy lives in src/lib/csp.ts, which `_headers` reads too; Astro adds each page's hashes.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  integrations: [
    contentCheck(),
    clientBundle(),
    buildCaches(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.lang])),
      },
      // Search results and cite pages are about other pages, which are what search engines should find.
      filter: (page) => !page.endsWith('/404/') && !page.includes('/search/') && !page.includes('/cite/'),
      serialize: sitemapAlternates,
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
