// Astro integration: at the end of every build, writes dist/_headers (Netlify / Cloudflare Pages
// format) from the built pages, so the header CSP always carries the same script hashes as the
// pages' <meta> policies and every built top-level section gets its framing rule. No separate
// step, no rebuild. scripts/lib-headers.mjs explains the file's shape; scripts/check-dist.mjs
// re-derives it and checks it under both readings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './lib-files.mjs';
import { parseTags } from './lib-html.mjs';
import { metaPolicies } from './lib-csp.mjs';
import { headerPolicyFrom, pageSections, renderHeadersFile } from './lib-headers.mjs';

/** The _headers text for a built site in distDir whose URLs start with base. */
export function headersFileFor(distDir, base) {
  const htmlFiles = listFiles(distDir).filter((f) => f.endsWith('.html'));
  const policies = htmlFiles.flatMap((file) => metaPolicies(parseTags(readFileSync(join(distDir, file), 'utf8'))));
  return renderHeadersFile({ policy: headerPolicyFrom(policies), sections: pageSections(htmlFiles, base), base });
}

/** @returns {import('astro').AstroIntegration} */
export default function headersFile() {
  let base = '/';
  return {
    name: 'petabit-headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        writeFileSync(join(distDir, '_headers'), headersFileFor(distDir, base));
        logger.info(`_headers written for ${base}`);
      },
    },
  };
}
