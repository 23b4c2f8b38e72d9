#!/usr/bin/env node
// Renders the skin coloured by dermatome / pain-pattern weights in headless Chromium and saves PNGs here.
//   node tests/visual/dermatomes/shoot.mjs [--quality high] [--only L5,S1]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const only = args.only ? args.only.split(',') : null;
const views = (args.views ?? 'anterior,lateral,posterior').split(',');
const ROOTS = ['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'];
const PATTERNS = ['lumbar-facet', 'sacroiliac', 'cervical-facet', 'occipital'];
// Default: the reviewed set (L5, S1, C6, T10 and the referred patterns); --only picks any roots / patterns.
const subjects = (only ?? ['L5', 'S1', 'C6', 'T10', 'lumbar-facet', 'sacroiliac', 'cervical-facet'])
  .map((s) => [s, ROOTS.includes(s) ? 'root' : 'pattern']);
const shots = subjects.map(([s, kind]) => ({ name: s, views, ...(kind === 'root' ? { root: s } : { pattern: s }) }));
const opts = { shots, quality: args.quality ?? 'high', width: 1200, height: 760 };

const dir = mkdtempSync(join(tmpdir(), 'sx-derm-'));
await build({ entryPoints: [join(here, 'page.ts')], bundle: true, format: 'iife', outfile: join(dir, 'page.js'), logLevel: 'error', loader: { '.json': 'json' } });
writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body style="margin:0;background:#1d2430"><script>window.__OPTS__=${JSON.stringify(opts)}</script><script src="page.js"></script></body></html>`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage({ viewport: { width: opts.width, height: opts.height } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  const shotsOut = await page.waitForFunction(() => window.__done, null, { timeout: 180_000 }).then((h) => h.jsonValue()).catch(() => null);
  if (!shotsOut) throw new Error(`page did not finish: ${errors.join('\n')}`);
  for (const [name, url] of Object.entries(shotsOut)) {
    writeFileSync(join(args.out ?? here, `${name}.png`), Buffer.from(url.split(',')[1], 'base64'));
  }
  console.log(JSON.stringify({ saved: Object.keys(shotsOut), errors }));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
