// Entry of dist/spine-explainer.js: one <script src> and <spine-explainer> exists. Loaded by
// frame.html (marked `data-sx-frame`), it also fills that page from its URL parameters.
import './csp';
import { SpineExplainerElement } from './SpineExplainerElement';
import { defineSpineExplainer } from './index';
import { prepareAll, withChunks } from './chunkedView';
import { loadLocaleTexts } from './lateLocale';
import { loadPosters, withPostersOnContextLoss } from './lazyPosters';
import { hasWebGL } from './poster';

// This script's catalog is English only and its posters are a chunk (rollup.config.mjs): whatever view index.ts
// set renders Spanish once the Spanish chunk is in, and a page without WebGL gets its poster with the text.
const view = SpineExplainerElement.mountView;
if (view) {
  SpineExplainerElement.mountView = withChunks(withPostersOnContextLoss(view), prepareAll(
    (props) => loadLocaleTexts(props.locale),
    (_props, container) => (hasWebGL(container.ownerDocument) ? undefined : loadPosters()),
  ));
}

defineSpineExplainer();

// Frame mode is for frame.html alone, so it is a chunk of its own that only that page fetches.
if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-sx-frame')) {
  import('./frame').then(({ startFrame }) => {
    if (document.body) startFrame();
    else document.addEventListener('DOMContentLoaded', () => startFrame(), { once: true });
  }, (err: unknown) => {
    // No element to report on yet: the page's console is the one place left to say it.
    console.error(`spine-explainer: frame mode could not start: ${err instanceof Error ? err.message : String(err)}`);
  });
}
