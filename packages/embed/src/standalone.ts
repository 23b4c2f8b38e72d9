// Entry of dist/spine-explainer.js: one <script src> and the element exists.
import { defineSpineExplainer } from './index';

defineSpineExplainer();
