// @vitest-environment jsdom
// liteView at the MountView seam: what reactView does, checked with a stand-in scene and the real catalog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpineModel, type SpineModel } from '@spine-explainer/anatomy';
import { createLiteView, type LiteViewOptions } from '../src/lite/liteView';
import type { CreateScene } from '../src/lite/compactView';
import type { MountView, ViewCallbacks, ViewHandle, ViewProps } from '../src/view';

let model: SpineModel | undefined;
const lowModel = () => (model ??= createSpineModel({ quality: 'low' }));

/** A scene that "draws" as soon as the store has a model, as the real one does after its first frame. */
const drawingScene = (log: string[] = []): CreateScene => (ctl) => {
  const element = document.createElement('div');
  element.className = 'fake-scene';
  const runtime = ctl.store.getState().runtime;
  runtime.snapshot = async () => new Blob(['png'], { type: 'image/png' });
  const draw = () => queueMicrotask(() => { if (ctl.store.getState().model) runtime.onContentDrawn?.(); });
  const unsubscribe = ctl.store.subscribe((s, prev) => { if (s.model !== prev.model || s.placement !== prev.placement) draw(); });
  draw();
  log.push('created');
  return { element, dispose: () => { unsubscribe(); log.push('disposed'); } };
};

const props = (p: Partial<ViewProps> = {}): ViewProps => ({
  layout: 'compact', theme: 'light', locale: 'en', readingLevel: 'patient', stepRequest: 0, ...p,
});

interface Harness {
  container: HTMLDivElement;
  view: ViewHandle;
  calls: { type: string; detail: unknown }[];
  of(type: string): Record<string, unknown>[];
  /** Applies a `reflect` as the element does: writes the values into the props and updates the view. */
  current: ViewProps;
  update(p: Partial<ViewProps>): void;
  root(): HTMLElement;
}

const mounted: Harness[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.view.dispose();
  document.body.replaceChildren();
});

const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

function mount(initial: Partial<ViewProps> = {}, options: LiteViewOptions = {}): Harness {
  const container = document.createElement('div');
  document.body.append(container);
  const calls: Harness['calls'] = [];
  const record = (type: string) => (detail: unknown) => { calls.push({ type, detail }); };
  const h = { container, calls, current: props(initial) } as Harness;
  const callbacks: ViewCallbacks = {
    procedureChange: record('procedure'), stepChange: record('step'), viewChange: record('view'), error: record('error'),
    ready: () => calls.push({ type: 'ready', detail: undefined }),
    reflect: (values) => {
      calls.push({ type: 'reflect', detail: values });
      const next = { ...h.current };
      for (const [k, v] of Object.entries(values)) (next as Record<string, unknown>)[k] = v ?? undefined;
      queueMicrotask(() => h.update(next));
    },
  };
  const mountView = createLiteView({
    webgl: () => true, createScene: drawingScene(), acquireModel: () => ({ model: lowModel(), release: () => {} }), ...options,
  });
  h.view = mountView(container, h.current, callbacks);
  h.of = (type) => calls.filter((c) => c.type === type).map((c) => c.detail as Record<string, unknown>);
  h.update = (p) => {
    h.current = { ...h.current, ...p };
    h.view.update(h.current);
  };
  h.root = () => container.querySelector<HTMLElement>('.sx-root')!;
  mounted.push(h);
  return h;
}

const button = (h: Harness, name: string) => h.container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;

describe('the compact layout', () => {
  it('shows the default procedure when the page names none, with the React viewer\'s markup', async () => {
    const h = mount();
    await settle();
    const root = h.root();
    expect(root.dataset.procedure).toBe('epidural-transforaminal');
    expect(root.dataset.level).toBe('L4-L5');
    expect(root.getAttribute('role')).toBe('region');
    expect(root.className).toBe('sx-root sx-theme-light');
    expect(h.container.querySelector('.sx-stage[role="application"][tabindex="0"] .fake-scene')).not.toBeNull();
    expect([...h.container.querySelectorAll('.sx-header select')].map((s) => (s as HTMLSelectElement).value))
      .toEqual(['epidural-transforaminal', 'L4-L5', 'left']);
    expect(h.container.querySelector('.sx-step-kicker')?.textContent).toBe('Step 1 of 7');
    expect(h.container.querySelector('.sx-disclaimer')?.textContent).toMatch(/not medical advice/);
    expect(h.container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/Step 1 of 7/);
  });

  it('signals ready once the scene has drawn the model: data-state, data-sx-ready, spine:ready, ready()', async () => {
    const h = mount();
    const events: Event[] = [];
    h.container.addEventListener('spine:ready', (e) => events.push(e));
    expect(h.root().dataset.state).toBe('loading');
    expect(h.container.querySelector('.sx-loading progress')).not.toBeNull();
    await settle();
    expect(h.root().dataset.state).toBe('ready');
    expect(h.root().dataset.sxReady).toBe('true');
    expect(events).toHaveLength(1);
    expect((events[0] as CustomEvent).detail).toMatchObject({ procedure: 'epidural-transforaminal', level: 'L4-L5' });
    expect(h.of('ready')).toHaveLength(1);
    expect(h.container.querySelector('.sx-loading')).toBeNull();
  });

  it('steps from the widget are user changes, from the page api changes; both one-based', async () => {
    const h = mount();
    await settle();
    button(h, 'Next step').click();
    h.view.next();
    h.view.next();
    h.view.previous();
    expect(h.of('step').map((d) => `${d.step}:${d.source}`)).toEqual(['2:user', '3:api', '4:api', '3:api']);
    expect(h.of('step')[0]).toMatchObject({ procedure: 'epidural-transforaminal', stepCount: 7 });
    await settle();
    expect(h.container.querySelector('.sx-step-kicker')?.textContent).toBe('Step 3 of 7');
  });

  it('a step request seeks, even to the step already asked for; no request, no seek', async () => {
    const h = mount({ step: 2 });
    await settle();
    expect(h.container.querySelector('.sx-step-kicker')?.textContent).toBe('Step 3 of 7');
    h.update({ theme: 'dark' });
    expect(h.of('step')).toEqual([]);
    h.view.next();
    h.update({ step: 2, stepRequest: 1 });
    expect(h.of('step').map((d) => `${d.step}:${d.source}`)).toEqual(['4:api', '3:api']);
    await settle();
    expect(h.root().className).toBe('sx-root sx-theme-dark');
  });

  it('a person\'s pick is written back (reflect) and then reported as a user change; the page\'s as api', async () => {
    const h = mount();
    await settle();
    const level = h.container.querySelectorAll<HTMLSelectElement>('.sx-header select')[1]!;
    level.value = 'L5-S1';
    level.dispatchEvent(new Event('change'));
    expect(h.of('reflect')).toEqual([{ level: 'L5-S1' }]);
    await settle();
    expect(h.of('procedure')).toEqual([{ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'left', site: undefined, source: 'user' }]);
    expect(h.root().dataset.level).toBe('L5-S1');

    h.update({ level: 'L5-S1', side: 'right' });
    expect(h.of('procedure')[1]).toMatchObject({ side: 'right', source: 'api' });
  });

  it('a new procedure from the page is reported with its defaults and starts at step one', async () => {
    const h = mount();
    await settle();
    h.view.next();
    h.update({ procedure: 'knee-joint-injection' });
    expect(h.of('procedure')).toEqual([{ procedure: 'knee-joint-injection', level: undefined, side: 'left', site: undefined, source: 'api' }]);
    expect(h.of('step').at(-1)).toMatchObject({ procedure: 'knee-joint-injection', step: 1, stepCount: 5, source: 'api' });
    await settle();
    expect(h.container.querySelectorAll('.sx-header select')).toHaveLength(2); // procedure and side: no levels
  });

  it('an unknown procedure: an error naming the attribute, the message in place, and recovery', async () => {
    const h = mount();
    await settle();
    h.update({ procedure: 'not-a-procedure' });
    expect(h.of('error')).toEqual([]); // reported when the change renders, as React reports it after its commit
    await settle();
    expect(h.of('error')).toEqual([expect.objectContaining({ code: 'unknown-procedure', attribute: 'procedure', source: 'api' })]);
    const alert = h.container.querySelector('.sx-error[role="alert"]');
    expect(alert?.textContent).toMatch(/"not-a-procedure".*epidural-transforaminal/s);
    expect(h.root().dataset.state).toBe('error');
    expect(h.container.querySelector('.fake-scene')).toBeNull(); // no scene for nothing
    h.update({ procedure: 'epidural-transforaminal' });
    await settle();
    expect(h.container.querySelector('[role="alert"]')).toBeNull();
    expect(h.container.querySelector('.fake-scene')).not.toBeNull();
  });

  it('an unknown level or side names its attribute', async () => {
    const h = mount({ level: 'Z9' });
    h.update({ level: 'L4-L5', side: 'upside-down' });
    await settle();
    expect(h.of('error').map((e) => [e.code, e.attribute])).toEqual([['invalid-option', 'level'], ['invalid-option', 'side']]);
  });

  it('the stage\'s keys step, play and switch the X-ray mode as a person', async () => {
    const h = mount();
    await settle();
    const stage = h.container.querySelector<HTMLElement>('.sx-stage')!;
    const key = (k: string) => stage.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    expect(key('End')).toBe(false); // handled: default prevented
    key('Home');
    key('n');
    key('f');
    expect(h.of('step').map((d) => `${d.step}:${d.source}`)).toEqual(['7:user', '1:user', '2:user']);
    expect(h.of('view').at(-1)).toEqual({ view: 'oblique-left', source: 'user' });
    expect(key('x')).toBe(true); // not ours
  });

  it('snapshot waits for the view to be ready, and refuses while an error is shown', async () => {
    const h = mount();
    const shot = h.view.snapshot();
    await expect(shot).resolves.toBeInstanceOf(Blob);
    h.update({ procedure: 'nope' });
    await expect(h.view.snapshot()).rejects.toThrow(/error/);
  });

  it('dispose removes everything and the scene', async () => {
    const log: string[] = [];
    const h = mount({}, { createScene: drawingScene(log) });
    await settle();
    h.view.dispose();
    expect(h.container.childElementCount).toBe(0);
    expect(log).toEqual(['created', 'disposed']);
  });

  it('a failing render shows the failure in place, reports it, and new attributes try again', async () => {
    let fail = true;
    const scene = drawingScene();
    const h = mount({}, { createScene: (ctl) => { if (fail) throw new Error('GPU on fire'); return scene(ctl); } });
    await settle();
    expect(h.container.querySelector('.sx-embed__failure[role="alert"]')?.textContent).toMatch(/could not be shown.*GPU on fire/s);
    expect(h.of('error')).toEqual([{ code: 'internal', message: 'GPU on fire', source: 'api' }]);
    fail = false;
    h.update({ theme: 'dark' }); // not a reason to try again
    expect(h.container.querySelector('.sx-embed__failure')).not.toBeNull();
    h.update({ level: 'L5-S1' });
    await settle();
    expect(h.container.querySelector('.sx-embed__failure')).toBeNull();
    expect(h.container.querySelector('.fake-scene')).not.toBeNull();
  });
});

describe('without WebGL', () => {
  it('every step in words, ready at once, and no webgl error of its own (the element reports it)', async () => {
    const h = mount({}, { webgl: () => false });
    await settle();
    expect(h.container.querySelectorAll('.sx-all-steps li')).toHaveLength(7);
    expect(h.container.querySelector('.sx-fallback')).not.toBeNull();
    expect(h.container.querySelector('.sx-toolbar')).toBeNull();
    expect(h.container.querySelector('.fake-scene')).toBeNull();
    expect(h.root().dataset.sxReady).toBe('true');
    expect(h.of('ready')).toHaveLength(1);
    expect(h.of('error')).toEqual([]);
  });
});

describe('the workbench layout', () => {
  const fakeWorkbench = () => {
    const handles: (ViewHandle & { props: ViewProps[]; calls: string[]; disposed: boolean })[] = [];
    const view: MountView = (container, p) => {
      const node = document.createElement('div');
      node.className = 'fake-workbench';
      container.append(node);
      const handle = {
        props: [p], calls: [] as string[], disposed: false,
        update(next: ViewProps) { this.props.push(next); },
        next() { this.calls.push('next'); }, previous() { this.calls.push('previous'); },
        play() { this.calls.push('play'); }, pause() { this.calls.push('pause'); }, redraw() { this.calls.push('redraw'); },
        snapshot: async () => new Blob(['wb']),
        dispose() { this.disposed = true; node.remove(); },
      };
      handles.push(handle);
      return handle;
    };
    return { view, handles };
  };

  it('is the React view, loaded on first use; commands wait for it; switching back shows the compact layout', async () => {
    const wb = fakeWorkbench();
    const load = vi.fn(async () => wb.view);
    const h = mount({ layout: 'workbench' }, { loadWorkbenchView: load });
    expect(h.container.querySelector('[role="status"][aria-busy="true"]')?.textContent).toBe('Loading the workbench…');
    h.view.next();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(h.container.querySelector('.fake-workbench')).not.toBeNull();
    expect(h.container.querySelector('[aria-busy]')).toBeNull();
    expect(wb.handles[0]!.calls).toEqual(['next']);
    h.update({ procedure: 'scs-trial', layout: 'workbench' });
    expect(wb.handles[0]!.props.at(-1)?.procedure).toBe('scs-trial');

    h.update({ layout: 'compact' });
    await settle();
    expect(wb.handles[0]!.disposed).toBe(true);
    expect(h.root().dataset.procedure).toBe('scs-trial');
    expect(h.container.querySelector('.fake-workbench')).toBeNull();
  });

  it('a chunk that fails to load is a message in place and an internal error', async () => {
    const h = mount({ layout: 'workbench' }, { loadWorkbenchView: () => Promise.reject(new Error('Could not load chunk')) });
    await settle();
    expect(h.container.querySelector('.sx-embed__failure')?.textContent).toMatch(/workbench could not be loaded.*Could not load chunk/s);
    expect(h.of('error')).toEqual([{ code: 'internal', message: 'Could not load chunk', source: 'api' }]);
    h.update({ layout: 'compact' });
    await settle();
    expect(h.container.querySelector('.sx-embed__failure')).toBeNull();
    expect(h.root()).not.toBeNull();
  });
});
