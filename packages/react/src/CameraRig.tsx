import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Spherical, Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';
import { useSpineStore, useSpineStoreApi } from './context';
import { cameraGoal, type OcclusionProbe } from './views';
import { lpsToWorld } from './geometry';

interface ControlsLike { target: Vector3; update(): void; addEventListener?: (t: string, f: () => void) => void; removeEventListener?: (t: string, f: () => void) => void }

const _offset = /* @__PURE__ */ new Vector3();
/** Only for ray tests; never rendered, so it holds no GPU resource. */
const PROBE_MATERIAL = /* @__PURE__ */ new MeshBasicMaterial({ side: DoubleSide });
const _from = /* @__PURE__ */ new Vector3();
const _to = /* @__PURE__ */ new Vector3();

/** Counts bone surfaces crossed between two world points (the last 10 mm before the target do not count). */
export function boneOcclusion(model: SpineModel): OcclusionProbe {
  const bones = model.structures.filter((s) => s.kind === 'bone').map((s) => new Mesh(s.geometry, PROBE_MATERIAL));
  const ray = new Raycaster();
  return (from, to) => {
    // Back into LPS, where the geometry is: world (X, Y, Z) = LPS (-x, z, y).
    _from.set(0 - from.x, from.z, from.y);
    _to.set(0 - to.x, to.z, to.y);
    const length = _from.distanceTo(_to);
    ray.set(_from, _to.clone().sub(_from).normalize());
    ray.far = Math.max(0, length - 10);
    return ray.intersectObjects(bones, false).length;
  };
}
const _sph = /* @__PURE__ */ new Spherical();
const _p = /* @__PURE__ */ new Vector3();

/**
 * Moves the camera to the current named view with a smooth tween (instant under reduced motion), and registers
 * orbit / zoom / snapshot / project on the store's runtime for the keyboard and the controller.
 */
export function CameraRig() {
  const store = useSpineStoreApi();
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as ControlsLike | null;
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const view = useSpineStore((s) => s.view);
  const mode = useSpineStore((s) => s.mode);
  const side = useSpineStore((s) => s.side);
  const model = useSpineStore((s) => s.model);
  const placement = useSpineStore((s) => s.placement);
  const request = useSpineStore((s) => s.cameraRequest);
  const occlusion = useMemo(() => (model ? boneOcclusion(model) : undefined), [model]);
  const stepDevices = useSpineStore((s) => s.tracks[s.step]?.devices);
  const devices = useMemo(() => (Array.isArray(stepDevices) ? (stepDevices as string[]) : stepDevices ? ['trial-generator', 'implanted-generator', 'remote'] : []), [stepDevices]);
  const goal = useMemo(() => cameraGoal({ view, mode, side, model, placement, occlusion, devices }), [view, mode, side, model, placement, occlusion, devices]);
  const tween = useRef({ active: false, first: true });
  const target = useRef(new Vector3());

  useEffect(() => {
    const reduced = store.getState().reducedMotion;
    if (tween.current.first || reduced) {
      camera.position.copy(goal.position);
      target.current.copy(goal.target);
      camera.lookAt(goal.target);
      if (controls) {
        controls.target.copy(goal.target);
        controls.update();
      }
      tween.current.first = false;
      tween.current.active = false;
    } else {
      tween.current.active = true;
    }
    camera.near = 2;
    camera.far = 6000;
    camera.updateProjectionMatrix();
    invalidate();
  }, [goal, request, camera, controls, invalidate, store]);

  // A user drag cancels a running tween.
  useEffect(() => {
    if (!controls?.addEventListener) return;
    const stop = () => {
      tween.current.active = false;
    };
    controls.addEventListener('start', stop);
    return () => controls.removeEventListener?.('start', stop);
  }, [controls]);

  useFrame((_, delta) => {
    if (!tween.current.active) return;
    const k = 1 - Math.exp(-Math.min(delta, 0.5) * 5);
    camera.position.lerp(goal.position, k);
    const t = controls ? controls.target : target.current;
    t.lerp(goal.target, k);
    if (controls) controls.update();
    else camera.lookAt(t);
    if (camera.position.distanceTo(goal.position) < 0.5 && t.distanceTo(goal.target) < 0.5) {
      camera.position.copy(goal.position);
      t.copy(goal.target);
      if (controls) controls.update();
      tween.current.active = false;
    }
    invalidate();
  });

  useEffect(() => {
    const rt = store.getState().runtime;
    const centre = () => (controls ? controls.target : target.current);
    rt.orbit = (azimuth, polar) => {
      tween.current.active = false;
      const c = centre();
      _offset.copy(camera.position).sub(c);
      _sph.setFromVector3(_offset);
      _sph.theta += azimuth;
      _sph.phi = Math.min(Math.PI - 0.05, Math.max(0.05, _sph.phi + polar));
      _offset.setFromSpherical(_sph);
      camera.position.copy(c).add(_offset);
      camera.lookAt(c);
      controls?.update();
      invalidate();
    };
    rt.zoom = (factor) => {
      tween.current.active = false;
      const c = centre();
      _offset.copy(camera.position).sub(c);
      const d = Math.min(2000, Math.max(40, _offset.length() * factor));
      _offset.setLength(d);
      camera.position.copy(c).add(_offset);
      controls?.update();
      invalidate();
    };
    rt.snapshot = () =>
      new Promise<Blob>((resolve, reject) => {
        gl.render(scene, camera);
        gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('snapshot failed'))), 'image/png');
      });
    rt.project = (lps) => {
      lpsToWorld(lps, _p).project(camera);
      return { x: ((_p.x + 1) / 2) * size.width, y: ((1 - _p.y) / 2) * size.height, visible: _p.z > -1 && _p.z < 1 };
    };
    return () => {
      rt.orbit = undefined;
      rt.zoom = undefined;
      rt.snapshot = undefined;
      rt.project = undefined;
    };
  }, [store, camera, controls, gl, scene, size, invalidate]);

  return null;
}
