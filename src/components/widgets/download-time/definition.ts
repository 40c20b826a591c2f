import type { WidgetDefinition } from '../types';
import { downloadTimeCodec } from '../../../lib/widgets/download-time-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'download-time',
  order: 1,
  titleKey: 'widget.download-time.title',
  descriptionKey: 'widget.download-time.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.download-time.'],
  urlPrefix: 'dt.',
  // Measured: the island is 1,512 px tall at 343 px wide (a 375 px phone less 1 rem each side) in
  // its default state; plus 120 px for the embed's title and credit line, like your-connection.
  embedHeight: 1790,
  articleSlug: 'what-it-means-for-you',
  hasChart: true,
  example: 'p=fineweb,common-crawl-monthly&l=record-2025,marea',
  codec: downloadTimeCodec,
  Island,
};

export default definition;
