// The embed's React-free compact view (packages/embed/src/lite/) in real Chromium: a compact page loads one script
// and no chunk; layout="workbench" fetches the React view once and renders the workbench; back to compact, the
// lite view draws again.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';

import { page as fixturePage, recordEverything, sceneCoverage, serveEmbed, STRICT_CSP, waitReady } from './embed-helpers.mjs';

let server, context;

before(async () => {
  server = await serveEmbed({
    fixtures: {
      'compact.html': fixturePage('<spine-explainer id="one" procedure="medial-branch-block" level="L3" side="right"></spine-explainer>'),
      // No CSP: axe is added as a script of the page.
      'themes.html': fixturePage(['light', 'dark', 'high-contrast'].map((theme) =>
        `<spine-explainer id="${theme}" theme="${theme}" procedure="epidural-transforaminal" step="2" style="width:900px"></spine-explainer>`).join('\n')),
    },
    headers: { '/fixtures/compact.html': { 'Content-Security-Policy': STRICT_CSP } },
  });
  context = await launchBrowser({ viewport: { width: 1100, height: 1000 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

const embedRequests = (recorder) => recorder.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/embed/'));

test('compact: one script, no chunk, the React viewer\'s markup, a drawn scene', { timeout: 240_000 }, async () => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/compact.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  assert.deepEqual(embedRequests(recorder), ['/embed/spine-explainer.js']);
  const view = await page.evaluate(() => {
    const root = document.getElementById('one').shadowRoot.querySelector('.sx-root');
    return {
      state: root.dataset.state, ready: root.dataset.sxReady, procedure: root.dataset.procedure, level: root.dataset.level, side: root.dataset.side,
      selects: [...root.querySelectorAll('.sx-header select')].map((s) => s.value),
      chips: [...root.querySelectorAll('.sx-toolbar .sx-chip')].map((b) => b.textContent),
      live: root.querySelector('[aria-live="polite"]').textContent,
      kicker: root.querySelector('.sx-step-kicker').textContent,
    };
  });
  assert.deepEqual(
    { ...view, live: undefined },
    {
      state: 'ready', ready: 'true', procedure: 'medial-branch-block', level: 'L3', side: 'right',
      selects: ['medial-branch-block', 'L3', 'right'],
      chips: ['Back', 'Side', 'Oblique left', 'Oblique right', 'Close-up', 'X-ray view', 'Layers'],
      kicker: 'Step 1 of 7', live: undefined,
    },
  );
  assert.match(view.live, /^Step 1 of 7:/);
  assert.ok((await sceneCoverage(page, '#one')).coverage > 0.05, 'the scene is drawn');
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.csp.filter((v) => !/^style-src-elem inline /.test(v)), []);
  assert.deepEqual(sx.errors, []);
  await page.close();
});

test('layout="workbench" loads the React view once; back to compact, the lite view draws again', { timeout: 300_000 }, async () => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/compact.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  await page.evaluate(() => document.getElementById('one').setAttribute('layout', 'workbench'));
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('.sx-wb'), null, { timeout: 120_000 });
  // The React view, the workbench it renders, and the Spanish text the workbench can switch to: each once.
  assert.deepEqual(
    embedRequests(recorder).map((p) => p.replace(/-[\w-]{8}\.js$/, '.js')),
    ['/embed/spine-explainer.js', '/embed/spine-explainer.workbenchView.js', '/embed/spine-explainer.Workbench.js', '/embed/spine-explainer.locale-es.js'],
  );
  assert.equal(await page.evaluate(() => document.getElementById('one').shadowRoot.querySelector('.sx-root[data-layout="compact"]')), null, 'the compact view is gone');
  // The workbench answers the element's verbs too: it reports ready, next() moves its step, snapshot() gives a PNG.
  await page.waitForFunction(() => document.getElementById('one').ready === true, null, { timeout: 120_000 });
  const verbs = await page.evaluate(async () => {
    const el = document.getElementById('one');
    const stepped = new Promise((resolve) => el.addEventListener('step-change', (e) => resolve(e.detail), { once: true }));
    el.next();
    const step = await Promise.race([stepped, new Promise((r) => setTimeout(() => r('no step-change in 30 s'), 30_000))]);
    const blob = await Promise.race([el.snapshot(), new Promise((r) => setTimeout(() => r(null), 60_000))]);
    return { step, snapshot: blob ? blob.type : 'no snapshot in 60 s' };
  });
  assert.equal(verbs.step.step, 2, JSON.stringify(verbs.step));
  assert.equal(verbs.step.source, 'api');
  assert.equal(verbs.snapshot, 'image/png');

  // The workbench follows the attributes and reports the change, as the compact view does.
  const changed = await page.evaluate(async () => {
    const el = document.getElementById('one');
    const event = new Promise((resolve) => el.addEventListener('procedure-change', (e) => resolve(e.detail), { once: true }));
    el.setAttribute('procedure', 'epidural-interlaminar');
    return Promise.race([event, new Promise((r) => setTimeout(() => r('no procedure-change in 30 s'), 30_000))]);
  });
  assert.equal(changed.procedure, 'epidural-interlaminar', JSON.stringify(changed));
  assert.equal(changed.source, 'api');

  await page.evaluate(() => document.getElementById('one').setAttribute('layout', 'compact'));
  await page.waitForFunction(() => {
    const root = document.getElementById('one').shadowRoot.querySelector('.sx-root[data-layout="compact"]');
    return root?.dataset.sxReady === 'true' && root.dataset.procedure === 'epidural-interlaminar';
  }, null, { timeout: 120_000 });
  assert.equal(await page.evaluate(() => document.getElementById('one').shadowRoot.querySelector('.sx-wb')), null, 'the workbench is gone');
  assert.ok((await sceneCoverage(page, '#one')).coverage > 0.05, 'the lite scene draws again');

  // Workbench again: the chunk is not fetched twice.
  await page.evaluate(() => document.getElementById('one').setAttribute('layout', 'workbench'));
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('.sx-wb'), null, { timeout: 120_000 });
  assert.equal(embedRequests(recorder).filter((p) => p.includes('workbench')).length, 1);
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, []);
  assert.deepEqual(sx.rejections, []);
  await page.close();
});

test('axe finds no violations in the lite widget, in light, dark and high-contrast', { timeout: 300_000 }, async (t) => {
  const { page } = await openPage(context, `${server.url}fixtures/themes.html`, { ready: null, timeout: 120_000 });
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), theme);
    await waitReady(page, `#${theme}`);
    const violations = await page.evaluate(async (id) => {
      const r = await window.axe.run(document.getElementById(id), { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }, theme);
    t.diagnostic(`${theme}: ${violations.length} violation(s)${violations.length ? `\n  ${violations.join('\n  ')}` : ''}`);
    assert.deepEqual(violations, [], `${theme}: axe violations`);
  }
  await page.close();
});
