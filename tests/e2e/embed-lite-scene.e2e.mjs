// The embed's lite scene (packages/embed/src/lite/scene) in real Chromium with software WebGL: two scenes on one
// page draw through one WebGL context, draw nothing while nothing moves, each follows its own store (a layer
// switched off changes its pixels only), a lost context is reported and a restored one draws again, and the
// page's context goes once both are disposed. The page is bundled from tests/e2e/embed-lite-scene-page.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { assertNoErrorsNoExternalRequests, canvasCoverage, fromRoot, launchBrowser, openPage, startStaticServer } from '../harness/index.mjs';
import { recordWebGLContexts } from './embed-helpers.mjs';

let dir, server, context, page, recorder;

/** A small fingerprint of what a stage's canvas shows now. */
const signature = (id) => page.evaluate((i) => {
  const canvas = document.querySelector(`#${i} canvas`);
  const c = document.createElement('canvas');
  c.width = 64; c.height = 48;
  const ctx = c.getContext('2d');
  ctx.drawImage(canvas, 0, 0, 64, 48);
  const d = ctx.getImageData(0, 0, 64, 48).data;
  let h = 0;
  for (let k = 0; k < d.length; k++) h = (h * 31 + d[k]) >>> 0;
  return h;
}, id);

const frames = () => page.evaluate(() => Object.fromEntries(Object.entries(window.__lite.stores).map(([id, s]) => [id, s.getState().runtime.frames])));

/** Waits until neither scene has drawn for `quietMs`. */
async function settle(quietMs = 600) {
  let last = JSON.stringify(await frames());
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = JSON.stringify(await frames());
    if (now !== last) { last = now; since = Date.now(); }
  }
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sx-lite-scene-'));
  const src = (pkg) => fromRoot(`packages/${pkg}/src/index.ts`);
  await build({
    entryPoints: [fromRoot('tests/e2e/embed-lite-scene-page.ts')], bundle: true, format: 'iife', outfile: join(dir, 'page.js'),
    logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@spine-explainer/anatomy': src('anatomy'), '@spine-explainer/procedures': src('procedures'), '@spine-explainer/react': src('react') },
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lite scene</title><link rel="icon" href="data:,"></head><body><script src="page.js"></script></body></html>');
  server = await startStaticServer({ root: dir });
  context = await launchBrowser({ viewport: { width: 860, height: 340 } });
  await recordWebGLContexts(context);
  ({ page, recorder } = await openPage(context, `${server.url}index.html`, { ready: 'body[data-sx-ready="true"]' }));
  await settle();
});

after(async () => {
  await context?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('both scenes draw the spine, through one WebGL context', { timeout: 180_000 }, async () => {
  for (const id of ['a', 'b']) {
    const { coverage, centreCoverage } = await canvasCoverage(page, `#${id} canvas`);
    assert.ok(coverage > 0.05 && centreCoverage > 0.2, `#${id} draws the scene (coverage ${coverage.toFixed(3)}, centre ${centreCoverage.toFixed(3)})`);
  }
  const gl = await page.evaluate(() => ({ created: window.__webglContexts.length, live: window.__webglContexts.filter((c) => !c.isContextLost()).length }));
  assert.equal(gl.live, 1, `one live WebGL context for two scenes (${JSON.stringify(gl)})`);
  const labels = await page.evaluate(() => [...document.querySelectorAll('#a .sx-label')].map((l) => l.textContent));
  assert.ok(labels.length > 1, `labels in the first stage: ${labels.join(', ')}`);
  assertNoErrorsNoExternalRequests(recorder);
});

test('draws nothing while nothing moves', { timeout: 60_000 }, async () => {
  const before = await frames();
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(await frames(), before);
});

test('each scene follows its own store: bone, muscle and skin off change the first stage only', { timeout: 120_000 }, async () => {
  const a0 = await signature('a');
  const b0 = await signature('b');
  const f0 = await frames();
  await page.evaluate(() => {
    const s = window.__lite.stores.a;
    s.getState().set({ layers: { ...s.getState().layers, bone: false, muscle: false, skin: false } });
  });
  await settle();
  const f1 = await frames();
  assert.ok(f1.a > f0.a, 'the first scene drew again');
  assert.equal(f1.b, f0.b, 'the second scene did not draw');
  assert.notEqual(await signature('a'), a0, 'the first stage changed');
  assert.equal(await signature('b'), b0, 'the second stage did not change');
});

test('a lost context is reported on both stores; a restored one draws again', { timeout: 180_000 }, async () => {
  await page.evaluate(() => {
    window.__loseExt = window.__webglContexts.find((c) => !c.isContextLost()).getExtension('WEBGL_lose_context');
    window.__loseExt.loseContext();
  });
  await page.waitForFunction(() => Object.values(window.__lite.stores).every((s) => s.getState().contextLost === true), null, { timeout: 30_000 });
  const f0 = await frames();
  await page.evaluate(() => window.__loseExt.restoreContext());
  await page.waitForFunction(() => Object.values(window.__lite.stores).every((s) => s.getState().contextLost === false), null, { timeout: 30_000 });
  await page.waitForFunction((f) => Object.entries(window.__lite.stores).every(([id, s]) => s.getState().runtime.frames > f[id]), f0, { timeout: 120_000 });
  await settle();
  const { centreCoverage } = await canvasCoverage(page, '#b canvas');
  assert.ok(centreCoverage > 0.2, `the second stage draws again (centre ${centreCoverage.toFixed(3)})`);
});

test('mounting and disposing a scene ten times leaves GPU geometries and textures where they were', { timeout: 180_000 }, async (t) => {
  await page.evaluate(() => window.__lite.cycle(1));
  const before = await page.evaluate(() => window.__lite.gpuMemory());
  await page.evaluate(() => window.__lite.cycle(10));
  const after = await page.evaluate(() => window.__lite.gpuMemory());
  t.diagnostic(`GPU memory after 1 cycle ${JSON.stringify(before)}, after 10 more ${JSON.stringify(after)}`);
  assert.deepEqual(after, before);
});

test('disposing both scenes removes their elements and releases the page context', { timeout: 60_000 }, async () => {
  await page.evaluate(() => Object.values(window.__lite.scenes).forEach((s) => s.dispose()));
  assert.equal(await page.evaluate(() => document.querySelectorAll('canvas').length), 0);
  await page.waitForFunction(() => window.__webglContexts.every((c) => c.isContextLost()), null, { timeout: 10_000 });
  const rt = await page.evaluate(() => Object.values(window.__lite.stores).map((s) => typeof s.getState().runtime.invalidate));
  assert.deepEqual(rt, ['undefined', 'undefined']);
});
