/** The glossary as the loader parses it, and its schema's cross-entry checks. */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/data';
import { glossarySchema } from '../../../src/data/glossary-schema';

describe('the glossary', () => {
  it('passes its schema', () => {
    expect(glossarySchema.safeParse(glossary).success).toBe(true);
  });
  it('rejects a link to a term that does not exist, and duplicate ids', () => {
    const [first, second] = glossary;
    if (!first || !second) throw new Error('glossary needs terms');
    expect(glossarySchema.safeParse([{ ...first, related: ['no-such-term'] }]).success).toBe(false);
    expect(glossarySchema.safeParse([first, { ...second, id: first.id }]).success).toBe(false);
  });
  it('covers the terms the lessons rely on', () => {
    const ids = glossary.map((t) => t.id);
    for (const id of [
      'bit',
      'byte',
      'prefix',
      'binary-prefix',
      'data-rate',
      'latency',
      'throughput',
      'core',
      'cladding',
      'single-mode-fiber',
      'multicore-fiber',
      'coupled-cores',
      'mimo',
      'multiplexing',
      'wdm',
      'sdm',
      'band',
      'amplifier',
      'recirculating-loop',
      'capacity-distance',
      'petabit',
      'terabyte',
      'exabit',
      'scientific-notation',
      'median',
    ])
      expect(ids).toContain(id);
  });
});
