// Runs dependency-cruiser over src/ with .dependency-cruiser.cjs, .astro files included.
// dependency-cruiser cannot parse .astro files (sverweij/dependency-cruiser#1007), so this cruises
// a temporary copy of src/ where each X.astro becomes X.astro.ts: the
// component's frontmatter (TypeScript) followed by its bundled <script> blocks. An import of
// './X.astro' resolves to './X.astro.ts' (the resolver tries the extensions after the full name),
// so rules see the .astro files' own imports as well as the imports of them. The report prints the
// original names. Exits 1 on any error-severity violation, like `depcruise --validate`.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, format } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = process.cwd();
// Outside the project, so that packages resolve to paths under node_modules (doNotFollow).
const mirror = mkdtempSync(join(tmpdir(), 'depcruise-'));

/**
 * The frontmatter and the bundled scripts of an .astro file, as one TypeScript module.
 * @param {string} source
 * @returns {string}
 */
export function astroAsTypeScript(source) {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  // `is:inline` scripts are not bundled and cannot import; every other <script> is a module.
  const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/\bis:inline\b/.test(attributes ?? '')).map(([, , body]) => body);
  return [frontmatter, ...scripts].join('\n;\n');
}

/**
 * Copies a directory, writing each .astro file as .astro.ts.
 * @param {string} from
 * @param {string} to
 */
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, join(to, entry.name));
    else if (entry.name.endsWith('.astro')) writeFileSync(join(to, `${entry.name}.ts`), astroAsTypeScript(readFileSync(source, 'utf8')));
    else cpSync(source, join(to, entry.name));
  }
}

copyTree(join(root, 'src'), join(mirror, 'src'));
cpSync(join(root, 'tsconfig.json'), join(mirror, 'tsconfig.json'));
symlinkSync(join(root, 'node_modules'), join(mirror, 'node_modules'), 'dir');

const { default: config } = await import(join(root, '.dependency-cruiser.cjs'));
const tsConfig = extractTSConfig(join(mirror, 'tsconfig.json'));
const cwd = process.cwd();
process.chdir(mirror);
let result;
try {
  result = await cruise(['src'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir: mirror }, {}, { tsConfig });
} finally {
  process.chdir(cwd);
  rmSync(mirror, { recursive: true, force: true });
}
const report = await format(result.output, { outputType: 'err' });
process.stdout.write(report.output.replaceAll('.astro.ts', '.astro'));
const errors = result.output.summary.error;
if (errors > 0) process.exitCode = 1;
console.log(`${result.output.summary.totalCruised} modules cruised, .astro files included.`);
