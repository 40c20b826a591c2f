// The one walker over a directory tree (dist/ for the checks, the server and the service-worker
// manifest; src/ for the CSP's inline-script hashes), and the URL a built page answers at.
// Node's recursive readdir does the walking; this module only fixes the path shape.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under root, as root-relative POSIX paths ("articles/x/index.html"), sorted. */
export function listFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a built HTML file answers at ("index.html" → "/", "a/index.html" → "/a/"). */
export function urlPathOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
