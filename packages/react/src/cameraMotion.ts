import { Spherical, Vector3, type PerspectiveCamera } from 'three';
import type { CameraGoal } from './views';
import { lpsToWorld } from './geometry';

/** What the camera helpers need of orbit controls. */
export interface CameraControlsLike { target: Vector3; update(): void }

/** A camera's tween toward its goal, kept by the caller (one per scene). */
export interface CameraTween {
  active: boolean;
  /** The first goal is taken at once, not tweened to. */
  first: boolean;
  /** What the camera looks at when there are no controls (with controls, their target). */
  readonly lookTarget: Vector3;
}

export function createCameraTween(): CameraTween {
  return { active: false, first: true, lookTarget: new Vector3() };
}

const centreOf = (tween: CameraTween, controls: CameraControlsLike | null | undefined) => (controls ? controls.target : tween.lookTarget);

/** Aims at a new goal: at once for the first goal and under reduced motion, else by starting the tween. */
export function aimCamera(tween: CameraTween, camera: PerspectiveCamera, controls: CameraControlsLike | null | undefined, goal: CameraGoal, reducedMotion: boolean): void {
  if (tween.first || reducedMotion) {
    camera.position.copy(goal.position);
    tween.lookTarget.copy(goal.target);
    camera.lookAt(goal.target);
    if (controls) {
      controls.target.copy(goal.target);
      controls.update();
    }
    tween.first = false;
    tween.active = false;
  } else {
    tween.active = true;
  }
  camera.near = 2;
  camera.far = 6000;
  camera.updateProjectionMatrix();
}

/** One frame of the tween (exponential approach, snapping within 0.5 mm). Returns whether the camera moved. */
export function stepCameraTween(tween: CameraTween, camera: PerspectiveCamera, controls: CameraControlsLike | null | undefined, goal: CameraGoal, delta: number): boolean {
  if (!tween.active) return false;
  const k = 1 - Math.exp(-Math.min(delta, 0.5) * 5);
  camera.position.lerp(goal.position, k);
  const t = centreOf(tween, controls);
  t.lerp(goal.target, k);
  if (controls) controls.update();
  else camera.lookAt(t);
  if (camera.position.distanceTo(goal.position) < 0.5 && t.distanceTo(goal.target) < 0.5) {
    camera.position.copy(goal.position);
    t.copy(goal.target);
    if (controls) controls.update();
    tween.active = false;
  }
  return true;
}

/** Turns the camera about its centre by `azimuth` and `polar` radians (stopping any tween), keeping clear of the poles. */
export function orbitCamera(tween: CameraTween, camera: PerspectiveCamera, controls: CameraControlsLike | null | undefined, azimuth: number, polar: number): void {
  tween.active = false;
  const c = centreOf(tween, controls);
  const offset = new Vector3().copy(camera.position).sub(c);
  const sph = new Spherical().setFromVector3(offset);
  sph.theta += azimuth;
  sph.phi = Math.min(Math.PI - 0.05, Math.max(0.05, sph.phi + polar));
  offset.setFromSpherical(sph);
  camera.position.copy(c).add(offset);
  camera.lookAt(c);
  controls?.update();
}

/** Moves the camera toward or away from its centre by `factor`, between 40 and 2000 mm (stopping any tween). */
export function zoomCamera(tween: CameraTween, camera: PerspectiveCamera, controls: CameraControlsLike | null | undefined, factor: number): void {
  tween.active = false;
  const c = centreOf(tween, controls);
  const offset = new Vector3().copy(camera.position).sub(c);
  offset.setLength(Math.min(2000, Math.max(40, offset.length() * factor)));
  camera.position.copy(c).add(offset);
  controls?.update();
}

/** Where an LPS point shows on a canvas of `size` CSS pixels, and whether it is in front of the camera within its range. */
export function projectLps(camera: PerspectiveCamera, lps: readonly [number, number, number], size: { width: number; height: number }): { x: number; y: number; visible: boolean } {
  // Between a camera move and the next frame the camera's matrices are stale.
  camera.updateMatrixWorld();
  const p = lpsToWorld(lps).project(camera);
  return { x: ((p.x + 1) / 2) * size.width, y: ((1 - p.y) / 2) * size.height, visible: p.z > -1 && p.z < 1 };
}
