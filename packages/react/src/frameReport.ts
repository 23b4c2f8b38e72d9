import type { WebGLRenderer } from 'three';
import type { SpineState } from './store';

/** Counts a drawn frame, its draw calls and triangles into the runtime and tells `onFrame`; `onContentDrawn` too when `content`. */
export function reportFrame(runtime: SpineState['runtime'], renderer: WebGLRenderer, content: boolean): void {
  runtime.frames++;
  runtime.drawCalls = renderer.info.render.calls;
  runtime.triangles = renderer.info.render.triangles;
  runtime.onFrame?.();
  if (content) runtime.onContentDrawn?.();
}
