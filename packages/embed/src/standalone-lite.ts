// Entry of the React-free standalone script: standalone.ts with the lite view (plain DOM and three) in place of the
// React one. The same chunks as standalone.ts (Spanish text, posters, frame mode) wrap it; React arrives only with
// `layout="workbench"`, as a chunk the lite view loads then.
import './csp';
import { spineExplainerCss } from '@spine-explainer/react';
import { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
import { prepareAll, withChunks } from './chunkedView';
import { loadLocaleTexts } from './lateLocale';
import { loadPosters, withPostersOnContextLoss } from './lazyPosters';
import { liteView } from './lite/liteView';
import { hasWebGL } from './poster';
import { hoistTokens } from './styles';

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
    console.error(`spine-explainer: frame mode could not start: ${err instanceof Error ? err.message : String(err)}`);
  });
}
