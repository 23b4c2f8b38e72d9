import { afterEach, describe, expect, it } from 'vitest';
import { Vector3, type Group, type Material, type Mesh } from 'three';
import { cameraGoal, createSpineStore, lpsToWorld, VIEW_NAMES, type SpineStore } from '@spine-explainer/react';
import { mountForTest, storeFor, type TestScene } from './lite-scene-harness';
import { boneOcclusion } from '@spine-explainer/react';

let open: TestScene[] = [];
function mount(store: SpineStore): TestScene {
  const t = mountForTest(store);
  open.push(t);
  return t;
}
afterEach(() => {
  for (const t of open) t.mounted.dispose();
  open = [];
});

/** The first step whose needle ends at the target. */
function needleInStep(store: SpineStore): number {
  return store.getState().tracks.findIndex((t) => t.needle[1] === 1);
}

describe('lite scene: anatomy per store state', () => {
  it('draws one merged mesh per tissue kind, and turning a layer off hides its meshes only', () => {
    const t = mount(storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }));
    const kinds = t.findAll((o) => o.name.startsWith('sx-anatomy-')).map((o) => o.name).sort();
    expect(kinds).toEqual(expect.arrayContaining(['sx-anatomy-bone', 'sx-anatomy-disc', 'sx-anatomy-muscle', 'sx-anatomy-nerve', 'sx-anatomy-skin']));
    expect(kinds.every((n) => t.find(n)!.visible)).toBe(true);

    t.store.getState().set({ layers: { ...t.store.getState().layers, bone: false, skin: false } });
    expect(t.find('sx-anatomy-bone')!.visible).toBe(false);
    expect(t.find('sx-anatomy-skin')!.visible).toBe(false);
    expect(t.find('sx-anatomy-muscle')!.visible).toBe(true);
    expect(t.find('sx-anatomy-nerve')!.visible).toBe(true);

    t.store.getState().set({ layers: { ...t.store.getState().layers, devices: false } });
    expect(t.find('sx-needles')!.visible).toBe(false);
  });

  it('isolate and fluoroscopy leave the bone alone; fluoroscopy draws it with the radiograph shader, unlit, without highlights', () => {
    const t = mount(storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }));
    t.store.getState().set({ isolate: true });
    const visibleKinds = () => t.findAll((o) => o.name.startsWith('sx-anatomy-') && o.visible).map((o) => o.name);
    expect(visibleKinds()).toEqual(['sx-anatomy-bone']);
    t.store.getState().set({ isolate: false, mode: 'fluoro' });
    expect(visibleKinds()).toEqual(['sx-anatomy-bone']);
    expect(((t.find('sx-anatomy-bone') as Mesh).material as Material).name).toBe('sx-fluoro');
    expect(t.find('sx-lights')!.visible).toBe(false);
    expect(t.findAll((o) => o.userData.highlighted === true)).toEqual([]);
    t.store.getState().set({ mode: 'anatomy' });
    expect(((t.find('sx-anatomy-bone') as Mesh).material as Material).name).toBe('sx-bone');
    expect(t.find('sx-lights')!.visible).toBe(true);
  });

  it('highlights the target structure with the glow and re-targets with the placement', () => {
    const store = storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' });
    const t = mount(store);
    const target = store.getState().placement!.needles[0]!.targetStructure;
    const highlighted = () => t.findAll((o) => o.userData.highlighted === true).map((o) => o.userData.structureId as string);
    expect(highlighted()).toContain(target);
    const other = storeFor('epidural-transforaminal', { level: 'L5-S1', side: 'right' }).getState().placement!;
    store.getState().set({ placement: other, level: 'L5-S1', side: 'right' });
    expect(highlighted()).toEqual(expect.arrayContaining(other.highlight.filter((id) => !!store.getState().model!.get(id))));
    expect(highlighted().some((id) => id.endsWith('-left'))).toBe(false);
  });

  it('x-ray fades the bone and restores it', () => {
    const t = mount(storeFor('facet-joint-injection'));
    const bone = t.mounted.materials.kinds.get('bone')!;
    expect(bone.opacity).toBe(1);
    t.store.getState().set({ xray: true });
    expect(bone.opacity).toBeCloseTo(0.28);
    t.store.getState().set({ xray: false });
    expect(bone.opacity).toBe(1);
  });
});

describe('lite scene: instruments and motion', () => {
  it('puts the needle tip at the placement target at progress 1, and at the skin entry at progress 0', () => {
    const store = storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' });
    const step = needleInStep(store);
    expect(step).toBeGreaterThan(0);
    store.getState().set({ step });
    const t = mount(store);
    const needle = store.getState().placement!.needles[0]!;
    const group = t.find(`sx-needle-${needle.id}`) as Group;
    const f = store.getState().frame;
    f.held = true;
    f.progress = 1;
    t.mounted.invalidate();
    t.frames.advance();
    expect(group.position.distanceTo(new Vector3(...needle.target))).toBeLessThan(1e-6);
    expect(group.getWorldPosition(new Vector3()).distanceTo(lpsToWorld(needle.target))).toBeLessThan(1e-3);
    // At the start of a step whose needle starts at 0 the tip is at the skin entry.
    const [from] = store.getState().tracks[step]!.needle;
    f.progress = 0;
    t.mounted.invalidate();
    t.frames.advance();
    const expected = new Vector3(...needle.entry).lerp(new Vector3(...needle.target), from);
    expect(group.position.distanceTo(expected)).toBeLessThan(1e-6);
  });

  it('plays a step in wall-clock time, then asks the owner for the next step once the dwell is over', () => {
    const store = storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }, { playing: true });
    const t = mount(store);
    let ended = 0;
    store.getState().runtime.onStepEnd = () => ended++;
    t.frames.advance(1000);
    expect(store.getState().frame.progress).toBeCloseTo(0.5 / 2.4, 5); // a long first frame counts 0.5 s at most
    // 0.5 s per frame: the motion ends in the 5th frame, which starts the dwell; 2.0 s of it after the 8th.
    for (let i = 0; i < 7; i++) t.frames.advance(500);
    expect(store.getState().frame.progress).toBe(1);
    expect(store.getState().frame.dwell).toBeCloseTo(2.0, 5);
    expect(ended).toBe(0);
    t.frames.advance(500);
    expect(ended).toBe(1);
  });

  it('grows the spread with the spread progress and reveals the SCS lead and its devices per step', () => {
    const store = storeFor('scs-trial');
    const t = mount(store);
    const tracks = store.getState().tracks;
    const leadStep = tracks.findIndex((tr) => tr.lead[1] === 1);
    expect(leadStep).toBeGreaterThan(-1);
    store.getState().set({ step: leadStep, reducedMotion: true });
    store.getState().frame.progress = 1;
    t.mounted.invalidate();
    t.frames.advance();
    const body = t.find('sx-lead-body') as Mesh;
    expect(body.visible).toBe(true);
    expect(body.geometry.drawRange.count).toBeGreaterThan(0);
    const contacts = t.findAll((o) => o.name === 'sx-lead-contact');
    expect(contacts.length).toBe(store.getState().placement!.leads.reduce((n, l) => n + l.contacts, 0));
    // Devices show only in the steps that name them.
    const devices = t.findAll((o) => o.name.startsWith('sx-device-') && o.userData.deviceKind);
    expect(devices.length).toBe(store.getState().placement!.devices.length);
    const shown = tracks[leadStep]!.devices;
    for (const d of devices) {
      const expected = shown === true || (Array.isArray(shown) && shown.includes(d.userData.deviceKind as string));
      expect(d.parent!.visible).toBe(expected);
    }
  });

  it('the spread blob is hidden before its step and full-size at the end of it', () => {
    const store = storeFor('epidural-interlaminar');
    const tracks = store.getState().tracks;
    const spreadStep = tracks.findIndex((tr) => tr.spread[1] > tr.spread[0]);
    expect(spreadStep).toBeGreaterThan(0);
    store.getState().set({ step: spreadStep - 1 });
    const t = mount(store);
    const f = store.getState().frame;
    f.held = true;
    f.progress = 1;
    t.mounted.invalidate();
    t.frames.advance();
    const blob = t.find('sx-spread-blob') as Mesh;
    expect(blob.visible).toBe(tracks[spreadStep - 1]!.spread[1] > 0.001);
    store.getState().set({ step: spreadStep });
    t.frames.advance();
    expect(blob.visible).toBe(true);
    expect(blob.scale.z).toBeGreaterThan(1);
  });
});

describe('lite scene: camera and frames on demand', () => {
  it('aims the camera at each named view as cameraGoal computes it (at once under reduced motion)', () => {
    const store = storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }, { reducedMotion: true });
    const t = mount(store);
    const s = store.getState();
    const occlusion = boneOcclusion(s.model!);
    for (const view of VIEW_NAMES) {
      store.getState().set({ view });
      const devices = s.tracks[s.step]?.devices;
      const goal = cameraGoal({ view, mode: 'anatomy', side: s.side, model: s.model, placement: s.placement, occlusion, devices: Array.isArray(devices) ? devices : devices ? ['trial-generator', 'implanted-generator', 'remote'] : [] });
      expect(t.mounted.camera.position.distanceTo(goal.position)).toBeLessThan(1e-6);
      // Looking at the goal's target.
      const dir = t.mounted.camera.getWorldDirection(new Vector3());
      expect(dir.angleTo(goal.target.clone().sub(goal.position))).toBeLessThan(1e-4);
    }
  });

  it('tweens to a new view without reduced motion, then stops drawing', () => {
    const store = storeFor('facet-joint-injection');
    const t = mount(store);
    t.frames.settle();
    const before = t.mounted.camera.position.clone();
    store.getState().set({ view: 'lateral' });
    t.frames.advance(100);
    const mid = t.mounted.camera.position.clone();
    expect(mid.distanceTo(before)).toBeGreaterThan(1);
    const ran = t.frames.settle();
    expect(ran).toBeGreaterThan(2);
    expect(t.frames.pending).toBe(0);
    const s = store.getState();
    const goal = cameraGoal({ view: 'lateral', mode: 'anatomy', side: s.side, model: s.model, placement: s.placement, occlusion: boneOcclusion(s.model!), devices: [] });
    expect(t.mounted.camera.position.distanceTo(goal.position)).toBeLessThan(0.5);
  });

  it('draws nothing while nothing moves; a change draws, and the runtime counts frames and reports content once', () => {
    const store = storeFor('epidural-interlaminar');
    let drawn = 0;
    let frames = 0;
    store.getState().runtime.onContentDrawn = () => drawn++;
    store.getState().runtime.onFrame = () => frames++;
    const t = mount(store);
    t.frames.settle();
    expect(drawn).toBe(1);
    const rt = store.getState().runtime;
    expect(rt.frames).toBe(t.renderer.renders);
    expect(frames).toBe(t.renderer.renders);
    expect(rt.drawCalls).toBeGreaterThan(5);
    // Idle: nothing asked for, nothing drawn.
    const idle = t.renderer.renders;
    expect(t.frames.advance(1000)).toBe(false);
    expect(t.renderer.renders).toBe(idle);
    // Changes that the scene does not show draw nothing either.
    store.getState().set({ readingLevel: 'clinician', status: 'ready' });
    expect(t.frames.pending).toBe(0);
    store.getState().set({ layers: { ...store.getState().layers, muscle: false } });
    expect(t.frames.advance()).toBe(true);
    expect(t.renderer.renders).toBe(idle + 1);
    expect(drawn).toBe(1);
    store.getState().set({ mode: 'fluoro' });
    t.frames.settle();
    expect(drawn).toBe(2);
  });

  it('registers orbit, zoom, project and invalidate on the runtime, and takes them back on dispose', () => {
    const store = storeFor('epidural-interlaminar', {}, { reducedMotion: true });
    const t = mount(store);
    const rt = store.getState().runtime;
    const target = store.getState().placement!.needles[0]!.target;
    const p = rt.project!(target)!;
    // The camera looks at the needle target: it projects to the middle of the 800×600 surface.
    expect(p.visible).toBe(true);
    expect(Math.abs(p.x - 400)).toBeLessThan(1);
    expect(Math.abs(p.y - 300)).toBeLessThan(1);
    const d0 = t.mounted.camera.position.distanceTo(lpsToWorld(target));
    rt.zoom!(0.5);
    expect(t.mounted.camera.position.distanceTo(lpsToWorld(target))).toBeCloseTo(d0 * 0.5, 3);
    rt.orbit!(Math.PI / 2, 0);
    expect(rt.project!(target)!.x).toBeCloseTo(400, 0);
    t.mounted.dispose();
    expect(rt.orbit).toBeUndefined();
    expect(rt.zoom).toBeUndefined();
    expect(rt.project).toBeUndefined();
    expect(rt.invalidate).toBeUndefined();
  });

  it('disposes what it created: merged geometries, overlay geometries and the viewer materials', () => {
    const store = storeFor('radiofrequency-ablation');
    const t = mount(store);
    const disposed = new Set<unknown>();
    const watch = (x: { addEventListener(type: 'dispose', fn: () => void): void }) => x.addEventListener('dispose', () => disposed.add(x));
    const bone = (t.find('sx-anatomy-bone') as Mesh).geometry;
    const needleMeshes = t.findAll((o) => (o as Mesh).isMesh && o.parent?.name.startsWith('sx-needle-') === true) as Mesh[];
    expect(needleMeshes.length).toBeGreaterThan(3);
    watch(bone);
    for (const m of needleMeshes) watch(m.geometry);
    for (const m of t.mounted.materials.list()) watch(m);
    const modelGeometry = store.getState().model!.structures[0]!.geometry;
    watch(modelGeometry);
    t.mounted.dispose();
    expect(disposed.has(bone)).toBe(true);
    for (const m of needleMeshes) expect(disposed.has(m.geometry)).toBe(true);
    for (const m of t.mounted.materials.list()) expect(disposed.has(m)).toBe(true);
    expect(disposed.has(modelGeometry)).toBe(false);
  });

  it('starts on an empty store (the model still loading) and draws the content once it arrives', () => {
    const full = storeFor('epidural-transforaminal', { level: 'L4-L5', side: 'left' }).getState();
    const store = createSpineStore({ status: 'loading' });
    let drawn = 0;
    store.getState().runtime.onContentDrawn = () => drawn++;
    const t = mount(store);
    t.frames.settle();
    expect(t.findAll((o) => o.name.startsWith('sx-anatomy-'))).toEqual([]);
    expect(drawn).toBe(0);
    const { procedureId, procedure, level, side, tracks, model, placement } = full;
    store.getState().set({ procedureId, procedure, level, side, tracks, model, placement, step: 0, status: 'ready' });
    t.frames.settle();
    expect(drawn).toBe(1);
    expect(t.find('sx-anatomy-bone')).toBeDefined();
    expect(t.find(`sx-needle-${placement!.needles[0]!.id}`)).toBeDefined();
  });

  it('two scenes on two stores are independent', () => {
    const a = mount(storeFor('epidural-interlaminar'));
    const b = mount(storeFor('epidural-interlaminar'));
    a.store.getState().set({ layers: { ...a.store.getState().layers, bone: false } });
    expect(a.find('sx-anatomy-bone')!.visible).toBe(false);
    expect(b.find('sx-anatomy-bone')!.visible).toBe(true);
    a.mounted.dispose();
    expect(b.store.getState().runtime.invalidate).toBeDefined();
  });
});
