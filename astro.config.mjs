// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { CSP_DIRECTIVES } from './scripts/lib-csp.mjs';
import { inlineScriptHashes } from './scripts/inline-script-hashes.mjs';
import classroomServiceWorker from './scripts/sw-manifest.mjs';
import chartJsTreeShaking from './scripts/chartjs-treeshake.mjs';
import headersFile from './scripts/headers-integration.mjs';
import searchIndex from './scripts/search-index.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import twinHeadingIds from './scripts/twin-heading-ids.mjs';
import hydrateOnInteraction from './scripts/hydrate-on-interaction.mjs';

// The public origin lives in one place. Every absolute URL (canonical, Open Graph, sitemap,
// oEmbed, embed snippets) derives from it. Override for a deploy with SITE_URL / BASE_PATH.
// Without SITE_URL the machine-read URLs fall back to the local preview server; text a reader
// sees (the /data/ citation example) uses a path instead (astro:env's SITE_URL is then unset),
// and the build warns that the output is not ready to deploy.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

/** Warns at build start when SITE_URL is unset: canonical and Open Graph URLs point at localhost. */
const siteUrlWarning = {
  name: 'site-url-warning',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:start': ({ logger }) => {
      if (!process.env.SITE_URL) {
        logger.warn(
          `SITE_URL is not set: canonical, Open Graph, sitemap and embed URLs will use ${site}, and visible citation examples show paths only. Set SITE_URL (and BASE_PATH) for a deployable build.`,
        );
      }
    },
  },
};

// Content Security Policy, rendered by Astro as a <meta http-equiv> on every page. Scripts and
// <style> elements are allowed by SHA-256 hashes computed at build time (Astro hashes its own
// island loader and bundled inline styles; scripts/inline-script-hashes.mjs hashes the text of
// our `<script is:inline>` blocks such as the theme bootstrap, found with Astro's compiler),
// never by 'unsafe-inline'. Only style *attributes* may be inline: Astro/Svelte server-render
// `style="…"` (style: directives, define:vars, chart sizes) and attributes cannot be hashed.
// dist/_headers, written after every build by scripts/headers-integration.mjs, repeats the policy
// as an HTTP header with the framing rules a <meta> cannot carry; check-dist checks the two agree.
/** @typedef {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} CspConfig */
/** @type {CspConfig} */
const CSP = {
  algorithm: 'SHA-256',
  directives: /** @type {NonNullable<CspConfig['directives']>} */ (CSP_DIRECTIVES),
  scriptDirective: { resources: ["'self'"], hashes: /** @type {import('astro').CspHash[]} */ (inlineScriptHashes('src')) },
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales: ['en', 'ja'], defaultLocale: 'en' },
  // Translated pages keep their English original's section ids (see the plugin).
  markdown: { processor: satteri({ hastPlugins: [twinHeadingIds] }) },
  integrations: [
    mdx(),
    svelte(),
    hydrateOnInteraction(),
    // Each page lists its editions (xhtml:link hreflang) once the Japanese edition is published.
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/classroom/glossary/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
    }),
    classroomServiceWorker(),
    headersFile(),
    searchIndex(),
    siteUrlWarning,
  ],
  // The configured public origin, or nothing: pages use it for addresses a reader sees.
  env: { schema: { SITE_URL: envField.string({ context: 'server', access: 'public', optional: true }) } },
  devToolbar: { enabled: false },
  // Drops the Chart.js scales no chart registers (see the plugin's header: ≈4.6 KB brotli).
  vite: {
    plugins: [chartJsTreeShaking()],
    build: {
      rolldownOptions: {
        output: {
          // What every island uses (the widget shell and folds, URL state, translator and the arithmetic
          // engine) ships as one chunk: left to itself the bundler splits it by which islands
          // import each module, and each extra chunk costs its import/export glue (≈0.4 KB
          // brotli on a two-widget page, which is what tipped two lesson pages over budget).
          codeSplitting: {
            groups: [
              {
                name: 'widget-runtime',
                test: /[\\/]src[\\/](lib[\\/](constants|input|units|format|steps|transfer|render-steps|url-state)\.ts|i18n[\\/]translate\.ts|components[\\/]widgets[\\/](WidgetShell|StepList|LazyFold)\.svelte|components[\\/]widgets[\\/](widget-island|url-state)\.svelte\.ts)/,
              },
            ],
          },
        },
      },
    },
  },
  security: { csp: CSP },
});
