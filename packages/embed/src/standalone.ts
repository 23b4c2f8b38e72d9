// Entry of dist/spine-explainer.js: one <script src> and <spine-explainer> exists. Loaded by
// frame.html (marked `data-sx-frame`), it also fills that page from its URL parameters.
import './csp';
import { SpineExplainerElement } from './SpineExplainerElement';
import { defineSpineExplainer } from './index';
import { prepareAll, withChunks } from './chunkedView';
import { startFrame } from './frame';
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

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-sx-frame')) {
  if (document.body) startFrame();
  else document.addEventListener('DOMContentLoaded', () => startFrame(), { once: true });
}
