// Injected before any page script (addInitScript): counts WebGL contexts (created, still live, and those that
// drew), draw calls per animation frame, and live GPU buffers and textures, without hooks in the code under test.
(() => {
  const made = [];
  const drawing = new Set();
  const probe = (window.__glProbe = {
    contexts: 0, drawFrames: 0, draws: 0, buffers: 0, textures: 0, dirty: false,
    /** Contexts not lost now (availability probes are lost at once). */
    liveContexts: () => made.filter((c) => !c.isContextLost()).length,
    /** Contexts that have issued at least one draw call. */
    drawingContexts: () => drawing.size,
  });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const had = this.__sxHadContext;
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && !had && /webgl/.test(String(type))) { probe.contexts++; made.push(ctx); this.__sxHadContext = true; }
    return ctx;
  };
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Ctx) continue;
    const p = Ctx.prototype;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const fn = p[name];
      if (!fn) continue;
      p[name] = function (...args) { probe.draws++; probe.dirty = true; drawing.add(this); return fn.apply(this, args); };
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
