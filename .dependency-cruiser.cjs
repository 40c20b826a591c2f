// The import rules of src/, checked by `npm run lint:deps` (scripts/depcruise.mjs).
// dependency-cruiser reads .ts, .mjs and .svelte files itself, but not .astro files (it has no
// Astro parser). scripts/depcruise.mjs therefore cruises a copy of src/ in which each X.astro is
// replaced by X.astro.ts, holding the component's frontmatter and its bundled <script>s: imports
// of './X.astro' resolve to it, so .astro files take part in every rule below. Paths in this file
// match both spellings (`\.astro(\.ts)?$`). Plain `depcruise src -c .dependency-cruiser.cjs` also
// works, but then .astro files are leaves whose own imports are not seen.

/** Leaves of src/lib: quantities, units and number formatting. They import only each other. */
const LIB_BASE = '^src/lib/(dimension|constants|intl|input|units|format|url-state|visible-url|embed|article-text|glossary-terms|text-language)\\.ts$';
/** Arithmetic steps built on the base: step records, transfer maths, verdicts, chart configs. */
const LIB_STEPS = '^src/lib/(steps|transfer|link-steps|step-check|render-steps|verdict|fact-format|charts)\\.ts$';
/** Claim checking, built on the steps. */
const LIB_CLAIMS = '^src/lib/claims\\.ts$';
/** Features built on all of the above: one folder each; neither imports the other. */
const LIB_FEATURES = '^src/lib/(worksheets|widgets)/|^src/lib/derived\\.ts$';

/** A widget's pure core: src/components/widgets/<id>/core.ts or core/**. */
const WIDGET_CORE = '^src/components/widgets/[^/]+/(core\\.ts$|core/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib is pure TypeScript: it reads no data, no content and no component, not even for a type. Code that reads data lives with the data or with its widget.',
      from: { path: '^src/lib/' },
      to: { path: ['^src/(data|content|components|pages|layouts|styles)/', '^src/content\\.config\\.ts$', '\\.(json|astro|svelte|css)$', '\\.astro\\.ts$', '^astro:'] },
    },
    {
      name: 'lib-layers',
      severity: 'error',
      comment: 'Base modules of src/lib (dimension, units, format, url-state, …) import nothing else from src/lib.',
      from: { path: LIB_BASE },
      to: { path: '^src/lib/', pathNot: LIB_BASE },
    },
    {
      name: 'lib-layers',
      severity: 'error',
      comment: 'The step layer of src/lib (steps, transfer, link-steps, verdict, …) imports only the base and itself: never claims, worksheets or widgets.',
      from: { path: LIB_STEPS },
      to: { path: [LIB_CLAIMS, LIB_FEATURES] },
    },
    {
      name: 'lib-layers',
      severity: 'error',
      comment: 'claims.ts imports the base and step layers, never worksheets or widgets.',
      from: { path: LIB_CLAIMS },
      to: { path: LIB_FEATURES },
    },
    {
      name: 'lib-layers',
      severity: 'error',
      comment: 'Worksheets and widget code in src/lib are separate features: neither imports the other.',
      from: { path: '^src/lib/worksheets/' },
      to: { path: '^src/lib/widgets/' },
    },
    {
      name: 'lib-layers',
      severity: 'error',
      comment: 'Worksheets and widget code in src/lib are separate features: neither imports the other.',
      from: { path: '^src/lib/widgets/' },
      to: { path: '^src/lib/worksheets/' },
    },
    {
      name: 'widget-core-is-pure',
      severity: 'error',
      comment: "A widget's core (codec, compute, steps) imports only src/lib, src/i18n and other widgets' cores: no data, no component.",
      from: { path: WIDGET_CORE },
      to: { path: '^src/', pathNot: ['^src/(lib|i18n)/', WIDGET_CORE] },
    },
    {
      name: 'islands-ship-no-data',
      severity: 'error',
      comment: 'Islands (.svelte files and everything they import) ship to the browser: no dataset, no content, no JSON. The server reads the data and passes props.',
      from: { path: '\\.svelte(\\.ts)?$' },
      to: { path: ['^src/(data|content)/', '^src/content\\.config\\.ts$', '\\.json$', '^astro:content$'], reachable: true },
    },
    {
      name: 'components-never-import-pages',
      severity: 'error',
      comment: 'Pages are entry points: nothing below them imports a page.',
      from: { path: '^src/(components|layouts|lib|data|content|i18n|styles)/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: a cycle means two modules are one module, or a lower one imports a higher one.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: "lib imports nothing from data" holds for types too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Without scripts/depcruise.mjs, .astro files are still nodes (imports of them are seen).
    extraExtensionsToScan: ['.astro'],
    moduleSystems: ['es6', 'cjs'],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
