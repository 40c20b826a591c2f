// `npm run test:wordpress`: our widgets in a real WordPress. Builds the site for a test origin
// into its own folder, serves it, starts Debian's WordPress with MariaDB and Apache
// (scripts/wordpress/setup.sh, which installs the packages if they are missing), creates two
// posts holding every widget page URL (classic: URLs on their own lines; block editor: embed
// blocks) and runs tests/wordpress/ in Chromium against them.
// Usage: node scripts/test-wordpress.mjs [--no-build] [-- playwright options]   (env: WP_PORT, SITE_PORT)
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SITE_PORT = Number(process.env.SITE_PORT ?? 4700);
const WP_PORT = Number(process.env.WP_PORT ?? 8090);
const SITE = `http://127.0.0.1:${SITE_PORT}/`;
const OUT = resolve('node_modules/.cache/dist-wordpress');

function must(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed with ${result.status}`);
    process.exit(result.status || 1);
  }
  return result;
}

const dashes = process.argv.indexOf('--');
const playwrightArgs = dashes < 0 ? [] : process.argv.slice(dashes + 1);
if (!process.argv.includes('--no-build')) {
  console.log(`Building the site for ${SITE} into ${OUT}…`);
  must('npx', ['astro', 'build', '--outDir', OUT], { env: { ...process.env, SITE_URL: SITE, BASE_PATH: '/' }, stdio: ['ignore', 'ignore', 'inherit'] });
}
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(SITE_PORT), '--root', OUT, '--host', '127.0.0.1', '--no-compress'], { stdio: 'ignore' });
let status;
try {
  must('bash', ['scripts/wordpress/setup.sh'], { env: { ...process.env, SITE_PORT: String(SITE_PORT), WP_PORT: String(WP_PORT) } });
  const ids = readdirSync(`${OUT}/embed`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const urls = ids.map((id) => `${SITE}widgets/${id}/`);
  const posts = must('php', ['scripts/wordpress/posts.php', String(WP_PORT), ...urls], { stdio: ['ignore', 'pipe', 'inherit'] }).stdout.toString();
  console.log(`WordPress posts with ${ids.length} widgets each: ${posts.trim()}`);
  const test = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.wordpress.config.ts', ...playwrightArgs], {
    stdio: 'inherit',
    env: { ...process.env, WP_POSTS: posts.trim(), WP_SITE_ORIGIN: new URL(SITE).origin },
  });
  status = test.status ?? 1;
} finally {
  server.kill();
}
process.exit(status);
