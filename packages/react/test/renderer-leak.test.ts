import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createTrackedRenderer } from '../src/trackedRenderer';
import { SHARED_RENDERER_GRACE_MS, acquireSharedRenderer } from '../src/sharedRenderer';

// Issue 8: a WebGL context can outlive its renderer (a page's WebGL inspector, a GPU probe, or an extension may
// hold it). Whatever our code leaves on the context must not keep the disposed renderer, with its scene state
// and caches, alive. These tests hold every context, as such a tool does, and ask V8 whether renderers survive.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A stand-in WebGL 2 context that three's WebGLRenderer accepts: methods live on the prototype, as on a real
 * context, so a method our code assigns on the instance is an own property of that one context.
 */
function fakeContext(canvas: unknown): WebGL2RenderingContext {
  const constants = new Map<string, number>();
  const constant = (name: string) => {
    if (!constants.has(name)) constants.set(name, constants.size + 1);
    return constants.get(name)!;
  };
  const methods: Record<string, unknown> = {
    getContextAttributes: () => ({ alpha: true, antialias: true, depth: true, stencil: false, premultipliedAlpha: true, preserveDrawingBuffer: false }),
    getParameter: (p: number) => {
      if (p === constant('VERSION')) return 'WebGL 2.0';
      if (p === constant('SHADING_LANGUAGE_VERSION')) return 'WebGL GLSL ES 3.00';
      if (p === constant('VIEWPORT') || p === constant('SCISSOR_BOX')) return new Int32Array([0, 0, 1, 1]);
      return 16;
    },
    getShaderPrecisionFormat: () => ({ precision: 23, rangeMin: 127, rangeMax: 127 }),
    getExtension: () => null,
    getSupportedExtensions: () => [],
    isContextLost: () => false,
    createTexture: () => ({}),
  };
  const proto = new Proxy(methods, {
    get(target, key) {
      if (key in target) return target[key as string];
      if (typeof key === 'string' && /^[A-Z0-9_]+$/.test(key)) return constant(key);
      return () => undefined;
    },
  });
  const gl = Object.create(proto) as { canvas: unknown };
  gl.canvas = canvas;
  return gl as unknown as WebGL2RenderingContext;
}

/** A canvas with real event listeners (a listener left behind would retain what it closes over). */
function fakeCanvas(held: WebGL2RenderingContext[]): HTMLCanvasElement {
  let gl: WebGL2RenderingContext | undefined;
  const canvas = Object.assign(new EventTarget(), {
    width: 1, height: 1, style: {},
    setAttribute() {},
    getContext(type: string) {
      if (type !== 'webgl2') return null;
      if (!gl) held.push((gl = fakeContext(canvas)));
      return gl;
    },
  });
  return canvas as unknown as HTMLCanvasElement;
}

/** WeakRefs keep their target until the current job ends: collect from a later task. */
async function collected(refs: WeakRef<object>[]): Promise<number> {
  await new Promise((r) => setTimeout(r, 0));
  gc();
  return refs.filter((r) => r.deref() === undefined).length;
}

/**
 * Outside the async test body on purpose: a suspended async function may keep a dead local in its saved
 * registers, which would hold the last renderer for reasons that have nothing to do with the code under test.
 */
function createAndDispose(held: WebGL2RenderingContext[]): WeakRef<object> {
  const renderer = createTrackedRenderer(fakeCanvas(held));
  renderer.dispose();
  return new WeakRef(renderer);
}

function acquireAndRelease(doc: { createElement(): HTMLCanvasElement }): WeakRef<object> {
  const lease = acquireSharedRenderer({ ownerDocument: doc } as unknown as HTMLCanvasElement);
  lease.release();
  return new WeakRef(lease.shared.renderer);
}

describe('a disposed renderer is not kept alive by a context that outlives it', () => {
  it('createTrackedRenderer: dispose() leaves nothing on the context that reaches the renderer', async () => {
    const held: WebGL2RenderingContext[] = [];
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 5; i++) refs.push(createAndDispose(held));
    expect(held).toHaveLength(5);
    expect(await collected(refs)).toBe(5);
    // The context is left as three found it: no method of ours on it.
    for (const gl of held) expect(Object.keys(gl).filter((k) => k !== 'canvas')).toEqual([]);
  });

  it('the shared renderer: N acquire/release cycles leave no renderer alive once each grace period ends', async () => {
    const held: WebGL2RenderingContext[] = [];
    const doc = { createElement: () => fakeCanvas(held) };
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 5; i++) {
      refs.push(acquireAndRelease(doc));
      await new Promise((r) => setTimeout(r, SHARED_RENDERER_GRACE_MS + 20));
    }
    // One context per cycle: each cycle's renderer was disposed after its grace period, not reused.
    expect(held).toHaveLength(5);
    expect(await collected(refs)).toBe(5);
  });
});
