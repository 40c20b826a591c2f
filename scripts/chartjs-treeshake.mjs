// Vite plugin: lets the bundler drop the Chart.js classes a page never registers.
//
// chart.js/dist/chart.js declares every controller, element, plugin and scale as a top-level
// class. Some have static fields that read a property of another object
// (`static defaults = { ticks: { callback: Ticks.formatters.numeric } }`,
// `static defaults = TimeScale.defaults`); Rollup must assume such a read may run a getter, so
// it keeps those classes even when nothing uses them. Measured on the download-time island
// (brotli): TimeScale, TimeSeriesScale, RadialLinearScale and LinearScale, with the helpers
// only they call, are 4.6 KB of its 45.3 KB, shipped but never run.
//
// The fix is the annotation Chart.js does not carry: each top-level class becomes
// `const X = /* @__PURE__ */ (() => class X … { … })();`, the same class under the same name, but
// dropped when unused. Only this one file is touched, and only in builds; if its layout changes
// (no classes found, or an unclosed one), the build fails here instead of silently shipping more.
const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;
const CLASS_START = /^class ([A-Za-z_$][\w$]*)( extends [A-Za-z_$][\w$]*)? \{$/;

/** The source with every top-level class declaration wrapped in a pure IIFE; throws if the layout is unexpected. */
export function wrapTopLevelClasses(code) {
  const lines = code.split('\n');
  let open;
  let wrapped = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const start = CLASS_START.exec(lines[i]);
    if (start) {
      if (open) throw new Error(`chart.js: class ${start[1]} starts inside class ${open}`);
      open = start[1];
      lines[i] = `const ${open} = /* @__PURE__ */ (() => class ${open}${start[2] ?? ''} {`;
    } else if (open && lines[i] === '}') {
      lines[i] = '})();';
      open = undefined;
      wrapped += 1;
    }
  }
  if (open) throw new Error(`chart.js: class ${open} is never closed at column 0`);
  if (wrapped === 0) throw new Error('chart.js: no top-level classes found; its build layout changed');
  return { code: lines.join('\n'), wrapped };
}

export default function chartJsTreeShaking() {
  return {
    name: 'petabit:chartjs-treeshake',
    apply: 'build',
    transform(code, id) {
      if (!CHART_JS.test(id.split('?')[0] ?? '')) return null;
      // Lines are rewritten in place (never added or removed), so line-level mappings still hold.
      return { code: wrapTopLevelClasses(code).code, map: null };
    },
  };
}
