// Page of embed-lite-scene.e2e.mjs (bundled by the test with esbuild): two lite scenes side by side on two stores,
// `data-sx-ready` on <body> once both have drawn their content; `window.__lite` lets the test drive them.
import { createSpineModel } from '@spine-explainer/anatomy';
import { getProcedure, resolvePlacement } from '@spine-explainer/procedures';
import { acquireSharedRenderer, buildTracks, createSpineStore, spineExplainerCss, type PlacementLike, type ProcedureLike, type SpineStore } from '@spine-explainer/react';
import { createLiteScene, type LiteScene } from '../../packages/embed/src/lite/scene/index';

const model = createSpineModel({ quality: 'low' });

function storeFor(procedureId: string, options: { level?: string; side?: string }): SpineStore {
  const procedure = getProcedure(procedureId) as unknown as ProcedureLike;
  const placement = resolvePlacement(model, procedureId, options) as unknown as PlacementLike;
  const tracks = buildTracks(procedure, placement.side);
  const step = tracks.findIndex((t) => t.needle[1] === 1);
  const store = createSpineStore({
    procedureId, procedure, level: placement.level, side: placement.side, step, tracks, model, placement, status: 'ready',
    reducedMotion: true, mode: 'anatomy', view: 'posterior',
  });
  store.getState().frame.held = true;
  store.getState().frame.progress = 1;
  return store;
}

const style = document.createElement('style');
style.textContent = `${spineExplainerCss}
body { margin: 0; display: flex; gap: 12px; padding: 12px; background: #fff; }
.e2e-stage { position: relative; width: 400px; height: 300px; }`;
document.head.appendChild(style);

const stores = { a: storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }), b: storeFor('facet-joint-injection', {}) };
const scenes: Record<string, LiteScene> = {};
const drawn = new Set<string>();
for (const [id, store] of Object.entries(stores)) {
  const root = document.createElement('div');
  root.className = 'sx-root';
  const stage = document.createElement('div');
  stage.id = id;
  stage.className = 'sx-stage e2e-stage';
  root.appendChild(stage);
  document.body.appendChild(root);
  store.getState().runtime.onContentDrawn = () => {
    drawn.add(id);
    if (drawn.size === 2) document.body.dataset.sxReady = 'true';
  };
  const scene = createLiteScene(store, { labels: true });
  stage.appendChild(scene.element);
  scenes[id] = scene;
}
/** GPU resources of the page's shared renderer (read through a lease of a detached canvas, given back at once). */
function gpuMemory(): { geometries: number; textures: number } {
  const lease = acquireSharedRenderer(document.createElement('canvas'));
  const { geometries, textures } = lease.shared.renderer.info.memory;
  lease.release();
  return { geometries, textures };
}

/** Mounts a third scene, waits for its first drawn content, disposes it; `n` times. */
async function cycle(n: number): Promise<void> {
  const stage = document.createElement('div');
  stage.className = 'sx-stage e2e-stage';
  document.querySelector('.sx-root')!.appendChild(stage);
  for (let i = 0; i < n; i++) {
    const store = storeFor('epidural-interlaminar', {});
    const shown = new Promise<void>((resolve) => {
      store.getState().runtime.onContentDrawn = resolve;
    });
    const scene = createLiteScene(store, { labels: true });
    stage.appendChild(scene.element);
    await shown;
    scene.dispose();
  }
  stage.remove();
}

(window as unknown as { __lite: unknown }).__lite = { stores, scenes, gpuMemory, cycle };
