// Chromium launched with WebGL disabled: the element shows the procedure's poster (inline SVG from the posters
// chunk, fetched from the script's folder only by such pages) and the full text of every step, reports `error`
// with code `webgl`, and the host page sees no exception.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, page as fixturePage, recordEverything, serveEmbed, shot, STRICT_CSP, waitReady } from './embed-helpers.mjs';

let server, context;

before(async () => {
  assertBuilt();
  server = await serveEmbed({
    fixtures: {
      'nowebgl.html': fixturePage(`
        <main>
          <spine-explainer id="one" procedure="epidural-transforaminal" level="L4-L5" side="left"></spine-explainer>
        </main>`),
    },
    headers: { '/fixtures/nowebgl.html': { 'Content-Security-Policy': STRICT_CSP } },
  });
  context = await launchBrowser({ webgl: false, viewport: { width: 900, height: 1000 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

test('without WebGL: the poster and every step in words, under the strict CSP, with one request for the posters', { timeout: 240_000 }, async (t) => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/nowebgl.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl')), false, 'WebGL really is off');

  const view = await page.evaluate(() => {
    const root = document.getElementById('one').shadowRoot;
    const poster = root.querySelector('[part="poster"]');
    const svg = poster?.querySelector('svg');
    const r = svg?.getBoundingClientRect();
    const steps = [...root.querySelectorAll('.sx-all-steps li')].map((li) => li.textContent.trim());
    return {
      posterShown: !!poster && !poster.hidden,
      label: svg?.getAttribute('aria-label'),
      size: r ? [Math.round(r.width), Math.round(r.height)] : null,
      steps,
      canvases: root.querySelectorAll('canvas').length,
    };
  });
  t.diagnostic(`poster ${view.size}, ${view.steps.length} steps`);
  assert.equal(view.posterShown, true, 'the poster is shown');
  assert.match(view.label, /needle/i, 'the poster has an accessible name');
  assert.ok(view.size[0] > 250 && view.size[1] > 150, 'the poster is big enough to see');
  assert.equal(view.canvases, 0);
  assert.ok(view.steps.length >= 4, 'every step is listed');
  for (const s of view.steps) assert.ok(s.length > 40, `a step has real text: "${s.slice(0, 60)}"`);

  const sx = await page.evaluate(() => window.__sx);
  const webglErrors = sx.events.filter((e) => e.type === 'error' && e.detail.code === 'webgl');
  t.diagnostic(`error events: ${JSON.stringify(sx.events.filter((e) => e.type === 'error').map((e) => e.detail.code))}`);
  assert.deepEqual(sx.errors, []);
  assert.deepEqual(sx.rejections, []);
  assert.deepEqual(sx.csp.filter((v) => !/^style-src-elem inline /.test(v)), [], 'the inline SVG poster passes the strict CSP');
  const paths = recorder.requests.map((u) => new URL(u).pathname);
  const others = paths.filter((p) => !['/fixtures/nowebgl.html', '/embed/spine-explainer.js', '/favicon.svg'].includes(p));
  assert.equal(others.length, 1, `one more request: ${others.join(', ')}`);
  assert.match(others[0], /^\/embed\/spine-explainer\.posters-[\w-]+\.js$/, 'the posters chunk, from the script\'s folder');

  // Another procedure: another poster.
  const before = await page.evaluate(() => document.getElementById('one').shadowRoot.querySelector('[part="poster"]').innerHTML.length);
  await page.evaluate(() => document.getElementById('one').setAttribute('procedure', 'knee-joint-injection'));
  await page.waitForFunction((n) => document.getElementById('one').shadowRoot.querySelector('[part="poster"]').innerHTML.length !== n, before);
  await page.locator('#one').screenshot({ path: shot('no-webgl'), timeout: 120_000 });
  await page.evaluate(() => document.getElementById('one').setAttribute('procedure', 'epidural-transforaminal'));
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('.sx-root')?.dataset.procedure === 'epidural-transforaminal');
  await page.locator('#one').screenshot({ path: shot('no-webgl'), timeout: 120_000 });
  assert.equal(webglErrors.length, 1, 'one webgl report');
  assert.match(webglErrors[0].detail.message, /WebGL/);
});
