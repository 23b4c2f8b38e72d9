// Pixel checks on a rendered canvas. R3F canvases are transparent, so "drawn" means "differs from what
// is behind the canvas"; we measure the share of the canvas the scene covers, never one pixel.
import { decodePng } from './png.mjs';

/**
 * @typedef {{ x: number, y: number, width: number, height: number }} Region  fractions 0..1 of the image
 * @typedef {[number, number, number]} Rgb
 */

/**
 * A screenshot waits for Chromium to composite a new frame, which under software WebGL on a busy
 * machine took up to ~50 s (measured with load 15 on 2 cores), so the default is generous.
 */
export const SCREENSHOT_TIMEOUT = 120_000;

/** The middle third of the canvas in each direction. */
export const CENTRE = Object.freeze({ x: 1 / 3, y: 1 / 3, width: 1 / 3, height: 1 / 3 });

/**
 * Share (0..1) of pixels in `region` whose colour differs from `background` by more than `tolerance`
 * in any channel. Pure: works on decoded RGBA.
 * @param {{ width: number, height: number, data: Uint8Array }} image
 * @param {Rgb} background
 * @param {{ tolerance?: number, region?: Region }} [options]
 */
export function coverageOf(image, background, { tolerance = 12, region } = {}) {
  region ??= { x: 0, y: 0, width: 1, height: 1 };
  const x0 = Math.round(region.x * image.width), x1 = Math.round((region.x + region.width) * image.width);
  const y0 = Math.round(region.y * image.height), y1 = Math.round((region.y + region.height) * image.height);
  let differ = 0, total = 0;
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
      const i = (y * image.width + x) * 4;
      total++;
      if (
        Math.abs(image.data[i] - background[0]) > tolerance ||
        Math.abs(image.data[i + 1] - background[1]) > tolerance ||
        Math.abs(image.data[i + 2] - background[2]) > tolerance
      ) differ++;
    }
  }
  return total === 0 ? 0 : differ / total;
}

/**
 * Share (0..1) of pixels in `region` that differ by more than `tolerance` in any channel between two
 * images of the same size. Pure.
 * @param {{ width: number, height: number, data: Uint8Array }} a
 * @param {{ width: number, height: number, data: Uint8Array }} b
 * @param {{ tolerance?: number, region?: Region }} [options]
 */
export function differenceOf(a, b, { tolerance = 12, region } = {}) {
  region ??= { x: 0, y: 0, width: 1, height: 1 };
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`Images differ in size: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  }
  const x0 = Math.max(0, Math.round(region.x * a.width)), x1 = Math.min(a.width, Math.round((region.x + region.width) * a.width));
  const y0 = Math.max(0, Math.round(region.y * a.height)), y1 = Math.min(a.height, Math.round((region.y + region.height) * a.height));
  let differ = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      if (
        Math.abs(a.data[i] - b.data[i]) > tolerance ||
        Math.abs(a.data[i + 1] - b.data[i + 1]) > tolerance ||
        Math.abs(a.data[i + 2] - b.data[i + 2]) > tolerance
      ) differ++;
    }
  }
  const total = (x1 - x0) * (y1 - y0);
  return total <= 0 ? 0 : differ / total;
}

/**
 * Screenshots the area of the element matching `selector` (CSS selectors pierce open shadow roots) twice:
 * as drawn, and with the element hidden, so that what is behind it (a gradient, a poster, overlaid labels)
 * cancels out. Returns the share of pixels the element itself changes: `coverage` over the whole area,
 * `centreCoverage` over its middle third. With `background: [r, g, b]` it compares against that solid
 * colour instead, in a single screenshot. `path` saves the "as drawn" image.
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @param {{ background?: Rgb, tolerance?: number, path?: string, timeout?: number }} [options]
 * @returns {Promise<{ coverage: number, centreCoverage: number, width: number, height: number }>}
 */
export async function canvasCoverage(page, selector = 'canvas', { background, tolerance, path, timeout = SCREENSHOT_TIMEOUT } = {}) {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible', timeout });
  await locator.scrollIntoViewIfNeeded({ timeout });
  const box = await locator.boundingBox();
  if (!box || box.width < 1 || box.height < 1) throw new Error(`${selector} has no size on the page`);
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  const drawn = decodePng(await page.screenshot({ clip, scale: 'css', timeout, ...(path ? { path } : {}) }));
  const measure = (region) =>
    background
      ? coverageOf(drawn, background, { tolerance, region })
      : differenceOf(drawn, behind, { tolerance, region });
  let behind;
  if (!background) {
    const previous = await locator.evaluate((el) => {
      const value = el.style.visibility;
      el.style.visibility = 'hidden';
      return value;
    });
    try {
      behind = decodePng(await page.screenshot({ clip, scale: 'css', timeout }));
    } finally {
      await locator.evaluate((el, value) => { el.style.visibility = value; }, previous);
    }
  }
  return {
    coverage: measure(undefined),
    centreCoverage: measure(CENTRE),
    width: drawn.width,
    height: drawn.height,
  };
}

/**
 * Fails unless the element covers at least `minCentre` of its middle third and `minCoverage` of its whole
 * area (see canvasCoverage). Returns the measurement so tests can log it.
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @param {{ minCentre?: number, minCoverage?: number, background?: Rgb, tolerance?: number, path?: string, timeout?: number }} [options]
 */
export async function assertCanvasNotBlank(page, selector = 'canvas', { minCentre = 0.05, minCoverage = 0.01, ...rest } = {}) {
  const m = await canvasCoverage(page, selector, rest);
  const pct = (v) => `${(v * 100).toFixed(1)}%`;
  if (m.centreCoverage < minCentre || m.coverage < minCoverage) {
    throw new Error(
      `Canvas ${selector} looks blank: it changes ${pct(m.centreCoverage)} of its centre (need ${pct(minCentre)}) ` +
        `and ${pct(m.coverage)} of its area (need ${pct(minCoverage)}); size ${m.width}x${m.height}`,
    );
  }
  return m;
}
