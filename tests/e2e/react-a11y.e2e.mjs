// axe-core on <SpineExplainer> in real Chromium, in every theme and in the no-WebGL fallback: 0 violations.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, startStaticServer } from '../harness/index.mjs';
import { buildFixture } from '../../stories/e2e/build-fixture.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sx-react-a11y-'));
  await buildFixture(dir);
  server = await startStaticServer({ root: dir });
});
after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('.sx-root'), { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const webgl of [true, false]) {
  test(`axe finds no violations in any theme (${webgl ? 'WebGL' : 'no-WebGL fallback'})`, { timeout: 600_000 }, async (t) => {
    const context = await launchBrowser({ webgl, viewport: { width: 1000, height: 800 } });
    try {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        const q = new URLSearchParams({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', theme, quality: 'low', step: '2' });
        const { page } = await openPage(context, `${server.url}index.html?${q}`, { timeout: 180_000 });
        const violations = await axe(page);
        t.diagnostic(`${theme}: ${violations.length} violation(s)${violations.length ? `\n  ${violations.join('\n  ')}` : ''}`);
        assert.deepEqual(violations, [], `${theme}: axe violations`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}
