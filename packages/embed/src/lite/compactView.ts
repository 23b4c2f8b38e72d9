// The compact layout in plain DOM: the same markup, classes and strings as <SpineExplainer layout="compact">
// (header, stage with the scene, toolbar, panel, live region), rendered from a LiteController. It also owns the
// scene's lifetime and the root's signals: `data-state`, `data-sx-ready` and the `spine:ready` event.
import { format, readPalette, type Theme } from '@spine-explainer/react';
import type { LiteController } from './controller';
import { h, setAttrs, setText, syncChildren } from './dom';
import { createHeader } from './header';
import { createPanel } from './panel';
import { createStage } from './stage';
import { createToolbar } from './toolbar';
import { viewModel } from './viewModel';

/** The scene H5's lite/scene builds (declared here so the UI does not depend on its internals). */
export interface SceneHandle { readonly element: HTMLElement; dispose(): void }
export type CreateScene = (ctl: LiteController) => SceneHandle;

export interface CompactView {
  readonly root: HTMLDivElement;
  /** Flushes the controller and renders now. */
  render(): void;
  /** Renders in a task of its own (every controller change asks for one; they batch). */
  schedule(): void;
  setTheme(theme: Theme): void;
  dispose(): void;
}

export interface CompactViewOptions {
  createScene: CreateScene;
  theme: Theme;
  /** A render threw: the owner shows the failure in place (nothing reaches the page's window.onerror). */
  onError(err: unknown): void;
}

export function createCompactView(doc: Document, ctl: LiteController, options: CompactViewOptions): CompactView {
  const { createScene, onError } = options;
  let theme = options.theme;
  let paletteFor: string | undefined;
  let scene: SceneHandle | undefined;
  let readyKey = '';
  let queued = false;
  let disposed = false;

  const header = createHeader(doc, ctl);
  const stage = createStage(doc, ctl, 'sx-stage');
  const toolbar = createToolbar(doc, ctl);
  const panel = createPanel(doc, ctl);
  const sceneBox = h(doc, 'div', { class: 'sx-scene' }, stage.element);
  const live = h(doc, 'div', { class: 'sx-sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-sx-live': '' });
  const root = h(doc, 'div', { role: 'region', 'data-layout': 'compact' },
    header.element, h(doc, 'div', { class: 'sx-body' }, sceneBox, panel.element), live);

  const signal = (detail: Record<string, unknown>) => {
    root.dataset.sxReady = 'true';
    root.dispatchEvent(new CustomEvent('spine:ready', { bubbles: true, composed: true, detail }));
  };

  // New content is not ready until it has been drawn. Marked when the controller changes, before the scene can
  // draw it; a drawn frame shows the content of that moment.
  const contentKey = () => {
    const { options } = ctl;
    return `${ctl.procedureId}|${options.level}|${options.side}|${options.site}|${ctl.mode}|${ctl.model ? 'm' : ''}`;
  };
  const markStale = () => {
    const key = contentKey();
    if (!ctl.webgl || key === readyKey) return;
    readyKey = key;
    root.dataset.sxReady = 'false';
  };

  const runtime = ctl.store.getState().runtime;
  runtime.onContentDrawn = () => {
    if (!ctl.contentDrawn()) return;
    readyKey = contentKey();
    if (!root.dataset.sxFirstFrameMs) root.dataset.sxFirstFrameMs = String(Math.round(performance.now()));
    const s = ctl.store.getState();
    signal({ procedure: s.procedureId, level: s.level, side: s.side, site: s.site, step: s.step, view: s.view, mode: s.mode });
  };
  runtime.onFrame = () => {
    root.dataset.sxFrames = String(runtime.frames);
    root.dataset.sxDrawCalls = String(runtime.drawCalls ?? '');
    root.dataset.sxTriangles = String(runtime.triangles ?? '');
  };
  const unsubscribe = ctl.store.subscribe((s, prev) => {
    if (s.contextLost !== prev.contextLost) schedule();
  });

  // Reduced motion follows the system setting while mounted.
  const motion = typeof doc.defaultView?.matchMedia === 'function' ? doc.defaultView.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  const onMotion = () => ctl.setReducedMotion(!!motion?.matches);
  ctl.setReducedMotion(!!motion?.matches);
  motion?.addEventListener?.('change', onMotion);

  function render(): void {
    queued = false;
    if (disposed) return;
    try {
      draw();
    } catch (err) {
      onError(err);
    }
  }

  function draw(): void {
    ctl.flush();
    const vm = viewModel(ctl);
    const { options, mode } = ctl;

    setAttrs(root, {
      class: `sx-root sx-theme-${theme}`, 'data-state': ctl.status, 'data-theme': theme, 'data-procedure': ctl.procedureId,
      'data-level': options.level, 'data-side': options.side, 'data-step': ctl.step, 'data-mode': mode,
      'aria-label': format(vm.t.region, { title: vm.title }), lang: ctl.locale,
      'data-sx-model-ms': ctl.modelMs,
    });

    if (vm.showScene && !scene) scene = createScene(ctl);
    else if (!vm.showScene && scene) {
      scene.dispose();
      scene = undefined;
    }

    header.update(vm);
    stage.update(vm, scene?.element, !!ctl.store.getState().contextLost);
    if (vm.showScene) toolbar.update(vm);
    syncChildren(sceneBox, vm.showScene ? [stage.element, toolbar.element] : [stage.element], [toolbar.element]);
    panel.update(vm);
    setText(live, vm.announcement);

    // Theme colours reach the materials through the store; read once styled and again on a theme change.
    if (paletteFor !== theme && root.isConnected) {
      paletteFor = theme;
      ctl.setPalette(readPalette(root));
    }

    markStale();
    // Without WebGL the text is the content, ready at once.
    if (!ctl.webgl && !root.dataset.sxReady) signal({ procedure: ctl.procedureId, fallback: 'no-webgl' });
  }

  function schedule(): void {
    if (disposed) return;
    markStale();
    if (queued) return;
    queued = true;
    // A task, not a microtask: a page that sets attributes across several microtasks gets one render.
    setTimeout(render, 0);
  }

  return {
    root,
    render,
    schedule,
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      schedule();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribe();
      motion?.removeEventListener?.('change', onMotion);
      runtime.onContentDrawn = undefined;
      runtime.onFrame = undefined;
      scene?.dispose();
      scene = undefined;
      root.remove();
    },
  };
}
