// <SpineExplainer> in real Chromium (software WebGL): three procedures, the highlight where the target projects,
// a level switch that moves it, and the fluoroscopy mode. Animations are pinned through the controller
// (goToStep / setProgress), never timed. The page is stories/e2e/fixture-page.tsx, bundled here with esbuild.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertNoErrorsNoExternalRequests, fromRoot, launchBrowser, openPage, screenshot, startStaticServer } from '../harness/index.mjs';
import { buildFixture } from '../../stories/e2e/build-fixture.mjs';

const SHOTS = fromRoot('tests/e2e/__screenshots__');
let server, context, dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sx-react-e2e-'));
  await buildFixture(dir);
  server = await startStaticServer({ root: dir });
  context = await launchBrowser({ viewport: { width: 1100, height: 820 } });
});
after(async () => {
  await context?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** In the page: the snapshot's pixels near the projected target that have the highlight's hue, and where they are. */
async function highlightStats(page, radius = 70) {
  return page.evaluate(async (radius) => {
    const sx = window.sx;
    const blob = await sx.snapshot();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const { data, width, height } = g.getImageData(0, 0, bmp.width, bmp.height);
    const canvas = document.querySelector('.sx-stage canvas');
    const k = width / canvas.clientWidth;
    const t = sx.project();
    const tx = t.x * k, ty = t.y * k;
    let near = 0, total = 0, sx_ = 0, sy_ = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // The canvas is transparent: composite over white, as the page shows it.
      const a = data[i + 3] / 255;
      const r = data[i] * a + 255 * (1 - a), gg = data[i + 1] * a + 255 * (1 - a), b = data[i + 2] * a + 255 * (1 - a);
      // The highlight is a saturated orange-red (#ff5a36): strongly red, clearly less green and blue.
      if (r > 150 && r - gg > 70 && r - b > 90) {
        total++; sx_ += x; sy_ += y;
        if (Math.hypot(x - tx, y - ty) <= radius * k) near++;
      }
    }
    return { near, total, centroid: total ? { x: sx_ / total / k, y: sy_ / total / k } : null, target: t, width, height };
  }, radius);
}

/** In the page: how grey the drawn pixels are (fluoroscopy renders bones only, in greys). */
async function greyStats(page) {
  return page.evaluate(async () => {
    const blob = await window.sx.snapshot();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const { data } = g.getImageData(0, 0, bmp.width, bmp.height);
    let drawn = 0, grey = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 20 || data[i] + data[i + 1] + data[i + 2] < 30) continue; // empty, or the black behind the X-ray
      drawn++;
      if (Math.abs(data[i] - data[i + 1]) < 14 && Math.abs(data[i + 1] - data[i + 2]) < 14) grey++;
    }
    return { drawn, grey, share: drawn ? grey / drawn : 0 };
  });
}

const waitReady = (page, check) =>
  page.waitForFunction((check) => {
    const el = document.querySelector('.sx-root');
    return el?.dataset.sxReady === 'true' && Object.entries(check).every(([k, v]) => el.dataset[k] === v);
  }, check, { timeout: 120_000 });

const CASES = [
  { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', next: 'L5-S1' },
  { procedure: 'facet-joint-injection', level: 'L4-L5', side: 'right', next: 'L3-L4' },
  { procedure: 'medial-branch-block', level: 'L4', side: 'left', next: 'L2' },
];

for (const c of CASES) {
  test(`${c.procedure}: the target glows where it projects; a new level moves it; fluoroscopy is grey`, { timeout: 400_000 }, async (t) => {
    const q = new URLSearchParams({ procedure: c.procedure, level: c.level, side: c.side, step: '0', progress: '1', labels: '0' });
    const { page, recorder, readyMs } = await openPage(context, `${server.url}index.html?${q}`, { timeout: 180_000 });
    t.diagnostic(`ready after ${readyMs} ms`);
    assert.equal(await page.locator('.sx-root').getAttribute('data-state'), 'ready');
    assert.equal((await page.evaluate(() => window.sxErrors)).length, 0, 'no onError');

    const a = await highlightStats(page);
    t.diagnostic(`${c.level}: ${a.near}/${a.total} highlight pixels within 70 px of the target at (${a.target.x.toFixed(0)}, ${a.target.y.toFixed(0)})`);
    assert.ok(a.total > 60, `the highlight colour is on screen (${a.total} px)`);
    assert.ok(a.near / a.total > 0.5, `most of it is near the projected target (${a.near}/${a.total})`);
    await screenshot(page, join(SHOTS, `react-${c.procedure}-${c.level}.png`));

    // Switch the level through the API: the camera re-centres, so compare with where the OLD target now projects.
    const oldTarget = await page.evaluate(() => window.sx.getState().placement.needles[0]?.target ?? window.sx.getState().placement.leads[0]?.path.at(-1));
    await page.evaluate((level) => window.sx.setLevel(level), c.next);
    await waitReady(page, { level: c.next });
    const b = await highlightStats(page);
    const oldNow = await page.evaluate((p) => window.sx.project(p), oldTarget);
    t.diagnostic(`${c.next}: ${b.near}/${b.total} near the new target; old target now ${Math.hypot(oldNow.x - b.centroid.x, oldNow.y - b.centroid.y).toFixed(0)} px from the highlight`);
    assert.ok(b.total > 60 && b.near / b.total > 0.5, `the highlight follows the new level (${b.near}/${b.total})`);
    assert.ok(Math.hypot(oldNow.x - b.centroid.x, oldNow.y - b.centroid.y) > 25, 'the highlight left the old level');

    await page.evaluate(() => window.sx.setMode('fluoro'));
    await waitReady(page, { mode: 'fluoro' });
    const g = await greyStats(page);
    t.diagnostic(`fluoro: ${(g.share * 100).toFixed(1)}% of ${g.drawn} drawn pixels are grey`);
    assert.ok(g.drawn > 2000 && g.share > 0.97, 'the X-ray view is greyscale');
    assert.equal((await highlightStats(page)).total, 0, 'no coloured highlight in the X-ray view');
    await screenshot(page, join(SHOTS, `react-${c.procedure}-${c.next}-fluoro.png`));
    assertNoErrorsNoExternalRequests(recorder);
    await page.close();
  });
}
