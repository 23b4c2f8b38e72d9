// The one production view: <SpineExplainer> from @spine-explainer/react, in a React root of its own
// inside the element's shadow root. Errors of any kind end as an `error` callback and a message in
// place; React is told not to report them to the page (`onUncaughtError` would reach window.onerror).
import { Component, type ReactNode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { SpineExplainer, type SpineExplainerController, type WorkbenchController } from '@spine-explainer/react';
import { errorAttribute, errorCode } from './errorDetail';
import { DEFAULT_PROCEDURE, sameResolved, type Resolved } from './lite/selection';
import type { MountView, ViewCallbacks, ViewProps } from './view';

interface Bridge {
  controller: SpineExplainerController | null;
  callbacks: ViewCallbacks;
  /** Commands given before the component committed its controller. */
  queue: ((c: SpineExplainerController) => void)[];
  /** With `layout="workbench"`: the workbench's controller (it has no `ref`), and the commands waiting for it. */
  workbench: WorkbenchController | null;
  workbenchQueue: ((w: WorkbenchController) => void)[];
  /**
   * The step (0-based) last reported or asked for. The controller reads its step from the last render,
   * so two `next()` calls in one task would both go to the same step; counting here makes them two.
   */
  step?: number;
}

// ---------------------------------------------------------------------------------------------
// Error boundary: a render-time throw becomes a message in place
// ---------------------------------------------------------------------------------------------

interface BoundaryProps { resetKey: string; onError: (err: unknown) => void; children: ReactNode }

class Boundary extends Component<BoundaryProps, { failed?: string; key: string }> {
  override state: { failed?: string; key: string } = { key: this.props.resetKey };

  static getDerivedStateFromError(err: unknown) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { failed?: string; key: string }) {
    // New attributes deserve a new try.
    return props.resetKey === state.key ? null : { failed: undefined, key: props.resetKey };
  }

  override componentDidCatch(err: unknown) {
    this.props.onError(err);
  }

  override render() {
    if (this.state.failed === undefined) return this.props.children;
    return (
      <div className="sx-embed__failure" role="alert">
        <strong>This explainer could not be shown.</strong>
        <span>{this.state.failed}</span>
      </div>
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The component tree
// ---------------------------------------------------------------------------------------------

function EmbedRoot({ props, bridge }: { props: ViewProps; bridge: Bridge }) {
  const { callbacks } = bridge;
  const controllerRef = useRef<SpineExplainerController | null>(null);
  // What the page has last been told about procedure/level/side/site (resolved to defaults).
  const reported = useRef<Resolved | undefined>(undefined);

  const seek = (step: number) => {
    const c = controllerRef.current;
    if (!c) return;
    bridge.step = Math.max(0, Math.min(c.getState().stepCount - 1, step));
    c.goToStep(step);
  };

  const resolvedNow = (): Resolved | undefined => {
    const state = controllerRef.current?.getState();
    if (state) return { procedure: state.procedure, level: state.level, side: state.side, site: state.site };
    // The workbench layout: what its current tab shows (it opened the page's choice in its own effect, before ours).
    const tab = bridge.workbench?.currentTab();
    return tab && { procedure: tab.procedureId, level: tab.level, side: tab.side, site: tab.site };
  };

  // procedure/level/side/site are controlled by the attributes. A change is reported once the component
  // has resolved it (a procedure's defaults fill in what was left out), as `user` when a person made it
  // in the widget (the element then writes it back to the attributes) and `api` otherwise.
  const selectionKey = [props.procedure, props.level, props.side, props.site].join('|');
  const pendingSource = useRef<'user' | 'api'>('api');
  const firstSelection = useRef(true);
  useEffect(() => {
    const now = resolvedNow();
    if (!now) return;
    const source = pendingSource.current;
    pendingSource.current = 'api';
    if (firstSelection.current) {
      firstSelection.current = false;
      reported.current = now;
      return;
    }
    if (sameResolved(reported.current, now)) return;
    const procedureChanged = reported.current?.procedure !== now.procedure;
    reported.current = now;
    callbacks.procedureChange({ ...now, source });
    // The page changed the procedure: start at its first step, unless it asked for a step in the same
    // breath (the seek below handles that). A person's change already went to step one inside.
    if (procedureChanged && source === 'api' && seekedFor.current === props.stepRequest) seek(0);
  }, [selectionKey]); // eslint-disable-line react-hooks/exhaustive-deps

  // `step` is uncontrolled inside (playback moves it); the page's requests seek through the controller.
  const seekedFor = useRef(props.stepRequest);
  useEffect(() => {
    if (seekedFor.current === props.stepRequest) return;
    seekedFor.current = props.stepRequest;
    seek(props.step ?? 0);
  }, [props.stepRequest, props.step]);

  /** A person changed procedure, level, side or site in the widget: write it back to the attributes. */
  const userChanged = (patch: Partial<Record<'procedure' | 'level' | 'side' | 'site', string | undefined>>) => {
    pendingSource.current = 'user';
    const values: Partial<Record<'procedure' | 'level' | 'side' | 'site', string | null>> = {};
    for (const [k, v] of Object.entries(patch)) values[k as keyof typeof values] = v ?? null;
    callbacks.reflect(values);
  };

  const resetKey = [props.procedure, props.level, props.side, props.site, props.locale].join('|');
  return (
    <Boundary
      resetKey={resetKey}
      onError={(err) => callbacks.error({ code: 'internal', message: err instanceof Error ? err.message : String(err), source: 'api' })}
    >
      <SpineExplainer
        procedure={props.procedure ?? DEFAULT_PROCEDURE}
        level={props.level ?? ''}
        side={(props.side ?? '') as never}
        site={props.site ?? ''}
        layout={props.layout}
        theme={props.theme}
        locale={props.locale as 'en' | 'es'}
        readingLevel={props.readingLevel}
        defaultStep={props.step}
        // The element adopts the same stylesheet into its shadow root; an inline <style> would trip a strict CSP.
        injectStyles={false}
        ref={(c: SpineExplainerController | null) => {
          controllerRef.current = c;
          bridge.controller = c;
          if (c) for (const command of bridge.queue.splice(0)) command(c);
        }}
        onProcedureChange={(e) => {
          // Prop-driven changes are reported above, once resolved; only a person's choice is new here.
          if (e.source === 'user') userChanged({ procedure: e.procedure, level: undefined, side: undefined, site: undefined });
        }}
        onLevelChange={(e) => { if (e.source === 'user') userChanged({ level: e.value }); }}
        onSideChange={(e) => { if (e.source === 'user') userChanged({ side: e.value }); }}
        onSiteChange={(e) => { if (e.source === 'user') userChanged({ site: e.value }); }}
        onStepChange={(e) => {
          bridge.step = e.step;
          callbacks.stepChange({
            procedure: controllerRef.current?.getState().procedure ?? props.procedure ?? '',
            step: e.step + 1, stepCount: e.stepCount, source: e.source,
          });
        }}
        onViewChange={(e) => callbacks.viewChange({ view: e.view, source: e.source })}
        onWorkbenchReady={(wb) => {
          bridge.workbench = wb;
          // The workbench arrives as a chunk, after our first selection effect found nothing to resolve: what it
          // shows now is the starting point that later changes are reported against.
          if (firstSelection.current) {
            const now = resolvedNow();
            if (now) {
              firstSelection.current = false;
              reported.current = now;
            }
          }
          for (const command of bridge.workbenchQueue.splice(0)) command(wb);
          // The workbench draws its panes itself; once it is mounted and answers commands, the element is ready.
          callbacks.ready();
          return () => {
            if (bridge.workbench === wb) bridge.workbench = null;
          };
        }}
        onError={(e) => {
          // The element reports a missing WebGL itself, with its poster; one event is enough.
          if (e.code === 'webgl') return;
          callbacks.error({ code: errorCode(e.code), message: e.message, attribute: errorAttribute(e), source: e.source });
        }}
      />
    </Boundary>
  );
}

// ---------------------------------------------------------------------------------------------
// MountView
// ---------------------------------------------------------------------------------------------

export const reactView: MountView = (container, initial, callbacks) => {
  const bridge: Bridge = { controller: null, callbacks, queue: [], workbench: null, workbenchQueue: [], step: undefined };
  let layout = initial.layout;
  const report = (err: unknown) =>
    callbacks.error({ code: 'internal', message: err instanceof Error ? err.message : String(err), source: 'api' });
  const root = createRoot(container, {
    onUncaughtError: report,
    onCaughtError: () => {}, // the boundary already reported it
    onRecoverableError: () => {},
    identifierPrefix: 'sx-',
  });
  const onReady = () => callbacks.ready();
  container.addEventListener('spine:ready', onReady);

  const render = (props: ViewProps) => {
    layout = props.layout;
    root.render(<EmbedRoot props={props} bridge={bridge} />);
  };
  render(initial);

  const withController = (command: (c: SpineExplainerController) => void) => {
    if (bridge.controller) command(bridge.controller);
    else bridge.queue.push(command);
  };
  const withWorkbench = (command: (w: WorkbenchController) => void) => {
    if (bridge.workbench) command(bridge.workbench);
    else bridge.workbenchQueue.push(command);
  };
  /** The same verb in either layout: the compact viewer's controller or the workbench's. */
  const either = (compact: (c: SpineExplainerController) => void, workbench: (w: WorkbenchController) => void) =>
    (layout === 'workbench' ? withWorkbench(workbench) : withController(compact));
  const workbenchSnapshot = () => new Promise<Blob>((resolve, reject) => withWorkbench((w) => {
    w.snapshot().then((blob) => (blob ? resolve(blob) : reject(new Error('Nothing to snapshot: the workbench shows no 3D view.'))), reject);
  }));
  const stepBy = (c: SpineExplainerController, delta: number) => {
    const { step, stepCount } = c.getState();
    const target = Math.max(0, Math.min(stepCount - 1, (bridge.step ?? step) + delta));
    bridge.step = target;
    c.goToStep(target);
  };
  return {
    update: render,
    next: () => either((c) => stepBy(c, 1), (w) => w.next()),
    previous: () => either((c) => stepBy(c, -1), (w) => w.previous()),
    // The workbench steps by hand (a consult goes at the physician's pace): play and pause do nothing there.
    play: () => either((c) => c.play(), () => {}),
    pause: () => either((c) => c.pause(), () => {}),
    // A zero turn of the camera is the controller's way to ask for one frame; the workbench redraws itself.
    redraw: () => either((c) => c.orbit(0, 0), () => {}),
    // Right after a change the scene may be re-mounting: wait for its next ready signal (or give up).
    snapshot: () => (layout === 'workbench' ? workbenchSnapshot() : new Promise<Blob>((resolve, reject) => withController((c) => {
      const status = c.getState().status;
      if (status === 'ready') {
        c.snapshot().then(resolve, reject);
        return;
      }
      if (status === 'error') {
        reject(new Error('Nothing to snapshot: the explainer is showing an error.'));
        return;
      }
      const timer = setTimeout(() => {
        container.removeEventListener('spine:ready', onceReady);
        reject(new Error('The 3D view did not become ready within 30 s.'));
      }, 30_000);
      const onceReady = () => {
        clearTimeout(timer);
        container.removeEventListener('spine:ready', onceReady);
        c.snapshot().then(resolve, reject);
      };
      container.addEventListener('spine:ready', onceReady);
    }))),
    dispose: () => {
      container.removeEventListener('spine:ready', onReady);
      bridge.queue.length = 0;
      bridge.workbenchQueue.length = 0;
      bridge.workbench = null;
      bridge.controller = null;
      root.unmount();
    },
  };
};
