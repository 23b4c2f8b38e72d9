#!/usr/bin/env node
// `npm test`: every check there is, streamed, then one line of totals.
//   typecheck, build, Storybook build   one test each
//   vitest (node)                       its real counts
//   browser tests (tests/e2e)           their real counts
//   package checks (tests/pack)         their real counts
// The last line is exactly "N passed, N failed"; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, '.cache/test-all');
mkdirSync(cache, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);

/** @type {{ name: string, passed: number, failed: number, seconds: number, note?: string, failures?: string[] }[]} */
const results = [];

function banner(text) {
  console.log(`\n${'='.repeat(100)}\n== ${text}\n${'='.repeat(100)}`);
}

/** Runs a command with inherited output; resolves to its exit code. */
function exec(command, args, env = {}) {
  return new Promise((ok) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (err) => {
      console.error(`${command}: ${err.message}`);
      ok(127);
    });
    child.on('exit', (code, signal) => ok(code ?? (signal ? 128 : 1)));
  });
}

async function step(name, run) {
  banner(name);
  const started = Date.now();
  const outcome = await run();
  const seconds = (Date.now() - started) / 1000;
  results.push({ name, seconds, ...outcome });
  console.log(`-- ${name}: ${outcome.passed} passed, ${outcome.failed} failed in ${seconds.toFixed(1)} s${outcome.note ? ` (${outcome.note})` : ''}`);
  return outcome;
}

/** A step that is one test: passes when the command exits 0. */
const single = (command, args, env) => async () => {
  const code = await exec(command, args, env);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit ${code}` };
};

/** A step whose counts a child writes as JSON `{ passed, failed }`; a crash without counts is one failure. */
const counted = (command, args, jsonPath, env) => async () => {
  rmSync(jsonPath, { force: true });
  const code = await exec(command, args, env);
  if (!existsSync(jsonPath)) return { passed: 0, failed: 1, note: `exit ${code}, no results written` };
  const { passed, failed, failures = [] } = JSON.parse(readFileSync(jsonPath, 'utf8'));
  if (code !== 0 && failed === 0) return { passed, failed: 1, note: `exit ${code} with no failing test` };
  return { passed, failed, failures };
};

async function vitest() {
  const out = join(cache, 'vitest.json');
  rmSync(out, { force: true });
  const code = await exec(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    SX_REQUIRE_DIST: '1',
  });
  if (!existsSync(out)) return { passed: 0, failed: 1, note: `exit ${code}, no JSON report` };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const passed = report.numPassedTests;
  let failed = report.numFailedTests;
  const failures = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.replace(root, '');
    // A file that fails to load counts no tests but fails the run: count it as one failure.
    if (file.status === 'failed' && !file.assertionResults?.length) {
      failed++;
      failures.push(`${where} (did not load)`);
    }
    for (const a of file.assertionResults ?? []) if (a.status === 'failed') failures.push(`${where} › ${a.fullName}`);
  }
  if (code !== 0 && failed === 0) return { passed, failed: 1, note: `exit ${code} (unhandled errors?)` };
  return { passed, failed, failures };
}

async function packChecks() {
  const dir = join(root, 'tests/pack');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f));
  const { runTestFiles } = await import('./lib/node-test-runner.mjs');
  const counts = await runTestFiles(files, { root });
  return { passed: counts.passed, failed: counts.failed, failures: counts.failures };
}

const started = Date.now();
// tsc -b covers the packages, tests and stories; the demo page and Storybook config have their own tsconfig.
await step('typecheck (tsc)', async () => {
  const failures = [];
  for (const args of [['-b'], ['-p', 'demo/tsconfig.json'], ['-p', '.storybook/tsconfig.json']]) {
    console.log(`> tsc ${args.join(' ')}`);
    const code = await exec(bin('tsc'), args);
    if (code !== 0) failures.push(`tsc ${args.join(' ')}`);
  }
  return failures.length ? { passed: 0, failed: 1, note: failures.join('; ') } : { passed: 1, failed: 0 };
});
const build = await step('build (rollup)', single('npm', ['run', 'build']));
await step('unit tests (vitest)', vitest);
await step('Storybook build', single('npm', ['run', 'build-storybook']));
if (build.failed) {
  // Browser and package checks would test stale or missing artefacts: count them as failed, not run.
  results.push({ name: 'browser tests (tests/e2e)', passed: 0, failed: 1, seconds: 0, note: 'not run: the build failed' });
  results.push({ name: 'package checks (tests/pack)', passed: 0, failed: 1, seconds: 0, note: 'not run: the build failed' });
} else {
  const e2eJson = join(cache, 'e2e.json');
  await step('browser tests (tests/e2e)', counted(process.execPath, ['tests/e2e/run.mjs', '--json', e2eJson], e2eJson));
  await step('package checks (tests/pack)', packChecks);
}

banner('summary');
for (const r of results) {
  const status = r.failed ? 'FAIL' : 'ok  ';
  console.log(`${status} ${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.seconds.toFixed(1).padStart(7)} s${r.note ? `  ${r.note}` : ''}`);
}
const failures = results.flatMap((r) => (r.failures ?? []).map((f) => `${r.name}: ${f}`));
if (failures.length) {
  const shown = failures.slice(0, 40);
  console.log(`\nfailing tests:\n  ${shown.join('\n  ')}${failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more` : ''}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
