import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3, type WebGLRenderer } from 'three';
import { createSpineStore } from '../src/store';
import { advanceStep, DWELL_SECONDS, restartStep, STEP_SECONDS } from '../src/stepClock';
import { reportFrame } from '../src/frameReport';
import { aimCamera, createCameraTween, orbitCamera, projectLps, stepCameraTween, zoomCamera } from '../src/cameraMotion';
import { deviceVisible, shownDeviceKinds } from '../src/scsDevices';
import { contactStations } from '../src/leadContacts';
import { spreadOrigin, spreadRadius } from '../src/spreadShape';
import { bevelGeometry, needleRadius, needleTipAt } from '../src/needleShape';
import type { CameraGoal } from '../src/views';
import type { NeedlePlacement, PlacementLike } from '../src/types';

const goalAt = (position: [number, number, number], target: [number, number, number] = [0, 0, 0]): CameraGoal => ({
  position: new Vector3(...position), target: new Vector3(...target), distance: Math.hypot(...position.map((p, i) => p - target[i]!)),
});

describe('stepClock', () => {
  it('runs a step in STEP_SECONDS of wall-clock time, in steps capped at half a second', () => {
    const s = createSpineStore().getState();
    restartStep(s);
    expect(s.frame.progress).toBe(0);
    expect(advanceStep(s, 5)).toBe(true); // a long idle gap counts as 0.5 s
    expect(s.frame.progress).toBeCloseTo(0.5 / STEP_SECONDS, 9);
    for (let i = 0; i < 10; i++) advanceStep(s, 0.5);
    expect(s.frame.progress).toBe(1);
    expect(advanceStep(s, 0.1)).toBe(false); // finished and not playing: no more frames wanted
  });

  it('ends a playing step once its dwell is over, and keeps a held progress where it was put', () => {
    const s = createSpineStore({ playing: true }).getState();
    let ended = 0;
    s.runtime.onStepEnd = () => ended++;
    s.frame.progress = 1;
    for (let t = 0; t < DWELL_SECONDS - 0.25; t += 0.5) advanceStep(s, 0.5);
    expect(ended).toBe(0);
    advanceStep(s, 0.5);
    expect(ended).toBe(1);
    expect(s.frame.dwell).toBe(0);

    const held = createSpineStore({ reducedMotion: true }).getState();
    held.frame.held = true;
    held.frame.progress = 0.3;
    restartStep(held);
    advanceStep(held, 0.5);
    expect(held.frame.progress).toBe(0.3);
    held.frame.held = false;
    restartStep(held);
    expect(held.frame.progress).toBe(1); // reduced motion shows the step's end at once
  });
});

describe('reportFrame', () => {
  it('counts every frame and reports content only when asked', () => {
    const rt = createSpineStore().getState().runtime;
    let frames = 0;
    let content = 0;
    rt.onFrame = () => frames++;
    rt.onContentDrawn = () => content++;
    const renderer = { info: { render: { calls: 7, triangles: 1234 } } } as unknown as WebGLRenderer;
    reportFrame(rt, renderer, true);
    reportFrame(rt, renderer, false);
    expect([rt.frames, frames, content, rt.drawCalls, rt.triangles]).toEqual([2, 2, 1, 7, 1234]);
  });
});

describe('cameraMotion', () => {
  it('takes the first goal at once and tweens to the next, ending exactly on it', () => {
    const camera = new PerspectiveCamera();
    const tween = createCameraTween();
    aimCamera(tween, camera, undefined, goalAt([0, 0, 500]), false);
    expect(camera.position.toArray()).toEqual([0, 0, 500]);
    expect([tween.active, camera.near, camera.far]).toEqual([false, 2, 6000]);

    const next = goalAt([300, 0, 0], [10, 0, 0]);
    aimCamera(tween, camera, undefined, next, false);
    expect(tween.active).toBe(true);
    expect(camera.position.toArray()).toEqual([0, 0, 500]);
    expect(stepCameraTween(tween, camera, undefined, next, 1 / 60)).toBe(true);
    const d = camera.position.distanceTo(next.position);
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(Math.hypot(300, 500));
    for (let i = 0; i < 200 && tween.active; i++) stepCameraTween(tween, camera, undefined, next, 0.1);
    expect(tween.active).toBe(false);
    expect(camera.position.toArray()).toEqual([300, 0, 0]);
    expect(tween.lookTarget.toArray()).toEqual([10, 0, 0]);
    expect(stepCameraTween(tween, camera, undefined, next, 0.1)).toBe(false);
  });

  it('aims at once under reduced motion, and moves controls with the camera', () => {
    const camera = new PerspectiveCamera();
    const tween = createCameraTween();
    tween.first = false;
    let updates = 0;
    const controls = { target: new Vector3(), update: () => void updates++ };
    aimCamera(tween, camera, controls, goalAt([0, 100, 0], [0, 5, 0]), true);
    expect(camera.position.toArray()).toEqual([0, 100, 0]);
    expect(controls.target.toArray()).toEqual([0, 5, 0]);
    expect(updates).toBe(1);
  });

  it('orbits and zooms about the centre (cancelling a tween), within the polar and distance limits', () => {
    const camera = new PerspectiveCamera();
    camera.position.set(0, 0, 100);
    const tween = createCameraTween();
    tween.active = true;
    orbitCamera(tween, camera, undefined, Math.PI / 2, 0);
    expect(tween.active).toBe(false);
    expect(camera.position.x).toBeCloseTo(100, 6);
    expect(camera.position.z).toBeCloseTo(0, 6);
    orbitCamera(tween, camera, undefined, 0, -10);
    expect(camera.position.length()).toBeCloseTo(100, 6);
    expect(camera.position.y).toBeLessThan(100); // stopped short of the pole
    zoomCamera(tween, camera, undefined, 0.01);
    expect(camera.position.length()).toBeCloseTo(40, 6);
    zoomCamera(tween, camera, undefined, 1000);
    expect(camera.position.length()).toBeCloseTo(2000, 6);
  });

  it('projects an LPS point to canvas pixels with the camera as it is now', () => {
    const camera = new PerspectiveCamera(30, 2, 2, 6000);
    const tween = createCameraTween();
    aimCamera(tween, camera, undefined, goalAt([0, 0, 500]), false);
    const size = { width: 800, height: 400 };
    expect(projectLps(camera, [0, 0, 0], size)).toMatchObject({ x: 400, y: 200, visible: true });
    // LPS +z (superior) is world +y: up on the screen.
    expect(projectLps(camera, [0, 0, 20], size).y).toBeLessThan(200);
    // Moved since the last render: the projection follows without a frame in between.
    camera.position.set(0, 0, -500);
    camera.lookAt(0, 0, 0);
    expect(projectLps(camera, [0, -600, 0], size).visible).toBe(false);
  });
});

describe('scene shapes', () => {
  it('shows devices per step as the track says', () => {
    expect(deviceVisible(undefined, 'remote')).toBe(true);
    expect(deviceVisible(false, 'remote')).toBe(false);
    expect(deviceVisible(['remote'], 'remote')).toBe(true);
    expect(deviceVisible(['remote'], 'trial-generator')).toBe(false);
    expect(shownDeviceKinds(true)).toEqual(['trial-generator', 'implanted-generator', 'remote']);
    expect(shownDeviceKinds(undefined)).toEqual([]);
  });

  it('places lead contacts 7 mm apart back from the tip', () => {
    const st = contactStations(100, 8);
    expect(st).toHaveLength(8);
    expect(st[0]).toBeCloseTo(1 - 3.5 / 100, 9);
    for (let i = 1; i < st.length; i++) expect(st[i - 1]! - st[i]!).toBeCloseTo(0.07, 9);
    expect(Math.min(...contactStations(10, 8))).toBe(0);
  });

  it('sizes a spread by its volume and starts it at the needle aimed at its structure', () => {
    expect((4 / 3) * Math.PI * spreadRadius(2) ** 3).toBeCloseTo(2000, 6); // 2 ml = 2000 mm³
    const needle = (id: string, targetStructure: string, target: [number, number, number]): NeedlePlacement =>
      ({ id, kind: 'spinal', entry: [0, 80, 0], target, targetStructure, gauge: 22, lengthMm: 90 });
    const placement = { needles: [needle('a', 'x', [1, 2, 3]), needle('b', 'epidural-space', [4, 5, 6])], leads: [], devices: [], highlight: [], spread: [] } as unknown as PlacementLike;
    expect(spreadOrigin(placement, { structure: 'epidural-space', volumeMl: 1 }, undefined)).toEqual([4, 5, 6]);
    expect(spreadOrigin(placement, { structure: 'other', volumeMl: 1 }, undefined)).toEqual([1, 2, 3]);
  });

  it('draws a needle true to gauge but never thinner than 0.55 mm, its tip moving from entry to target', () => {
    expect(needleRadius(18)).toBeCloseTo((1.27 / 2) * 1.4, 9);
    expect(needleRadius(27)).toBe(0.55);
    const n = { entry: [0, 100, 0], target: [10, 0, 20] } as unknown as NeedlePlacement;
    expect(needleTipAt(n, 0.5).toArray()).toEqual([5, 50, 10]);
    const bevel = bevelGeometry(1, 3.5);
    // The tip end is cut on one slanted plane, rising across the diameter to 0.9 of the piece's length.
    const pos = bevel.getAttribute('position');
    let cut = 0;
    for (let i = 0; i < pos.count; i++) {
      if (pos.getY(i) > 3.5 - 1e-6) continue;
      expect(pos.getY(i)).toBeCloseTo(((pos.getX(i) + 1) / 2) * 3.5 * 0.9, 6);
      cut++;
    }
    expect(cut).toBeGreaterThan(14);
    bevel.dispose();
  });
});
