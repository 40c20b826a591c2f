import type { WidgetDefinition } from '../types';
import { musicYearsCodec } from '../../../lib/widgets/music-years-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'music-years',
  order: 4,
  titleKey: 'widget.music-years.title',
  descriptionKey: 'widget.music-years.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.music-years.'],
  urlPrefix: 'mu.',
  // Measured: the island is 488 px tall at 343 px wide (a 375 px phone less 1 rem each side) in
  // its default state; plus 120 px for the embed's title and credit line, like your-connection.
  embedHeight: 710,
  articleSlug: 'what-it-means-for-you',
  hasChart: false,
  example: 'b=cd',
  codec: musicYearsCodec,
  Island,
};

export default definition;
