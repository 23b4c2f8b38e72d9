// What the lite view loads for `layout="workbench"`: the React view, whose <SpineExplainer> renders the workbench.
// A dynamic import of this module is the seam that keeps React out of the lite bundle's entry.
import '../csp';

export { reactView as workbenchView } from '../reactView';
