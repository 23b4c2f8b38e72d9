import type { WebGLRenderer } from 'three';
import { createTrackedRenderer } from './trackedRenderer';

/**
 * One WebGL context for every viewer on a page, as model-viewer does: one WebGLRenderer draws into a canvas
 * that is never attached, each viewer shows a 2D canvas, and after drawing a viewer's scene the pixels are
 * copied into that viewer's canvas. Browsers cap live WebGL contexts (16 in Chromium) and evict the oldest,
 * so eight viewers with a context each were fragile; one context also compiles each shader once.
 */
export interface SharedRenderer {
  readonly renderer: WebGLRenderer;
  /** The drawing canvas (not in the document). */
  readonly canvas: HTMLCanvasElement;
  /** Grows the drawing buffer to at least `width`×`height` device pixels (it never shrinks while in use). */
  fit(width: number, height: number): void;
}

export interface SharedRendererLease {
  readonly shared: SharedRenderer;
  /** Gives the share back; the last one out disposes the renderer and releases its context. */
  release(): void;
}

interface PageRenderer {
  shared: SharedRenderer;
  displays: Set<HTMLCanvasElement>;
  teardown?: ReturnType<typeof setTimeout>;
  dispose(): void;
}

/**
 * A deliberate page-wide resource: one entry per document, reference-counted by the display canvases using it.
 * A WeakMap so a document (an iframe) that goes away takes its entry with it.
 */
const pages = new WeakMap<Document, PageRenderer>();

/**
 * How long the renderer outlives its last viewer. A viewer that re-mounts at once (React StrictMode, a moved
 * element, a procedure change that rebuilds the view) keeps the context and its compiled shaders.
 */
export const SHARED_RENDERER_GRACE_MS = 100;

function createPageRenderer(doc: Document): PageRenderer {
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = 1;
  const renderer = createTrackedRenderer(canvas, { preserveDrawingBuffer: false });
  renderer.setPixelRatio(1);
  const displays = new Set<HTMLCanvasElement>();

  // Every viewer loses and regains its view together. The display canvases never had a WebGL context of their
  // own, so the events are re-dispatched on them, where viewers (and the embed's poster) listen.
  // three's own listener already calls preventDefault, which lets the browser restore the context.
  const forward = (type: 'webglcontextlost' | 'webglcontextrestored') => () => {
    for (const display of [...displays]) display.dispatchEvent(new Event(type, { cancelable: true }));
  };
  const onLost = forward('webglcontextlost');
  const onRestored = forward('webglcontextrestored');
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);

  const shared: SharedRenderer = {
    renderer,
    canvas,
    fit(width, height) {
      const w = Math.max(canvas.width, Math.ceil(width));
      const h = Math.max(canvas.height, Math.ceil(height));
      if (w !== canvas.width || h !== canvas.height) renderer.setSize(w, h, false);
    },
  };
  return {
    shared,
    displays,
    dispose() {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      renderer.dispose();
      renderer.forceContextLoss();
    },
  };
}

/** Takes a share of the page's renderer for one viewer's display canvas, creating the renderer if needed. */
export function acquireSharedRenderer(display: HTMLCanvasElement): SharedRendererLease {
  const doc = display.ownerDocument;
  let page = pages.get(doc);
  if (!page) {
    page = createPageRenderer(doc);
    pages.set(doc, page);
  }
  if (page.teardown !== undefined) {
    clearTimeout(page.teardown);
    page.teardown = undefined;
  }
  const entry = page;
  entry.displays.add(display);
  let released = false;
  return {
    shared: entry.shared,
    release() {
      if (released) return;
      released = true;
      entry.displays.delete(display);
      if (entry.displays.size > 0 || entry.teardown !== undefined) return;
      entry.teardown = setTimeout(() => {
        entry.teardown = undefined;
        if (entry.displays.size > 0 || pages.get(doc) !== entry) return;
        pages.delete(doc);
        entry.dispose();
      }, SHARED_RENDERER_GRACE_MS);
    },
  };
}

/** How many viewers of this document share its renderer right now (0 when there is none). For tests and tools. */
export function sharedRendererUsers(doc: Document): number {
  return pages.get(doc)?.displays.size ?? 0;
}
