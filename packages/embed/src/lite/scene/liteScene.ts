import { Group, PerspectiveCamera, Scene, type WebGLRenderer } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { isSoftwareRenderer, LPS_QUATERNION, SpineMaterials, type SpineState, type SpineStore } from '@spine-explainer/react';
import { createFrameLoop, type FrameScheduler } from './frameLoop';
import { createLights } from './lights';
import { createEnvironment } from './environment';
import { createMaterialSync } from './materialSync';
import { createCameraRig } from './cameraRig';
import { createAnimator, createFrameReporter } from './animator';
import { createAnatomy } from './anatomy';
import { createNeedles } from './needles';
import { createSpread } from './spread';
import { createLeads } from './leads';
import { createDevices } from './devices';
import { createLabels } from './labels';
import type { PartContext, ScenePart } from './part';

/** What the scene draws into: the stage element, its canvas, a renderer for it and the element's size in CSS px. */
export interface SceneSurface {
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly renderer: WebGLRenderer;
  readonly size: { width: number; height: number };
}

export interface LiteSceneSettings {
  labels: boolean;
  /** Image-based light from an environment built in code; `auto` skips it on software WebGL. @defaultValue 'auto' */
  environment?: boolean | 'auto';
  /** Orbit with mouse and touch (needs a real DOM element). @defaultValue true */
  controls?: boolean;
}

/** The scene of one viewer, with the handles its owner (and tests) drive it by. */
export interface MountedScene {
  readonly scene: Scene;
  readonly camera: PerspectiveCamera;
  readonly materials: SpineMaterials;
  invalidate(): void;
  /** The surface changed size: the camera's aspect follows and a frame is drawn. */
  resized(): void;
  contextLost(): void;
  contextRestored(): void;
  dispose(): void;
}

/** Whether to build the environment: `auto` means on a GPU, not on a software rasteriser (SpineLights' rule). */
function wantsEnvironment(setting: boolean | 'auto' | undefined, renderer: WebGLRenderer): boolean {
  return setting === 'auto' || setting === undefined ? !isSoftwareRenderer(renderer) : setting;
}

/** The camera SpineScene starts with (SpineScene.tsx `CAMERA`), aimed at the origin as R3F aims it. */
function createCamera(): PerspectiveCamera {
  const camera = new PerspectiveCamera(30, 1, 2, 6000);
  camera.position.set(0, 150, 500);
  camera.lookAt(0, 0, 0);
  return camera;
}

/**
 * SpineSceneContent without React: the same objects, materials, lights, camera rig, animation and labels, kept in
 * step with the viewer store by one subscription and drawn on demand through `surface.renderer`.
 */
export function mountLiteScene(store: SpineStore, settings: LiteSceneSettings, surface: SceneSurface, scheduler: FrameScheduler): MountedScene {
  const scene = new Scene();
  const camera = createCamera();
  const materials = new SpineMaterials();
  const { renderer, size } = surface;

  const frameParts: ScenePart[] = [];
  const loop = createFrameLoop(scheduler, (delta) => {
    if (size.width <= 0 || size.height <= 0) return;
    const state = store.getState();
    for (const part of frameParts) part.frame?.(state, delta);
    renderer.render(scene, camera);
  });
  const invalidate = () => loop.invalidate();
  const ctx: PartContext = { store, materials, invalidate };

  const controls = settings.controls === false ? undefined : new OrbitControls(camera, surface.element);
  if (controls) {
    controls.enableDamping = false;
    controls.minDistance = 40;
    controls.maxDistance = 2000;
    controls.addEventListener('change', invalidate);
  }

  const root = new Group();
  root.name = 'sx-root';
  root.quaternion.copy(LPS_QUATERNION);
  const environment = wantsEnvironment(settings.environment, renderer) ? createEnvironment(scene, renderer, invalidate) : undefined;
  const lights = createLights(!!environment);
  const rig = createCameraRig({ store, camera, controls, scene, renderer, canvas: surface.canvas, size, invalidate });
  const animator = createAnimator(invalidate);
  const content = [createAnatomy(ctx), createNeedles(ctx), createSpread(ctx), createLeads(ctx), createDevices(ctx)];
  const labels = createLabels({ layer: surface.element, camera, size, enabled: settings.labels, invalidate });
  const reporter = createFrameReporter(store, scene, invalidate);
  scene.add(lights.object!, root);
  for (const part of content) root.add(part.object!);
  // Same order as the R3F components' useFrame callbacks: camera, progress, then what reads the progress.
  frameParts.push(rig, animator, ...content, labels);
  const parts: ScenePart[] = [createMaterialSync(ctx), lights, ...(environment ? [environment] : []), rig, animator, ...content, labels, reporter];

  const rt = store.getState().runtime;
  rt.invalidate = invalidate;
  const sync = (state: SpineState, previous: SpineState | undefined) => {
    for (const part of parts) part.sync(state, previous);
  };
  // A new surface draws, so a "view stopped" notice from a previous one is cleared (sceneCreated).
  store.setState({ contextLost: false });
  const unsubscribe = store.subscribe(sync);
  sync(store.getState(), undefined);

  let disposed = false;
  return {
    scene,
    camera,
    materials,
    invalidate,
    resized() {
      camera.aspect = size.width / size.height;
      camera.updateProjectionMatrix();
      invalidate();
    },
    contextLost() {
      store.setState({ contextLost: true });
    },
    contextRestored() {
      // The cube map's pixels went with the context; three re-creates the texture, not what was drawn into it.
      environment?.render();
      store.setState({ contextLost: false });
      invalidate();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribe();
      loop.dispose();
      if (controls) {
        controls.removeEventListener('change', invalidate);
        controls.dispose();
      }
      for (const part of [...parts].reverse()) part.dispose();
      scene.clear();
      if (rt.invalidate === invalidate) rt.invalidate = undefined;
    },
  };
}
