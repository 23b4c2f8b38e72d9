// The clinic page embeds <spine-explainer> with two copied lines. Served under a strict CSP it draws the
// procedure, talks to nobody, stores nothing, and reports changes as typed events.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { externalRequests, launchBrowser, openPage } from '../harness/index.mjs';
import {
  assertBuilt, recordEverything, sceneCoverage, serveEmbed, shot, STRICT_CSP, waitReady,
} from './embed-helpers.mjs';

let server, context, page, recorder;

before(async () => {
  assertBuilt();
  server = await serveEmbed({
    headers: { '/clinic.html': { 'Content-Security-Policy': STRICT_CSP } },
  });
  context = await launchBrowser({ viewport: { width: 1100, height: 1000 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

test('the clinic page draws the widget under a strict CSP', { timeout: 240_000 }, async (t) => {
  const opened = await openPage(context, `${server.url}clinic.html`, { ready: null, timeout: 120_000 });
  page = opened.page;
  recorder = opened.recorder;
  const scriptLoadedAt = recorder.requests.length;
  await page.locator('spine-explainer').scrollIntoViewIfNeeded();
  await waitReady(page);

  const box = await page.locator('spine-explainer').boundingBox();
  assert.ok(box.width >= 300 && box.height >= 200, `default size ${box.width}x${box.height} is at least 300x200`);
  const cov = await sceneCoverage(page);
  t.diagnostic(`canvas ${cov.width}x${cov.height}, scene covers ${(cov.coverage * 100).toFixed(1)}%`);
  assert.ok(cov.visible, 'the canvas is visible');
  assert.ok(cov.coverage > 0.05, 'the scene is drawn');

  const sx = await page.evaluate(() => window.__sx);
  // No eval, no inline script. KNOWN(2026-11-27): @spine-explainer/react renders its CSS in an inline
  // <style> inside its root, which `style-src 'self'` refuses (one report, nothing breaks: the element
  // adopts the same CSS as a constructable sheet). Needs an opt-out prop in the React package.
  const knownStyle = /^style-src-elem inline /;
  const csp = sx.csp.filter((v) => !knownStyle.test(v));
  assert.deepEqual(csp, [], `CSP violations: ${csp.join('\n')}`);
  if (sx.csp.length) t.diagnostic(`known: ${sx.csp.length} inline <style> refused (React package's own <style>)`);
  const styled = await page.evaluate(() => {
    const b = document.querySelector('spine-explainer').shadowRoot.querySelector('.sx-button');
    return b ? getComputedStyle(b).borderTopLeftRadius : 'no button';
  });
  assert.equal(styled, '8px', 'the view is styled from the adopted sheet even with its <style> refused');
  assert.deepEqual(sx.errors, [], 'no uncaught errors');
  assert.deepEqual(sx.rejections, [], 'no unhandled rejections');

  // Theming from the page reaches inside the shadow root (the clinic sets its brand colour).
  const accent = await page.evaluate(() => {
    const root = document.querySelector('spine-explainer').shadowRoot.querySelector('.sx-root');
    return getComputedStyle(root).getPropertyValue('--sx-accent').trim();
  });
  assert.equal(accent, '#0b5d63', 'the page\'s --sx-accent wins over the default');

  await page.locator('spine-explainer').screenshot({ path: shot('clinic'), timeout: 180_000 });
  t.diagnostic(`requests before the widget: ${scriptLoadedAt}, total: ${recorder.requests.length}`);
});

test('after the script loads: no requests, no cookies, no storage', { timeout: 120_000 }, async () => {
  const paths = recorder.requests.map((u) => new URL(u).pathname);
  const expected = new Set(['/clinic.html', '/clinic.css', '/embed/spine-explainer.js', '/favicon.svg']);
  const unexpected = paths.filter((p) => !expected.has(p));
  assert.deepEqual(unexpected, [], `requests besides the page, its CSS and the script: ${unexpected.join(', ')}`);
  assert.deepEqual(externalRequests(recorder.requests), []);
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases?.())?.length ?? 0,
    caches: (await caches.keys()).length,
    sw: (await navigator.serviceWorker?.getRegistrations?.())?.length ?? 0,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, idb: 0, caches: 0, sw: 0 });
});

test('attributes, properties, methods and clicks report typed events with their source', { timeout: 180_000 }, async () => {
  const el = page.locator('spine-explainer');
  const eventsSince = async (n) => (await page.evaluate(() => window.__sx.events)).slice(n);
  const count = async () => (await page.evaluate(() => window.__sx.events)).length;

  let n = await count();
  await page.evaluate(() => document.querySelector('spine-explainer').next());
  await page.waitForFunction((k) => window.__sx.events.length > k, n);
  let evs = await eventsSince(n);
  const step = evs.find((e) => e.type === 'step-change');
  assert.ok(step, 'next() reports step-change');
  assert.equal(step.detail.source, 'api');
  assert.equal(step.detail.step, 2);
  assert.ok(step.detail.stepCount >= 3);
  assert.equal(await el.getAttribute('step'), '2', 'the step attribute follows');

  n = await count();
  await page.evaluate(() => {
    const sx = document.querySelector('spine-explainer');
    sx.level = 'L5-S1';
    sx.side = 'right';
  });
  await page.waitForFunction((k) => window.__sx.events.some((e, i) => i >= k && e.type === 'procedure-change'), n);
  evs = await eventsSince(n);
  const changes = evs.filter((e) => e.type === 'procedure-change');
  assert.equal(changes.length, 1, 'two property changes in one task are one procedure-change');
  const { procedure, level, side, source } = changes[0].detail;
  assert.deepEqual({ procedure, level, side, source }, { procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right', source: 'api' });

  // A person clicks the widget's own "next" button.
  n = await count();
  const nextButton = page.locator('spine-explainer').getByRole('button', { name: 'Next step' });
  await nextButton.click({ timeout: 60_000 });
  await page.waitForFunction((k) => window.__sx.events.some((e, i) => i >= k && e.type === 'step-change'), n);
  evs = await eventsSince(n);
  assert.equal(evs.find((e) => e.type === 'step-change').detail.source, 'user');

  // Views change with steps, reported too.
  const all = await page.evaluate(() => window.__sx.events);
  assert.ok(all.some((e) => e.type === 'view-change'), 'view-change was reported');
  for (const e of all) assert.ok(e.detail.source === 'user' || e.detail.source === 'api', `${e.type} says its source`);
});

test('on a phone the widget fits the page width', { timeout: 240_000 }, async (t) => {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(`${server.url}clinic.html`);
  await phone.locator('spine-explainer').scrollIntoViewIfNeeded();
  await waitReady(phone);
  const fit = await phone.evaluate(() => {
    const r = document.querySelector('spine-explainer').getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height), pageWidth: document.scrollingElement.scrollWidth };
  });
  t.diagnostic(JSON.stringify(fit));
  assert.ok(fit.pageWidth <= 390, 'no sideways scrolling');
  assert.ok(fit.width >= 300 && fit.width <= 390);
  await phone.locator('spine-explainer').screenshot({ path: shot('clinic-phone'), timeout: 180_000 });
  await phone.close();
});
