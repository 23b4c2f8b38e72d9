// The standalone script is English only; a widget with locale="es" fetches the Spanish chunk
// (spine-explainer.locale-es-*.js) from the script's folder, once per page, and shows the catalog's Spanish. While it
// loads the widget shows its loading state (no English), a failed load ends in an error state with an `error`
// event, and switching the locale at run time works both ways.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fromRoot, launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, page as fixturePage, recordEverything, serveEmbed, STRICT_CSP, waitReady } from './embed-helpers.mjs';

const PROCEDURE = 'epidural-interlaminar';
let server, context, catalog;

before(async () => {
  assertBuilt();
  // The source of truth for the expected words: the procedures package as built from the same sources.
  catalog = await import(fromRoot('packages/procedures/dist/index.js'));
  const widget = (attrs) => `<spine-explainer id="one" procedure="${PROCEDURE}" ${attrs}></spine-explainer>`;
  server = await serveEmbed({
    fixtures: {
      'en.html': fixturePage(widget('')),
      'es.html': fixturePage(widget('locale="es"')),
      'workbench.html': fixturePage(widget('layout="workbench"')),
    },
    headers: {
      '/fixtures/en.html': { 'Content-Security-Policy': STRICT_CSP },
      '/fixtures/es.html': { 'Content-Security-Policy': STRICT_CSP },
      '/fixtures/workbench.html': { 'Content-Security-Policy': STRICT_CSP },
    },
  });
  context = await launchBrowser({ viewport: { width: 900, height: 900 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

const CHUNK = /\/embed\/spine-explainer\.locale-es-[\w-]+\.js$/;
const chunkRequests = (recorder) => recorder.requests.filter((u) => CHUNK.test(new URL(u).pathname));

function words(locale) {
  const p = catalog.getProcedure(PROCEDURE);
  const text = catalog.procedureText(p, locale);
  return { name: text.name, firstStep: text.steps[0].title, play: catalog.uiText('control.play', locale) };
}

/** The widget's visible text and state. */
const widgetState = (page) => page.evaluate(() => {
  const el = document.getElementById('one');
  const root = el.shadowRoot;
  const pending = root.querySelector('.sx-embed__pending:not([hidden])');
  const failure = root.querySelector('.sx-embed__failure:not([hidden])');
  const host = root.querySelector('.sx-embed__host');
  return {
    ready: el.ready,
    pending: pending?.textContent ?? null,
    failure: failure?.textContent ?? null,
    viewText: host && !host.hidden ? host.textContent : '',
  };
});

test('an English compact widget with WebGL fetches no chunk at all (no Spanish, no posters, no workbench)', { timeout: 240_000 }, async () => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/en.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  const state = await widgetState(page);
  assert.ok(state.viewText.includes(words('en').firstStep), 'the English first step is shown');
  const scripts = recorder.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/embed/'));
  assert.deepEqual(scripts, ['/embed/spine-explainer.js']);
  await page.close();
});

test('locale="es" shows the catalog\'s Spanish after one chunk request, with the loading state meanwhile', { timeout: 240_000 }, async (t) => {
  const page = await context.newPage();
  // Hold the chunk back so the loading state can be seen.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(CHUNK, async (route) => { await held; await route.continue(); });
  const recorder = { requests: [] };
  page.on('request', (r) => recorder.requests.push(r.url()));
  // Not "load": a chunk import started while the page parses delays the load event, and the chunk is held.
  await page.goto(`${server.url}fixtures/es.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => !!document.getElementById('one').shadowRoot?.querySelector('.sx-embed__pending:not([hidden])'), null, { timeout: 60_000 });
  const loading = await widgetState(page);
  t.diagnostic(`while loading: ${JSON.stringify(loading)}`);
  assert.equal(loading.ready, false);
  assert.match(loading.pending, /Cargando/);
  assert.ok(!loading.viewText.includes(words('en').firstStep), 'no English step text while the Spanish loads');
  release();
  await waitReady(page);
  const es = words('es');
  const shown = await widgetState(page);
  assert.equal(shown.pending, null, 'the loading state is gone');
  assert.ok(shown.viewText.includes(es.firstStep), `the Spanish first step "${es.firstStep}" is shown`);
  assert.ok(!shown.viewText.includes(words('en').firstStep), 'and not the English one');
  assert.equal(chunkRequests(recorder).length, 1, 'one request for the Spanish chunk');

  // Back to English, then Spanish again: no second request, no loading state.
  await page.evaluate(() => document.getElementById('one').setAttribute('locale', 'en'));
  await page.waitForFunction((title) => document.getElementById('one').shadowRoot.querySelector('.sx-embed__host').textContent.includes(title), words('en').firstStep, { timeout: 30_000 });
  await page.evaluate(() => document.getElementById('one').setAttribute('locale', 'es-MX'));
  await page.waitForFunction((title) => document.getElementById('one').shadowRoot.querySelector('.sx-embed__host').textContent.includes(title), es.firstStep, { timeout: 30_000 });
  assert.equal(chunkRequests(recorder).length, 1, 'the chunk is fetched once per page');
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, []);
  assert.deepEqual(sx.rejections, []);
  assert.deepEqual(sx.csp.filter((v) => !/^style-src-elem inline /.test(v)), [], 'the chunk loads under the strict CSP');
  await page.close();
});

test('an English widget switched to Spanish at run time loads the chunk and shows Spanish', { timeout: 240_000 }, async () => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/en.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  await page.evaluate(() => document.getElementById('one').setAttribute('locale', 'es'));
  await page.waitForFunction((title) => document.getElementById('one').shadowRoot.querySelector('.sx-embed__host').textContent.includes(title), words('es').firstStep, { timeout: 60_000 });
  assert.equal(chunkRequests(recorder).length, 1);
  const state = await widgetState(page);
  assert.equal(state.pending, null);
  assert.ok(state.viewText.includes(words('es').play) || state.viewText.includes(words('es').name), 'the UI speaks Spanish too');
  await page.close();
});

test('a Spanish chunk that cannot be loaded ends in an error state and an error event, and English still works', { timeout: 240_000 }, async (t) => {
  const page = await context.newPage();
  await page.route(CHUNK, (route) => route.abort());
  await page.goto(`${server.url}fixtures/es.html`);
  await page.waitForFunction(() => window.__sx.events.some((e) => e.type === 'error' && /Spanish/.test(e.detail.message)), null, { timeout: 60_000 });
  const sx = await page.evaluate(() => window.__sx);
  const event = sx.events.find((e) => e.type === 'error' && /Spanish/.test(e.detail.message));
  t.diagnostic(event.detail.message);
  assert.equal(event.detail.code, 'internal');
  assert.equal(event.detail.attribute, 'locale');
  assert.match(event.detail.message, /could not be loaded.*spine-explainer\.locale-es-/s);
  const state = await widgetState(page);
  assert.equal(state.pending, null, 'no endless loading state');
  assert.match(state.failure, /could not|No se pudo/);
  assert.deepEqual(sx.errors, [], 'nothing reached window.onerror');
  assert.deepEqual(sx.rejections, []);

  // The page falls back to English: the view appears.
  await page.unroute(CHUNK);
  await page.evaluate(() => document.getElementById('one').setAttribute('locale', 'en'));
  await waitReady(page);
  assert.ok((await widgetState(page)).viewText.includes(words('en').firstStep));
  await page.close();
});

test('the workbench, which switches language by itself, brings the Spanish chunk along', { timeout: 300_000 }, async () => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/workbench.html`, { ready: null, timeout: 120_000 });
  // The element does not say `ready` in the workbench layout (no spine:ready from the workbench): wait for its UI.
  await page.waitForFunction((name) => document.getElementById('one').shadowRoot?.querySelector('.sx-wb')?.textContent.includes(name), words('en').name, { timeout: 180_000 });
  const scripts = recorder.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/embed/'));
  assert.ok(scripts.some((p) => /spine-explainer\.Workbench-/.test(p)), 'the workbench chunk');
  assert.equal(chunkRequests(recorder).length, 1, 'and the Spanish chunk, once');
  await page.evaluate(() => document.getElementById('one').setAttribute('locale', 'es'));
  await page.waitForFunction((name) => document.getElementById('one').shadowRoot.querySelector('.sx-embed__host').textContent.includes(name), words('es').name, { timeout: 60_000 });
  assert.equal(chunkRequests(recorder).length, 1);
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, []);
  await page.close();
});
