import { Spherical, Vector3, type PerspectiveCamera, type Scene, type WebGLRenderer } from 'three';
import { cameraGoal, lpsToWorld, type SpineState, type SpineStore } from '@spine-explainer/react';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { boneOcclusion } from './occlusion';
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

/** The device kinds a step shows, as CameraRig derives them (a list, or every kind for `true`). */
function stepDevices(devices: boolean | readonly string[] | undefined): string[] {
  return Array.isArray(devices) ? [...devices] : devices ? ['trial-generator', 'implanted-generator', 'remote'] : [];
}

/**
 * CameraRig in plain three: moves the camera to the current named view with a smooth tween (instant on the first
 * placement and under reduced motion), and registers orbit / zoom / snapshot / project on the runtime.
 */
export function createCameraRig({ store, camera, controls, scene, renderer, canvas, size, invalidate }: CameraRigContext): ScenePart {
  let occlusion: ReturnType<typeof boneOcclusion> | undefined;
  let goal: ReturnType<typeof cameraGoal> | undefined;
  let first = true;
  let tweening = false;
  const lookTarget = new Vector3();
  const centre = () => (controls ? controls.target : lookTarget);
  const offset = new Vector3();
  const sph = new Spherical();
  const p = new Vector3();

  const stop = () => {
    tweening = false;
  };
  // A user drag cancels a running tween.
  controls?.addEventListener('start', stop);

  const rt = store.getState().runtime;
  const orbit = (azimuth: number, polar: number) => {
    tweening = false;
    const c = centre();
    offset.copy(camera.position).sub(c);
    sph.setFromVector3(offset);
    sph.theta += azimuth;
    sph.phi = Math.min(Math.PI - 0.05, Math.max(0.05, sph.phi + polar));
    offset.setFromSpherical(sph);
    camera.position.copy(c).add(offset);
    camera.lookAt(c);
    controls?.update();
    invalidate();
  };
  const zoom = (factor: number) => {
    tweening = false;
    const c = centre();
    offset.copy(camera.position).sub(c);
    offset.setLength(Math.min(2000, Math.max(40, offset.length() * factor)));
    camera.position.copy(c).add(offset);
    controls?.update();
    invalidate();
  };
  const snapshot = () =>
    new Promise<Blob>((resolve, reject) => {
      renderer.render(scene, camera);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('snapshot failed'))), 'image/png');
    });
  const project = (lps: [number, number, number]) => {
    // Between a camera move and the next frame the camera's matrices are stale; R3F's callers only ever asked after a frame.
    camera.updateMatrixWorld();
    lpsToWorld(lps, p).project(camera);
    return { x: ((p.x + 1) / 2) * size.width, y: ((1 - p.y) / 2) * size.height, visible: p.z > -1 && p.z < 1 };
  };
  Object.assign(rt, { orbit, zoom, snapshot, project });

  const applyGoal = (state: SpineState) => {
    if (!goal) return;
    if (first || state.reducedMotion) {
      camera.position.copy(goal.position);
      lookTarget.copy(goal.target);
      camera.lookAt(goal.target);
      if (controls) {
        controls.target.copy(goal.target);
        controls.update();
      }
      first = false;
      tweening = false;
    } else {
      tweening = true;
    }
    camera.near = 2;
    camera.far = 6000;
    camera.updateProjectionMatrix();
    invalidate();
  };

  return {
    sync(state, previous) {
      if (changed(state, previous, ['model'])) occlusion = state.model ? boneOcclusion(state.model) : undefined;
      // The step's devices count by identity, as CameraRig's memo does: a new list re-aims, the same `true` does not.
      const devicesChanged = !previous || state.tracks[state.step]?.devices !== previous.tracks[previous.step]?.devices;
      if (devicesChanged || changed(state, previous, ['view', 'mode', 'side', 'model', 'placement'])) {
        const { view, mode, side, model, placement } = state;
        goal = cameraGoal({ view, mode, side, model, placement, occlusion, devices: stepDevices(state.tracks[state.step]?.devices) });
        applyGoal(state);
      } else if (changed(state, previous, ['cameraRequest'])) {
        applyGoal(state);
      }
    },
    frame(_state, delta) {
      if (!tweening || !goal) return;
      const k = 1 - Math.exp(-Math.min(delta, 0.5) * 5);
      camera.position.lerp(goal.position, k);
      const t = centre();
      t.lerp(goal.target, k);
      if (controls) controls.update();
      else camera.lookAt(t);
      if (camera.position.distanceTo(goal.position) < 0.5 && t.distanceTo(goal.target) < 0.5) {
        camera.position.copy(goal.position);
        t.copy(goal.target);
        if (controls) controls.update();
        tweening = false;
      }
      invalidate();
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
