import type { WidgetDefinition } from '../types';
import { yourConnectionCodec } from '../../../lib/widgets/your-connection-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'your-connection',
  order: 2,
  titleKey: 'widget.your-connection.title',
  descriptionKey: 'widget.your-connection.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.your-connection.'],
  urlPrefix: 'yc.',
  embedHeight: 420,
  articleSlug: 'what-it-means-for-you',
  hasChart: false,
  example: 'line=us-fixed-median-2025-10',
  codec: yourConnectionCodec,
  Island,
};

export default definition;
