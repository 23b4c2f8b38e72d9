import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import {
  aimCamera, boneOcclusion, cameraGoal, createCameraTween, orbitCamera, projectLps, shownDeviceKinds, stepCameraTween, zoomCamera,
  type SpineState, type SpineStore,
} from '@spine-explainer/react';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { changed, type ScenePart } from './part';

export interface CameraRigContext {
  store: SpineStore;
  camera: PerspectiveCamera;
  controls: OrbitControls | undefined;
  scene: Scene;
  renderer: WebGLRenderer;
  canvas: HTMLCanvasElement;
  size: { width: number; height: number };
  invalidate(): void;
}

/**
 * CameraRig in plain three: moves the camera to the current named view with a smooth tween (instant on the first
 * placement and under reduced motion), and registers orbit / zoom / snapshot / project on the runtime.
 */
export function createCameraRig({ store, camera, controls, scene, renderer, canvas, size, invalidate }: CameraRigContext): ScenePart {
  let occlusion: ReturnType<typeof boneOcclusion> | undefined;
  let goal: ReturnType<typeof cameraGoal> | undefined;
  const tween = createCameraTween();

  const stop = () => {
    tween.active = false;
  };
  // A user drag cancels a running tween.
  controls?.addEventListener('start', stop);

  const rt = store.getState().runtime;
  const orbit = (azimuth: number, polar: number) => {
    orbitCamera(tween, camera, controls, azimuth, polar);
    invalidate();
  };
  const zoom = (factor: number) => {
    zoomCamera(tween, camera, controls, factor);
    invalidate();
  };
  const snapshot = () =>
    new Promise<Blob>((resolve, reject) => {
      renderer.render(scene, camera);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('snapshot failed'))), 'image/png');
    });
  const project = (lps: [number, number, number]) => projectLps(camera, lps, size);
  Object.assign(rt, { orbit, zoom, snapshot, project });

  const applyGoal = (state: SpineState) => {
    if (!goal) return;
    aimCamera(tween, camera, controls, goal, state.reducedMotion);
    invalidate();
  };

  return {
    sync(state, previous) {
      if (changed(state, previous, ['model'])) occlusion = state.model ? boneOcclusion(state.model) : undefined;
      // The step's devices count by identity, as CameraRig's memo does: a new list re-aims, the same `true` does not.
      const devicesChanged = !previous || state.tracks[state.step]?.devices !== previous.tracks[previous.step]?.devices;
      if (devicesChanged || changed(state, previous, ['view', 'mode', 'side', 'model', 'placement'])) {
        const { view, mode, side, model, placement } = state;
        goal = cameraGoal({ view, mode, side, model, placement, occlusion, devices: shownDeviceKinds(state.tracks[state.step]?.devices) });
        applyGoal(state);
      } else if (changed(state, previous, ['cameraRequest'])) {
        applyGoal(state);
      }
    },
    frame(_state, delta) {
      if (goal && stepCameraTween(tween, camera, controls, goal, delta)) invalidate();
    },
    dispose() {
      controls?.removeEventListener('start', stop);
      if (rt.orbit === orbit) rt.orbit = undefined;
      if (rt.zoom === zoom) rt.zoom = undefined;
      if (rt.snapshot === snapshot) rt.snapshot = undefined;
      if (rt.project === project) rt.project = undefined;
    },
  };
}
