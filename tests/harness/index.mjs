// The real-browser test harness. Usage and conventions: tests/harness/README.md.
export { startStaticServer } from '../../scripts/lib/static-server.mjs';
export {
  CHROMIUM_ARGS, CHROMIUM_PATH, NO_WEBGL_ARGS, READY_SELECTOR, launchBrowser, openPage, screenshot,
} from './browser.mjs';
export { CENTRE, SCREENSHOT_TIMEOUT, assertCanvasNotBlank, canvasCoverage, coverageOf, differenceOf } from './pixels.mjs';
export { assertNoErrorsNoExternalRequests, externalRequests } from './assertions.mjs';
export { decodePng } from './png.mjs';
export { repoRoot, fromRoot } from './paths.mjs';
