// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SpineExplainerElement, defineSpineExplainer } from '../src/SpineExplainerElement';
import type { ViewCallbacks, ViewHandle, ViewProps } from '../src/view';

interface FakeView extends ViewHandle {
  props: ViewProps[];
  callbacks: ViewCallbacks;
  disposed: boolean;
  calls: string[];
}

const views: FakeView[] = [];

beforeAll(() => {
  SpineExplainerElement.mountView = (_container, props, callbacks) => {
    const view: FakeView = {
      props: [props], callbacks, disposed: false, calls: [],
      update(p) { this.props.push(p); },
      next() { this.calls.push('next'); },
      previous() { this.calls.push('previous'); },
      play() { this.calls.push('play'); },
      pause() { this.calls.push('pause'); },
      snapshot: async () => new Blob(['png'], { type: 'image/png' }),
      redraw() { this.calls.push('redraw'); },
      dispose() { this.disposed = true; },
    };
    views.push(view);
    return view;
  };
  SpineExplainerElement.teardownDelayMs = 20;
  defineSpineExplainer();
});

afterEach(() => {
  document.body.replaceChildren();
  views.length = 0;
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function make(attrs: Record<string, string> = {}): SpineExplainerElement {
  const el = document.createElement('spine-explainer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('<spine-explainer>', () => {
  it('is registered once, and the tag map knows its class', () => {
    defineSpineExplainer();
    const el: SpineExplainerElement = document.createElement('spine-explainer');
    expect(el).toBeInstanceOf(SpineExplainerElement);
  });

  it('mounts one view with parsed attributes and batches changes made in one task', async () => {
    const el = make({ procedure: 'Epidural-Transforaminal', level: 'l4-l5', side: 'LEFT', step: '2', locale: 'es-MX' });
    await tick();
    expect(views).toHaveLength(1);
    expect(views[0]!.props[0]).toMatchObject({
      procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 1, locale: 'es',
      layout: 'compact', theme: 'light', readingLevel: 'patient',
    });
    el.level = 'L5-S1';
    el.side = 'right';
    el.theme = 'dark';
    await tick();
    expect(views[0]!.props).toHaveLength(2);
    expect(views[0]!.props[1]).toMatchObject({ level: 'L5-S1', side: 'right', theme: 'dark' });
  });

  it('mirrors every attribute as a camelCase property', () => {
    const el = make();
    el.readingLevel = 'clinician';
    expect(el.getAttribute('reading-level')).toBe('clinician');
    el.setAttribute('procedure', 'scs-trial');
    expect(el.procedure).toBe('scs-trial');
    el.step = 3;
    expect(el.getAttribute('step')).toBe('3');
    el.level = null;
    expect(el.hasAttribute('level')).toBe(false);
    expect(el.layout).toBe('compact');
  });

  it('keeps a property set before the element was defined', async () => {
    const el = document.createElement('spine-explainer-late') as SpineExplainerElement & { procedure: string };
    el.procedure = 'facet-joint-injection';
    document.body.append(el);
    defineSpineExplainer('spine-explainer-late');
    expect(el.getAttribute('procedure')).toBe('facet-joint-injection');
  });

  it('re-seeks when step is set to the value it already has', async () => {
    const el = make({ step: '2' });
    await tick();
    el.setAttribute('step', '2');
    await tick();
    const [first, second] = views[0]!.props;
    expect(second!.stepRequest).toBeGreaterThan(first!.stepRequest);
  });

  it('re-dispatches view reports as bubbling, composed CustomEvents and reflects user choices', async () => {
    const el = make({ procedure: 'epidural-interlaminar' });
    await tick();
    const seen: CustomEvent[] = [];
    for (const type of ['procedure-change', 'step-change', 'view-change', 'error']) {
      document.addEventListener(type, (e) => seen.push(e as CustomEvent), true);
    }
    const cb = views[0]!.callbacks;
    cb.stepChange({ procedure: 'epidural-interlaminar', step: 3, stepCount: 6, source: 'user' });
    cb.viewChange({ view: 'lateral', source: 'api' });
    cb.reflect({ procedure: 'scs-trial', level: 'T8', side: null });
    cb.procedureChange({ procedure: 'scs-trial', level: 'T8', source: 'user' });
    expect(seen.map((e) => [e.type, e.detail.source, e.bubbles, e.composed])).toEqual([
      ['step-change', 'user', true, true],
      ['view-change', 'api', true, true],
      ['procedure-change', 'user', true, true],
    ]);
    expect(el.getAttribute('step')).toBe('3');
    expect(el.step).toBe(3);
    expect(el.stepCount).toBe(6);
    expect(el.getAttribute('procedure')).toBe('scs-trial');
    expect(el.getAttribute('level')).toBe('T8');
    expect(el.hasAttribute('side')).toBe(false);
    await tick();
    // A person's choice reaches the view as its new controlled props, without a seek and without an event.
    expect(views[0]!.props).toHaveLength(2);
    expect(views[0]!.props[1]).toMatchObject({ procedure: 'scs-trial', level: 'T8', side: undefined });
    expect(views[0]!.props[1]!.stepRequest).toBe(views[0]!.props[0]!.stepRequest);
    expect(seen).toHaveLength(3);
  });

  it('reports bad attributes once each, lists them in place, and clears them when fixed', async () => {
    const el = make({ layout: 'sideways', locale: 'en_US', step: 'two' });
    const errors: string[] = [];
    // jsdom has no WebGL: the `webgl` report is expected there and checked in the browser tests.
    el.addEventListener('error', (e) => { if (e.detail.code !== 'webgl') errors.push(`${e.detail.code}:${e.detail.attribute}`); });
    const reachedWindow = vi.fn();
    window.addEventListener('error', reachedWindow);
    await tick();
    window.removeEventListener('error', reachedWindow);
    expect(errors.sort()).toEqual(['invalid-attribute:layout', 'invalid-attribute:step', 'invalid-locale:locale']);
    expect(reachedWindow).not.toHaveBeenCalled();
    const notice = el.shadowRoot!.querySelector('[part="notice"]') as HTMLElement;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('"sideways"');
    expect(notice.getAttribute('role')).toBe('alert');
    el.setAttribute('theme', 'dark');
    await tick();
    expect(errors).toHaveLength(3);
    el.setAttribute('layout', 'workbench');
    el.setAttribute('locale', 'es');
    el.removeAttribute('step');
    await tick();
    expect(notice.hidden).toBe(true);
    expect(views[0]!.props.at(-1)).toMatchObject({ layout: 'workbench', locale: 'es', step: undefined });
  });

  it('a view that throws is reported in place and never reaches the page', async () => {
    const saved = SpineExplainerElement.mountView;
    SpineExplainerElement.mountView = () => { throw new Error('boom'); };
    try {
      const el = make();
      const errors: string[] = [];
      el.addEventListener('error', (e) => { if (e.detail.code !== 'webgl') errors.push(e.detail.message); });
      await tick();
      expect(errors).toEqual(['The explainer could not start: boom']);
      expect(el.shadowRoot!.textContent).toContain('boom');
    } finally {
      SpineExplainerElement.mountView = saved;
    }
  });

  it('queues methods until the view exists and forwards them after', async () => {
    const el = make();
    el.next();
    el.play();
    await tick();
    expect(views[0]!.calls).toEqual(['next', 'play']);
    el.previous();
    expect(views[0]!.calls).toEqual(['next', 'play', 'previous']);
    await expect(el.snapshot()).resolves.toBeInstanceOf(Blob);
  });

  it('keeps its view across a DOM move and disposes it after removal', async () => {
    const el = make();
    await tick();
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el); // disconnect + connect in one task
    await new Promise((r) => setTimeout(r, 40));
    expect(views).toHaveLength(1);
    expect(views[0]!.disposed).toBe(false);
    el.remove();
    await new Promise((r) => setTimeout(r, 40));
    expect(views[0]!.disposed).toBe(true);
    other.append(el);
    await tick();
    expect(views).toHaveLength(2);
  });

  it('instances are independent', async () => {
    const a = make({ procedure: 'scs-trial' });
    const b = make({ procedure: 'knee-joint-injection' });
    await tick();
    const seenA = vi.fn();
    a.addEventListener('step-change', seenA);
    views[1]!.callbacks.stepChange({ procedure: 'knee-joint-injection', step: 2, stepCount: 4, source: 'user' });
    expect(seenA).not.toHaveBeenCalled();
    expect(b.step).toBe(2);
    expect(a.step).toBe(1);
  });
});
