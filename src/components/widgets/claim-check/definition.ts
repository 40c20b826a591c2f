import type { WidgetDefinition } from '../types';
import { claimCheckCodec } from '../../../lib/widgets/claim-check-data';
import Island from './Island.astro';

const definition: WidgetDefinition = {
  id: 'claim-check',
  order: 6,
  titleKey: 'widget.claim-check.title',
  descriptionKey: 'widget.claim-check.description',
  messagePrefixes: ['shell.', 'engine.', 'claim.', 'widget.claim-check.'],
  urlPrefix: 'cc.',
  // Measured at 375 px: the tallest claim (400-terabytes-a-day) renders 1,240 px; plus margin, so no claim scrolls.
  embedHeight: 1360,
  articleSlug: 'checking-the-headlines',
  hasChart: false,
  example: 'claim=wikipedia-10000-times',
  codec: claimCheckCodec,
  Island,
};

export default definition;
