// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { prepareAll, withChunks } from '../src/chunkedView';
import type { MountView, ViewCallbacks, ViewHandle, ViewProps } from '../src/view';

interface Fake extends ViewHandle { props: ViewProps[]; calls: string[]; disposed: boolean; container: HTMLElement }

function fakeInner() {
  const views: Fake[] = [];
  const mount: MountView = (container, props) => {
    const view: Fake = {
      props: [props], calls: [], disposed: false, container,
      update(p) { this.props.push(p); },
      next() { this.calls.push('next'); },
      previous() { this.calls.push('previous'); },
      play() { this.calls.push('play'); },
      pause() { this.calls.push('pause'); },
      redraw() { this.calls.push('redraw'); },
      snapshot: async () => new Blob(['png']),
      dispose() { this.disposed = true; },
    };
    container.textContent = `view in ${props.locale}`;
    views.push(view);
    return view;
  };
  return { mount, views };
}

function callbacks() {
  const errors: Parameters<ViewCallbacks['error']>[0][] = [];
  const cb: ViewCallbacks = {
    procedureChange() {}, stepChange() {}, viewChange() {}, reflect() {}, ready() {},
    error: (d) => errors.push(d),
  };
  return { cb, errors };
}

const props = (locale: string): ViewProps => ({ locale, layout: 'compact', theme: 'light', readingLevel: 'patient', stepRequest: 0 });

/** A chunk load the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const status = (container: HTMLElement) => container.querySelector<HTMLElement>('.sx-embed__pending:not([hidden]), .sx-embed__failure:not([hidden])');

describe('withChunks', () => {
  it('mounts at once when the props need nothing', () => {
    const { mount, views } = fakeInner();
    const container = document.createElement('div');
    withChunks(mount, () => undefined)(container, props('en'), callbacks().cb);
    expect(views).toHaveLength(1);
    expect(status(container)).toBeNull();
    expect(container.textContent).toBe('view in en');
  });

  it('shows a loading state, not the view, until the chunk is in; then mounts with the latest props and runs queued commands', async () => {
    const { mount, views } = fakeInner();
    const load = deferred();
    let loaded = false;
    const container = document.createElement('div');
    const handle = withChunks(mount, (p) => (p.locale === 'es' && !loaded ? load.promise : undefined))(container, props('es'), callbacks().cb);
    expect(views).toHaveLength(0);
    expect(status(container)?.getAttribute('role')).toBe('status');
    expect(status(container)?.textContent).toMatch(/Cargando/);
    handle.next();
    const shot = handle.snapshot();
    handle.update({ ...props('es'), step: 2, stepRequest: 1 });
    loaded = true;
    load.resolve();
    await tick();
    expect(views).toHaveLength(1);
    expect(views[0]!.props[0]).toMatchObject({ locale: 'es', step: 2 });
    expect(views[0]!.calls).toEqual(['next']);
    await expect(shot).resolves.toBeInstanceOf(Blob);
    expect(status(container)).toBeNull();
  });

  it('keeps the mounted view under a loading cover while a locale switch loads, then updates it', async () => {
    const { mount, views } = fakeInner();
    const load = deferred();
    let loaded = false;
    const container = document.createElement('div');
    const handle = withChunks(mount, (p) => (p.locale === 'es' && !loaded ? load.promise : undefined))(container, props('en'), callbacks().cb);
    handle.update(props('es'));
    expect(views[0]!.props.map((p) => p.locale)).toEqual(['en']);
    expect(status(container)?.hasAttribute('data-over')).toBe(true);
    loaded = true;
    load.resolve();
    await tick();
    expect(views).toHaveLength(1);
    expect(views[0]!.props.map((p) => p.locale)).toEqual(['en', 'es']);
    expect(status(container)).toBeNull();
  });

  it('a switch back to a ready locale wins over a load still in flight', async () => {
    const { mount, views } = fakeInner();
    const load = deferred();
    const container = document.createElement('div');
    const handle = withChunks(mount, (p) => (p.locale === 'es' ? load.promise : undefined))(container, props('es'), callbacks().cb);
    handle.update(props('en'));
    expect(views).toHaveLength(1);
    expect(views[0]!.props[0]!.locale).toBe('en');
    load.resolve();
    await tick();
    expect(views[0]!.props.map((p) => p.locale)).toEqual(['en']);
  });

  it('a failed load ends in an error state and one error event; snapshots fail; a later locale recovers', async () => {
    const { mount, views } = fakeInner();
    const load = deferred();
    const container = document.createElement('div');
    const { cb, errors } = callbacks();
    const handle = withChunks(mount, (p) => (p.locale === 'es' ? load.promise : undefined))(container, props('es'), cb);
    const shot = handle.snapshot();
    load.reject(Object.assign(new Error('The Spanish text could not be loaded: 404'), { attribute: 'locale' }));
    await expect(shot).rejects.toThrow('404');
    expect(errors).toEqual([{ code: 'internal', message: 'The Spanish text could not be loaded: 404', attribute: 'locale', value: 'es', source: 'api' }]);
    expect(status(container)?.getAttribute('role')).toBe('alert');
    expect(status(container)?.textContent).toContain('404');
    expect(views).toHaveLength(0);
    handle.update(props('en'));
    expect(views).toHaveLength(1);
    expect(status(container)).toBeNull();
  });

  it('reports a failure that names no attribute without one', async () => {
    const { mount } = fakeInner();
    const load = deferred();
    const { cb, errors } = callbacks();
    withChunks(mount, () => load.promise)(document.createElement('div'), props('en'), cb);
    load.reject(new Error('gone'));
    await tick();
    expect(errors).toEqual([{ code: 'internal', message: 'gone', source: 'api' }]);
  });

  it('a view that throws while mounting after the load ends in the error state, not in the page', async () => {
    const load = deferred();
    const container = document.createElement('div');
    const { cb, errors } = callbacks();
    const throwing: MountView = () => { throw new Error('no context'); };
    let loaded = false;
    withChunks(throwing, () => (loaded ? undefined : load.promise))(container, props('es'), cb);
    loaded = true;
    load.resolve();
    await tick();
    expect(errors).toEqual([{ code: 'internal', message: 'The explainer could not start: no context', source: 'api' }]);
    expect(status(container)?.getAttribute('role')).toBe('alert');
  });

  it('disposes the inner view and leaves the container empty', () => {
    const { mount, views } = fakeInner();
    const container = document.createElement('div');
    const handle = withChunks(mount, () => undefined)(container, props('en'), callbacks().cb);
    handle.dispose();
    expect(views[0]!.disposed).toBe(true);
    expect(container.childElementCount).toBe(0);
  });
});

describe('prepareAll', () => {
  it('needs nothing when no part does, and waits for every part that does', async () => {
    expect(prepareAll(() => undefined, () => undefined)(props('en'), document.createElement('div'))).toBeUndefined();
    const a = deferred();
    const b = deferred();
    let done = false;
    void prepareAll(() => a.promise, () => undefined, () => b.promise)(props('es'), document.createElement('div'))!.then(() => { done = true; });
    a.resolve();
    await tick();
    expect(done).toBe(false);
    b.resolve();
    await tick();
    expect(done).toBe(true);
  });
});
