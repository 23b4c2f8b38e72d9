import {
  Component, Suspense, createContext, useContext, useLayoutEffect, useRef, useState,
  type CSSProperties, type ReactNode,
} from 'react';
import { events as createPointerEvents, createRoot, unmountComponentAtNode, type CameraProps, type ReconcilerRoot, type RenderProps, type RootState } from '@react-three/fiber';
import { registerSceneElements } from './threeCatalog';
import { acquireSharedRenderer, type SharedRendererLease } from './sharedRenderer';
import { createWidgetRenderer } from './widgetRenderer';
import { createTrackedRenderer } from './trackedRenderer';

/**
 * Whether viewers below share the page's one WebGL context (the default) or each create their own.
 * Sharing draws the same pixels; it costs one copy per drawn frame and saves a context per viewer (browsers
 * cap them at about 16 and drop the oldest). Turn it off for a viewer that must read its own WebGL context.
 */
const SharedContext = /* @__PURE__ */ createContext(true);
export const SharedContextProvider = SharedContext.Provider;

export interface SceneCanvasProps {
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
  /** Draw through the page's shared WebGL context. @defaultValue the nearest `SharedContextProvider`, else true */
  shared?: boolean;
  /** With a context of its own: keep the drawing buffer for reads (a shared viewer's 2D canvas always keeps it). */
  preserveDrawingBuffer?: boolean;
  camera?: CameraProps;
  dpr?: RenderProps<HTMLCanvasElement>['dpr'];
  /** Once the R3F root exists, before its first frame. */
  onCreated?: (state: RootState) => void;
}

/** Errors inside the 3D tree are thrown again in the host tree, where its error boundaries see them. */
class SceneErrorBoundary extends Component<{ onError: (error: unknown) => void; children?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() { return { failed: true }; }
  override componentDidCatch(error: unknown) { this.props.onError(error); }
  override render() { return this.state.failed ? null : this.props.children; }
}

/**
 * An R3F root of our own instead of R3F's `<Canvas>`: `<Canvas>` registers the whole three namespace, which
 * keeps all of three in every bundle; this root registers only the classes the scene uses (threeCatalog).
 * Rendering is on demand. The viewer's canvas is a 2D canvas fed by the page's shared renderer, or, with
 * `shared={false}`, a WebGL canvas of its own.
 */
export function SceneCanvas({ children, className, style, shared: sharedProp, preserveDrawingBuffer = true, camera, dpr = [1, 2], onCreated }: SceneCanvasProps) {
  const sharedDefault = useContext(SharedContext);
  const shared = sharedProp ?? sharedDefault;
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;
  const [error, setError] = useState<unknown>(undefined);
  if (error !== undefined) throw error;

  // A canvas switches between a 2D and a WebGL context only by being replaced: the key below re-creates it.
  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    const container = containerRef.current!;
    registerSceneElements();
    let lease: SharedRendererLease | undefined;
    let gl: RenderProps<HTMLCanvasElement>['gl'];
    try {
      if (shared) {
        lease = acquireSharedRenderer(canvas);
        gl = createWidgetRenderer(lease.shared, canvas);
      } else {
        gl = (defaults) => createTrackedRenderer(defaults.canvas as HTMLCanvasElement, { preserveDrawingBuffer });
      }
    } catch (e) {
      lease?.release();
      setError(e);
      return undefined;
    }
    const measure = () => {
      const r = container.getBoundingClientRect();
      return { width: r.width, height: r.height, top: r.top, left: r.left };
    };
    let invalidate: (() => void) | undefined;
    const config = (): RenderProps<HTMLCanvasElement> => ({
      gl, camera, dpr, frameloop: 'demand', events: createPointerEvents, size: measure(),
      onCreated: (state) => {
        // Events (and drei's labels and controls) attach to the container, as with <Canvas>.
        state.events.connect?.(container);
        invalidate = state.invalidate;
        onCreatedRef.current?.(state);
      },
    });
    // HTML overlays (drei <Html> labels) mount in React roots of their own, after the frame that placed them;
    // what a frame does with them (collision hiding) needs one more frame once they exist. Only elements coming
    // and going count, so a still scene stays at zero frames.
    const overlays = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => invalidate?.());
    overlays?.observe(container, { childList: true, subtree: true });
    const root = createRoot(canvas);
    root.configure(config()).catch(setError);
    rootRef.current = root;
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
      const s = measure();
      if (s.width > 0 && s.height > 0) root.configure(config()).catch(setError);
    });
    resize?.observe(container);
    return () => {
      resize?.disconnect();
      overlays?.disconnect();
      rootRef.current = null;
      unmountComponentAtNode(canvas);
      // Given back now, not in R3F's teardown callback: a root used again at once (StrictMode) skips that
      // callback. The renderer outlives its last share by a grace period, so the scene is disposed first.
      lease?.release();
    };
  }, [shared]); // eslint-disable-line react-hooks/exhaustive-deps

  useLayoutEffect(() => {
    rootRef.current?.render(
      <SceneErrorBoundary onError={setError}>
        <Suspense fallback={null}>{children}</Suspense>
      </SceneErrorBoundary>,
    );
  });

  return (
    <div ref={containerRef} className={className} style={{ position: 'absolute', inset: 0, overflow: 'hidden', ...style }}>
      <canvas key={shared ? 'shared' : 'own'} ref={canvasRef} style={{ display: 'block', width: '100%', height: '100%' }} />
    </div>
  );
}
