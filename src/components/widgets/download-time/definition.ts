import type { WidgetDefinition } from '../types';
import { downloadTimeCodec } from '../../../lib/widgets/download-time';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'download-time',
  order: 1,
  titleKey: 'widget.download-time.title',
  descriptionKey: 'widget.download-time.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.download-time.'],
  urlPrefix: 'dt.',
  // Measured: the widget's height at 375 px wide in its default state, plus a margin.
  embedHeight: 600,
  articleSlug: 'what-it-means-for-you',
  hasChart: true,
  codec: downloadTimeCodec,
  Island,
};

export default definition;
