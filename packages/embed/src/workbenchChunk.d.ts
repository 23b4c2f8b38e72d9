// `sx:workbench` is the real workbench module, which the standalone build (rollup.config.mjs) puts in a
// chunk of its own; only lazyWorkbench.tsx imports it, and only dynamically.
declare module 'sx:workbench' {
  export { Workbench, workbenchCss } from '@spine-explainer/react';
}
