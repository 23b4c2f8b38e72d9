import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { BufferGeometry, Material, Vector3, type Group, type Mesh, type Object3D } from 'three';
import { SpineSceneContent } from '../src/SpineScene';
import { SpineStoreProvider } from '../src/context';
import { createSpineStore } from '../src/store';
import { useMaterials } from '../src/SceneResources';
import { buildTracks } from '../src/steps';
import { lpsToWorld } from '../src/geometry';
import type { SpineMaterials } from '../src/materials';
import { createFixtureModel, fixturePlacement, fixtureProcedures } from './fixtures/catalog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function setup(procedureId: string, opts: { level?: string; side?: string; step: number }) {
  const model = createFixtureModel();
  const procedure = fixtureProcedures.find((p) => p.id === procedureId)!;
  const placement = fixturePlacement(model, procedureId, opts);
  const store = createSpineStore({
    procedureId, procedure, level: opts.level, side: opts.side, step: opts.step, tracks: buildTracks(procedure, opts.side),
    model, placement, status: 'ready', reducedMotion: true,
  });
  return { model, placement, store };
}

let materials: SpineMaterials | undefined;
function GrabMaterials() {
  materials = useMaterials();
  return null;
}

function collect(root: Object3D) {
  const geometries = new Set<BufferGeometry>();
  const mats = new Set<Material>();
  root.traverse((o) => {
    const m = o as Mesh;
    if (m.isMesh) {
      geometries.add(m.geometry);
      for (const x of Array.isArray(m.material) ? m.material : [m.material]) mats.add(x);
    }
  });
  return { geometries, materials: mats };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('scene graph', () => {
  it('highlights the structures of the placement, and re-targets with the level and side', async () => {
    const { store } = setup('epidural-transforaminal', { level: 'L4-L5', side: 'left', step: 2 });
    const r = await ReactThreeTestRenderer.create(
      <SpineStoreProvider value={store}>
        <SpineSceneContent labels={false} controls={false} environment={false} />
      </SpineStoreProvider>,
    );
    const highlighted = () => r.scene.findAll((n) => n.props.userData?.highlighted === true).map((n) => n.props.userData.structureId as string).sort();
    expect(highlighted()).toEqual(['nerve-root-L4-left', 'pedicle-L4-left']);

    const model = store.getState().model!;
    await ReactThreeTestRenderer.act(async () => {
      store.setState({ level: 'L5-S1', side: 'right', placement: fixturePlacement(model, 'epidural-transforaminal', { level: 'L5-S1', side: 'right' }) });
    });
    expect(highlighted()).toEqual(['nerve-root-L5-right', 'pedicle-L5-right']);
    // One merged mesh per tissue kind, plus the highlights drawn on top.
    const anatomy = r.scene.findAll((n) => typeof n.props.name === 'string' && n.props.name.startsWith('sx-anatomy-'));
    expect(anatomy.map((n) => n.props.name).sort()).toEqual(['sx-anatomy-bone', 'sx-anatomy-disc', 'sx-anatomy-nerve', 'sx-anatomy-skin', 'sx-anatomy-space']);
    await r.unmount();
  });

  it('advances the needle tip from the skin entry to the target: at progress 1 it is at the target', async () => {
    const { store, placement } = setup('epidural-transforaminal', { level: 'L4-L5', side: 'left', step: 2 });
    const r = await ReactThreeTestRenderer.create(
      <SpineStoreProvider value={store}>
        <SpineSceneContent labels={false} controls={false} environment={false} />
      </SpineStoreProvider>,
    );
    const needle = placement.needles[0]!;
    const group = r.scene.find((n) => n.props.name === `sx-needle-${needle.id}`).instance as Group;
    const f = store.getState().frame;

    f.held = true;
    f.progress = 0; // step 3 starts where step 2 left the needle (0.6 of the way)
    await r.advanceFrames(1, 0.016);
    const start = new Vector3(...needle.entry).lerp(new Vector3(...needle.target), 0.6);
    expect(group.position.distanceTo(start)).toBeLessThan(1e-6);

    f.progress = 1;
    await r.advanceFrames(1, 0.016);
    expect(group.position.toArray()).toEqual(needle.target);
    group.updateWorldMatrix(true, false);
    const world = new Vector3().setFromMatrixPosition(group.matrixWorld);
    expect(world.distanceTo(lpsToWorld(needle.target))).toBeLessThan(1e-6);
    expect(group.visible).toBe(true);

    // Step 1 has no needle motion: the needle is not shown.
    await ReactThreeTestRenderer.act(async () => store.setState({ step: 0 }));
    await r.advanceFrames(1, 0.016);
    expect(group.visible).toBe(false);
    await r.unmount();
  });

  it('draws SCS leads with their contacts and the trial generator', async () => {
    const { store } = setup('scs-trial', { level: 'T8', step: 2 });
    store.getState().frame.held = true;
    store.getState().frame.progress = 1;
    const r = await ReactThreeTestRenderer.create(
      <SpineStoreProvider value={store}>
        <SpineSceneContent labels={false} controls={false} environment={false} />
      </SpineStoreProvider>,
    );
    await r.advanceFrames(2, 0.016);
    expect(r.scene.findAll((n) => n.props.name === 'sx-lead-contact')).toHaveLength(8);
    expect(r.scene.findAll((n) => n.props.userData?.deviceKind === 'trial-generator')).toHaveLength(1);
    await r.unmount();
  });

  it('disposes every geometry and material it created on unmount (and none of the model’s)', async () => {
    const disposedGeometries = new Set<BufferGeometry>();
    const disposedMaterials = new Set<Material>();
    const g0 = BufferGeometry.prototype.dispose;
    const m0 = Material.prototype.dispose;
    vi.spyOn(BufferGeometry.prototype, 'dispose').mockImplementation(function (this: BufferGeometry) {
      disposedGeometries.add(this);
      g0.call(this);
    });
    vi.spyOn(Material.prototype, 'dispose').mockImplementation(function (this: Material) {
      disposedMaterials.add(this);
      m0.call(this);
    });
    const { store, model } = setup('epidural-transforaminal', { level: 'L4-L5', side: 'left', step: 3 });
    const r = await ReactThreeTestRenderer.create(
      <SpineStoreProvider value={store}>
        <SpineSceneContent labels={false} controls={false} environment={false}>
          <GrabMaterials />
        </SpineSceneContent>
      </SpineStoreProvider>,
    );
    await r.advanceFrames(1, 0.016);
    await ReactThreeTestRenderer.act(async () => store.setState({ mode: 'fluoro' }));
    await r.advanceFrames(1, 0.016);
    const seen = collect(r.scene.instance);
    const own = [...seen.geometries].filter((g) => !model.structures.some((s) => s.geometry === g));
    expect(own.length).toBeGreaterThan(5);
    const allMaterials = new Set([...seen.materials, ...materials!.list()]);
    await r.unmount();
    for (const g of own) expect(disposedGeometries.has(g), `geometry ${g.type} disposed`).toBe(true);
    for (const m of allMaterials) expect(disposedMaterials.has(m), `material ${m.name || m.type} disposed`).toBe(true);
    for (const s of model.structures) expect(disposedGeometries.has(s.geometry), `${s.id} belongs to the model`).toBe(false);
  });
});
