import type { WidgetDefinition } from '../types';
import { loopCodec } from '../../../lib/widgets/loop-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'loop',
  order: 9,
  titleKey: 'widget.loop.title',
  descriptionKey: 'widget.loop.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.loop.'],
  urlPrefix: 'lp.',
  embedHeight: 870,
  articleSlug: '1808-km-in-a-lab',
  hasChart: false,
  example: 'lap=10',
  codec: loopCodec,
  Island,
};

export default definition;
