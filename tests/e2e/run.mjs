#!/usr/bin/env node
// Runs every tests/e2e/**/*.e2e.mjs with node:test, one file at a time (software WebGL is slow and
// two Chromiums on two cores make timings meaningless), and prints the counts.
//   node tests/e2e/run.mjs [filter…] [--json out.json]
// A filter keeps files whose path contains it. Needs a build first (`npm run build`).
import { writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

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

const counts = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const started = Date.now();
const stream = run({ files, concurrency: 1 });
// Leaf tests only: suites (describe) and files report their own pass/fail too.
const isLeaf = (data) => data.details?.type !== 'suite' && !data.name?.endsWith('.e2e.mjs');
stream.on('test:pass', (data) => {
  if (!isLeaf(data)) return;
  if (data.skip || data.todo) counts.skipped++;
  else counts.passed++;
});
stream.on('test:fail', (data) => {
  if (!isLeaf(data) && data.details?.error?.failureType !== 'hookFailed') return;
  counts.failed++;
  failures.push(`${data.file ? relative(root, data.file) : ''} › ${data.name}`);
});
const report = stream.compose(spec);
report.on('data', (chunk) => process.stdout.write(chunk));
await finished(report);

if (files.length === 0 && filters.length) {
  counts.failed++;
  failures.push(`no e2e file matches ${filters.join(', ')}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ ...counts, failures, seconds: Number(seconds) }, null, 2));
if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\ne2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds} s`);
process.exitCode = counts.failed > 0 ? 1 : 0;
