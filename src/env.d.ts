/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Source ids in citation order for the article being rendered (see lib/article-text). */
    citations?: string[];
    /** How many <Cite>s of each source have rendered so far: each gets its own id for the ↩ links. */
    citesSeen?: Record<string, number>;
    /** Popovers rendered on this page so far, for unique ids (Term, Cite). */
    popovers?: number;
  }
}

// svelte-check type-checks .ts files that import .astro components but cannot resolve them
// (astro check can). This fallback only applies where real resolution fails.
declare module '*.astro' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Astro component props
  const Component: (props: any) => unknown;
  export default Component;
}
