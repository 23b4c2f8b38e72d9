// The standalone script loads the parts most pages do not need (the workbench) as chunk files from its own
// directory. Checked in Chromium on the built dist, served from a directory of its own as a clinic would
// host it, under a strict CSP: a compact page fetches the script alone; `layout="workbench"` fetches its
// chunk once, from that directory, and shows the workbench. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fromRoot, launchBrowser, openPage, startStaticServer } from '../harness/index.mjs';

const DIST = fromRoot('packages/embed/dist');
// What a strict clinic page allows: scripts and styles from its own origin only (no inline <style>).
const STRICT_CSP = "script-src 'self'; style-src 'self'; connect-src 'none'; object-src 'none'";
const built = existsSync(join(DIST, 'spine-explainer.js'));

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title>
<script src="/vendor/sx/spine-explainer.js"></script></head><body>${body}</body></html>`;

let server;
let context;
let fixtures;
before(async () => {
  if (!built) return;
  fixtures = mkdtempSync(join(tmpdir(), 'sx-chunks-'));
  writeFileSync(join(fixtures, 'compact.html'), page('<spine-explainer procedure="epidural-caudal"></spine-explainer>'));
  writeFileSync(join(fixtures, 'workbench.html'), page(
    '<spine-explainer id="a" layout="workbench" procedure="epidural-caudal"></spine-explainer>' +
    '<spine-explainer id="b" layout="workbench" procedure="scs-trial"></spine-explainer>'));
  server = await startStaticServer({
    root: fixtures,
    routes: { '/vendor/sx/': DIST },
    headers: { '/compact.html': { 'Content-Security-Policy': STRICT_CSP }, '/workbench.html': { 'Content-Security-Policy': STRICT_CSP } },
  });
  context = await launchBrowser();
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
});
after(async () => {
  await context?.close();
  await server?.close();
  if (fixtures) rmSync(fixtures, { recursive: true, force: true });
});

const paths = (recorder) => recorder.requests.map((u) => new URL(u).pathname).filter((p) => p !== '/favicon.ico');

test('dist carries the chunks the script names, all under the script\'s own prefix', { skip: !built && 'not built' }, () => {
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'index.js');
  const chunks = files.filter((f) => f !== 'spine-explainer.js');
  assert.ok(chunks.some((f) => /^spine-explainer\.Workbench-[\w-]+\.js$/.test(f)), `no workbench chunk in ${files.join(', ')}`);
  assert.deepEqual(files.filter((f) => !f.startsWith('spine-explainer')), []);
});

test('a compact page fetches the script alone', { skip: !built && 'not built', timeout: 180_000 }, async () => {
  const { page: tab, recorder } = await openPage(context, `${server.url}compact.html`, { ready: null, timeout: 120_000 });
  await tab.waitForFunction(() => document.querySelector('spine-explainer')?.ready, null, { timeout: 120_000, polling: 100 });
  assert.deepEqual(paths(recorder), ['/compact.html', '/vendor/sx/spine-explainer.js']);
  assert.deepEqual(await tab.evaluate(() => window.__csp), []);
  assert.deepEqual(recorder.pageErrors, []);
  await tab.close();
});

test('layout="workbench" loads its chunk once, from the script\'s directory, styled, under script-src and style-src \'self\'', { skip: !built && 'not built', timeout: 240_000 }, async () => {
  const { page: tab, recorder } = await openPage(context, `${server.url}workbench.html`, { ready: null, timeout: 120_000 });
  await tab.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.sx-wb')), null, { timeout: 180_000, polling: 100 });
  const requested = paths(recorder);
  const chunks = requested.filter((p) => /^\/vendor\/sx\/spine-explainer\.Workbench-[\w-]+\.js$/.test(p));
  assert.equal(chunks.length, 1, `requests: ${requested.join(', ')}`);
  assert.deepEqual(requested.filter((p) => !p.startsWith('/vendor/sx/') && p !== '/workbench.html'), []);
  assert.deepEqual(await tab.evaluate(() => window.__csp), []);
  assert.deepEqual(recorder.pageErrors, []);
  // Styled through an adopted sheet, not a (blocked) inline <style>.
  const styled = await tab.evaluate(() => ['a', 'b'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return { inline: root.querySelectorAll('style').length, display: getComputedStyle(root.querySelector('.sx-wb-main')).display };
  }));
  assert.deepEqual(styled, [{ inline: 0, display: 'flex' }, { inline: 0, display: 'flex' }]);
  const tabs = await tab.evaluate(() => [...document.getElementById('b').shadowRoot.querySelectorAll('[role="tab"]')].map((t) => t.textContent));
  assert.ok(tabs.some((t) => /stimulator|SCS/i.test(t ?? '')), `tabs: ${tabs.join(' | ')}`);
  await tab.close();
});
