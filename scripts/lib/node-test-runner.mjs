// Runs node:test files one at a time, streams the spec report, and returns leaf-test counts.
import { relative } from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

/**
 * @param {string[]} files absolute paths
 * @param {{ root?: string, timeout?: number }} [options]
 * @returns {Promise<{ passed: number, failed: number, skipped: number, failures: string[], seconds: number }>}
 */
export async function runTestFiles(files, { root = process.cwd(), timeout } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const started = Date.now();
  const stream = run({ files, concurrency: 1, ...(timeout ? { timeout } : {}) });
  // Count leaf tests: suites and whole files report their own pass/fail events as well. A file or suite
  // that fails with no failing test inside (a crash at import, a failing hook) counts as one failure.
  const isFile = (data) => files.includes(data.name);
  const isLeaf = (data) => data.details?.type !== 'suite' && !isFile(data);
  const failedIn = new Set();
  stream.on('test:pass', (data) => {
    if (!isLeaf(data)) return;
    if (data.skip || data.todo) counts.skipped++;
    else counts.passed++;
  });
  stream.on('test:fail', (data) => {
    const where = data.file ?? data.name;
    if (!isLeaf(data) && failedIn.has(where)) return;
    failedIn.add(where);
    counts.failed++;
    failures.push(`${relative(root, where)} › ${isFile(data) ? '(file)' : data.name}`);
  });
  const report = stream.compose(spec);
  report.on('data', (chunk) => process.stdout.write(chunk));
  await finished(report);
  return { ...counts, failures, seconds: Number(((Date.now() - started) / 1000).toFixed(1)) };
}
