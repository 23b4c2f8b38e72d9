// A lite scene in Node: a real scene graph, a renderer that only counts frames, and a clock the test moves by hand.
import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';
import { getProcedure, resolvePlacement } from '@spine-explainer/procedures';
import { buildTracks, createSpineStore, type PlacementLike, type ProcedureLike, type SpineStore, type SpineStoreInit } from '@spine-explainer/react';
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import type { FrameScheduler } from '../src/lite/scene/frameLoop';
import { mountLiteScene, type MountedScene, type SceneSurface } from '../src/lite/scene/liteScene';

let model: SpineModel | undefined;
/** One low-quality model for the whole file: the scene never changes it. */
export function testModel(): SpineModel {
  return (model ??= createSpineModel({ quality: 'low' }));
}

/** A store as the compact viewer fills it for a procedure at a step. */
export function storeFor(procedureId: string, options: { level?: string; side?: string; site?: string; step?: number } = {}, init: SpineStoreInit = {}): SpineStore {
  const procedure = getProcedure(procedureId) as unknown as ProcedureLike;
  const m = testModel();
  const placement = resolvePlacement(m, procedureId, options) as unknown as PlacementLike;
  const side = placement.side;
  return createSpineStore({
    procedureId, procedure, level: placement.level, side, site: placement.site, step: options.step ?? 0,
    tracks: buildTracks(procedure, side), model: m, placement, status: 'ready', ...init,
  });
}

/** requestAnimationFrame by hand: `advance(ms)` runs the frame that was asked for, `ms` after the previous one. */
export function manualFrames() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, (t: number) => void>();
  const scheduler: FrameScheduler = {
    request(cb) {
      pending.set(next, cb);
      return next++;
    },
    cancel(h) {
      pending.delete(h);
    },
    now: () => now,
  };
  return {
    scheduler,
    /** Frames waiting to be drawn (0 = idle). */
    get pending() {
      return pending.size;
    },
    /** Runs one frame `ms` later; false when none was asked for. */
    advance(ms = 16): boolean {
      now += ms;
      const callbacks = [...pending.values()];
      pending.clear();
      for (const cb of callbacks) cb(now);
      return callbacks.length > 0;
    },
    /** Runs frames until the scene stops asking (at most `limit`); returns how many ran. */
    settle(ms = 100, limit = 500): number {
      let n = 0;
      while (n < limit && this.advance(ms)) n++;
      return n;
    },
  };
}

/** Counts frames like WebGLRenderer.render (matrices updated, `scene.onAfterRender` called); draws nothing. */
export function countingRenderer() {
  const renderer = {
    renders: 0,
    info: { render: { calls: 0, triangles: 0 } },
    render(scene: Scene, camera: Camera) {
      scene.updateMatrixWorld();
      if (camera.parent === null) camera.updateMatrixWorld();
      renderer.renders++;
      renderer.info.render.calls = 0;
      scene.traverseVisible((o) => {
        if ((o as { isMesh?: boolean }).isMesh) renderer.info.render.calls++;
      });
      scene.onAfterRender(renderer as unknown as WebGLRenderer, scene, camera, undefined as never, undefined as never, undefined as never);
    },
  };
  return renderer;
}

export interface TestScene {
  store: SpineStore;
  mounted: MountedScene;
  frames: ReturnType<typeof manualFrames>;
  renderer: ReturnType<typeof countingRenderer>;
  find(name: string): Object3D | undefined;
  findAll(test: (o: Object3D) => boolean): Object3D[];
}

/** Mounts a lite scene on `store` with an 800×600 surface, no orbit controls, and labels only where a DOM exists. */
export function mountForTest(store: SpineStore, surface: Partial<SceneSurface> = {}): TestScene {
  const frames = manualFrames();
  const renderer = countingRenderer();
  const element = surface.element ?? ({ ownerDocument: undefined } as unknown as HTMLElement);
  const mounted = mountLiteScene(
    store,
    { labels: !!surface.element, controls: false, environment: false },
    { element, canvas: surface.canvas ?? ({} as HTMLCanvasElement), renderer: renderer as unknown as WebGLRenderer, size: surface.size ?? { width: 800, height: 600 } },
    frames.scheduler,
  );
  mounted.resized();
  const findAll = (test: (o: Object3D) => boolean) => {
    const out: Object3D[] = [];
    mounted.scene.traverse((o) => {
      if (test(o)) out.push(o);
    });
    return out;
  };
  return { store, mounted, frames, renderer, find: (name) => mounted.scene.getObjectByName(name), findAll };
}
