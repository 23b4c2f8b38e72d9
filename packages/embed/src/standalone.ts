// Entry of dist/spine-explainer.js: one <script src> and <spine-explainer> exists. Loaded by
// frame.html (marked `data-sx-frame`), it also fills that page from its URL parameters.
import './csp';
import { SpineExplainerElement } from './SpineExplainerElement';
import { defineSpineExplainer } from './index';
import { withChunks } from './chunkedView';
import { startFrame } from './frame';
import { loadLocaleTexts } from './lateLocale';

// This script's catalog is English only (rollup.config.mjs): whatever view index.ts set renders Spanish once
// the Spanish chunk is in.
const view = SpineExplainerElement.mountView;
if (view) SpineExplainerElement.mountView = withChunks(view, (props) => loadLocaleTexts(props.locale));

defineSpineExplainer();

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-sx-frame')) {
  if (document.body) startFrame();
  else document.addEventListener('DOMContentLoaded', () => startFrame(), { once: true });
}
