#!/usr/bin/env node
// Runs every tests/e2e/**/*.e2e.mjs with node:test, one file at a time (software WebGL is slow and
// two Chromiums on two cores make timings meaningless), and prints the counts.
//   node tests/e2e/run.mjs [filter…] [--json out.json]
// A filter keeps files whose path contains it. Needs a build first (`npm run build`).
import { writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTestFiles } from '../../scripts/lib/node-test-runner.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const filters = args;

const all = (await readdir(here, { recursive: true }))
  .filter((f) => f.endsWith('.e2e.mjs') && !f.split(/[\\/]/).some((p) => p === 'node_modules' || p.startsWith('.')))
  .map((f) => join(here, f))
  .sort();
const files = filters.length ? all.filter((f) => filters.some((s) => f.includes(s))) : all;
console.log(`e2e: ${files.length} file(s)\n${files.map((f) => `  ${relative(root, f)}`).join('\n')}`);

const counts = await runTestFiles(files, { root });
const { failures } = counts;

if (files.length === 0 && filters.length) {
  counts.failed++;
  failures.push(`no e2e file matches ${filters.join(', ')}`);
}
const { seconds } = counts;
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(counts, null, 2));
if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\ne2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds} s`);
process.exitCode = counts.failed > 0 ? 1 : 0;
