/**
 * Typed access to the site's data for pages, widgets and src/lib. The JSON is validated by
 * zod in src/content.config.ts at build time and in tests, so the casts here are checked
 * elsewhere; importing this module never pulls zod into a client bundle.
 */
import type { Fact, Source } from './schema';
import factsJson from './facts.json';
import sourcesJson from './sources.json';

export const facts = factsJson as readonly Fact[];
export const sources = sourcesJson as readonly Source[];

/** A fact by id; throws at build time when a page asks for a fact that does not exist. */
export function fact(id: string): Fact {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown fact "${id}"`);
  return found;
}

/** The numeric value of a fact; throws when the fact is a date or text. */
export function factNumber(id: string): number {
  const { value } = fact(id);
  if (typeof value !== 'number') throw new Error(`Fact "${id}" is not a number`);
  return value;
}

export function source(id: string): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown source "${id}"`);
  return found;
}
