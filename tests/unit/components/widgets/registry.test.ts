/**
 * Every widget in the registry, checked the same way: the list is the registry itself, so a
 * new widget is covered as soon as it has its registry line.
 * - Its codec (the registry builds it with the widget's codecFor from its options) opens on
 *   defaults that serialise to nothing, and its example is a valid, different state that
 *   survives a round trip.
 * - The island builds its codec with the same codecFor, from the options as the browser gets
 *   them (props travel as JSON): that codec must read every value and hostile query exactly as
 *   the server's does, or a shared link or an embed would open on another state.
 * - The options carry no dataset bookkeeping, and (visual widgets) only the fields shown.
 * - The one Island.astro renders each widget, hydrating as asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { loadRenderers } from 'astro:container';
import Island from '../../../../src/components/widgets/Island.astro';
import { widgets } from '../../../../src/components/widgets/registry';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { hostileQuery, hostileValue } from '../../hostile-queries';

/**
 * For the visual widgets, whose options are few: every field name the options may hold, the
 * figures and labels the island shows, nothing else.
 */
const SHOWN_FIELDS: Record<string, string[]> = {
  // The note is shown in the details panel.
  // The other readings of a disputed distance, and the tertiary flag, are shown in the table and details.
  'records-chart': [
    'rows',
    'standardCladdingUm',
    'id',
    'year',
    'team',
    'fiber',
    'venue',
    'standardCladding',
    'highlight',
    'capacityBitsPerSecond',
    'distanceKm',
    'productBitsPerSecondKm',
    'distanceDisputedKm',
    'tertiary',
    'note',
  ],
  'fiber-cross-section': ['smfCladdingUm', 'smfCoreUm', 'mcfCladdingUm', 'cores', 'channels', 'hairUm', 'recordBitsPerSecond'],
  loop: ['spanKm', 'laps', 'groupIndex', 'pressDistanceKm'],
};

/** Every field name in a value, at any depth. */
function fieldsIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(fieldsIn);
  return Object.entries(value).flatMap(([key, v]) => [key, ...fieldsIn(v)]);
}

/** Every string in a value (option ids among them): values a URL could carry. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.length <= 200 ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

/** The options as the island receives them: serialised into the page, parsed in the browser. */
const asShipped = (options: unknown): unknown => JSON.parse(JSON.stringify(options));

it('lists widgets with unique ids and URL prefixes', () => {
  expect(widgets.length).toBeGreaterThan(0);
  expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
  expect(new Set(widgets.map((w) => w.urlPrefix)).size).toBe(widgets.length);
});

describe.each(widgets)('$id: its codec', (def) => {
  it('opens on defaults that serialise to nothing', () => {
    expect(serializeState(def.codec, def.codec.defaults).toString()).toBe('');
    expect(parseState(def.codec, '')).toEqual({ state: def.codec.defaults, notices: [] });
  });

  it('reads its example without notices, as a state other than the defaults that survives a round trip', () => {
    const { state, notices } = parseState(def.codec, `?${def.example}`);
    expect(notices).toEqual([]);
    expect(state).not.toEqual(def.codec.defaults);
    expect(parseState(def.codec, `?${serializeState(def.codec, state)}`)).toEqual({ state, notices: [] });
  });

  it('is the codec the island builds: every value, option ids and hostile text alike, reads the same', () => {
    const client = def.codecFor(asShipped(def.options));
    expect(client.defaults).toEqual(def.codec.defaults);
    expect(Object.keys(client.params)).toEqual(Object.keys(def.codec.params));
    const probes = [...new Set([...stringsIn(def.options), 'custom', '', ...fc.sample(hostileValue(), { numRuns: 300, seed: 1 })])];
    for (const key of Object.keys(def.codec.params)) {
      for (const raw of [...probes, def.codec.params[key]!.serialize(def.codec.defaults[key])]) {
        expect(client.params[key]!.parse(raw), `${key}=${raw}`).toEqual(def.codec.params[key]!.parse(raw));
      }
    }
    // Whole (prefixed) queries, as a shared link or an embed snippet carries them.
    for (const query of fc.sample(hostileQuery({ keys: Object.keys(client.params) }), { numRuns: 300, seed: 2 })) {
      expect(parseState(client, query)).toEqual(parseState(def.codec, query));
    }
  });

  it('builds the same codec from its Japanese options: the labels change, never an id or a number', () => {
    const japanese = asShipped(def.optionsIn('ja'));
    const codec = def.codecFor(japanese);
    expect(codec.defaults).toEqual(def.codec.defaults);
    for (const key of Object.keys(def.codec.params)) {
      for (const raw of stringsIn(def.options)) expect(codec.params[key]!.parse(raw), `${key}=${raw}`).toEqual(def.codec.params[key]!.parse(raw));
    }
    expect(numbersIn(japanese)).toEqual(numbersIn(def.options));
  });

  it('ships no dataset bookkeeping to the browser (sources, confidence, dates)', () => {
    expect(JSON.stringify(def.options)).not.toMatch(/"(sourceIds|confidence|asOf|outletSourceIds)"/);
  });
});

describe.each(widgets.filter((w) => SHOWN_FIELDS[w.id] !== undefined))('$id: the island’s options', (def) => {
  it('hold only the fields the island shows or computes with', () => {
    const fields = new Set(fieldsIn(def.options));
    expect(fields.size).toBeGreaterThan(0);
    expect([...fields].filter((f) => !SHOWN_FIELDS[def.id]!.includes(f))).toEqual([]);
  });
});

/** Every number anywhere in a value, in order. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('Japanese options', () => {
  it('label the choices in Japanese where the data has Japanese labels', () => {
    const labelsIn = (id: string, locale: 'en' | 'ja') => JSON.stringify(widgets.find((w) => w.id === id)!.optionsIn(locale));
    for (const id of ['download-time', 'your-connection', 'streams', 'records-chart', 'claim-check']) {
      expect(labelsIn(id, 'ja'), id).not.toEqual(labelsIn(id, 'en'));
      expect(labelsIn(id, 'ja'), id).toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u);
    }
  });
});

describe('Island.astro', () => {
  const html = new Map<string, string>();
  beforeAll(async () => {
    // The container knows Astro's own directives only: each one used here, ours among them
    // (scripts/hydrate-on-interaction.mjs), is given by name, with a stand-in for its script
    // (markup tests never run it).
    const clientDirectives = new Map(['idle', 'visible', 'interaction'].map((name) => [name, `(self.Astro||(self.Astro={})).${name}=()=>{};`]));
    const container = await AstroContainer.create({
      renderers: await loadRenderers([getContainerRenderer()]),
      manifest: { clientDirectives } as unknown as NonNullable<NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest']>,
    });
    for (const def of widgets) {
      for (const load of ['idle', 'visible'] as const) {
        html.set(
          `${def.id} ${load}`,
          await container.renderToString(Island as Parameters<typeof container.renderToString>[0], {
            props: { id: def.id, locale: 'en', urlPrefix: def.urlPrefix, embed: false, load },
          }),
        );
      }
    }
  }, 60_000);

  it.each(widgets.flatMap((def) => (['idle', 'visible'] as const).map((load) => ({ id: def.id, load }))))('renders $id, hydrating when $load', ({ id, load }) => {
    const rendered = html.get(`${id} ${load}`) ?? '';
    const islands = [...rendered.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
    expect(islands).toHaveLength(1);
    expect(islands[0]).toMatch(new RegExp(`component-url="[^"]*/widgets/${id}/[A-Za-z]+\\.svelte"`));
    // The records chart waits for the reader wherever it is (Island.astro, hydrate-on-interaction.ts).
    expect(islands[0]).toContain(id === 'records-chart' ? 'client="interaction"' : `client="${load}"`);
  });
});
