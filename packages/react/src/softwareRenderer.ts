/** True for CPU rasterisers (SwiftShader, llvmpipe), where image-based light costs seconds per frame. */
export function isSoftwareRenderer(gl: { getContext(): WebGLRenderingContext | WebGL2RenderingContext }): boolean {
  try {
    const ctx = gl.getContext();
    const info = ctx.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? ctx.getParameter(info.UNMASKED_RENDERER_WEBGL) : ctx.getParameter(ctx.RENDERER));
    return /swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    return false;
  }
}
