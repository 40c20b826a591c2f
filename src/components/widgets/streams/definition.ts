import type { WidgetDefinition } from '../types';
import { streamsCodec } from '../../../lib/widgets/streams-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'streams',
  order: 3,
  titleKey: 'widget.streams.title',
  descriptionKey: 'widget.streams.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.streams.'],
  urlPrefix: 'st.',
  // Measured: the island is 1,194 px tall at 343 px wide (a 375 px phone less 1 rem each side) in
  // its default state; plus 120 px for the embed's title and credit line, like your-connection.
  embedHeight: 1840,
  articleSlug: 'what-it-means-for-you',
  hasChart: false,
  example: 's=hd',
  codec: streamsCodec,
  Island,
};

export default definition;
