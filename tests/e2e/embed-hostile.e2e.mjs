// demo/hostile.html: `* { all: unset }`, hidden canvases/svgs/buttons, 40px fonts, an AMD `define`, a
// CommonJS `module`, a fake `process`. The widget still has its size, draws, reads normally and works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, recordEverything, sceneCoverage, serveEmbed, shot, waitReady } from './embed-helpers.mjs';

let server, context;

before(async () => {
  assertBuilt();
  server = await serveEmbed();
  context = await launchBrowser({ viewport: { width: 1100, height: 1000 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

test('hostile global CSS and globals do not break the widget', { timeout: 300_000 }, async (t) => {
  const { page, recorder } = await openPage(context, `${server.url}hostile.html`, { ready: null, timeout: 120_000 });
  await page.locator('spine-explainer').scrollIntoViewIfNeeded();
  await waitReady(page);

  const box = await page.locator('spine-explainer').boundingBox();
  t.diagnostic(`element box ${Math.round(box.width)}x${Math.round(box.height)}`);
  assert.ok(box.width >= 300 && box.height >= 200, 'still at least 300x200');

  const cov = await sceneCoverage(page);
  t.diagnostic(`canvas ${cov.width}x${cov.height}, ${(cov.coverage * 100).toFixed(1)}% drawn`);
  assert.ok(cov.visible, '`canvas { display: none !important }` does not reach the shadow root');
  assert.ok(cov.coverage > 0.05, 'the scene is drawn');

  const looks = await page.evaluate(() => {
    const root = document.querySelector('spine-explainer').shadowRoot;
    const title = root.querySelector('.sx-step-title');
    const next = root.querySelector('button[aria-label="Next step"]');
    const s = getComputedStyle(title);
    return {
      fontSize: s.fontSize, textTransform: s.textTransform, letterSpacing: s.letterSpacing, color: s.color,
      nextDisplay: next && getComputedStyle(next).display, hostFont: getComputedStyle(document.body).fontSize,
    };
  });
  t.diagnostic(JSON.stringify(looks));
  assert.equal(looks.hostFont, '40px', 'the hostile page really does use huge fonts');
  assert.equal(looks.fontSize, '18px', 'the step title keeps its own size');
  assert.equal(looks.textTransform, 'none');
  assert.equal(looks.letterSpacing, 'normal');
  assert.notEqual(looks.nextDisplay, 'none', 'buttons stay visible');

  // It still works: the next button moves the step.
  await page.locator('spine-explainer').getByRole('button', { name: 'Next step' }).click({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('spine-explainer').step === 2, null, { timeout: 30_000 });

  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, [], 'no uncaught errors (the AMD define() would throw if called)');
  assert.deepEqual(recorder.pageErrors, []);
  await page.locator('spine-explainer').screenshot({ path: shot('hostile'), timeout: 180_000 });
});
