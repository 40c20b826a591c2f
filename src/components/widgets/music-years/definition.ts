import type { WidgetDefinition } from '../types';
import { musicYearsCodec } from '../../../lib/widgets/music-years';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'music-years',
  order: 4,
  titleKey: 'widget.music-years.title',
  descriptionKey: 'widget.music-years.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.music-years.'],
  urlPrefix: 'mu.',
  // Measured: the widget's height at 375 px wide in its default state, plus a margin.
  embedHeight: 600,
  articleSlug: 'checking-the-headlines',
  hasChart: false,
  codec: musicYearsCodec,
  Island,
};

export default definition;
