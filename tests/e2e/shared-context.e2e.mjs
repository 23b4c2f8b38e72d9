// Eight <spine-explainer> elements on one page share one WebGL context (issue #8): all draw, removing one leaves
// the others drawing, dragging one does not move another, and a lost context takes every view to its poster and
// a restored one brings every view back. Real Chromium with software WebGL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, page as fixturePage, pollUntil, recordEverything, recordWebGLContexts, sceneCoverage, serveEmbed, waitReady } from './embed-helpers.mjs';

const IDS = Array.from({ length: 8 }, (_, i) => `w${i}`);
const PROCEDURES = ['epidural-transforaminal', 'epidural-interlaminar', 'medial-branch-block', 'facet-joint-injection',
  'selective-nerve-root-block', 'epidural-caudal', 'sacroiliac-joint-injection', 'radiofrequency-ablation'];
const FIXTURES = {
  'eight.html': fixturePage(`<div style="display:grid;grid-template-columns:repeat(4,260px);gap:6px">${IDS.map((id, i) =>
    `<spine-explainer id="${id}" procedure="${PROCEDURES[i]}" style="width:260px;height:300px"></spine-explainer>`).join('')}</div>`),
};

/** Which WebGL contexts draw (wrapping the draw calls before any page script); recordWebGLContexts keeps them all. */
function countDrawing() {
  const gl = (window.__gl = { drawing: new Set() });
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const fn = Ctx?.prototype[name];
      if (fn) Ctx.prototype[name] = function (...args) { gl.drawing.add(this); return fn.apply(this, args); };
    }
  }
}

const contexts = (page) => page.evaluate(() => ({
  created: window.__webglContexts.length,
  live: window.__webglContexts.filter((c) => !c.isContextLost()).length,
  drawing: window.__gl.drawing.size,
}));

/** A small fingerprint of what the element's canvas shows now. */
const signature = (page, id) => page.evaluate((i) => {
  const canvas = document.getElementById(i).shadowRoot.querySelector('canvas');
  const c = document.createElement('canvas');
  c.width = 48; c.height = 48;
  const ctx = c.getContext('2d');
  ctx.drawImage(canvas, 0, 0, 48, 48);
  const d = ctx.getImageData(0, 0, 48, 48).data;
  let h = 0;
  for (let k = 0; k < d.length; k++) h = (h * 31 + d[k]) >>> 0;
  return h;
}, id);

let server, context, page;

before(async () => {
  assertBuilt();
  server = await serveEmbed({ fixtures: FIXTURES });
  context = await launchBrowser({ viewport: { width: 1100, height: 700 } });
  await recordEverything(context);
  await recordWebGLContexts(context);
  await context.addInitScript(countDrawing);
  ({ page } = await openPage(context, `${server.url}fixtures/eight.html`, { ready: null, timeout: 120_000 }));
  await waitReady(page, 'spine-explainer', 300_000);
});

after(async () => {
  await context?.close();
  await server?.close();
});

test('eight elements draw through at most two WebGL contexts', { timeout: 120_000 }, async (t) => {
  for (const id of IDS) {
    const { coverage } = await sceneCoverage(page, `#${id}`);
    assert.ok(coverage > 0.03, `#${id} is drawn (coverage ${coverage.toFixed(3)})`);
  }
  const gl = await contexts(page);
  t.diagnostic(`WebGL contexts: ${JSON.stringify(gl)} (created includes released availability probes)`);
  assert.ok(gl.drawing <= 2, `at most two contexts draw (${gl.drawing})`);
  assert.ok(gl.live <= 2, `at most two contexts stay alive (${gl.live})`);
  const own = await page.evaluate((ids) => ids.filter((i) => {
    const canvas = document.getElementById(i).shadowRoot.querySelector('canvas');
    return canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null;
  }), IDS);
  assert.deepEqual(own, [], 'no element holds a WebGL context of its own');
});

test('dragging one element turns its view and no other', { timeout: 120_000 }, async () => {
  const before1 = await signature(page, 'w1');
  const before2 = await signature(page, 'w2');
  const box = await page.evaluate(() => {
    const r = document.getElementById('w1').shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  await page.mouse.move(box.x + box.w * 0.3, box.y + box.h * 0.5);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(box.x + box.w * (0.3 + 0.05 * k), box.y + box.h * 0.5);
  await page.mouse.up();
  await pollUntil(async () => (await signature(page, 'w1')) !== before1, { timeout: 60_000, interval: 200, what: 'the dragged view to move' });
  // Give any stray frame of the neighbour time to land before comparing.
  await page.evaluate(() => new Promise((r) => { let n = 0; const f = () => (++n < 10 ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); }));
  assert.equal(await signature(page, 'w2'), before2, 'the neighbour did not move');
});

test('a resized scene box resizes that canvas only and it draws again; a snapshot is a drawn PNG', { timeout: 120_000 }, async () => {
  const sizes = () => page.evaluate(() => ['w4', 'w5'].map((i) => {
    const c = document.getElementById(i).shadowRoot.querySelector('canvas');
    return [c.width, c.height];
  }));
  const [before4, before5] = await sizes();
  // The stage's size comes from the element's layout; narrow the scene's own box to resize just the scene.
  await page.evaluate(() => { document.getElementById('w4').shadowRoot.querySelector('canvas').parentElement.style.right = '40%'; });
  await page.waitForFunction((w) => document.getElementById('w4').shadowRoot.querySelector('canvas').width < w, before4[0], { timeout: 30_000 });
  const fits = await page.evaluate(() => {
    const c = document.getElementById('w4').shadowRoot.querySelector('canvas');
    return { width: c.width, expected: Math.floor(c.getBoundingClientRect().width * devicePixelRatio) };
  });
  assert.equal(fits.width, fits.expected, 'the canvas matches its box in device pixels');
  const [, after5] = await sizes();
  assert.deepEqual(after5, before5, 'the neighbour keeps its size');
  const { coverage } = await sceneCoverage(page, '#w4');
  assert.ok(coverage > 0.03, `#w4 drawn at its new size (coverage ${coverage.toFixed(3)})`);
  const png = await page.evaluate(async () => {
    const blob = await document.getElementById('w5').snapshot();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { type: blob.type, size: blob.size, magic: [...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('') };
  });
  assert.equal(png.type, 'image/png');
  assert.equal(png.magic, 'PNG');
  assert.ok(png.size > 5_000, `a drawn scene, not an empty image (${png.size} bytes)`);
});

test('removing one element leaves the others drawing through the shared context', { timeout: 180_000 }, async () => {
  await page.evaluate(() => { window.__w3 = document.getElementById('w3'); window.__w3.remove(); });
  // Past the element's deferred teardown: its view is gone.
  await page.waitForFunction(() => window.__w3.shadowRoot.querySelector('[part="view"]').childElementCount === 0, null, { timeout: 30_000 });
  const step = await page.evaluate(() => document.getElementById('w0').step);
  await page.evaluate(() => document.getElementById('w0').next());
  await page.waitForFunction((s) => document.getElementById('w0').step === s + 1, step, { timeout: 30_000 });
  await waitReady(page, 'spine-explainer', 120_000);
  for (const id of IDS.filter((i) => i !== 'w3')) {
    const { coverage } = await sceneCoverage(page, `#${id}`);
    assert.ok(coverage > 0.03, `#${id} still drawn (coverage ${coverage.toFixed(3)})`);
  }
  const gl = await contexts(page);
  assert.ok(gl.live >= 1 && gl.live <= 2, `the shared context is still alive (${JSON.stringify(gl)})`);
});

test('a lost shared context shows every poster; a restored one draws every view again', { timeout: 240_000 }, async () => {
  const ids = IDS.filter((i) => i !== 'w3');
  await page.evaluate(() => {
    const shared = [...window.__gl.drawing].find((c) => !c.isContextLost());
    window.__lose = shared.getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await page.waitForFunction((l) => l.every((i) => document.getElementById(i).shadowRoot.querySelector('.sx-embed')?.dataset.poster === 'lost'), ids, { timeout: 30_000 });
  const errors = await page.evaluate(() => window.__sx.events.filter((e) => e.type === 'error' && e.detail?.code === 'webgl').map((e) => e.id));
  assert.deepEqual([...new Set(errors)].sort(), [...ids].sort(), 'each element reported the loss');

  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction((l) => l.every((i) => document.getElementById(i).shadowRoot.querySelector('[part="poster"]').hidden), ids, { timeout: 30_000 });
  for (const id of ids) {
    await pollUntil(async () => (await sceneCoverage(page, `#${id}`)).coverage > 0.03, { timeout: 90_000, what: `${id} to draw again` });
  }
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, [], 'no uncaught exception reached window');
});
