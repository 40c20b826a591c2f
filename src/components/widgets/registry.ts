/**
 * The widget registry: every folder under src/components/widgets with a definition.ts is a
 * widget. The gallery, the embed routes, oEmbed files and the e2e loop all iterate this list,
 * so adding a widget is adding a folder.
 */
import type { WidgetDefinition } from './types';

const modules = import.meta.glob<{ default: WidgetDefinition }>('./*/definition.ts', { eager: true });

export const widgets: readonly WidgetDefinition[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.order - b.order);

export function widget(id: string): WidgetDefinition {
  const found = widgets.find((w) => w.id === id);
  if (!found) throw new Error(`Unknown widget "${id}"`);
  return found;
}
