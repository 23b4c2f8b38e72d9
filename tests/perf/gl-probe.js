// Injected before any page script (addInitScript): counts WebGL contexts (created, still live, and those that
// drew), draw calls per animation frame, and live GPU buffers and textures, without hooks in the code under test.
(() => {
  // Weak references only: holding the contexts would keep alive whatever hangs off them, and the probe would then
  // measure its own retention in the mount/unmount cycles.
  const made = [];
  const drawing = new WeakSet();
  let drawingCount = 0;
  const probe = (window.__glProbe = {
    contexts: 0, drawFrames: 0, draws: 0, buffers: 0, textures: 0, dirty: false,
    /** Contexts not lost now (availability probes are lost at once). */
    liveContexts: () => made.filter((ref) => { const c = ref.deref(); return c !== undefined && !c.isContextLost(); }).length,
    /** Contexts that have issued at least one draw call. */
    drawingContexts: () => drawingCount,
  });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const had = this.__sxHadContext;
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && !had && /webgl/.test(String(type))) { probe.contexts++; made.push(new WeakRef(ctx)); this.__sxHadContext = true; }
    return ctx;
  };
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Ctx) continue;
    const p = Ctx.prototype;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const fn = p[name];
      if (!fn) continue;
      p[name] = function (...args) { probe.draws++; probe.dirty = true; if (!drawing.has(this)) { drawing.add(this); drawingCount++; } return fn.apply(this, args); };
    }
    const wrap = (create, del, key) => {
      const c = p[create], d = p[del];
      p[create] = function (...a) { const o = c.apply(this, a); if (o) probe[key]++; return o; };
      p[del] = function (o) { if (o) probe[key]--; return d.call(this, o); };
    };
    wrap('createBuffer', 'deleteBuffer', 'buffers');
    wrap('createTexture', 'deleteTexture', 'textures');
  }
  const tick = () => { if (probe.dirty) { probe.drawFrames++; probe.dirty = false; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();
