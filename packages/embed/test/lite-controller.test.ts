// LiteController: the compact viewer's rules without React or a DOM (node environment).
import { describe, expect, it, vi } from 'vitest';
import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';
import { LiteController, type ControllerEvents, type ControllerOptions } from '../src/lite/controller';
import type { Requested } from '../src/lite/selection';

interface Recorded { type: string; args: unknown[] }

function make(requested: Partial<Requested> = {}, options: Partial<ControllerOptions> = {}) {
  const log: Recorded[] = [];
  const record = (type: string) => (...args: unknown[]) => { log.push({ type, args }); };
  // The owner flushes once per task; flushing at once keeps these tests synchronous.
  let owner: LiteController | undefined;
  const events: ControllerEvents = {
    selectionChange: record('selection'), stepChange: record('step'), viewChange: record('view'),
    error: record('error'), choose: record('choose'), changed: () => owner?.flush(),
  };
  const ctl = owner = new LiteController({ procedure: 'epidural-transforaminal', ...requested }, { webgl: false, ...options }, events);
  ctl.start();
  const of = (type: string) => log.filter((e) => e.type === type).map((e) => e.args);
  const clear = () => { log.length = 0; };
  return { ctl, log, of, clear };
}

let model: SpineModel | undefined;
const lowModel = () => (model ??= createSpineModel({ quality: 'low' }));

describe('steps', () => {
  it('clamps to the procedure\'s steps and reports each move with its source', () => {
    const { ctl, of } = make();
    expect(ctl.stepCount).toBe(7);
    ctl.setStep(99, 'api');
    expect(ctl.step).toBe(6);
    ctl.setStep(-3, 'user');
    expect(ctl.step).toBe(0);
    ctl.setStep(0, 'api'); // no move, no report
    expect(of('step')).toEqual([[6, 7, 'api'], [0, 7, 'user']]);
  });

  it('two next() in one task move two steps', () => {
    const { ctl, of } = make();
    ctl.next('api');
    ctl.next('api');
    expect(ctl.step).toBe(2);
    expect(of('step').map(([s]) => s)).toEqual([1, 2]);
    expect(ctl.store.getState().step).toBe(2);
  });

  it('starts at the requested first step, clamped, without reporting it', () => {
    const { ctl, of } = make({}, { step: 40 });
    expect(ctl.step).toBe(6);
    expect(of('step')).toEqual([]);
  });

  it('each step brings its camera view and X-ray mode, reported with the step\'s source', () => {
    const { ctl, of } = make();
    expect([ctl.view, ctl.mode]).toEqual(['posterior', 'anatomy']);
    ctl.setStep(1, 'user'); // transforaminal step 2 is a fluoro oblique
    expect([ctl.view, ctl.mode]).toEqual(['oblique-left', 'fluoro']);
    expect(of('view')).toEqual([['oblique-left', 'anatomy', 'user'], ['oblique-left', 'fluoro', 'user']]);
  });

  it('choosing the view already shown sends the camera back instead of reporting a change', () => {
    const { ctl, of } = make();
    const before = ctl.store.getState().cameraRequest;
    ctl.setView('posterior', 'user');
    expect(ctl.store.getState().cameraRequest).toBe(before + 1);
    expect(of('view')).toEqual([]);
    ctl.setView('lateral', 'user');
    expect(of('view')).toEqual([['lateral', 'anatomy', 'user']]);
  });
});

describe('playback', () => {
  it('plays from the first step when at the last, advances at each step end, and stops after the last', () => {
    const { ctl, of, clear } = make();
    ctl.setStep(6, 'api');
    clear();
    ctl.play(true, 'user');
    expect(ctl.step).toBe(0);
    expect(ctl.playing).toBe(true);
    const onStepEnd = ctl.store.getState().runtime.onStepEnd!;
    for (let i = 0; i < 6; i++) onStepEnd();
    expect(ctl.step).toBe(6);
    expect(ctl.playing).toBe(true);
    onStepEnd();
    expect(ctl.playing).toBe(false);
    expect(of('step').map(([s, , source]) => `${s}:${source}`)).toEqual(['0:user', '1:user', '2:user', '3:user', '4:user', '5:user', '6:user']);
  });
});

describe('selection', () => {
  it('fills in the procedure\'s defaults and reports a later change once, with its source', () => {
    const { ctl, of } = make();
    expect(ctl.resolved).toEqual({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', site: undefined });
    expect(of('selection')).toEqual([]);
    ctl.select({ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right' });
    ctl.select({ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right' });
    expect(of('selection')).toEqual([[{ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right', site: undefined }, 'api']]);
  });

  it('a person\'s choice is handed back to be written to the attributes, and its change reported as user', () => {
    const { ctl, of } = make();
    ctl.choose('level', 'L3-L4');
    expect(of('choose')).toEqual([[{ level: 'L3-L4' }]]);
    expect(ctl.options.level).toBe('L4-L5'); // not shown until the attributes say so
    ctl.select({ procedure: 'epidural-transforaminal', level: 'L3-L4' });
    expect(of('selection')).toEqual([[expect.objectContaining({ level: 'L3-L4' }), 'user']]);
    // The next change, from the page, is api again.
    ctl.select({ procedure: 'epidural-transforaminal', level: 'L2-L3' });
    expect(of('selection')[1]![1]).toBe('api');
  });

  it('choosing a procedure clears level, side and site so the new one starts from its defaults', () => {
    const { ctl, of } = make({ level: 'L5-S1' });
    ctl.choose('procedure', 'knee-joint-injection');
    expect(of('choose')).toEqual([[{ procedure: 'knee-joint-injection', level: null, side: null, site: null }]]);
    ctl.choose('procedure', 'epidural-transforaminal'); // the one shown: nothing to do
    expect(of('choose')).toHaveLength(1);
  });

  it('a new procedure starts at its first step and stops playback, unless a step was asked for with it', () => {
    const { ctl, of, clear } = make();
    ctl.setStep(4, 'api');
    ctl.play(true, 'api');
    clear();
    ctl.select({ procedure: 'knee-joint-injection' });
    expect(ctl.step).toBe(0);
    expect(ctl.playing).toBe(false);
    expect(of('step')).toEqual([[0, 5, 'api']]);

    ctl.setStep(4, 'api');
    clear();
    ctl.select({ procedure: 'epidural-caudal' }, { resetStep: false });
    expect(ctl.step).toBe(4);
    expect(of('step')).toEqual([]);
  });

  it('fewer steps than the current one: the last step', () => {
    const { ctl } = make({ procedure: 'scs-permanent' });
    ctl.setStep(7, 'api');
    ctl.select({ procedure: 'knee-joint-injection' }, { resetStep: false });
    expect(ctl.step).toBe(4);
  });
});

describe('errors', () => {
  it('an unknown procedure is reported once, names the value and lists the valid ids', () => {
    const { ctl, of } = make({ procedure: 'not-a-procedure' });
    const errors = of('error');
    expect(errors).toHaveLength(1);
    const [error] = errors[0] as [{ code: string; message: string; source: string }];
    expect(error.code).toBe('unknown-procedure');
    expect(error.message).toMatch(/"not-a-procedure"/);
    expect(error.message).toMatch(/epidural-transforaminal/);
    expect(error.source).toBe('api');
    expect(ctl.status).toBe('error');
    expect(ctl.stepCount).toBe(0);
    ctl.setStep(3, 'api');
    expect(ctl.step).toBe(0);
    expect(of('error')).toHaveLength(1); // the same error is not reported again
  });

  it('an unknown level falls back to the default and is reported as an invalid option', () => {
    const { ctl, of } = make({ level: 'Z9' });
    expect(ctl.options.level).toBe('L4-L5');
    const [[error]] = of('error') as [[{ code: string; message: string }]];
    expect(error.code).toBe('invalid-option');
    expect(error.message).toMatch(/level "Z9".*L4-L5/);
  });

  it('a fixed value clears the error; the same mistake again is reported again', () => {
    const { ctl, of } = make({ side: 'up' });
    ctl.select({ procedure: 'epidural-transforaminal', side: 'left' });
    expect(ctl.error).toBeUndefined();
    ctl.select({ procedure: 'epidural-transforaminal', side: 'up' });
    expect(of('error')).toHaveLength(2);
  });

  it('a recovered procedure after an unknown one is reported as a change', () => {
    const { ctl, of } = make({ procedure: 'nope' });
    ctl.select({ procedure: 'epidural-interlaminar' });
    expect(ctl.error).toBeUndefined();
    expect(of('selection')).toEqual([[expect.objectContaining({ procedure: 'epidural-interlaminar', level: 'L4-L5' }), 'api']]);
  });
});

describe('flushing', () => {
  it('changes reach the store and errors are reported only when the owner flushes', () => {
    const log: string[] = [];
    const events: ControllerEvents = {
      selectionChange: () => log.push('selection'), stepChange: () => log.push('step'), viewChange: () => log.push('view'),
      error: (e) => log.push(`error:${e.code}`), choose: () => {}, changed: () => log.push('changed'),
    };
    const ctl = new LiteController({ procedure: 'epidural-transforaminal' }, { webgl: false }, events);
    ctl.start();
    ctl.flush();
    log.length = 0;
    ctl.select({ procedure: 'nope' });
    ctl.select({ procedure: 'nope', level: 'Z9' });
    expect(log.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(ctl.store.getState().procedureId).toBe('epidural-transforaminal');
    expect(log).toContain('changed');
    ctl.flush();
    ctl.flush();
    expect(log.filter((l) => l.startsWith('error'))).toEqual(['error:unknown-procedure']);
    expect(ctl.store.getState().procedureId).toBe('nope');
  });
});

describe('the model and the store', () => {
  it('acquires the page\'s model after the loading state, places the procedure, and gives the model back on dispose', async () => {
    const release = vi.fn();
    const acquire = vi.fn(() => ({ model: lowModel(), release }));
    const { ctl } = make({}, { webgl: true, acquireModel: acquire });
    expect(acquire).not.toHaveBeenCalled();
    expect(ctl.status).toBe('loading');
    await new Promise((r) => setTimeout(r, 0));
    expect(acquire).toHaveBeenCalledWith('medium');
    const s = ctl.store.getState();
    expect(s.model).toBe(lowModel());
    expect(s.placement?.procedureId).toBe('epidural-transforaminal');
    expect(s.placement?.needles[0]?.targetStructure).toBe('epidural-space');
    expect(s.procedureId).toBe('epidural-transforaminal');
    expect(s.tracks).toHaveLength(7);
    expect(ctl.status).toBe('loading');
    expect(ctl.contentDrawn()).toBe(true);
    expect(ctl.status).toBe('ready');
    expect(ctl.store.getState().status).toBe('ready');
    ctl.dispose();
    expect(release).toHaveBeenCalledTimes(1);
    expect(ctl.store.getState().model).toBeUndefined();
  });

  it('without WebGL there is no model, and the text is ready at once', async () => {
    const acquire = vi.fn();
    const { ctl } = make({}, { webgl: false, acquireModel: acquire });
    await new Promise((r) => setTimeout(r, 0));
    expect(acquire).not.toHaveBeenCalled();
    expect(ctl.status).toBe('ready');
    expect(ctl.contentDrawn()).toBe(false);
  });

  it('a model that cannot be built is an internal error', async () => {
    const { ctl, of } = make({}, { webgl: true, acquireModel: () => { throw new Error('out of memory'); } });
    await new Promise((r) => setTimeout(r, 0));
    expect(of('error')).toEqual([[expect.objectContaining({ code: 'internal', message: 'out of memory' })]]);
    expect(ctl.status).toBe('error');
  });

  it('a dispose before the model is built never acquires it', async () => {
    const acquire = vi.fn();
    const { ctl } = make({}, { webgl: true, acquireModel: acquire });
    ctl.dispose();
    await new Promise((r) => setTimeout(r, 0));
    expect(acquire).not.toHaveBeenCalled();
  });

  it('layers, x-ray and isolate reach the store; an unchanged commit does not notify it', () => {
    const { ctl } = make();
    const seen = vi.fn();
    ctl.store.subscribe(seen);
    ctl.setLayer('skin', false);
    ctl.setXray(true);
    ctl.setIsolate(true);
    const s = ctl.store.getState();
    expect([s.layers.skin, s.layers.bone, s.xray, s.isolate]).toEqual([false, true, true, true]);
    seen.mockClear();
    ctl.select({ procedure: 'epidural-transforaminal' });
    expect(seen).not.toHaveBeenCalled();
  });
});
