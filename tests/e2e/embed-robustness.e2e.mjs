// Bad input, fuzzing, several instances, DOM moves and removal, and a lost WebGL context, in real
// Chromium with software WebGL. The host page must never see an uncaught exception.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, page as fixturePage, pollUntil, recordEverything, recordWebGLContexts, sceneCoverage, serveEmbed, waitReady } from './embed-helpers.mjs';

const FIXTURES = {
  'single.html': fixturePage('<spine-explainer id="one" procedure="epidural-transforaminal" level="L4-L5" side="left"></spine-explainer>'),
  'four.html': fixturePage(`
    <div id="grid">
      <spine-explainer id="a" procedure="epidural-interlaminar" style="width:480px;display:inline-block"></spine-explainer>
      <spine-explainer id="b" procedure="medial-branch-block" style="width:480px;display:inline-block"></spine-explainer>
      <spine-explainer id="c" procedure="knee-joint-injection" style="width:480px;display:inline-block"></spine-explainer>
      <spine-explainer id="d" procedure="scs-trial" style="width:480px;display:inline-block"></spine-explainer>
    </div>
    <section id="elsewhere"></section>`),
};

let server, context;

before(async () => {
  assertBuilt();
  server = await serveEmbed({ fixtures: FIXTURES });
  context = await launchBrowser({ viewport: { width: 1000, height: 1000 } });
  await recordEverything(context);
  // Every WebGL context the page creates (viewers share one per page; see tests/e2e/shared-context.e2e.mjs).
  await recordWebGLContexts(context);
});

after(async () => {
  await context?.close();
  await server?.close();
});

/** Text of the element's messages in place (the view's alerts and the element's own notice). */
const messages = (page, id) => page.evaluate((i) => {
  const root = document.getElementById(i).shadowRoot;
  return [...root.querySelectorAll('[role="alert"]')]
    .filter((n) => !n.hidden && n.getClientRects().length > 0)
    .map((n) => n.textContent.trim());
}, id);

const errorsSince = (page, n) => page.evaluate((k) => window.__sx.events.slice(k).filter((e) => e.type === 'error'), n);
const eventCount = (page) => page.evaluate(() => window.__sx.events.length);
const waitForError = (page, n, code) => page.waitForFunction(([k, c]) =>
  window.__sx.events.slice(k).some((e) => e.type === 'error' && e.detail.code === c), [n, code], { timeout: 30_000 });

test('bad input shows a clear message in place, dispatches error, and a valid value recovers', { timeout: 300_000 }, async () => {
  const { page } = await openPage(context, `${server.url}fixtures/single.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  const set = (name, value) => page.evaluate(([k, v]) => document.getElementById('one').setAttribute(k, v), [name, value]);

  const cases = [
    { attr: 'procedure', value: 'not-a-procedure', code: 'unknown-procedure', text: /"not-a-procedure".*epidural-transforaminal/s, fix: 'epidural-transforaminal' },
    { attr: 'level', value: 'Z9', code: 'invalid-option', text: /"Z9".*L4-L5/s, fix: 'L4-L5' },
    { attr: 'side', value: 'upside-down', code: 'invalid-option', text: /"upside-down".*left/s, fix: 'left' },
    { attr: 'locale', value: 'en_US!!', code: 'invalid-locale', text: /"en_US!!".*language tag/s, fix: 'es' },
    { attr: 'step', value: 'two', code: 'invalid-attribute', text: /"two".*step number/s, fix: '2' },
  ];
  for (const c of cases) {
    const n = await eventCount(page);
    await set(c.attr, c.value);
    await waitForError(page, n, c.code);
    const [err] = (await errorsSince(page, n)).filter((e) => e.detail.code === c.code);
    assert.match(err.detail.message, new RegExp(c.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${c.attr}: the message names the bad value`);
    assert.equal(err.detail.attribute, c.attr, `${c.attr}: the event names the attribute`);
    assert.equal(err.detail.source, 'api');
    await page.waitForFunction(([i]) => document.getElementById(i).shadowRoot.querySelector('[role="alert"]:not([hidden])'), ['one']);
    const shown = (await messages(page, 'one')).join(' | ');
    assert.match(shown, c.text, `${c.attr}: the message in place says what is wrong and what is allowed`);

    await set(c.attr, c.fix);
    await page.waitForFunction(() => {
      const root = document.getElementById('one').shadowRoot;
      return ![...root.querySelectorAll('[role="alert"]')].some((n) => !n.hidden && n.getClientRects().length > 0);
    }, null, { timeout: 60_000 });
  }
  await waitReady(page, '#one');
  assert.ok((await sceneCoverage(page, '#one')).coverage > 0.05, 'after recovery the scene is drawn');
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, []);
  assert.deepEqual(sx.rejections, []);
});

test('1,000+ random attribute sequences never throw into the host page', { timeout: 600_000 }, async (t) => {
  const { page, recorder } = await openPage(context, `${server.url}fixtures/single.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  const result = await page.evaluate(async () => {
    // mulberry32: a seeded generator, so a failure can be replayed.
    let seed = 20261127;
    const rnd = () => {
      seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const junk = ['', ' ', '\u0000', 'null', 'undefined', '[object Object]', '-1', '1e9', 'NaN', '💉', 'x'.repeat(3000),
      '<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>', '__proto__', 'constructor', 'toString'];
    const values = {
      procedure: ['epidural-transforaminal', 'epidural-interlaminar', 'epidural-caudal', 'medial-branch-block', 'scs-trial',
        'knee-joint-injection', 'trigger-point-injection', 'stellate-ganglion-block', ' Facet-Joint-Injection ', 'nope', ...junk],
      level: ['L4-L5', 'L5-S1', 'L4', 'L5', 'T8', 'C6', 'C7-T1', 'Co', 'Z9', 'L4-L5-S1', 'l3-l4', ...junk],
      side: ['left', 'right', 'bilateral', 'LEFT', 'up', ...junk],
      site: ['all', 'superolateral', 'trapezius', 'subacromial', 'moon', ...junk],
      layout: ['compact', 'workbench', 'sideways', ...junk],
      theme: ['light', 'dark', 'high-contrast', 'neon', ...junk],
      locale: ['en', 'es', 'es-MX', 'fr', 'en_US', 'e', '12', 'zh-Hant-TW', ...junk],
      step: ['1', '2', '3', '7', '99', '0', '-2', '1.5', 'two', ...junk],
      'reading-level': ['patient', 'clinician', 'expert', ...junk],
    };
    const attrs = Object.keys(values);
    const props = { procedure: 'procedure', level: 'level', side: 'side', site: 'site', layout: 'layout', theme: 'theme', locale: 'locale', step: 'step', 'reading-level': 'readingLevel' };
    const el = document.getElementById('one');
    let sequences = 0;
    let operations = 0;
    const started = performance.now();
    for (let i = 0; i < 1200; i++) {
      const length = 1 + Math.floor(rnd() * 6);
      for (let j = 0; j < length; j++) {
        const attr = pick(attrs);
        const r = rnd();
        try {
          if (r < 0.55) el.setAttribute(attr, pick(values[attr]));
          else if (r < 0.7) el.removeAttribute(attr);
          else if (r < 0.85) el[props[attr]] = pick(values[attr]);
          else if (r < 0.9) el[props[attr]] = pick([null, undefined, 3, {}, []]);
          else pick([() => el.next(), () => el.previous(), () => el.play(), () => el.pause(), () => el.snapshot().catch(() => {})])();
        } catch (err) {
          return { thrown: `${attr}: ${err?.stack ?? err}`, sequences, operations };
        }
        operations++;
      }
      sequences++;
      await Promise.resolve();
      // Let React commit and the scene draw now and then, so bad states really render.
      if (i % 25 === 0) await new Promise((r) => setTimeout(r, 0));
      if (i % 200 === 0) await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return { sequences, operations, ms: Math.round(performance.now() - started), xss: window.__xss ?? null };
  });
  t.diagnostic(JSON.stringify(result));
  assert.equal(result.thrown, undefined, 'no attribute, property or method call threw');
  assert.ok(result.sequences >= 1000);
  assert.equal(result.xss, null, 'values are text, never markup');

  // Recover with a valid configuration.
  await page.evaluate(() => {
    const el = document.getElementById('one');
    for (const a of ['level', 'side', 'site', 'layout', 'theme', 'locale', 'step', 'reading-level']) el.removeAttribute(a);
    el.setAttribute('procedure', 'epidural-interlaminar');
  });
  await page.waitForFunction(() => {
    const root = document.getElementById('one').shadowRoot;
    return ![...root.querySelectorAll('[role="alert"]')].some((n) => !n.hidden && n.getClientRects().length > 0)
      && root.querySelector('.sx-root')?.dataset.procedure === 'epidural-interlaminar';
  }, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const sx = await page.evaluate(() => window.__sx);
  const errorEvents = sx.events.filter((e) => e.type === 'error').length;
  t.diagnostic(`${errorEvents} error events dispatched while fuzzing`);
  assert.deepEqual(sx.errors, [], 'no uncaught exception reached window');
  assert.deepEqual(sx.rejections, [], 'no unhandled rejection reached window');
  assert.deepEqual(recorder.pageErrors, []);
  assert.ok(errorEvents > 0, 'bad values were reported as error events');
});

test('four instances are independent; a move keeps the scene; removal frees it', { timeout: 400_000 }, async (t) => {
  const { page } = await openPage(context, `${server.url}fixtures/four.html`, { ready: null, timeout: 120_000 });
  const ids = ['a', 'b', 'c', 'd'];
  // They mount as they come into view (IntersectionObserver); visit each.
  for (const id of ids) {
    await page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
    await waitReady(page, `#${id}`, 180_000);
  }
  const state = (list = ids) => page.evaluate((l) => l.map((i) => {
    const el = document.getElementById(i);
    return { id: i, step: el.step, procedure: el.shadowRoot.querySelector('.sx-root')?.dataset.procedure, canvases: el.shadowRoot.querySelectorAll('canvas').length };
  }), list);
  const before = await state();
  assert.deepEqual(before.map((s) => s.procedure), ['epidural-interlaminar', 'medial-branch-block', 'knee-joint-injection', 'scs-trial']);
  assert.deepEqual(before.map((s) => s.canvases), [1, 1, 1, 1], 'each has its own canvas');
  for (const id of ids) assert.ok((await sceneCoverage(page, `#${id}`)).coverage > 0.03, `#${id} is drawn`);

  await page.evaluate(() => { document.getElementById('b').next(); document.getElementById('b').next(); });
  await page.waitForFunction(() => document.getElementById('b').step === 3);
  const afterSteps = await state();
  assert.deepEqual(afterSteps.map((s) => s.step), [1, 3, 1, 1], 'stepping one leaves the others alone');

  // Move #a: same canvas, the page's GL context still live, no new ready signal.
  const moved = await page.evaluate(async () => {
    const el = document.getElementById('a');
    const canvas = el.shadowRoot.querySelector('canvas');
    const root = el.shadowRoot.querySelector('.sx-root');
    document.getElementById('elsewhere').append(el);
    el.scrollIntoView();
    await new Promise((r) => setTimeout(r, 1600)); // longer than the teardown delay
    return {
      sameCanvas: el.shadowRoot.querySelector('canvas') === canvas,
      sameViewRoot: el.shadowRoot.querySelector('.sx-root') === root,
      // Availability probes are released at once; the live context is the one the viewers share.
      contextLost: window.__webglContexts.every((c) => c.isContextLost()),
      step: el.step,
    };
  });
  t.diagnostic(`move: ${JSON.stringify(moved)}`);
  assert.deepEqual(moved, { sameCanvas: true, sameViewRoot: true, contextLost: false, step: 1 });

  // Remove #c: its React root unmounts and gives back its share of the page's GL context, which the others keep.
  const removed = await page.evaluate(async () => {
    const el = document.getElementById('c');
    el.remove();
    await new Promise((r) => setTimeout(r, 1600));
    return {
      canvasesLeft: el.shadowRoot.querySelectorAll('canvas').length,
      viewChildren: el.shadowRoot.querySelector('[part="view"]').childElementCount,
      liveContexts: window.__webglContexts.filter((c) => !c.isContextLost()).length,
    };
  });
  t.diagnostic(`remove: ${JSON.stringify(removed)}`);
  assert.equal(removed.canvasesLeft, 0);
  assert.equal(removed.viewChildren, 0);
  assert.equal(removed.liveContexts, 1, 'the shared GL context stays for the others');
  for (const id of ['a', 'b', 'd']) assert.ok((await sceneCoverage(page, `#${id}`)).coverage > 0.03, `#${id} is still drawn`);
  const others = await state(['a', 'b', 'd']);
  assert.deepEqual(others.map((s) => [s.canvases, s.step]), [[1, 1], [1, 3], [1, 1]], 'the others keep their scenes and steps');
});

test('a lost WebGL context shows the poster; a restored one draws the scene again', { timeout: 300_000 }, async () => {
  const { page } = await openPage(context, `${server.url}fixtures/single.html`, { ready: null, timeout: 120_000 });
  await waitReady(page);
  const n = await eventCount(page);
  await page.evaluate(() => {
    // The context the view draws through (the page's shared one; availability probes are already released).
    const gl = window.__webglContexts.find((c) => !c.isContextLost());
    window.__lose = gl.getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await waitForError(page, n, 'webgl');
  // The posters are a chunk that a page with WebGL has not fetched yet: the loss fetches it.
  await page.waitForFunction(() => !!document.getElementById('one').shadowRoot.querySelector('[part="poster"] svg'), null, { timeout: 30_000 });
  const lost = await page.evaluate(() => {
    const root = document.getElementById('one').shadowRoot;
    const poster = root.querySelector('[part="poster"]');
    const r = poster.getBoundingClientRect();
    return { hidden: poster.hidden, svg: !!poster.querySelector('svg[role="img"]'), w: r.width, h: r.height, mode: root.querySelector('.sx-embed').dataset.poster };
  });
  assert.equal(lost.hidden, false);
  assert.equal(lost.svg, true, 'the poster is an inline SVG with an accessible name');
  assert.equal(lost.mode, 'lost');
  assert.ok(lost.w > 200 && lost.h > 150, `the poster covers the stage (${lost.w}x${lost.h})`);

  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('[part="poster"]').hidden, null, { timeout: 30_000 });
  await pollUntil(async () => (await sceneCoverage(page, '#one')).coverage > 0.05, { timeout: 60_000, what: 'the restored scene to draw' });
  const sx = await page.evaluate(() => window.__sx);
  assert.deepEqual(sx.errors, []);
});
