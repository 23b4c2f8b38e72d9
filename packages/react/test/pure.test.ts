import { describe, expect, it } from 'vitest';
import { describeState, describeTarget } from '../src/describeState';
import { buildTracks, stepText, procedureTitle, toViewName } from '../src/steps';
import { resolveOptions } from '../src/options';
import { resolveCollisions } from '../src/labelLayout';
import { createSpineStore, motionAt } from '../src/store';
import { cameraGoal, viewDirection } from '../src/views';
import { lpsToWorld, LPS_TO_WORLD } from '../src/geometry';
import { structureLabel } from '../src/names';
import { fixtureProcedures } from './fixtures/catalog';

const tf = fixtureProcedures[0]!;

describe('describeState (the live region, a pure function of state)', () => {
  const base = {
    status: 'ready' as const, procedureId: 'epidural-transforaminal', procedureTitle: 'Transforaminal epidural injection',
    step: 2, stepCount: 5, level: 'L4-L5', side: 'left', hasNeedle: true, needle: 1,
  };
  it('says where the needle tip is, with the level and side', () => {
    expect(describeState(base)).toBe('Step 3 of 5: The needle tip is in the left L4–L5 foramen, below the L4 pedicle.');
  });
  it('adds the step title, the spread and the view', () => {
    const s = describeState({ ...base, stepTitle: 'At the target', spread: 1, view: 'oblique-left', mode: 'fluoro' });
    expect(s).toBe('Step 3 of 5: At the target. The needle tip is in the left L4–L5 foramen, below the L4 pedicle; the medicine spreads around the target. View: X-ray view, Left oblique (Scotty dog).');
  });
  it('describes a needle on its way and a target not yet reached', () => {
    expect(describeState({ ...base, needle: 0.5 })).toMatch(/advancing toward its target, in the left L4–L5 foramen/);
    expect(describeState({ ...base, needle: 0, step: 0 })).toBe('Step 1 of 5: The target is in the left L4–L5 foramen, below the L4 pedicle.');
  });
  it('speaks Spanish', () => {
    expect(describeState({ ...base, locale: 'es' })).toBe('Paso 3 de 5: La punta de la aguja está en el agujero L4–L5 izquierdo, debajo del pedículo de L4.');
  });
  it('describes SCS leads, loading and errors', () => {
    expect(describeState({ ...base, procedureId: 'scs-trial', level: 'T8', hasLead: true, lead: 1 })).toMatch(/lead runs up the epidural space behind the spinal cord, its tip at T8/);
    expect(describeState({ ...base, status: 'loading' })).toBe('Loading the 3D spine…');
    expect(describeState({ ...base, status: 'error', error: 'Unknown procedure "x".' })).toBe('This procedure cannot be shown. Unknown procedure "x".');
  });
  it('has a phrase for every interspace procedure and falls back to the structure name', () => {
    expect(describeTarget({ procedureId: 'epidural-interlaminar', level: 'L5-S1' })).toBe('in the epidural space between the L5 and S1 laminae');
    expect(describeTarget({ procedureId: 'facet-joint-injection', level: 'L4-L5', side: 'right' })).toBe('inside the right L4–L5 facet joint');
    expect(describeTarget({ procedureId: 'new-thing', targetName: 'left L4 pedicle' })).toBe('at the left L4 pedicle');
  });
});

describe('steps → tracks', () => {
  it('tweens motions from the previous step and maps catalog views', () => {
    const tracks = buildTracks(tf, 'left');
    expect(tracks.map((t) => t.needle)).toEqual([[0, 0], [0, 0.6], [0.6, 1], [1, 1]]);
    expect(tracks.map((t) => t.spread)).toEqual([[0, 0], [0, 0], [0, 0], [0, 1]]);
    expect(tracks[1]!.view).toBe('oblique-left');
    expect(tracks[1]!.mode).toBe('fluoro');
    expect(tracks[2]!.mode).toBe('anatomy');
    expect(buildTracks(tf, 'right')[1]!.view).toBe('oblique-right');
  });
  it('reads device lists and pulses', () => {
    const scs = buildTracks(fixtureProcedures[1], undefined);
    expect(scs[2]!.pulses).toBe(true);
    expect(scs[2]!.devices).toEqual(['trial-generator']);
    expect(scs[2]!.needle).toEqual([1, 0]);
  });
  it('interpolates with easing', () => {
    const state = { tracks: buildTracks(tf, 'left'), step: 2 };
    expect(motionAt(state, 0, 'needle')).toBe(0.6);
    expect(motionAt(state, 1, 'needle')).toBe(1);
    expect(motionAt(state, 0.5, 'needle')).toBeCloseTo(0.8);
  });
  it('picks text by locale and reading level', () => {
    expect(stepText(tf.steps[1], 'es', 'patient').title).toBe('Entra la aguja');
    expect(stepText(tf.steps[1], 'en', 'clinician').body).toBe('Oblique, subpedicular approach.');
    expect(stepText(tf.steps[1], 'fr', 'patient').body).toBe('The needle moves toward the nerve.');
    expect(procedureTitle(tf, 'es')).toBe('Inyección epidural transforaminal');
    expect(toViewName('AP')).toBe('posterior');
    expect(toViewName('fluoro-lateral')).toBe('lateral');
  });
});

describe('options', () => {
  it('applies defaults and reports values the procedure does not allow', () => {
    expect(resolveOptions(tf, {})).toMatchObject({ level: 'L4-L5', side: 'left', problems: [] });
    const bad = resolveOptions(tf, { level: 'L9-L10', side: 'right' });
    expect(bad.level).toBe('L4-L5');
    expect(bad.side).toBe('right');
    expect(bad.problems[0]!.message).toBe('Unknown level "L9-L10" for epidural-transforaminal; expected one of: L4-L5, L5-S1.');
  });
});

describe('labels never overlap', () => {
  it('hides a lower-priority label that would cover a kept one', () => {
    const keep = resolveCollisions([
      { x: 100, y: 100, w: 80, h: 20, visible: true },
      { x: 120, y: 105, w: 80, h: 20, visible: true },
      { x: 100, y: 160, w: 80, h: 20, visible: true },
      { x: 300, y: 100, w: 80, h: 20, visible: false },
    ]);
    expect(keep).toEqual([true, false, true, false]);
  });
  it('names structures for patients and clinicians', () => {
    const s = { id: 'nerve-root-L5-left', name: 'left L5 nerve root', level: 'L5', side: 'left' as const };
    expect(structureLabel(s, 'patient')).toBe('L5 nerve');
    expect(structureLabel(s, 'clinician')).toBe('left L5 nerve root');
    expect(structureLabel({ id: 'disc-L4-L5', name: 'x' }, 'patient')).toBe('L4–L5 disc');
  });
});

describe('frame and views', () => {
  it('maps LPS to Y-up with the back toward +Z and the patient left toward -X (a proper rotation)', () => {
    expect(lpsToWorld([1, 0, 0]).toArray()).toEqual([-1, 0, 0]);
    expect(lpsToWorld([0, 1, 0]).toArray()).toEqual([0, 0, 1]);
    expect(lpsToWorld([0, 0, 1]).toArray()).toEqual([0, 1, 0]);
    expect(LPS_TO_WORLD.determinant()).toBe(1);
  });
  it('puts the posterior camera behind the patient and the lateral one on the procedure side', () => {
    expect(viewDirection('posterior', 'left').toArray()).toEqual([0, 0, 1]);
    expect(viewDirection('lateral', 'left').x).toBeLessThan(0);
    expect(viewDirection('lateral', 'right').x).toBeGreaterThan(0);
    const g = cameraGoal({ view: 'posterior', mode: 'anatomy', placement: { procedureId: 'x', needles: [{ id: 'n', kind: 'spinal', entry: [0, 80, 60], target: [10, 10, 60], targetStructure: 's', gauge: 22, lengthMm: 90 }], leads: [], devices: [], highlight: [], spread: [] } });
    expect(g.target.toArray()).toEqual([-10, 60, 10]);
    expect(g.position.z).toBeGreaterThan(g.target.z + 300);
  });
});

describe('store', () => {
  it('is one per instance', () => {
    const a = createSpineStore({ procedureId: 'a' });
    const b = createSpineStore({ procedureId: 'b' });
    a.getState().set({ step: 3 });
    expect(b.getState().step).toBe(0);
    expect(a.getState().frame).not.toBe(b.getState().frame);
  });
});
