// The no-WebGL posters as the standalone script ships them: a chunk next to the script (see chunkLoader.ts),
// fetched only by a page that has to show one (no WebGL, or a lost context). The build puts this module in place
// of poster.ts's `./posters.generated` import (rollup.config.mjs), so `posterSvg` reads the table below, empty
// until the chunk is in. The library build keeps the posters inline.
import type { MountView } from './view';

/** Poster per procedure id, filled when the chunk arrives: data for the whole page, like any loaded module. */
export const POSTERS: Record<string, string> = {};

let loading: Promise<void> | undefined;
let loaded = false;

/**
 * A promise while the posters load, `undefined` once they are in. It never rejects: a page without WebGL that
 * cannot fetch the posters still shows every step in words, so a failed load is forgotten (the next need tries
 * again) rather than reported as the widget's failure.
 */
export function loadPosters(): Promise<void> | undefined {
  if (loaded) return undefined;
  loading ??= import('sx:posters').then(
    (m) => {
      Object.assign(POSTERS, m.POSTERS);
      loaded = true;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/**
 * A lost WebGL context shows the poster at once if it is loaded; if not, this fetches it and then says `ready`
 * again — the poster fallback is now on screen — which is when the element draws its poster.
 */
export function withPostersOnContextLoss(inner: MountView): MountView {
  return (container, props, callbacks) => {
    const onLost = () => {
      void loadPosters()?.then(() => {
        if (loaded && container.isConnected) callbacks.ready();
      });
    };
    container.addEventListener('webglcontextlost', onLost, true);
    const view = inner(container, props, callbacks);
    return {
      update: (p) => view.update(p),
      next: () => view.next(),
      previous: () => view.previous(),
      play: () => view.play(),
      pause: () => view.pause(),
      snapshot: () => view.snapshot(),
      redraw: () => view.redraw(),
      dispose() {
        container.removeEventListener('webglcontextlost', onLost, true);
        view.dispose();
      },
    };
  };
}
