// Entry of dist/spine-explainer.js: one <script src> and <spine-explainer> exists. Loaded by
// frame.html (marked `data-sx-frame`), it also fills that page from its URL parameters.
//
// The compact viewer here is the React-free one (lite/: plain DOM and three), so the script carries no React;
// `layout="workbench"` fetches the React workbench as a chunk. The library entry (index.ts) keeps the React view.
import './csp';
import { spineExplainerCss } from '@spine-explainer/react';
import { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
import { prepareAll, withChunks } from './chunkedView';
import { loadLocaleTexts } from './lateLocale';
import { loadPosters, withPostersOnContextLoss } from './lazyPosters';
import { liteView } from './lite/liteView';
import { hasWebGL } from './poster';
import { hoistTokens } from './styles';

// This script's catalog is English only and its posters are a chunk (rollup.config.mjs): the view renders Spanish
// once the Spanish chunk is in, and a page without WebGL gets its poster with the text.
SpineExplainerElement.viewCss = hoistTokens(spineExplainerCss);
SpineExplainerElement.mountView = withChunks(withPostersOnContextLoss(liteView), prepareAll(
  (props) => loadLocaleTexts(props.locale),
  (_props, container) => (hasWebGL(container.ownerDocument) ? undefined : loadPosters()),
));

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
