// The iframe route: frame.html on one origin, configured by URL parameters, driven by postMessage from
// the page that embeds it (another origin, listed in `allowed-origins`). Messages from any other origin,
// or from another window of an allowed origin, are ignored without a reply.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from '../harness/index.mjs';
import { assertBuilt, recordEverything, serveEmbed, shot } from './embed-helpers.mjs';

let host, provider, rogue, context;

const ROGUE_JS = `
window.got = [];
window.addEventListener('message', (e) => window.got.push({ origin: e.origin, data: e.data }));
const frame = document.getElementById('victim');
frame.addEventListener('load', () => {
  const target = new URL(frame.src).origin;
  let n = 0;
  const timer = setInterval(() => {
    frame.contentWindow.postMessage({ type: 'spine-explainer', command: 'next', id: n }, target);
    frame.contentWindow.postMessage({ type: 'spine-explainer', command: 'set', attributes: { procedure: 'scs-trial' }, id: 'set' + n }, '*');
    if (++n >= 10) { clearInterval(timer); window.sentAll = true; }
  }, 100);
});
`;
const SIBLING_JS = `
// Same origin as the host page, but not the frame's parent: must be ignored too.
const victim = parent.document.getElementById('explainer').contentWindow;
victim.postMessage({ type: 'spine-explainer', command: 'next', id: 'sibling' }, '*');
window.sent = true;
`;

before(async () => {
  assertBuilt();
  provider = await serveEmbed();
  host = await serveEmbed({
    fixtures: {
      'sibling.html': '<!doctype html><title>sibling</title><script src="/fixtures/sibling.js"></script>',
      'sibling.js': SIBLING_JS,
    },
  });
  const frameUrl = `${provider.url}embed/frame.html?procedure=epidural-caudal&allowed-origins=${encodeURIComponent(origin(host))}`;
  rogue = await serveEmbed({
    fixtures: {
      'rogue.js': ROGUE_JS,
      'rogue.html': `<!doctype html><title>rogue</title><iframe id="victim" src="${frameUrl}" width="600" height="500"></iframe><script src="/fixtures/rogue.js"></script>`,
    },
  });
  context = await launchBrowser({ viewport: { width: 1100, height: 900 } });
  await recordEverything(context);
});

after(async () => {
  await context?.close();
  for (const s of [host, provider, rogue]) await s?.close();
});

const origin = (server) => new URL(server.url).origin;

test('frame.html follows its URL parameters and obeys the page that embeds it', { timeout: 300_000 }, async (t) => {
  const url = `${host.url}iframe.html?frame-origin=${encodeURIComponent(origin(provider))}`;
  const { page, recorder } = await openPage(context, url, { ready: null, timeout: 120_000 });
  const received = () => page.evaluate(() => window.received);
  await page.waitForFunction(() => window.received.some((m) => m.event === 'ready'), null, { timeout: 180_000 });

  const frame = page.frames().find((f) => f.url().startsWith(origin(provider)));
  assert.ok(frame, 'the frame is on the provider origin');
  const inFrame = () => frame.evaluate(() => {
    const el = document.querySelector('spine-explainer');
    return { procedure: el.procedure, level: el.level, step: el.step };
  });
  assert.deepEqual(await inFrame(), { procedure: 'epidural-interlaminar', level: 'L4-L5', step: 1 }, 'URL parameters became attributes');
  // The frame reports its content height and the demo fits the iframe to it.
  await page.waitForFunction(() => document.getElementById('explainer').getBoundingClientRect().height > 500, null, { timeout: 60_000 });
  await page.screenshot({ path: shot('iframe'), timeout: 120_000 });

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => window.received.some((m) => m.event === 'step-change' && m.detail.step === 2));
  const msgs = await received();
  const step = msgs.find((m) => m.event === 'step-change');
  assert.equal(step.detail.source, 'api');
  assert.ok(msgs.some((m) => m.reply === 1 && m.ok === true), 'the command was acknowledged');

  await page.selectOption('#procedure', 'knee-joint-injection');
  await page.waitForFunction(() => window.received.some((m) => m.event === 'procedure-change' && m.detail.procedure === 'knee-joint-injection'));
  assert.equal((await inFrame()).procedure, 'knee-joint-injection');

  await page.selectOption('#procedure', 'not-a-procedure');
  await page.waitForFunction(() => window.received.some((m) => m.event === 'error' && m.detail.code === 'unknown-procedure'));

  const readyCount = (await received()).filter((m) => m.event === 'ready').length;
  await page.selectOption('#procedure', 'epidural-interlaminar|L4-L5');
  await page.waitForFunction(() => window.received.some((m) => m.event === 'procedure-change' && m.detail.procedure === 'epidural-interlaminar'));
  await page.waitForFunction((n) => window.received.filter((m) => m.event === 'ready').length > n, readyCount, { timeout: 120_000 });

  // snapshot() over postMessage answers with a PNG blob.
  const snap = await page.evaluate(async () => {
    const id = window.sendToFrame({ command: 'snapshot' });
    for (let i = 0; i < 300; i++) {
      const r = window.received.find((m) => m.reply === id);
      if (r) return { ok: r.ok, type: r.result?.type, size: r.result?.size, error: r.error };
      await new Promise((res) => setTimeout(res, 100));
    }
    return null;
  });
  t.diagnostic(`snapshot: ${JSON.stringify(snap)}`);
  assert.equal(snap?.ok, true);
  assert.equal(snap.type, 'image/png');
  assert.ok(snap.size > 1000);

  // Junk and foreign message shapes get no answer and change nothing.
  const count = (await received()).length;
  const before = await inFrame();
  await page.evaluate((target) => {
    const w = document.getElementById('explainer').contentWindow;
    for (const m of [null, 'next', 42, { command: 'next' }, { type: 'spine-explainer', command: 'eval', id: 'x' },
      { type: 'spine-explainer', command: 'set', attributes: { onclick: 'alert(1)' }, id: 'y' }]) w.postMessage(m, target);
  }, origin(provider));
  // A same-origin sibling window of the host page is not the frame's parent.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.src = '/fixtures/sibling.html';
    document.body.append(f);
  });
  await page.waitForTimeout(1500);
  const after = await received();
  const replies = after.slice(count).filter((m) => 'reply' in m);
  assert.deepEqual(replies.map((m) => m.reply), ['y'], 'only the well-formed set was answered');
  assert.deepEqual(await inFrame(), before, 'nothing moved');
  assert.equal(await frame.evaluate(() => document.querySelector('spine-explainer').hasAttribute('onclick')), false, 'unknown attributes are not set');

  assert.deepEqual(recorder.pageErrors, []);
});

test('a page on an origin that is not allowed cannot drive the frame, and hears nothing', { timeout: 240_000 }, async () => {
  const page = await context.newPage();
  await page.goto(`${rogue.url}fixtures/rogue.html`);
  await page.waitForFunction(() => window.sentAll === true, null, { timeout: 120_000 });
  const frame = page.frames().find((f) => f.url().startsWith(origin(provider)));
  assert.ok(frame, `the frame is there: ${page.frames().map((f) => f.url()).join(', ')}`);
  await frame.waitForFunction(() => document.querySelector('spine-explainer')?.ready, null, { timeout: 180_000 });
  await page.waitForTimeout(1000);
  const state = await frame.evaluate(() => {
    const el = document.querySelector('spine-explainer');
    return { procedure: el.procedure, step: el.step };
  });
  assert.deepEqual(state, { procedure: 'epidural-caudal', step: 1 }, 'the rogue page\'s commands were ignored');
  assert.deepEqual(await page.evaluate(() => window.got), [], 'no events or replies went to the rogue page');
  await page.close();
});
