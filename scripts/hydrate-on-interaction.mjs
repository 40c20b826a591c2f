// Registers `client:interaction` (src/components/widgets/hydrate-on-interaction.ts): an island
// that hydrates when the reader first reaches for it.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function hydrateOnInteraction() {
  return {
    name: 'hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../src/components/widgets/hydrate-on-interaction.ts', import.meta.url)) });
      },
    },
  };
}
