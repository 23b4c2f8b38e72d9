// The embed's React-free view: the compact layout in plain DOM and three (LiteController + compactView + the lite
// scene), with the same behaviour at the MountView seam as reactView. `layout="workbench"` is the React workbench:
// reactView itself, loaded the first time a page asks for it.
import { hasWebGL } from '../poster';
import { errorAttribute, errorCode } from '../errorDetail';
import type { MountView, ViewCallbacks, ViewHandle, ViewProps } from '../view';
import { createCompactView, type CompactView, type CreateScene } from './compactView';
import { LiteController } from './controller';
import { h } from './dom';
import { createLiteScene } from './scene/index';
import { DEFAULT_PROCEDURE, type Requested } from './selection';
import type { ModelQuality, SpineModelLease } from '@spine-explainer/react';

export interface LiteViewOptions {
  /** The 3D scene; the lite scene by default. */
  createScene?: CreateScene;
  /** The view for `layout="workbench"`; reactView, loaded on first use, by default. */
  loadWorkbenchView?: () => Promise<MountView>;
  /** Whether the document can draw WebGL (tests force it). */
  webgl?: (doc: Document) => boolean;
  acquireModel?: (quality: ModelQuality) => SpineModelLease;
  /** How long `snapshot()` waits for a view that is still loading. @defaultValue 30000 */
  snapshotTimeoutMs?: number;
}

const defaultScene: CreateScene = (ctl) => createLiteScene(ctl.store, { labels: true, environment: 'auto' });

const WORKBENCH_LOADING: Record<string, string> = { en: 'Loading the workbench…', es: 'Cargando el espacio de trabajo…' };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const requestedOf = (props: ViewProps): Requested => ({
  procedure: props.procedure ?? DEFAULT_PROCEDURE, level: props.level, side: props.side, site: props.site,
});

/** What makes a failed view worth another try: new attributes deserve a new try. */
const resetKeyOf = (props: ViewProps) => [props.procedure, props.level, props.side, props.site, props.locale].join('|');

type Command = (view: ViewHandle) => void;

export function createLiteView(options: LiteViewOptions = {}): MountView {
  const createScene = options.createScene ?? defaultScene;
  const loadWorkbenchView = options.loadWorkbenchView ?? (() => import('./workbenchView').then((m) => m.workbenchView));
  const webglOf = options.webgl ?? hasWebGL;
  const snapshotTimeoutMs = options.snapshotTimeoutMs ?? 30_000;

  return (container, initial, callbacks) => {
    const doc = container.ownerDocument;
    let props = initial;
    let seekedFor = initial.stepRequest;
    let compact: { ctl: LiteController; view: CompactView } | undefined;
    let workbench: { handle?: ViewHandle; queue: Command[]; gone: boolean; placeholder: HTMLElement } | undefined;
    let failure: { element: HTMLElement; key: string } | undefined;
    let disposed = false;

    const onReady = () => callbacks.ready();

    // ---------------------------------------------------------------------------------------------------------
    // The compact layout
    // ---------------------------------------------------------------------------------------------------------

    const showFailure = (title: string, err: unknown) => {
      const message = messageOf(err);
      unmountCompact();
      failure?.element.remove();
      const element = h(doc, 'div', { class: 'sx-embed__failure', role: 'alert' }, h(doc, 'strong', {}, title), h(doc, 'span', {}, message));
      container.append(element);
      failure = { element, key: resetKeyOf(props) };
      callbacks.error({ code: 'internal', message, source: 'api' });
    };

    const mountCompact = () => {
      const report = (detail: Parameters<ViewCallbacks['error']>[0]) => callbacks.error(detail);
      let view: CompactView | undefined;
      const ctl = new LiteController(requestedOf(props), {
        webgl: webglOf(doc), locale: props.locale, readingLevel: props.readingLevel, step: props.step,
        ...(options.acquireModel ? { acquireModel: options.acquireModel } : {}),
      }, {
        selectionChange: (resolved, source) => callbacks.procedureChange({ ...resolved, source }),
        stepChange: (step, stepCount, source) =>
          callbacks.stepChange({ procedure: ctl.procedureId, step: step + 1, stepCount, source }),
        viewChange: (view, _mode, source) => callbacks.viewChange({ view, source }),
        error: (e) => {
          // The element reports a missing WebGL itself, with its poster; one event is enough.
          if (e.code === 'webgl') return;
          report({ code: errorCode(e.code), message: e.message, attribute: errorAttribute(e), source: e.source });
        },
        choose: (values) => callbacks.reflect(values),
        changed: () => view?.schedule(),
      });
      view = createCompactView(doc, ctl, {
        createScene, theme: props.theme, onError: (err) => showFailure('This explainer could not be shown.', err),
      });
      compact = { ctl, view };
      container.addEventListener('spine:ready', onReady);
      container.append(view.root);
      ctl.start();
      view.render();
    };

    const unmountCompact = () => {
      if (!compact) return;
      const { ctl, view } = compact;
      compact = undefined;
      container.removeEventListener('spine:ready', onReady);
      view.dispose();
      ctl.dispose();
    };

    const updateCompact = () => {
      const { ctl, view } = compact!;
      view.setTheme(props.theme);
      ctl.present(props.locale, props.readingLevel);
      const stepRequested = props.stepRequest !== seekedFor;
      ctl.select(requestedOf(props), { resetStep: !stepRequested });
      if (stepRequested) {
        seekedFor = props.stepRequest;
        ctl.setStep(props.step ?? 0, 'api');
      }
    };

    // ---------------------------------------------------------------------------------------------------------
    // The workbench layout (React, loaded on first use)
    // ---------------------------------------------------------------------------------------------------------

    const mountWorkbench = () => {
      const placeholder = h(doc, 'div', { role: 'status', 'aria-busy': 'true' }, WORKBENCH_LOADING[props.locale] ?? WORKBENCH_LOADING.en!);
      container.append(placeholder);
      const wb = { handle: undefined as ViewHandle | undefined, queue: [] as Command[], gone: false, placeholder };
      workbench = wb;
      loadWorkbenchView().then((mount) => {
        if (wb.gone) return;
        placeholder.remove();
        try {
          wb.handle = mount(container, props, callbacks);
          for (const command of wb.queue.splice(0)) command(wb.handle);
        } catch (err) {
          showFailure('The workbench could not be loaded.', err);
        }
      }, (err: unknown) => {
        if (wb.gone) return;
        placeholder.remove();
        showFailure('The workbench could not be loaded.', err);
      });
    };

    const unmountWorkbench = () => {
      if (!workbench) return;
      const wb = workbench;
      workbench = undefined;
      wb.gone = true;
      wb.queue.length = 0;
      wb.placeholder.remove();
      wb.handle?.dispose();
    };

    const withWorkbench = (command: Command) => {
      if (!workbench) return;
      if (workbench.handle) command(workbench.handle);
      else workbench.queue.push(command);
    };

    // ---------------------------------------------------------------------------------------------------------
    // Switching
    // ---------------------------------------------------------------------------------------------------------

    const mount = () => {
      seekedFor = props.stepRequest;
      try {
        if (props.layout === 'workbench') mountWorkbench();
        else mountCompact();
      } catch (err) {
        showFailure('This explainer could not be shown.', err);
      }
    };

    const clearFailure = () => {
      failure?.element.remove();
      failure = undefined;
    };

    mount();

    const stepBy = (delta: number) => {
      if (compact) compact.ctl.setStep(compact.ctl.step + delta, 'api');
      else withWorkbench((v) => (delta > 0 ? v.next() : v.previous()));
    };

    const waitForReady = () => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        container.removeEventListener('spine:ready', onceReady);
        reject(new Error(`The 3D view did not become ready within ${Math.round(snapshotTimeoutMs / 1000)} s.`));
      }, snapshotTimeoutMs);
      const onceReady = () => {
        clearTimeout(timer);
        container.removeEventListener('spine:ready', onceReady);
        resolve();
      };
      container.addEventListener('spine:ready', onceReady);
    });

    return {
      update(next) {
        if (disposed) return;
        const layoutChanged = next.layout !== props.layout;
        props = next;
        if (failure) {
          if (failure.key === resetKeyOf(props) && !layoutChanged) return;
          clearFailure();
          mount();
          return;
        }
        if (layoutChanged) {
          unmountCompact();
          unmountWorkbench();
          mount();
          return;
        }
        if (compact) {
          try {
            updateCompact();
          } catch (err) {
            showFailure('This explainer could not be shown.', err);
          }
        } else {
          seekedFor = props.stepRequest;
          withWorkbench((v) => v.update(props));
        }
      },
      next: () => stepBy(1),
      previous: () => stepBy(-1),
      play: () => (compact ? compact.ctl.play(true, 'api') : withWorkbench((v) => v.play())),
      pause: () => (compact ? compact.ctl.play(false, 'api') : withWorkbench((v) => v.pause())),
      redraw: () => {
        if (compact) compact.ctl.store.getState().runtime.invalidate?.();
        else withWorkbench((v) => v.redraw());
      },
      snapshot: () => {
        if (workbench) return new Promise<Blob>((resolve, reject) => withWorkbench((v) => v.snapshot().then(resolve, reject)));
        if (!compact) return Promise.reject(new Error('Nothing to snapshot: the explainer is showing an error.'));
        const { ctl } = compact;
        const take = () => ctl.store.getState().runtime.snapshot?.() ?? Promise.reject(new Error('The 3D view is not rendered.'));
        if (ctl.status === 'ready') return take();
        if (ctl.status === 'error') return Promise.reject(new Error('Nothing to snapshot: the explainer is showing an error.'));
        // Right after a change the scene may still be loading: wait for its next ready signal (or give up).
        return waitForReady().then(take);
      },
      dispose() {
        if (disposed) return;
        disposed = true;
        unmountCompact();
        unmountWorkbench();
        clearFailure();
      },
    };
  };
}

/** The production view of the lite embed. */
export const liteView: MountView = /* @__PURE__ */ createLiteView();
