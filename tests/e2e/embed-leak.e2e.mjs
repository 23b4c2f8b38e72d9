// Mount/unmount cycles of <spine-explainer> do not accumulate three.js renderers (issue #8, "Leaks"), even on a page
// that keeps every WebGL context it sees, as GL inspectors, GPU probes and the perf bench do. Renderers are
// counted in a V8 heap snapshot taken through CDP after a full collection. Real Chromium with software WebGL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, page as fixturePage, pollUntil, recordWebGLContexts, serveEmbed } from './embed-helpers.mjs';

const CYCLES = 4;
const FIXTURES = { 'host.html': fixturePage('<main id="host" style="width:480px;height:360px"></main>') };

/**
 * Live three.js WebGLRenderer objects: objects with own properties `domElement`, `shadowMap` and `xr`
 * (property names survive minification; class names do not).
 */
async function liveRenderers(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: { meta }, nodes, edges, strings } = JSON.parse(chunks.join(''));
  const nodeFields = meta.node_fields.length, edgeFields = meta.edge_fields.length;
  const edgeCount = meta.node_fields.indexOf('edge_count'), nodeType = meta.node_fields.indexOf('type');
  const edgeType = meta.edge_fields.indexOf('type'), edgeName = meta.edge_fields.indexOf('name_or_index');
  const objectType = meta.node_types[0].indexOf('object'), propertyType = meta.edge_types[0].indexOf('property');
  const wanted = ['domElement', 'shadowMap', 'xr'].map((name) => strings.indexOf(name));
  if (wanted.includes(-1)) return 0; // no object in the heap has such a property
  let count = 0;
  for (let n = 0, e = 0; n < nodes.length; n += nodeFields) {
    const end = e + nodes[n + edgeCount] * edgeFields;
    if (nodes[n + nodeType] === objectType) {
      let found = 0;
      for (let k = e; k < end; k += edgeFields) {
        if (edges[k + edgeType] === propertyType && wanted.includes(edges[k + edgeName])) found++;
      }
      if (found === wanted.length) count++;
    }
    e = end;
  }
  return count;
}

let server, context, page, cdp;

before(async () => {
  assertBuilt();
  server = await serveEmbed({ fixtures: FIXTURES });
  context = await launchBrowser({ viewport: { width: 800, height: 600 } });
  await recordWebGLContexts(context);
  ({ page } = await openPage(context, `${server.url}fixtures/host.html`, { ready: null }));
  cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
});

after(async () => {
  await context?.close();
  await server?.close();
});

const mount = () => page.evaluate(async () => {
  const el = document.createElement('spine-explainer');
  el.setAttribute('procedure', 'epidural-transforaminal');
  const ready = new Promise((r) => el.addEventListener('spine:ready', r, { once: true }));
  document.getElementById('host').append(el);
  await ready;
});

/** Removes the element; done when every context the page made has been released (the renderer is disposed). */
async function unmount() {
  await page.evaluate(() => {
    // No need to wait out the grace a moved element gets.
    customElements.get('spine-explainer').teardownDelayMs = 0;
    document.querySelector('#host spine-explainer').remove();
  });
  await pollUntil(() => page.evaluate(() => window.__webglContexts.every((c) => c.isContextLost())), {
    timeout: 30_000, interval: 100, what: 'the page renderer to release its context',
  });
}

test(`${CYCLES} mount/unmount cycles leave no more renderers alive than one does, while the page holds every context`, { timeout: 300_000 }, async (t) => {
  await mount();
  // The count sees a renderer when there is one: the shared renderer of the page.
  assert.equal(await liveRenderers(cdp), 1, 'one renderer while an element is shown');
  await unmount();
  // R3F's frame loop keeps the last root it drew in module variables until it draws another, so the last
  // cycle's renderer may still be there: what must not happen is one more per cycle.
  const afterOne = await liveRenderers(cdp);
  for (let i = 1; i < CYCLES; i++) {
    await mount();
    await unmount();
  }
  const held = await page.evaluate(() => window.__webglContexts.length);
  const afterAll = await liveRenderers(cdp);
  t.diagnostic(`contexts created and held: ${held}; renderers alive after 1 cycle: ${afterOne}, after ${CYCLES}: ${afterAll}`);
  assert.ok(held >= CYCLES, `a context per cycle (${held})`);
  assert.ok(afterOne <= 1, `at most the last cycle's renderer after one cycle (${afterOne})`);
  assert.equal(afterAll, afterOne, `no renderer accumulates over ${CYCLES} cycles`);
});
