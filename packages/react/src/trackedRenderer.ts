import { WebGLRenderer } from 'three';

/** Context attributes of every renderer we create: the transparent stage shows the page behind the scene. */
export interface RendererAttributes {
  antialias?: boolean;
  alpha?: boolean;
  preserveDrawingBuffer?: boolean;
  powerPreference?: WebGLPowerPreference;
}

/**
 * A WebGLRenderer whose `dispose()` also deletes the four placeholder textures three's WebGLState creates per
 * context (2D, cube, 2D array, 3D), which three itself never deletes. They go with the context in the end, but
 * until the browser collects it they count against GPU memory, and a GL probe sees them as a leak on every
 * mount/unmount cycle. A restored context creates a new set; those are tracked the same way.
 */
export function createTrackedRenderer(canvas: HTMLCanvasElement, attributes: RendererAttributes = {}): WebGLRenderer {
  const attrs = { antialias: true, alpha: true, powerPreference: 'high-performance' as const, ...attributes };
  const gl = canvas.getContext('webgl2', attrs) as WebGL2RenderingContext | null;
  if (!gl) throw new Error('spine-explainer: WebGL 2 is not available, so the 3D view cannot be shown.');

  const placeholders: WebGLTexture[] = [];
  let recording = true;
  const createTexture = gl.createTexture;
  // An own property on this one context: three asks for textures through it, nothing else is touched.
  gl.createTexture = function recordTexture(this: WebGL2RenderingContext) {
    const texture = createTexture.call(gl);
    if (recording && texture) placeholders.push(texture);
    return texture;
  };
  // three rebuilds its state in its own 'webglcontextrestored' listener: record around it (listeners run in
  // the order they were added, so this one runs before three's and the next one after).
  const beforeRestore = () => { placeholders.length = 0; recording = true; };
  const afterRestore = () => { recording = false; };
  canvas.addEventListener('webglcontextrestored', beforeRestore);

  let renderer: WebGLRenderer;
  try {
    renderer = new WebGLRenderer({ ...attrs, canvas, context: gl });
  } finally {
    recording = false;
  }
  canvas.addEventListener('webglcontextrestored', afterRestore);

  const dispose = renderer.dispose.bind(renderer);
  renderer.dispose = () => {
    dispose();
    canvas.removeEventListener('webglcontextrestored', beforeRestore);
    canvas.removeEventListener('webglcontextrestored', afterRestore);
    // The context outlives the renderer for as long as anything holds it or its canvas, and this own
    // property's closure shares a scope with the renderer: left in place it kept every disposed renderer
    // (its scene state, programs and caches, ~90 KiB) alive, one per mount/unmount cycle (issue 8).
    delete (gl as Partial<WebGL2RenderingContext>).createTexture;
    // On a lost context this is a no-op: the textures went with it.
    for (const t of placeholders.splice(0)) gl.deleteTexture(t);
  };
  return renderer;
}
