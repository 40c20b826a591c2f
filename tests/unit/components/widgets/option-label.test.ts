/**
 * No widget offers two choices with the same name. The option lists are not listed here by
 * hand: every server module of a widget (src/components/widgets/<id>/options.ts) is loaded, and every list
 * of choices (an array of objects with an id) in what it exports is named the way the islands
 * name them (option-label.ts), so a new widget's options are covered as soon as it exists.
 */
import { describe, expect, it } from 'vitest';
import { monthOf, optionLabel, type NamedOption } from '../../../../src/components/widgets/option-label';
import { translator } from '../../../../src/i18n';

const LOCALE = 'en';
const t = translator(LOCALE);
const modules = import.meta.glob('../../../../src/components/widgets/*/options.ts', { eager: true }) as Record<string, Record<string, unknown>>;

interface OptionList {
  where: string;
  options: NamedOption[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
// Data entries (they carry sourceIds) are not choices: islands receive options built from them,
// without bookkeeping (registry.test.ts), and those options are what is named here.
const isChoice = (value: unknown): value is Record<string, unknown> & { id: string } => isPlainObject(value) && typeof value['id'] === 'string' && !('sourceIds' in value);
/** A choice the reader sees by name: a data label, a message key, or (claims) the quote itself. */
const named = (choice: Record<string, unknown>): boolean => typeof choice['label'] === 'string' || typeof choice['labelKey'] === 'string' || typeof choice['quote'] === 'string';

/** Every array of choices reachable from `value` through plain objects and arrays. */
export function findOptionLists(value: unknown, where: string, seen = new Set<unknown>()): OptionList[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    const lists: OptionList[] = [];
    if (value.length > 1 && value.every(isChoice) && value.every(named)) {
      lists.push({ where, options: value.map((c) => ({ ...c, label: typeof c['quote'] === 'string' ? c['quote'] : (c['label'] as string | undefined) }) as NamedOption) });
    }
    value.forEach((item, i) => lists.push(...findOptionLists(item, `${where}[${i}]`, seen)));
    return lists;
  }
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => findOptionLists(inner, `${where}.${key}`, seen));
}

/** Names shown more than once in one list. */
export function duplicateNames(options: readonly NamedOption[]): string[] {
  const names = options.map((o) => optionLabel(o, LOCALE, t));
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

describe('duplicateNames', () => {
  it('tells options apart by month, and catches a true duplicate', () => {
    const a = { id: 'a', label: 'Global median', month: '2025-12' };
    expect(duplicateNames([a, { id: 'b', label: 'Global median', month: '2025-01' }])).toEqual([]);
    expect(duplicateNames([a, { id: 'b', label: 'Global median', month: '2025-12' }])).toHaveLength(1);
    expect(
      duplicateNames([
        { id: 'a', label: 'Singapore' },
        { id: 'b', label: 'Singapore' },
      ]),
    ).toEqual(['Singapore']);
    expect(
      duplicateNames([
        { id: 'a', labelKey: 'shell.arithmetic' },
        { id: 'b', labelKey: 'shell.arithmetic' },
      ]),
    ).toHaveLength(1);
  });
  it('shows the month in the reader’s locale; a bare year gives no month', () => {
    expect(optionLabel({ id: 'a', label: 'Global median', month: '2025-12' }, 'en', t)).toBe('Global median (December 2025)');
    expect(optionLabel({ id: 'a', label: 'Global median', month: '2025-12' }, 'de', t)).toBe('Global median (Dezember 2025)');
    expect(optionLabel({ id: 'a', label: 'A plan' }, 'en', t)).toBe('A plan');
    expect([monthOf('2025-12-03'), monthOf('2025-12'), monthOf('2021'), monthOf(undefined)]).toEqual(['2025-12', '2025-12', undefined, undefined]);
  });
  it('finds lists of choices nested in options, and skips unnamed rows and raw data entries', () => {
    const data = [
      { id: 'd', label: 'D', sourceIds: ['s'] },
      { id: 'e', label: 'D', sourceIds: ['s'] },
    ];
    const lists = findOptionLists(
      {
        n: 1,
        data,
        lines: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        rows: [{ id: 'r' }, { id: 's' }],
        deep: {
          presets: [
            { id: 'p', labelKey: 'shell.arithmetic' },
            { id: 'q', labelKey: 'shell.notice' },
          ],
        },
      },
      'm',
    );
    expect(lists.map((l) => l.where)).toEqual(['m.lines', 'm.deep.presets']);
  });
});

describe('every widget’s option lists', () => {
  // A module namespace is not a plain object: walk its exports one by one.
  const found = Object.entries(modules).flatMap(([path, exports]) =>
    Object.entries(exports).flatMap(([name, value]) => findOptionLists(value, `${path.replace(/^.*\/widgets\//, '')}:${name}`)),
  );

  it('are found in the widgets’ server modules', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(5);
    expect(found.length).toBeGreaterThan(3);
    // The list the fact-check found duplicates in is among them.
    expect(found.some((list) => list.where.startsWith('your-connection/options.ts') && list.options.some((o) => o.id === 'global-fixed-median-2025-01'))).toBe(true);
  });

  it('never name two options the same', () => {
    for (const list of found) expect(duplicateNames(list.options), list.where).toEqual([]);
  });
});
