/** The glossary, validated against its schema when a page imports it (at build time). */
import glossaryJson from '../../data/glossary.json';
import { glossarySchema, type GlossaryTerm } from '../../data/glossary-schema';

export const glossary: readonly GlossaryTerm[] = glossarySchema.parse(glossaryJson);
