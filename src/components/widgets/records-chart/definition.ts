import type { WidgetDefinition } from '../types';
import { recordsChartCodec } from '../../../lib/widgets/records-chart-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'records-chart',
  order: 7,
  titleKey: 'widget.records-chart.title',
  descriptionKey: 'widget.records-chart.description',
  messagePrefixes: ['shell.', 'engine.', 'widget.records-chart.'],
  urlPrefix: 'rc.',
  embedHeight: 1480,
  articleSlug: 'history-of-fiber-records',
  hasChart: true,
  example: 'view=year&record=nict-2023-1-7pb',
  codec: recordsChartCodec,
  Island,
};

export default definition;
