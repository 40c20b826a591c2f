// `npm test`: every check the project has, as one command. The steps are npm scripts; each
// starts as soon as the steps it waits for have passed, so the browser tests (the longest
// step) start right after the build, and the other checks run beside them instead of before
// them. Output lines are prefixed with the step's name; a summary at the end gives each step's
// time. Exits 1 if any step fails; after a failure no new step starts, and the steps still
// running are stopped (the summary says which).
//
// To add a step, add a line to STEPS. A step whose npm script does not exist is skipped with a
// note, so a step can be listed before its script lands.
//
// Usage: node scripts/test-all.mjs [--serial]   (--serial: one step at a time, in list order)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * `after`: steps that must pass first. Astro's own tools (build, check, the base-path build in
 * test:dist, and vitest through getViteConfig) write the same .astro/ and cache folders, so
 * they run one after another, beside the browser tests rather than beside each other.
 * @type {{ name: string, script: string, after: string[] }[]}
 */
const STEPS = [
  { name: 'build', script: 'build', after: [] },
  { name: 'e2e', script: 'test:e2e', after: ['build'] },
  { name: 'dist', script: 'test:dist', after: ['build'] },
  { name: 'check', script: 'check', after: ['dist'] },
  { name: 'lint', script: 'lint', after: ['check'] },
  { name: 'unit', script: 'test:unit', after: ['check'] },
];

const serial = process.argv.includes('--serial');
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
const width = Math.max(...STEPS.map((step) => step.name.length));
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @type {Map<string, { state: 'waiting' | 'running' | 'passed' | 'failed' | 'skipped' | 'stopped' | 'not run', ms?: number, child?: import('node:child_process').ChildProcess }>} */
const status = new Map(STEPS.map((step) => [step.name, { state: 'waiting' }]));
for (const step of STEPS) {
  if (!(step.script in scripts)) status.set(step.name, { state: 'skipped' });
}
let failed = false;

function log(name, line) {
  process.stdout.write(`[${name.padEnd(width)}] ${line}\n`);
}

/** Prefixes every line of a stream, keeping partial lines until they end. */
function prefix(name, stream) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) log(name, line);
  });
  stream.on('end', () => {
    if (pending) log(name, pending);
  });
}

function run(step) {
  const entry = status.get(step.name);
  entry.state = 'running';
  const begin = Date.now();
  log(step.name, `> npm run ${step.script}`);
  // Its own process group, so stopping a step stops its children (servers, browsers) too.
  const child = spawn('npm', ['run', '--silent', step.script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    // The steps write to a pipe: keep their colours when npm test itself writes to a terminal.
    env: process.stdout.isTTY && !('FORCE_COLOR' in process.env) ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  entry.child = child;
  prefix(step.name, child.stdout);
  prefix(step.name, child.stderr);
  child.on('close', (code, signal) => {
    entry.ms = Date.now() - begin;
    if (entry.state === 'stopped') {
      log(step.name, `stopped after ${seconds(entry.ms)}`);
    } else if (code === 0) {
      entry.state = 'passed';
      log(step.name, `passed in ${seconds(entry.ms)}`);
    } else {
      entry.state = 'failed';
      log(step.name, `FAILED (${signal ?? `exit ${code}`}) after ${seconds(entry.ms)}`);
      failed = true;
      stopRunning();
    }
    schedule();
  });
}

function stopRunning() {
  for (const [name, entry] of status) {
    if (entry.state !== 'running' || !entry.child?.pid) continue;
    entry.state = 'stopped';
    log(name, 'stopping: another step failed');
    try {
      process.kill(-entry.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const passedOrSkipped = (name) => ['passed', 'skipped'].includes(status.get(name)?.state ?? '');

const isRunning = () => [...status.values()].some((entry) => entry.state === 'running');

/** Starts every step whose prerequisites have passed; finishes once nothing runs any more. */
function schedule() {
  if (!failed) {
    for (const step of STEPS) {
      if (status.get(step.name)?.state !== 'waiting') continue;
      const ready = step.after.every(passedOrSkipped);
      if (serial && (isRunning() || !ready)) break;
      if (ready) run(step);
    }
  }
  if (!isRunning()) finish();
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  for (const entry of status.values()) if (entry.state === 'waiting') entry.state = 'not run';
  const rows = STEPS.map((step) => {
    const entry = status.get(step.name);
    const note = entry.state === 'skipped' ? `(no "${step.script}" script)` : '';
    return `  ${step.name.padEnd(width)}  ${entry.state.padEnd(7)}  ${entry.ms === undefined ? '' : seconds(entry.ms).padStart(8)} ${note}`.trimEnd();
  });
  process.stdout.write(`\nnpm test: ${failed ? 'FAILED' : 'passed'} in ${seconds(Date.now() - started)}\n${rows.join('\n')}\n`);
  process.exitCode = failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    failed = true;
    stopRunning();
  });
}

for (const step of STEPS) if (status.get(step.name)?.state === 'skipped') log(step.name, `skipped: package.json has no "${step.script}" script`);
schedule();
