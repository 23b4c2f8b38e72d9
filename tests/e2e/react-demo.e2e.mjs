// The React demo page (demo/index.html + demo/dist) renders a scene in real Chromium with software WebGL.
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

test('the demo draws the spine, stays on localhost and logs no errors', { timeout: 120_000 }, async (t) => {
  const { page, recorder, readyMs } = await openPage(context, server.url);
  t.diagnostic(`ready after ${readyMs} ms`);

  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'spine-explainer' }).waitFor());
  assert.equal(await page.locator('a[href="/clinic.html"]').count(), 1, 'links to the clinic page');
  assert.equal(await page.locator('a[href="/storybook/"]').count(), 1, 'links to Storybook');

  const m = await assertCanvasNotBlank(page, 'canvas', { minCentre: 0.05, minCoverage: 0.02 });
  t.diagnostic(`canvas ${m.width}x${m.height}: ${(m.coverage * 100).toFixed(1)}% covered, centre ${(m.centreCoverage * 100).toFixed(1)}%`);

  await screenshot(page, SHOT);
  assertNoErrorsNoExternalRequests(recorder);
  assert.ok(recorder.requests.some((u) => u.endsWith('/dist/main.js')), 'the bundle was fetched from the local server');
});
