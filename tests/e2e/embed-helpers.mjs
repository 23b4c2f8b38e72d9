// Shared pieces of the embed browser tests (tests/e2e/embed-*.e2e.mjs). Not a test file itself.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fromRoot, startStaticServer } from '../harness/index.mjs';

/**
 * The script under test, served at /embed/spine-explainer.js with the files next to it. SX_EMBED_BUNDLE picks
 * another build (an A/B against an older tree, say).
 */
export const BUNDLE = process.env.SX_EMBED_BUNDLE ? resolve(process.env.SX_EMBED_BUNDLE) : fromRoot('packages/embed/dist/spine-explainer.js');
const BUNDLE_DIR = dirname(BUNDLE);
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
// Another build's screenshots go next to it, not over the reviewed ones.
export const shot = (name) => (process.env.SX_EMBED_BUNDLE
  ? join(BUNDLE_DIR, '__screenshots__', `embed-${name}.png`)
  : fromRoot(`tests/e2e/__screenshots__/embed-${name}.png`));

export function assertBuilt() {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\` first`);
}

/**
 * Serves demo/ at `/`, the embed's dist at `/embed/`, and test fixture pages at `/fixtures/`.
 * @param {{ fixtures?: Record<string, string>, headers?: Record<string, Record<string, string>> }} [options]
 */
export async function serveEmbed({ fixtures = {}, headers = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sx-embed-fixtures-'));
  for (const [name, html] of Object.entries(fixtures)) writeFileSync(join(dir, name), html);
  return startStaticServer({
    root: fromRoot('demo'),
    routes: { '/embed/': BUNDLE_DIR, '/fixtures/': dir },
    headers,
  });
}

/** A bare page that loads the script the way a clinic would, plus `body`. No inline script or style. */
export const page = (body, { title = 'fixture' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="/embed/spine-explainer.js"></script></head>
<body>${body}</body></html>`;

/**
 * Keeps every WebGL context the page creates, before any page script runs, in `window.__webglContexts` (creation
 * order, each once), as an inspector would hold them.
 * @param {import('playwright-core').BrowserContext | import('playwright-core').Page} target
 */
export async function recordWebGLContexts(target) {
  await target.addInitScript(() => {
    const made = (window.__webglContexts = []);
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const ctx = getContext.call(this, type, ...rest);
      if (ctx && /webgl/.test(String(type)) && !made.includes(ctx)) made.push(ctx);
      return ctx;
    };
  });
}

/**
 * Records what the page would hide from a casual look: CSP violations, uncaught errors and rejections,
 * and every event the elements dispatch. Read them with `page.evaluate(() => window.__sx)`.
 * @param {import('playwright-core').BrowserContext | import('playwright-core').Page} target
 */
export async function recordEverything(target) {
  await target.addInitScript(() => {
    const sx = { csp: [], errors: [], rejections: [], events: [] };
    window.__sx = sx;
    document.addEventListener('securitypolicyviolation', (e) => {
      sx.csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    }, true);
    window.addEventListener('error', (e) => sx.errors.push(e instanceof ErrorEvent ? String(e.error?.stack ?? e.message) : `non-ErrorEvent 'error' reached window: ${e.constructor.name}`));
    window.addEventListener('unhandledrejection', (e) => sx.rejections.push(String(e.reason?.stack ?? e.reason)));
    for (const type of ['procedure-change', 'step-change', 'view-change', 'error']) {
      // Capture phase: `error` does not bubble (see SpineExplainerElement#emit).
      document.addEventListener(type, (e) => {
        if (!(e instanceof CustomEvent)) return;
        const el = e.composedPath()[0];
        sx.events.push({ type, id: el?.id ?? '', bubbles: e.bubbles, detail: JSON.parse(JSON.stringify(e.detail ?? null)) });
      }, true);
    }
  });
}

/** Waits until every `<spine-explainer>` matching `selector` says it is ready. */
export async function waitReady(page, selector = 'spine-explainer', timeout = 90_000) {
  await page.waitForFunction((sel) => {
    const all = [...document.querySelectorAll(sel)];
    return all.length > 0 && all.every((el) => el.ready);
  }, selector, { timeout, polling: 100 });
}

/** Share of a canvas in the element's shadow root that differs from its corner colour (a drawn scene). */
export async function sceneCoverage(page, selector = 'spine-explainer') {
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    const canvas = el?.shadowRoot?.querySelector('canvas');
    if (!canvas) return { coverage: 0, width: 0, height: 0, visible: false };
    const rect = canvas.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && getComputedStyle(canvas).display !== 'none';
    // Copy through a 2D canvas after a frame so preserveDrawingBuffer does not matter.
    await new Promise((r) => requestAnimationFrame(() => r()));
    const w = 160;
    const h = Math.max(1, Math.round((w * canvas.height) / Math.max(1, canvas.width)));
    const c2 = document.createElement('canvas');
    c2.width = w;
    c2.height = h;
    const ctx = c2.getContext('2d');
    ctx.drawImage(canvas, 0, 0, w, h);
    const { data } = ctx.getImageData(0, 0, w, h);
    let covered = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 16) covered++;
    return { coverage: covered / (w * h), width: rect.width, height: rect.height, visible };
  }, selector);
}

/** Polls an async condition from Node until it holds; fails with `what` after `timeout` ms. */
export async function pollUntil(condition, { timeout = 60_000, interval = 300, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
