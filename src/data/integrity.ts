/**
 * Cross-dataset checks that zod cannot express on one entry: every cited source exists and
 * ids are unique. Returns the problems as sentences; the build throws on any.
 */
export interface Citing {
  id: string;
  sourceIds: readonly string[];
}

export function findDataProblems(sources: readonly { id: string }[], datasets: Record<string, readonly Citing[]>): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const source of sources) {
    if (known.has(source.id)) problems.push(`sources: duplicate id "${source.id}"`);
    known.add(source.id);
  }
  for (const [name, entries] of Object.entries(datasets)) {
    const ids = new Set<string>();
    for (const entry of entries) {
      if (ids.has(entry.id)) problems.push(`${name}: duplicate id "${entry.id}"`);
      ids.add(entry.id);
      for (const sourceId of entry.sourceIds) {
        if (!known.has(sourceId)) problems.push(`${name}/${entry.id}: cites unknown source "${sourceId}"`);
      }
    }
  }
  return problems;
}
