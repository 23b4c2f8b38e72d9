// The React demo page (demo/index.html + demo/dist) renders <SpineExplainer> in real Chromium with
// software WebGL: the procedure is shown, the scene is drawn, nothing leaves localhost, nothing logs errors.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  assertCanvasNotBlank, assertNoErrorsNoExternalRequests, fromRoot, launchBrowser, openPage, screenshot,
  startStaticServer,
} from '../harness/index.mjs';

const SHOT = fromRoot('tests/e2e/__screenshots__/react-demo.png');
let server, context;

before(async () => {
  assert.ok(existsSync(fromRoot('demo/dist/main.js')), 'demo/dist/main.js is missing: run `npm run build` first');
  server = await startStaticServer({ root: fromRoot('demo') });
  context = await launchBrowser({ viewport: { width: 1024, height: 900 } });
});

after(async () => {
  await context?.close();
  await server?.close();
});

// Generous: software WebGL on 2 shared cores can take tens of seconds per composited frame under load.
test('the demo shows the transforaminal epidural at L4-L5 left, drawn, offline and error-free', { timeout: 300_000 }, async (t) => {
  const { page, recorder, readyMs } = await openPage(context, server.url);
  t.diagnostic(`ready after ${readyMs} ms`);

  assert.equal(await page.getByRole('heading', { level: 1, name: 'spine-explainer' }).count(), 1);
  assert.equal(await page.locator('a[href="/clinic.html"]').count(), 1, 'links to the clinic page');
  assert.equal(await page.locator('a[href="/storybook/"]').count(), 1, 'links to Storybook');

  const root = page.locator('#demo');
  assert.equal(await root.getAttribute('data-procedure'), 'epidural-transforaminal');
  assert.equal(await root.getAttribute('data-level'), 'L4-L5');
  assert.equal(await root.getAttribute('data-side'), 'left');
  const state = await root.getAttribute('data-state');
  const alerts = state === 'ready' ? [] : await root.getByRole('alert').allInnerTexts();
  assert.equal(state, 'ready', `the explainer is in state "${state}": ${alerts.join(' / ').replace(/\s+/g, ' ')}`);

  const m = await assertCanvasNotBlank(page, '#demo canvas', { minCentre: 0.1, minCoverage: 0.05 });
  t.diagnostic(`canvas ${m.width}x${m.height}: scene covers ${(m.coverage * 100).toFixed(1)}%, centre ${(m.centreCoverage * 100).toFixed(1)}%`);

  await screenshot(page, SHOT);
  assertNoErrorsNoExternalRequests(recorder);
  assert.ok(recorder.requests.some((u) => u.endsWith('/dist/main.js')), 'the bundle came from the local server');
});

test('without WebGL the demo still explains the procedure in words, with no canvas and no errors', { timeout: 180_000 }, async () => {
  const noGl = await launchBrowser({ webgl: false, viewport: { width: 1024, height: 900 } });
  try {
    const { page, recorder } = await openPage(noGl, server.url);
    const root = page.locator('#demo');
    assert.equal(await root.locator('canvas').count(), 0, 'no canvas is drawn without WebGL');
    assert.equal(await root.locator('.sx-fallback').count(), 1, 'the no-WebGL notice is shown');
    const text = await root.innerText();
    assert.match(text, /Step 1 of \d+/, 'the steps are there in words');
    assert.match(text, /Transforaminal epidural/i);
    assertNoErrorsNoExternalRequests(recorder);
  } finally {
    await noGl.close();
  }
});
