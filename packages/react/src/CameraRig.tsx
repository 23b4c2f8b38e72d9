import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { cameraGoal } from './views';
import { boneOcclusion } from './boneOcclusion';
import { shownDeviceKinds } from './scsDevices';
import { aimCamera, createCameraTween, orbitCamera, projectLps, stepCameraTween, zoomCamera, type CameraControlsLike } from './cameraMotion';

interface ControlsLike extends CameraControlsLike { addEventListener?: (t: string, f: () => void) => void; removeEventListener?: (t: string, f: () => void) => void }

/**
 * Moves the camera to the current named view with a smooth tween (instant under reduced motion), and registers
 * orbit / zoom / snapshot / project on the store's runtime for the keyboard and the controller.
 */
export function CameraRig() {
  const store = useSpineStoreApi();
  // The scene's camera is the perspective one SpineScene creates.
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
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
  const devices = useMemo(() => shownDeviceKinds(stepDevices), [stepDevices]);
  const goal = useMemo(() => cameraGoal({ view, mode, side, model, placement, occlusion, devices }), [view, mode, side, model, placement, occlusion, devices]);
  const tween = useRef(createCameraTween()).current;

  useEffect(() => {
    aimCamera(tween, camera, controls, goal, store.getState().reducedMotion);
    invalidate();
  }, [goal, request, camera, controls, invalidate, store, tween]);

  // A user drag cancels a running tween.
  useEffect(() => {
    if (!controls?.addEventListener) return;
    const stop = () => {
      tween.active = false;
    };
    controls.addEventListener('start', stop);
    return () => controls.removeEventListener?.('start', stop);
  }, [controls, tween]);

  useFrame((_, delta) => {
    if (stepCameraTween(tween, camera, controls, goal, delta)) invalidate();
  });

  useEffect(() => {
    const rt = store.getState().runtime;
    rt.orbit = (azimuth, polar) => {
      orbitCamera(tween, camera, controls, azimuth, polar);
      invalidate();
    };
    rt.zoom = (factor) => {
      zoomCamera(tween, camera, controls, factor);
      invalidate();
    };
    rt.snapshot = () =>
      new Promise<Blob>((resolve, reject) => {
        gl.render(scene, camera);
        gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('snapshot failed'))), 'image/png');
      });
    rt.project = (lps) => projectLps(camera, lps, size);
    return () => {
      rt.orbit = undefined;
      rt.zoom = undefined;
      rt.snapshot = undefined;
      rt.project = undefined;
    };
  }, [store, camera, controls, gl, scene, size, invalidate, tween]);

  return null;
}
