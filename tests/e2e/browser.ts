/**
 * Finds the Chromium that Playwright should drive. We never download a browser: the system
 * one (Debian's `chromium`) is used, or whatever CHROMIUM_PATH names.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Install Chromium (Debian: apt-get install -y chromium) or point CHROMIUM_PATH at a Chrome/Chromium binary.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chromium found. Install one (Debian: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary.');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
