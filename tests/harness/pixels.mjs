// Pixel checks on a rendered canvas. R3F canvases are transparent, so "drawn" means "differs from what
// is behind the canvas"; we measure the share of the canvas the scene covers, never one pixel.
import { decodePng } from './png.mjs';

/**
 * @typedef {{ x: number, y: number, width: number, height: number }} Region  fractions 0..1 of the image
 * @typedef {[number, number, number]} Rgb
 */

/** The middle third of the canvas in each direction. */
export const CENTRE = Object.freeze({ x: 1 / 3, y: 1 / 3, width: 1 / 3, height: 1 / 3 });

/**
 * Share (0..1) of pixels in `region` whose colour differs from `background` by more than `tolerance`
 * in any channel. Pure: works on decoded RGBA.
 * @param {{ width: number, height: number, data: Uint8Array }} image
 * @param {Rgb} background
 * @param {{ tolerance?: number, region?: Region }} [options]
 */
export function coverageOf(image, background, { tolerance = 12, region = { x: 0, y: 0, width: 1, height: 1 } } = {}) {
  const x0 = Math.floor(region.x * image.width), x1 = Math.ceil((region.x + region.width) * image.width);
  const y0 = Math.floor(region.y * image.height), y1 = Math.ceil((region.y + region.height) * image.height);
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
 * The colour behind an element: the first opaque background of the element or its ancestors (crossing
 * shadow roots), white when none. Any CSS colour syntax is resolved by painting it on a 2D canvas.
 * @param {import('playwright-core').Locator} locator
 * @returns {Promise<Rgb>}
 */
export function backgroundBehind(locator) {
  return locator.evaluate((el) => {
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const rgba = (css) => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      return Array.from(probe.getImageData(0, 0, 1, 1).data);
    };
    for (let node = el; node; node = node.parentElement ?? node.getRootNode()?.host ?? null) {
      const css = getComputedStyle(node).backgroundColor;
      if (css && css !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(css)) {
        const [r, g, b, a] = rgba(css);
        if (a === 255) return [r, g, b];
      }
    }
    return [255, 255, 255];
  });
}

/**
 * Screenshots the element matching `selector` (shadow DOM is pierced) and measures how much of it differs
 * from the background behind it.
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @param {{ background?: Rgb, tolerance?: number, path?: string }} [options]
 * @returns {Promise<{ coverage: number, centreCoverage: number, width: number, height: number, background: Rgb }>}
 */
export async function canvasCoverage(page, selector = 'canvas', { background, tolerance, path } = {}) {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible' });
  const bg = background ?? (await backgroundBehind(locator));
  const image = decodePng(await locator.screenshot({ scale: 'css', ...(path ? { path } : {}) }));
  return {
    coverage: coverageOf(image, bg, { tolerance }),
    centreCoverage: coverageOf(image, bg, { tolerance, region: CENTRE }),
    width: image.width,
    height: image.height,
    background: bg,
  };
}

/**
 * Fails unless the scene covers at least `minCentre` of the canvas's middle third and `minCoverage` of
 * the whole canvas. Returns the measurement so tests can log it.
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 * @param {{ minCentre?: number, minCoverage?: number, background?: Rgb, tolerance?: number, path?: string }} [options]
 */
export async function assertCanvasNotBlank(page, selector = 'canvas', { minCentre = 0.05, minCoverage = 0.01, ...rest } = {}) {
  const m = await canvasCoverage(page, selector, rest);
  const pct = (v) => `${(v * 100).toFixed(1)}%`;
  if (m.centreCoverage < minCentre || m.coverage < minCoverage) {
    throw new Error(
      `Canvas ${selector} looks blank: centre ${pct(m.centreCoverage)} (need ${pct(minCentre)}), ` +
        `whole ${pct(m.coverage)} (need ${pct(minCoverage)}) differ from background rgb(${m.background.join(', ')}); ` +
        `size ${m.width}x${m.height}`,
    );
  }
  return m;
}
