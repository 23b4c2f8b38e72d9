// Entry of dist/spine-explainer.js: one <script src> and <spine-explainer> exists. Loaded by
// frame.html (marked `data-sx-frame`), it also fills that page from its URL parameters.
import './csp';
import { defineSpineExplainer } from './index';
import { startFrame } from './frame';

defineSpineExplainer();

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-sx-frame')) {
  if (document.body) startFrame();
  else document.addEventListener('DOMContentLoaded', () => startFrame(), { once: true });
}
