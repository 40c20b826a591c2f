import type { WidgetDefinition } from '../types';
import { unitsCodec } from '../../../lib/widgets/units-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'units',
  order: 5,
  titleKey: 'widget.units.title',
  descriptionKey: 'widget.units.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.units.'],
  urlPrefix: 'un.',
  // Measured: the island renders 1,133 px tall at 375 px in the default state; plus margin.
  embedHeight: 1260,
  articleSlug: 'bits-bytes-and-petabits',
  hasChart: false,
  example: 'value=100+GB',
  codec: unitsCodec,
  Island,
};

export default definition;
