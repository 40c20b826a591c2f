/**
 * The Japanese translations (src/content/**\/ja/) against their English originals: every page
 * has one, and each cites, measures and links exactly what the English does. A translation may
 * reword everything else, but it never drops a source, adds a figure or loses a section.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src/content/articles', 'src/content/classroom/lessons', 'src/content/classroom'];

/** Every component reference with its identifying attribute, sorted: `Value fact=record-rate`. */
function references(mdx: string): string[] {
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
  return [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)]
    .map(([, name, attributes]) =>
      `${name} ${[...(attributes ?? '').matchAll(/\b(fact|derived|id|widget|claim|name)="([^"]*)"/g)].map(([, key, value]) => `${key}=${value}`).join(' ')}`.trim(),
    )
    .sort();
}
const headings = (mdx: string) => [...mdx.matchAll(/^(#{2,4}) /gm)].map(([, marks]) => marks);

for (const folder of FOLDERS) {
  const originals = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
  describe(`${folder}/ja/`, () => {
    it.each(originals)('%s has a translation that cites, measures and links what the English does, section for section', (name) => {
      const english = readFileSync(join(folder, name), 'utf8');
      const japanese = readFileSync(join(folder, 'ja', name), 'utf8');
      expect(references(japanese)).toEqual(references(english));
      expect(headings(japanese)).toEqual(headings(english));
    });
  });
}
