#!/usr/bin/env node
// Renders the generated anatomy with plain three.js in headless Chromium and saves a PNG.
//
//   node tests/visual/shoot-anatomy.mjs --view posterior --focus L4,L5,S1 --out /tmp/l4s1.png
//
// Options:
//   --view     posterior | anterior | lateral (from the left) | lateral-right | oblique-left | oblique-right |
//              superior | inferior | posterior-oblique-caudal          (default posterior)
//   --focus    comma list of levels or structure ids to frame (default: everything shown)
//   --ids      comma list of structure ids, id prefixes or group ids to SHOW (default: all)
//   --kinds    comma list of kinds to show (bone,disc,joint,ligament,dura,space,cord,nerve,muscle,skin)
//   --hide     comma list of kinds or ids to hide (default: skin,muscle)
//   --translucent  comma list of kinds drawn translucent (skin and space always are)
//   --quality  low | medium | high (default high)      --size 900x900      --zoom 1 (bigger = closer)
//   --out      PNG path (default /tmp/anatomy.png)
// Prints generation time, triangles and counts as JSON.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const list = (v, d = []) => (v === undefined ? d : v === '' || v === 'none' ? [] : v.split(','));
const [width, height] = (args.size ?? '900x900').split('x').map(Number);
const opts = {
  view: args.view ?? 'posterior', focus: list(args.focus), ids: list(args.ids), kinds: list(args.kinds),
  hide: list(args.hide, ['skin', 'muscle']), translucent: list(args.translucent),
  quality: args.quality ?? 'high', width, height, zoom: Number(args.zoom ?? 1),
};
const out = args.out ?? '/tmp/anatomy.png';

const dir = mkdtempSync(join(tmpdir(), 'sx-shoot-'));
await build({
  entryPoints: [join(here, 'anatomy-page.ts')], bundle: true, format: 'iife', outfile: join(dir, 'page.js'),
  logLevel: 'error', loader: { '.json': 'json' },
});
writeFileSync(join(dir, 'index.html'),
  `<!doctype html><html><body style="margin:0;background:#1d2430"><script>window.__OPTS__=${JSON.stringify(opts)}</script><script src="page.js"></script></body></html>`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  const info = await page.waitForFunction(() => window.__done, null, { timeout: 120_000 }).then((h) => h.jsonValue()).catch(() => null);
  if (!info) throw new Error(`page did not finish: ${errors.join('\n')}`);
  await page.locator('canvas').screenshot({ path: out });
  console.log(JSON.stringify({ out, ...info, errors }));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
