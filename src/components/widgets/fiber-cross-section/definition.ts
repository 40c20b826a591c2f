import type { WidgetDefinition } from '../types';
import { fiberCrossSectionCodec } from '../../../lib/widgets/fiber-cross-section-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'fiber-cross-section',
  order: 8,
  titleKey: 'widget.fiber-cross-section.title',
  descriptionKey: 'widget.fiber-cross-section.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.fiber-cross-section.'],
  urlPrefix: 'fx.',
  embedHeight: 980,
  articleSlug: 'inside-a-19-core-fiber',
  hasChart: false,
  example: 'core=7',
  codec: fiberCrossSectionCodec,
  Island,
};

export default definition;
