#!/usr/bin/env node
// The R3F scene and the lite scene of the embed side by side in headless Chromium: one PNG of each and the share
// of pixels that differ (by more than 12 of 255 in a channel).
//
//   node tests/visual/lite-scene/shoot-parity.mjs --procedure epidural-transforaminal --level L4-L5 --side left \
//        [--step 2] [--view lateral] [--mode fluoro] [--progress 1] [--labels off] [--env on] [--out /tmp/parity]
// Writes <out>/<name>-r3f.png and <out>/<name>-lite.png; prints the figures as JSON. `--only r3f|lite` mounts one
// scene and prints its figures only (first-frame time from mount to its first drawn content, without the other's
// compiled shaders).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../harness/browser.mjs';
import { decodePng } from '../../harness/png.mjs';
import { differenceOf } from '../../harness/pixels.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const out = args.out ?? '/tmp/sx-parity';
delete args.out;
const name = Object.values(args).join('_') || 'default';
const src = (pkg) => join(root, `packages/${pkg}/src/index.ts`);

/** Screenshots both stages and compares them. */
async function compareStages(page) {
  mkdirSync(out, { recursive: true });
  const shots = {};
  for (const which of ['r3f', 'lite']) {
    const path = join(out, `${name}-${which}.png`);
    await page.locator(`#${which}`).screenshot({ path, timeout: 120_000 });
    shots[which] = decodePng(readFileSync(path));
  }
  const labels = await page.evaluate(() => Object.fromEntries(['r3f', 'lite'].map((id) => [id,
    [...document.querySelectorAll(`#${id} .sx-label`)].map((l) => `${l.dataset.structure}${l.dataset.hidden === 'true' ? ' (hidden)' : ''}`)])));
  // Each stage holds its own scene: one 2D canvas each (R3F's inside its SceneCanvas div, the lite one in div.sx-canvas).
  const canvases = await page.evaluate(() => ['r3f', 'lite'].map((id) => document.querySelectorAll(`#${id} canvas`).length));
  if (canvases.join() !== '1,1') throw new Error(`expected one canvas per stage, found ${canvases}`);
  return { labels, differ: Number(differenceOf(shots.r3f, shots.lite).toFixed(4)), out };
}

const dir = mkdtempSync(join(tmpdir(), 'sx-parity-'));
await build({
  entryPoints: [join(here, 'parity-page.tsx')], bundle: true, format: 'iife', outfile: join(dir, 'page.js'), logLevel: 'error',
  jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' },
  alias: { '@spine-explainer/anatomy': src('anatomy'), '@spine-explainer/procedures': src('procedures'), '@spine-explainer/react': src('react') },
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="page.js"></script></body></html>');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1340, height: 760 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${pathToFileURL(join(dir, 'index.html')).href}?${new URLSearchParams(args)}`);
  const info = await page.waitForFunction(() => window.__done, null, { timeout: 180_000 }).then((h) => h.jsonValue()).catch(() => null);
  if (!info) throw new Error(`page did not finish: ${errors.join('\n')}`);
  console.log(JSON.stringify({ ...info, ...(args.only ? {} : await compareStages(page)), errors }));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
