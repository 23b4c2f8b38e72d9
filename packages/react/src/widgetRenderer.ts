import { Color, type Camera, type ColorRepresentation, type Object3D, type Vector2, type WebGLRenderer } from 'three';
import type { SharedRenderer } from './sharedRenderer';

/** Renderer settings each viewer keeps for itself and puts on the shared renderer just before it draws. */
const OWN_SETTINGS = [
  'toneMapping', 'toneMappingExposure', 'outputColorSpace', 'localClippingEnabled', 'clippingPlanes',
  'sortObjects', 'autoClear', 'autoClearColor', 'autoClearDepth', 'autoClearStencil',
] as const;
type OwnSetting = (typeof OWN_SETTINGS)[number];
const isOwnSetting = (key: PropertyKey): key is OwnSetting => (OWN_SETTINGS as readonly PropertyKey[]).includes(key);

/**
 * One viewer's view of the shared renderer, handed to R3F as its `gl`. It behaves as a renderer of its own:
 * - `domElement` is the viewer's display canvas (a 2D canvas), so events, labels, controls, sizes and snapshots
 *   work on what the user sees;
 * - size, pixel ratio, clear colour, tone mapping, clipping and colour space are the viewer's own;
 * - `render()` puts the viewer's settings on the shared renderer first; to the screen, it draws into the
 *   bottom-left corner of the shared drawing buffer and copies that into the display canvas at once, within the
 *   same task, so the shared buffer need not be preserved; into a render target (an environment cube map) it
 *   draws as usual;
 * - `dispose()` and `forceContextLoss()` do nothing: R3F calls them when the viewer unmounts, and the context
 *   belongs to the page. The viewer's share is given back through its lease instead.
 * Anything else reaches the shared renderer itself.
 */
export function createWidgetRenderer(shared: SharedRenderer, display: HTMLCanvasElement): WebGLRenderer {
  const target = shared.renderer;
  const ctx = display.getContext('2d');
  if (!ctx) throw new Error('spine-explainer: the display canvas has no 2D context.');

  const own = {} as Record<OwnSetting, unknown>;
  for (const key of OWN_SETTINGS) own[key] = key === 'clippingPlanes' ? [] : target[key];
  const clearColor = new Color(0x000000);
  let clearAlpha = 0;
  let cssWidth = display.clientWidth || display.width;
  let cssHeight = display.clientHeight || display.height;
  let ratio = 1;

  const resizeDisplay = () => {
    const w = Math.max(1, Math.floor(cssWidth * ratio));
    const h = Math.max(1, Math.floor(cssHeight * ratio));
    // Setting a canvas size clears it: only when it really changes.
    if (display.width !== w) display.width = w;
    if (display.height !== h) display.height = h;
  };

  const overrides: Partial<Record<keyof WebGLRenderer, unknown>> = {
    domElement: display,
    setSize(width: number, height: number) {
      cssWidth = width;
      cssHeight = height;
      resizeDisplay();
    },
    getSize(out: Vector2) { return out.set(cssWidth, cssHeight); },
    setPixelRatio(value: number) {
      ratio = value;
      resizeDisplay();
    },
    getPixelRatio() { return ratio; },
    getDrawingBufferSize(out: Vector2) { return out.set(display.width, display.height); },
    setClearColor(color: ColorRepresentation, alpha?: number) {
      clearColor.set(color);
      if (alpha !== undefined) clearAlpha = alpha;
    },
    getClearColor(out: Color) { return out.copy(clearColor); },
    setClearAlpha(alpha: number) { clearAlpha = alpha; },
    getClearAlpha() { return clearAlpha; },
    render(scene: Object3D, camera: Camera) {
      const t = target as unknown as Record<OwnSetting, unknown>;
      for (const key of OWN_SETTINGS) t[key] = own[key];
      target.setClearColor(clearColor, clearAlpha);
      if (target.getRenderTarget() !== null) {
        target.render(scene, camera);
        return;
      }
      if (target.getContext().isContextLost()) return;
      const w = display.width, h = display.height;
      shared.fit(w, h);
      // The shared renderer's pixel ratio is 1: viewport and scissor are in device pixels.
      target.setViewport(0, 0, w, h);
      target.setScissor(0, 0, w, h);
      target.setScissorTest(true);
      try {
        target.render(scene, camera);
      } finally {
        target.setScissorTest(false);
      }
      // GL's origin is bottom-left, the canvas's top-left: the drawn corner is the buffer's last h rows.
      ctx.clearRect(0, 0, w, h);
      ctx.drawImage(shared.canvas, 0, shared.canvas.height - h, w, h, 0, 0, w, h);
    },
    forceContextLoss() {},
    dispose() {},
  };

  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, key) {
      if (Object.prototype.hasOwnProperty.call(overrides, key)) return overrides[key as keyof WebGLRenderer];
      if (isOwnSetting(key)) return own[key];
      const value = Reflect.get(obj, key, obj) as unknown;
      if (typeof value !== 'function') return value;
      let fn = bound.get(key);
      if (!fn) bound.set(key, (fn = (value as (...a: unknown[]) => unknown).bind(obj)));
      return fn;
    },
    set(obj, key, value) {
      if (isOwnSetting(key)) own[key] = value;
      else Reflect.set(obj, key, value, obj);
      return true;
    },
  });
}
