// @spine-explainer/embed — the <spine-explainer> custom element (library entry; the
// self-registering script is standalone.ts).
export { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
