// The lite scene against the R3F scene it ports: for the same store state, the same meshes (geometry, material
// look, draw order, where they are and whether they show), the same lights and the same camera.
import { afterEach, describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useThree } from '@react-three/fiber';
import { Matrix4, Vector3, type BufferGeometry, type Camera, type Light, type Material, type Mesh, type MeshStandardMaterial, type Object3D } from 'three';
import { SpineSceneContent } from '../../react/src/SpineScene';
import { SpineStoreProvider } from '../../react/src/context';
import type { SpineStore } from '@spine-explainer/react';
import { mountForTest, storeFor, type TestScene } from './lite-scene-harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const r3 = (n: number) => Math.round(n * 1000) / 1000 + 0; // + 0 turns -0 into 0

/** A weighted sum of a geometry's positions, normals and indices: equal for the same vertices in the same order. */
function checksum(g: BufferGeometry): number {
  let sum = 0;
  for (const name of ['position', 'normal']) {
    const a = g.getAttribute(name)?.array ?? [];
    for (let k = 0; k < a.length; k++) sum += a[k]! * ((k % 7) + 1);
  }
  const idx = g.index?.array ?? [];
  for (let k = 0; k < idx.length; k++) sum += idx[k]! * ((k % 5) + 1) * 1e-3;
  return Math.round(sum * 100) / 100;
}

function worldVisible(o: Object3D): boolean {
  for (let x: Object3D | null = o; x; x = x.parent) if (!x.visible) return false;
  return true;
}

function look(m: Material): Record<string, unknown> {
  const s = m as MeshStandardMaterial;
  return {
    name: m.name, opacity: r3(m.opacity), transparent: m.transparent, depthWrite: m.depthWrite, depthTest: m.depthTest, side: m.side,
    color: s.color?.getHexString(), emissive: s.emissive?.getHexString(), emissiveIntensity: s.emissiveIntensity === undefined ? undefined : r3(s.emissiveIntensity),
    clipping: (m.clippingPlanes ?? []).map((p) => [p.normal.toArray().map(r3), r3(p.constant)]),
  };
}

/** What a scene draws, independent of how its objects are grouped: meshes and lights by world transform and look. */
function describe3d(scene: Object3D, camera: Camera) {
  scene.updateMatrixWorld(true);
  const meshes: string[] = [];
  const lights: string[] = [];
  scene.traverse((o) => {
    if ((o as Mesh).isMesh) {
      const m = o as Mesh;
      const g = m.geometry;
      meshes.push(JSON.stringify({
        name: m.name, visible: worldVisible(m), renderOrder: m.renderOrder,
        geometry: [g.getAttribute('position').count, g.index?.count ?? 0, g.drawRange.start, g.drawRange.count, checksum(g)],
        world: m.matrixWorld.elements.map(r3), material: look(m.material as Material),
      }));
    } else if ((o as Light).isLight && worldVisible(o)) {
      // Hidden lights light nothing: the R3F scene unmounts them in fluoroscopy, the lite one hides them.
      const l = o as Light;
      lights.push(JSON.stringify({ type: l.type, color: l.color.getHexString(), intensity: l.intensity, at: new Vector3().setFromMatrixPosition(l.matrixWorld).toArray().map(r3) }));
    }
  });
  camera.updateMatrixWorld();
  return { meshes: meshes.sort(), lights: lights.sort(), camera: new Matrix4().copy(camera.matrixWorld).elements.map(r3) };
}

function GrabCamera({ into }: { into: { camera?: Camera } }) {
  into.camera = useThree((s) => s.camera);
  return null;
}

let lite: TestScene | undefined;
afterEach(() => {
  lite?.mounted.dispose();
  lite = undefined;
});

/** Both scenes on twin stores, one frame each at the same held progress, then `change` applied to both and a second frame. */
async function compare(make: () => SpineStore, progress: number, change?: (store: SpineStore) => void) {
  const a = make();
  const b = make();
  const grabbed: { camera?: Camera } = {};
  for (const s of [a, b]) {
    s.getState().frame.held = true;
    s.getState().frame.progress = progress;
  }
  const r = await ReactThreeTestRenderer.create(
    <SpineStoreProvider value={a}>
      <SpineSceneContent labels={false} controls={false} environment={false}>
        <GrabCamera into={grabbed} />
      </SpineSceneContent>
    </SpineStoreProvider>,
  );
  lite = mountForTest(b);
  await r.advanceFrames(1, 0.016);
  lite.mounted.invalidate();
  lite.frames.advance(16);
  if (change) {
    await ReactThreeTestRenderer.act(async () => change(a));
    change(b);
    await r.advanceFrames(1, 0.016);
    lite.mounted.invalidate();
    lite.frames.advance(16);
  }
  const r3f = describe3d(r.scene.instance as unknown as Object3D, grabbed.camera!);
  const mine = describe3d(lite.mounted.scene, lite.mounted.camera);
  await r.unmount();
  return { r3f, lite: mine };
}

const reduced = { reducedMotion: true, status: 'ready' as const };

describe('lite scene parity with the R3F scene', () => {
  const cases: [string, () => SpineStore, number, ((s: SpineStore) => void)?][] = [
    ['transforaminal, needle at the target, anatomy', () => storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left', step: 3 }, { ...reduced, mode: 'anatomy' }), 1],
    ['transforaminal, half way, fluoroscopy', () => storeFor('epidural-transforaminal', { level: 'L5-S1', side: 'right', step: 3 }, { ...reduced, mode: 'fluoro' }), 0.5],
    ['interlaminar, spread at 0.6, close-up', () => storeFor('epidural-interlaminar', { step: 3 }, { ...reduced, view: 'close-up' }), 0.6],
    ['radiofrequency ablation, lesion step', () => storeFor('radiofrequency-ablation', {}, reduced), 1, (s) => {
      const i = s.getState().tracks.findIndex((t) => t.lesion[1] > 0);
      s.getState().set({ step: Math.max(0, i) });
    }],
    ['SCS permanent, lead, contacts, generator and extension', () => storeFor('scs-permanent', { step: 5 }, { ...reduced, view: 'posterior' }), 1],
    ['SCS trial, lead half way, lateral', () => storeFor('scs-trial', { step: 2 }, { ...reduced, view: 'lateral' }), 0.5],
    ['facet joint, x-ray on, then layers off', () => storeFor('facet-joint-injection', {}, { ...reduced, xray: true }), 1, (s) => {
      s.getState().set({ layers: { ...s.getState().layers, muscle: false, devices: false } });
    }],
    ['knee injection, isolate', () => storeFor('knee-joint-injection', {}, { ...reduced, isolate: true, view: 'anterior' }), 1],
  ];
  for (const [name, make, progress, change] of cases) {
    it(name, async () => {
      const { r3f, lite: mine } = await compare(make, progress, change);
      expect(mine.meshes.length).toBeGreaterThan(5);
      expect(mine.lights).toEqual(r3f.lights);
      expect(mine.camera).toEqual(r3f.camera);
      // Diffs of whole lists are unreadable: first what is missing or extra, then the lists.
      const missing = r3f.meshes.filter((m) => !mine.meshes.includes(m)).map((m) => JSON.parse(m).name as string);
      const extra = mine.meshes.filter((m) => !r3f.meshes.includes(m)).map((m) => JSON.parse(m).name as string);
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      expect(mine.meshes).toEqual(r3f.meshes);
    });
  }
});
