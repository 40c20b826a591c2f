// Astro integration: after every build, Pagefind indexes the built pages into dist/pagefind/, so
// `astro build` (and so `npm start` and the tests) always ships a search index that matches the
// pages. Pagefind reads each page's <html lang> and writes one index per language; the search
// page loads the index of its own language, so a reader's results come in the reader's language.
// Only content marked data-pagefind-body (BaseLayout's <main>, unless a page opts out) is
// indexed: embeds, the 404 and answer keys are not search results.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function searchIndex() {
  return {
    name: 'petabit-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: distDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
