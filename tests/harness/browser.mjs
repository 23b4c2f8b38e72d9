// Real Chromium (Debian's, software WebGL through SwiftShader) driven by playwright-core.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exactly the flags of shared TOOLCHAIN.md: WebGL 2 on SwiftShader, no sandbox (root), no traffic of its own. */
export const CHROMIUM_ARGS = Object.freeze([
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
]);

export const NO_WEBGL_ARGS = Object.freeze(['--disable-webgl', '--disable-3d-apis']);

/** Default ready signal: an element marked after the first frame was drawn. */
export const READY_SELECTOR = '[data-sx-ready="true"]';

/**
 * Launches Chromium with a throw-away profile. Closing the context removes the profile.
 * @param {{ webgl?: boolean, viewport?: { width: number, height: number }, args?: string[] }} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchBrowser({ webgl = true, viewport = { width: 1024, height: 768 }, args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'sx-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(webgl ? [] : NO_WEBGL_ARGS), ...args],
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  // Remove the profile after Chromium has exited, not on the 'close' event (it still writes then).
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
  };
  return context;
}

/**
 * @typedef {{
 *   consoleErrors: string[],
 *   pageErrors: string[],
 *   requests: string[],
 *   failedRequests: string[],
 *   httpErrors: string[],
 *   console: { type: string, text: string }[],
 * }} Recorder
 */

/**
 * Opens `url` in a new page, records console output, page errors and every request, and waits for the
 * page's explicit ready signal: an element matching `ready` (default `[data-sx-ready="true"]`, checked in
 * the light DOM) or a `spine:ready` event dispatched anywhere in the document. Pass `ready: null` to wait
 * only for the `load` event. Fails early, with the recorded errors, when the page throws before it is ready.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ ready?: string | null, timeout?: number }} [options]
 * @returns {Promise<{ page: import('playwright-core').Page, recorder: Recorder, readyMs: number }>}
 */
export async function openPage(context, url, { ready = READY_SELECTOR, timeout = 120_000 } = {}) {
  const page = await context.newPage();
  /** @type {Recorder} */
  const recorder = { consoleErrors: [], pageErrors: [], requests: [], failedRequests: [], httpErrors: [], console: [] };
  page.on('console', (msg) => {
    const entry = { type: msg.type(), text: msg.text() };
    recorder.console.push(entry);
    if (entry.type === 'error') recorder.consoleErrors.push(entry.text);
  });
  page.on('pageerror', (err) => recorder.pageErrors.push(String(err?.stack ?? err)));
  page.on('request', (req) => recorder.requests.push(req.url()));
  // Chromium's console line for a 404 omits the URL; keep it here so failures say which file.
  page.on('response', (res) => {
    if (res.status() >= 400) recorder.httpErrors.push(`HTTP ${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => recorder.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
  // Capture-phase listener on window sees the event wherever it is dispatched, bubbling or not.
  await page.addInitScript(() => {
    window.__sxReadyEvents = 0;
    window.addEventListener('spine:ready', () => window.__sxReadyEvents++, true);
  });

  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout });
  if (ready !== null) {
    let stopWatching = () => {};
    const crashed = new Promise((_, fail) => {
      const onError = (err) => fail(new Error(`Page threw before it was ready: ${err?.stack ?? err}`));
      page.once('pageerror', onError);
      stopWatching = () => page.off('pageerror', onError);
    });
    try {
      await Promise.race([
        page.waitForFunction(
          (selector) => Boolean(document.querySelector(selector)) || window.__sxReadyEvents > 0,
          ready,
          { timeout, polling: 100 },
        ),
        crashed,
      ]);
    } catch (err) {
      const errors = [...recorder.pageErrors, ...recorder.consoleErrors];
      err.message += `\nWaited for ${ready} or a spine:ready event on ${url}.` +
        (errors.length ? `\nErrors so far:\n  ${errors.join('\n  ')}` : '');
      throw err;
    } finally {
      stopWatching();
      crashed.catch(() => {});
    }
  }
  return { page, recorder, readyMs: Date.now() - started };
}

/** Saves a full-page PNG (parent folders are created by Playwright). See SCREENSHOT_TIMEOUT in pixels.mjs. */
export async function screenshot(page, path, { timeout = 120_000 } = {}) {
  await page.screenshot({ path, fullPage: true, timeout });
  return path;
}
