import type { WidgetDefinition } from '../types';
import { streamsCodec } from '../../../lib/widgets/streams';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'streams',
  order: 3,
  titleKey: 'widget.streams.title',
  descriptionKey: 'widget.streams.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.streams.'],
  urlPrefix: 'st.',
  // Measured: the widget's height at 375 px wide in its default state, plus a margin.
  embedHeight: 600,
  articleSlug: 'what-it-means-for-you',
  hasChart: false,
  codec: streamsCodec,
  Island,
};

export default definition;
