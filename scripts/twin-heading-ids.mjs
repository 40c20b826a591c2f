// Markdown (hast) plugin: a translated MDX file (src/content/**/ja/<name>.mdx) gives its headings the ids
// of its English original (src/content/**/<name>.mdx), in order. So a section's address is the
// same in both editions: the edition link carries the #fragment over, and a Japanese reader
// shares /ja/articles/x/#how-we-checked rather than a percent-encoded Japanese slug that, when
// it starts with a digit ("2つの…"), is not even a valid id for html-validate.
//
// The English ids are computed the way Astro computes them (github-slugger over each heading's
// text); scripts/check-dist.mjs compares the built twins, so a drift fails the build checks.
// The translations keep the same headings in the same order (tests/unit/content-ja-parity.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { fileURLToPath } from 'node:url';

const TRANSLATION = /^(.*)[/\\]ja[/\\]([^/\\]+\.mdx?)$/;

/** The heading texts of a Markdown/MDX source, in order: frontmatter and code blocks skipped, inline markup removed. */
export function headingTexts(source) {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map(([, text = '']) =>
    text
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, ''),
  );
}

/** Astro's ids for those headings (one slugger per page, so repeats get -1, -2 …). */
export function headingIds(source) {
  const slugger = new GithubSlugger();
  return headingTexts(source).map((text) => slugger.slug(text));
}

/**
 * The Sätteri hast plugin (Astro's Markdown processor): for a translation, sets each heading's id
 * to its original's, in order, before Astro's own heading-ids step (which keeps an id it finds).
 * Left out of the pipeline for every other file.
 * @param {{ fileURL: URL | undefined }} context
 */
export default function twinHeadingIds({ fileURL }) {
  const match = (fileURL ? fileURLToPath(fileURL) : '').match(TRANSLATION);
  if (!match) return null;
  const original = `${match[1]}/${match[2]}`;
  if (!existsSync(original)) return null;
  const ids = headingIds(readFileSync(original, 'utf8'));
  let next = 0;
  return {
    name: 'twin-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      /** @param {unknown} node @param {{ setProperty(node: unknown, key: string, value: unknown): void }} context */
      visit(node, context) {
        const id = ids[next++];
        if (id === undefined) throw new Error(`${match[0]} has more headings than its original ${original} (${ids.length})`);
        context.setProperty(node, 'id', id);
      },
    },
  };
}
