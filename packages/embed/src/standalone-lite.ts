// Entry of the React-free standalone script: the same <spine-explainer> element as standalone.ts, rendered by
// the lite view (plain DOM and three). React arrives only with `layout="workbench"`, as a chunk loaded then.
import './csp';
import { spineExplainerCss } from '@spine-explainer/react';
import { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
import { startFrame } from './frame';
import { liteView } from './lite/liteView';
import { hoistTokens } from './styles';

SpineExplainerElement.mountView = liteView;
SpineExplainerElement.viewCss = hoistTokens(spineExplainerCss);

defineSpineExplainer();

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-sx-frame')) {
  if (document.body) startFrame();
  else document.addEventListener('DOMContentLoaded', () => startFrame(), { once: true });
}
