// The consult workbench in real Chromium (software WebGL): quick open by typing, keyboard stepping, split
// with two live canvases, the BroadcastChannel patient window, snapshot, handout, deep link, and one
// screenshot per theme. The page is bundled from source with esbuild before the tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import {
  startStaticServer, launchBrowser, openPage, assertCanvasNotBlank, assertNoErrorsNoExternalRequests, screenshot, fromRoot,
} from '../harness/index.mjs';

const ENTRY = `
import { createRoot } from 'react-dom/client';
import { Workbench } from './packages/react/src/workbench/index.ts';
const q = new URLSearchParams(location.search);
createRoot(document.getElementById('app')).render(
  <Workbench theme={q.get('theme') ?? 'light'} procedure={q.get('procedure') ?? undefined} syncHash
    onReady={(c) => { window.__wb = c; }} style={{ height: '100vh' }} />,
);`;
const HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Workbench</title><link rel="icon" href="data:,">'
  + '<style>html,body{margin:0;height:100%}</style></head><body><div id="app"></div><script type="module" src="./bundle.js"></script></body></html>';

let dir, server, context;
const src = (n) => fromRoot(`packages/${n}/src/index.ts`);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sx-wb-e2e-'));
  await esbuild.build({
    stdin: { contents: ENTRY, loader: 'tsx', resolveDir: fromRoot('.') },
    bundle: true, format: 'esm', outfile: join(dir, 'bundle.js'), jsx: 'automatic', minify: true, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@spine-explainer/anatomy': src('anatomy'), '@spine-explainer/procedures': src('procedures'), '@spine-explainer/react': src('react') },
  });
  await writeFile(join(dir, 'index.html'), HTML);
  server = await startStaticServer({ root: dir, headers: { '/index.html': { 'Content-Security-Policy': "script-src 'self'" } } });
  context = await launchBrowser({ viewport: { width: 1280, height: 800 } });
});
after(async () => { await context?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

/** Every scene in the page has drawn its current content. */
const scenesReady = (page, n = 1) => page.waitForFunction((count) => {
  const s = [...document.querySelectorAll('.sx-wb-scene')];
  return s.length >= count && s.every((e) => e.dataset.sxReady === 'true');
}, n, { timeout: 400_000, polling: 250 });
const state = (page) => page.evaluate(() => { const t = window.__wb.currentTab(); return t && { ...t, tabs: window.__wb.getState().tabs.length }; });

test('quick open by typing, step with the keyboard, split with two live canvases', async () => {
  const { page, recorder } = await openPage(context, `${server.url}index.html`, { ready: '.sx-wb' });
  await page.click('.sx-wb-empty');                       // focus the workbench, as a click on it would
  await page.keyboard.press('Control+p');
  await page.keyboard.type('L4 5 left transforaminal');
  await page.keyboard.press('Enter');
  await scenesReady(page);
  assert.deepEqual(await page.evaluate(() => { const t = window.__wb.currentTab(); return [t.procedureId, t.level, t.side, t.step]; }), ['epidural-transforaminal', 'L4-L5', 'left', 0]);
  await page.click('.sx-wb-stage');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await state(page)).step, 2);
  assert.match(await page.textContent('.sx-wb-breadcrumbs'), /Step 3$/);
  // A second procedure, then split to compare.
  await page.keyboard.press('Control+p');
  await page.keyboard.type('interlaminar L5 S1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('split');
  await page.keyboard.press('Enter');
  await scenesReady(page, 2);
  assert.equal(await page.locator('.sx-wb-pane .sx-wb-scene canvas').count(), 2);
  await assertCanvasNotBlank(page, '.sx-wb-pane[data-pane="primary"] .sx-wb-scene canvas');
  await assertCanvasNotBlank(page, '.sx-wb-pane[data-pane="secondary"] .sx-wb-scene canvas');
  assertNoErrorsNoExternalRequests(recorder);
  await page.close();
});

test('the patient window mirrors the physician\u2019s screen through BroadcastChannel', async () => {
  const { page, recorder } = await openPage(context, `${server.url}index.html?procedure=epidural-interlaminar`, { ready: '.sx-wb' });
  await scenesReady(page);
  const popup = context.waitForEvent('page');
  await page.click('button[aria-label="Patient window"]');
  const patient = await popup;
  // A page in the background gets no animation frames; the patient window is the one on show.
  await patient.bringToFront();
  await patient.waitForSelector('.sx-wb[data-patient="true"]', { timeout: 300_000 });
  await patient.waitForFunction(() => window.__wb?.currentTab()?.procedureId === 'epidural-interlaminar', null, { timeout: 300_000, polling: 250 });
  await page.bringToFront();
  await page.click('.sx-wb-stage');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('x');
  const sent = await page.evaluate(() => { const t = window.__wb.currentTab(); return { step: t.step, mode: t.mode }; });
  assert.equal(sent.step, 2);
  await patient.bringToFront();
  await patient.waitForFunction((want) => { const t = window.__wb.currentTab(); return t.step === want.step && t.mode === want.mode; }, sent, { timeout: 300_000, polling: 250 });
  // The patient window shows no chrome, large text, and the same step text.
  assert.equal(await patient.locator('.sx-wb-activitybar').isVisible(), false);
  assert.equal(await patient.textContent('.sx-wb-panel-title'), await page.evaluate(() => document.querySelector('.sx-wb-panel-title').textContent.replace(/^Details/, 'Interlaminar epidural steroid injection L4–L5')));
  await scenesReady(patient);
  await assertCanvasNotBlank(patient, '.sx-wb-pane .sx-wb-scene canvas');
  assertNoErrorsNoExternalRequests(recorder);
  await patient.close();
  await page.close();
});

test('snapshot PNG is not blank; the handout has the steps and a QR code; the deep link round-trips', async () => {
  const { page, recorder } = await openPage(context, `${server.url}index.html#sx?p=facet-joint-injection&l=L3-L4&s=right&st=2&v=lateral&th=dark`, { ready: '.sx-wb' });
  await scenesReady(page);
  assert.deepEqual(await page.evaluate(() => { const t = window.__wb.currentTab(); return [t.procedureId, t.level, t.side, t.step, t.view, window.__wb.getState().theme]; }), ['facet-joint-injection', 'L3-L4', 'right', 1, 'lateral', 'dark']);
  // Snapshot: decode the PNG in the page and measure how many pixels differ from the first one.
  const snap = await page.evaluate(async () => {
    const blob = await window.__wb.snapshot();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 30) differ++;
    return { type: blob.type, w: bmp.width, h: bmp.height, share: differ / (d.length / 4) };
  });
  assert.equal(snap.type, 'image/png');
  assert.ok(snap.share > 0.1, `snapshot mostly one colour (${snap.share})`);
  // Handout.
  const popup = context.waitForEvent('page');
  await page.evaluate(() => window.__wb.openHandout());
  const handout = await popup;
  await handout.waitForSelector('ol.steps li', { timeout: 300_000 });
  await page.bringToFront();
  const text = await handout.textContent('body');
  const steps = await page.evaluate(() => window.__wb.getProcedure('facet-joint-injection').steps.map((s) => s.patient.en.replace(/\{level\}/g, 'L3-L4')));
  for (const s of steps) assert.ok(text.includes(s), `handout lacks: ${s}`);
  assert.equal(await handout.locator('figure.qr svg path').count(), 1);
  assert.ok(await handout.locator('ol.steps img').count() >= 1);
  await screenshot(handout, fromRoot('tests/e2e/__screenshots__/workbench-handout.png'));
  await handout.close();
  // Deep link: the hash follows the state, and a reload restores it.
  await page.evaluate(() => { window.__wb.goToStep(3); window.__wb.setView('oblique-right'); });
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#sx\?p=facet-joint-injection&l=L3-L4&s=right&st=4&v=oblique-right/);
  await page.reload();
  await page.waitForFunction(() => window.__wb?.currentTab(), null, { polling: 250, timeout: 300_000 });
  assert.equal(await page.evaluate(() => window.__wb.deepLink()), hash);
  assertNoErrorsNoExternalRequests(recorder);
  await page.close();
});

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`screenshot, ${theme}`, async () => {
    const { page } = await openPage(context, `${server.url}index.html?theme=${theme}#sx?p=epidural-transforaminal&l=L4-L5&s=left&st=4`, { ready: '.sx-wb' });
    await scenesReady(page);
    await screenshot(page, fromRoot(`tests/e2e/__screenshots__/workbench-${theme}.png`));
    await page.close();
  });
}
