// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import classroomServiceWorker from './scripts/sw-manifest.mjs';

// The public origin lives in one place. Every absolute URL (canonical, Open Graph, sitemap,
// oEmbed, embed snippets) derives from it. Override for a deploy with SITE_URL / BASE_PATH.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales: ['en'], defaultLocale: 'en' },
  integrations: [mdx(), svelte(), sitemap({ filter: (page) => !page.includes('/embed/') }), classroomServiceWorker()],
  devToolbar: { enabled: false },
});
