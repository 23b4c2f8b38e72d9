import { NeutralToneMapping, type WebGLRenderer } from 'three';
import { acquireSharedRenderer, createWidgetRenderer, type SharedRendererLease } from '@spine-explainer/react';

/** The viewer's drawing surface: the stage element, its 2D canvas and the renderer that draws into it. */
export interface Surface {
  /** `div.sx-canvas` (absolutely placed over the stage) holding the canvas and the label layer, as SceneCanvas renders it. */
  readonly element: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  /** This viewer's view of the page's one WebGL renderer (see widgetRenderer.ts). */
  readonly renderer: WebGLRenderer;
  /** CSS pixels of the element, as last measured (0×0 until it is laid out). */
  readonly size: { width: number; height: number };
  dispose(): void;
}

export interface SurfaceEvents {
  /** The element got a (new) size; the renderer already has it. */
  resized(): void;
  contextLost(): void;
  contextRestored(): void;
}

/** Device pixel ratio clamped to [1, 2], as R3F does with `dpr={[1, 2]}`. */
export function clampedDpr(win: { devicePixelRatio?: number } | undefined): number {
  return Math.min(2, Math.max(1, win?.devicePixelRatio ?? 1));
}

/**
 * Creates the stage element and takes a share of the page's renderer for it (SceneCanvas's shared path and
 * `sceneCreated`): tone mapping and clipping as the R3F scene sets them, resize on ResizeObserver, and the
 * context-loss events the shared renderer forwards to every display canvas.
 */
export function createSurface(doc: Document, events: SurfaceEvents): Surface {
  const element = doc.createElement('div');
  element.className = 'sx-canvas';
  element.style.cssText = 'position:absolute;inset:0;overflow:hidden';
  const canvas = doc.createElement('canvas');
  canvas.style.cssText = 'display:block;width:100%;height:100%';
  element.appendChild(canvas);

  let lease: SharedRendererLease | undefined = acquireSharedRenderer(canvas);
  let renderer: WebGLRenderer;
  try {
    renderer = createWidgetRenderer(lease.shared, canvas);
  } catch (e) {
    lease.release();
    throw e;
  }
  renderer.localClippingEnabled = true;
  renderer.toneMapping = NeutralToneMapping;
  const size = { width: 0, height: 0 };

  const measure = () => {
    const r = element.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || (r.width === size.width && r.height === size.height)) return;
    size.width = r.width;
    size.height = r.height;
    renderer.setPixelRatio(clampedDpr(doc.defaultView ?? undefined));
    renderer.setSize(r.width, r.height);
    events.resized();
  };
  const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
  resize?.observe(element);

  const onLost = (e: Event) => {
    e.preventDefault();
    events.contextLost();
  };
  const onRestored = () => events.contextRestored();
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);

  return {
    element,
    canvas,
    renderer,
    size,
    dispose() {
      resize?.disconnect();
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      element.remove();
      lease?.release();
      lease = undefined;
    },
  };
}
