// Types `client:interaction` (registered by scripts/hydrate-on-interaction.mjs) for .astro files.
import type { InteractionOptions } from './components/widgets/hydrate-on-interaction';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: InteractionOptions;
  }
}
