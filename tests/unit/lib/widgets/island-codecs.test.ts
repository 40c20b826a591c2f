/**
 * Each widget's island builds its URL codec in the browser from the options its Island.astro
 * passes as props; the page, the embed snippets and the oEmbed files use the definition's codec,
 * built on the server from the data. The two must agree, or a shared link or an embed would
 * open on another state than the one it was made from. Here each Island.astro is rendered (the
 * Astro container), its props are read back from the <astro-island> element exactly as the
 * browser reads them, and the client codec built from them is compared with the definition's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/svelte/container-renderer';
import { loadRenderers } from 'astro:container';
import type { WidgetDefinition } from '../../../../src/components/widgets/types';
import claimCheck from '../../../../src/components/widgets/claim-check/definition';
import downloadTime from '../../../../src/components/widgets/download-time/definition';
import fiberCrossSection from '../../../../src/components/widgets/fiber-cross-section/definition';
import loop from '../../../../src/components/widgets/loop/definition';
import musicYears from '../../../../src/components/widgets/music-years/definition';
import recordsChart from '../../../../src/components/widgets/records-chart/definition';
import streams from '../../../../src/components/widgets/streams/definition';
import units from '../../../../src/components/widgets/units/definition';
import yourConnection from '../../../../src/components/widgets/your-connection/definition';
import { claimCheckCodecFor, type ClaimView } from '../../../../src/lib/widgets/claim-check';
import { downloadTimeCodecFor, type DownloadTimeOptions } from '../../../../src/lib/widgets/download-time';
import { fiberCrossSectionCodecFor, type FiberCrossSectionOptions } from '../../../../src/lib/widgets/fiber-cross-section';
import { loopCodecFor, type LoopOptions } from '../../../../src/lib/widgets/loop';
import { musicYearsCodecFor, type MusicYearsOptions } from '../../../../src/lib/widgets/music-years';
import { recordsChartCodecFor, type RecordsChartOptions } from '../../../../src/lib/widgets/records-chart';
import { streamsCodecFor, type StreamsOptions } from '../../../../src/lib/widgets/streams';
import { unitsCodecFor } from '../../../../src/lib/widgets/units';
import { yourConnectionCodecFor, type YourConnectionOptions } from '../../../../src/lib/widgets/your-connection';
import { parseState, serializeState, type StateCodec } from '../../../../src/lib/url-state';
import { hostileQuery, hostileValue } from '../../hostile-queries';

type Props = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- codecs of different state types
type AnyCodec = StateCodec<any>;

/**
 * Each widget: its definition, how its Svelte component builds the codec from its props, and
 * (for the visual widgets, whose options are few) every field name the options may hold: the
 * figures and labels the island shows, nothing else.
 */
const CASES: { definition: WidgetDefinition; clientCodec: (props: Props) => AnyCodec; shownFields?: string[] }[] = [
  { definition: yourConnection, clientCodec: (p) => yourConnectionCodecFor(p['options'] as YourConnectionOptions) },
  { definition: downloadTime, clientCodec: (p) => downloadTimeCodecFor(p['options'] as DownloadTimeOptions) },
  { definition: streams, clientCodec: (p) => streamsCodecFor(p['options'] as StreamsOptions) },
  { definition: musicYears, clientCodec: (p) => musicYearsCodecFor(p['options'] as MusicYearsOptions) },
  { definition: units, clientCodec: (p) => unitsCodecFor(p['defaultQuantity'] as string) },
  { definition: claimCheck, clientCodec: (p) => claimCheckCodecFor((p['views'] as ClaimView[]).map((v) => v.id)) },
  {
    definition: recordsChart,
    clientCodec: (p) => recordsChartCodecFor(p['options'] as RecordsChartOptions),
    // The note is shown in the details panel.
    // The other readings of a disputed distance, and the tertiary flag, are shown in the table and details.
    shownFields: ['rows', 'standardCladdingUm', 'id', 'year', 'team', 'fiber', 'venue', 'standardCladding', 'highlight', 'capacityBitsPerSecond', 'distanceKm', 'productBitsPerSecondKm', 'distanceDisputedKm', 'tertiary', 'note'],
  },
  {
    definition: fiberCrossSection,
    clientCodec: (p) => fiberCrossSectionCodecFor(p['options'] as FiberCrossSectionOptions),
    shownFields: ['smfCladdingUm', 'smfCoreUm', 'mcfCladdingUm', 'cores', 'hairUm', 'recordBitsPerSecond'],
  },
  { definition: loop, clientCodec: (p) => loopCodecFor(p['options'] as LoopOptions), shownFields: ['spanKm', 'laps', 'groupIndex', 'pressDistanceKm'] },
];

/** The <astro-island props="…"> attribute, decoded the way Astro's island script does. */
function islandProps(html: string): Props {
  const attribute = /<astro-island[^>]*?\sprops="([^"]*)"/.exec(html)?.[1];
  if (attribute === undefined) throw new Error('no <astro-island props> in the rendered island');
  const json = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // Astro's encoding: every value is [type, value]; 0 = a plain value or object, 1 = an array.
  const revive = ([type, value]: [number, unknown]): unknown => {
    if (type === 1) return (value as [number, unknown][]).map(revive);
    if (type !== 0) throw new Error(`unexpected prop type ${type}`);
    return plain(value);
  };
  const plain = (value: unknown): unknown =>
    typeof value !== 'object' || value === null ? value : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v as [number, unknown])]));
  return plain(JSON.parse(json)) as Props;
}

/** Every field name in the props, at any depth. */
function fieldsIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(fieldsIn);
  return Object.entries(value).flatMap(([key, v]) => [key, ...fieldsIn(v)]);
}

/** Every string in the props (option ids among them): values a URL could carry. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.length <= 200 ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

const rendered = new Map<string, Props>();
beforeAll(async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  for (const { definition } of CASES) {
    const html = await container.renderToString(definition.Island, { props: { locale: 'en', urlPrefix: definition.urlPrefix, embed: false, load: 'idle' } });
    rendered.set(definition.id, islandProps(html));
  }
}, 60_000);

describe.each(CASES)('$definition.id: the island’s codec', ({ definition, clientCodec }) => {
  const props = () => rendered.get(definition.id)!;

  it('has the definition’s defaults and parameter names', () => {
    const client = clientCodec(props());
    expect(client.defaults).toEqual(definition.codec.defaults);
    expect(Object.keys(client.params)).toEqual(Object.keys(definition.codec.params));
    expect(serializeState(client, client.defaults).toString()).toBe('');
  });

  it('reads every value, option ids and hostile text alike, as the definition’s codec does', () => {
    const client = clientCodec(props());
    const probes = [...new Set([...stringsIn(props()), 'custom', '', ...fc.sample(hostileValue(), { numRuns: 300, seed: 1 })])];
    for (const key of Object.keys(definition.codec.params)) {
      for (const raw of [...probes, definition.codec.params[key]!.serialize(definition.codec.defaults[key])]) {
        expect(client.params[key]!.parse(raw), `${key}=${raw}`).toEqual(definition.codec.params[key]!.parse(raw));
      }
    }
    // Whole (prefixed) queries, as a shared link or an embed snippet carries them.
    for (const query of fc.sample(hostileQuery({ keys: Object.keys(client.params) }), { numRuns: 300, seed: 2 })) {
      expect(parseState(client, query)).toEqual(parseState(definition.codec, query));
    }
  });

  it('ships no dataset bookkeeping to the browser (sources, confidence, dates)', () => {
    const { messages: _messages, ...rest } = props();
    expect(JSON.stringify(rest)).not.toMatch(/"(sourceIds|confidence|asOf|outletSourceIds)"/);
  });
});

describe.each(CASES.filter((c) => c.shownFields !== undefined))('$definition.id: the island’s options', ({ definition, shownFields }) => {
  it('hold only the fields the island shows or computes with', () => {
    const fields = new Set(fieldsIn(rendered.get(definition.id)!['options']));
    expect(fields.size).toBeGreaterThan(0);
    expect([...fields].filter((f) => !shownFields!.includes(f))).toEqual([]);
  });
});
