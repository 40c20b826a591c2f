/**
 * Articles never retype a figure the data holds: any number followed by a data-rate or size
 * unit must come through <Value>/<Derived> (or a widget). The units article needs a few
 * literal examples to teach notation; those are allow-listed here, by file, explicitly.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const DIR = 'src/content/articles';
const ALLOWED: Record<string, readonly string[]> = {
  // The units article teaches the notation itself: a byte is 8 bits; a kilobyte is 1,000 bytes
  // and a kibibyte 1,024. None of these is a figure from the data.
  'bits-bytes-and-petabits.mdx': ['1 byte', '8 bits', '1 kB', '1,000 bytes', '1,024 bytes'],
};

const UNIT = String.raw`(?:[kMGTPEZ]i?(?:b|B|bit|bits|byte|bytes)(?:\/s|ps)?|(?:kilo|mega|giga|tera|peta|exa)(?:bits?|bytes?)(?:\s+per\s+second)?|bits?\s+per\s+second|bytes?|bits?|[EP]b\/s·km)`;
const LITERAL = new RegExp(String.raw`(?<![\w.])\d[\d,.\u00a0 ]*\s?${UNIT}(?![\w])`, 'g');

export function findLiterals(mdx: string): string[] {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, ' ');
  return [...prose.matchAll(LITERAL)].map((m) => m[0].trim());
}

describe('findLiterals', () => {
  it('catches typed figures with rate and size units and ignores components', () => {
    expect(findLiterals('It sent 1.02 Pb/s, or 127.5 TB each second, about 100 gigabytes.')).toEqual(['1.02 Pb/s', '127.5 TB', '100 gigabytes']);
    expect(findLiterals('It sent <Value fact="record-rate" /> in 2025 over 19 cores.')).toEqual([]);
  });
});

describe('articles', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx'));
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} types no rate or size figures outside <Value>`, () => {
      const found = findLiterals(readFileSync(`${DIR}/${file}`, 'utf8'));
      const allowed = ALLOWED[file] ?? [];
      expect(found.filter((literal) => !allowed.includes(literal))).toEqual([]);
    });
  }
});
