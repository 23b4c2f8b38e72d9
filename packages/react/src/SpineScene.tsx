import { useState, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei/core/OrbitControls';
import { NeutralToneMapping } from 'three';
import { SpineStoreProvider, useSpineStore, useSpineStoreApi } from './context';
import { SceneResources } from './SceneResources';
import { AnatomyMeshes } from './AnatomyMeshes';
import { NeedleOverlay } from './NeedleOverlay';
import { SpreadOverlay } from './SpreadOverlay';
import { LeadOverlay } from './LeadOverlay';
import { DeviceOverlay } from './DeviceOverlay';
import { StructureLabels } from './StructureLabels';
import { CameraRig } from './CameraRig';
import { Animator, FrameReporter } from './Animator';
import { LPS_QUATERNION } from './geometry';
import { SceneCanvas } from './SceneCanvas';
import { CodeEnvironment } from './CodeEnvironment';
import { isSoftwareRenderer } from './softwareRenderer';
import { STUDIO_CARDS, STUDIO_INTENSITY, STUDIO_RESOLUTION } from './studioLight';

export interface SpineRootProps { children?: ReactNode }

/** The one transform from LPS millimetres into three's Y-up world. Everything anatomical renders inside it. */
export function SpineRoot({ children }: SpineRootProps) {
  return (
    <group name="sx-root" quaternion={LPS_QUATERNION}>
      {children}
    </group>
  );
}

/**
 * Soft studio light built in code: no preset, no file, nothing downloaded. The environment (Lightformers rendered
 * once into a cube map) is skipped on software renderers, where sampling it costs seconds per frame
 * (measured: 13–30 s vs 0.6 s per frame in headless Chromium/SwiftShader); a fill light stands in for it.
 */
export function SpineLights({ environment = 'auto' }: { environment?: boolean | 'auto' }) {
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const gl = useThree((s) => s.gl);
  const [software] = useState(() => isSoftwareRenderer(gl));
  const withEnv = environment === 'auto' ? !software : environment;
  if (fluoro) return null;
  return (
    <>
      <hemisphereLight args={['#fff8ee', '#5a6270', withEnv ? 0.9 : 1.25]} />
      {withEnv ? null : <directionalLight position={[0, -200, 300]} intensity={0.35} color="#ffffff" />}
      <directionalLight position={[-250, 420, 520]} intensity={1.5} color="#fff4e6" />
      <directionalLight position={[320, 120, -380]} intensity={0.55} color="#dde8ff" />
      {withEnv ? <CodeEnvironment cards={STUDIO_CARDS} resolution={STUDIO_RESOLUTION} intensity={STUDIO_INTENSITY} /> : null}
    </>
  );
}

export interface SpineSceneContentProps {
  /** Extra scene content, rendered in the LPS frame. */
  children?: ReactNode;
  /** Render anchored labels. @defaultValue true */
  labels?: boolean;
  /** Orbit with mouse and touch. @defaultValue true */
  controls?: boolean;
  /** Image-based light from an environment built in code; `auto` skips it on software WebGL. @defaultValue 'auto' */
  environment?: boolean | 'auto';
}

/** Everything inside the canvas: light, camera, anatomy and overlays. Use inside your own `<Canvas>` with a store provider. */
export function SpineSceneContent({ children, labels = true, controls = true, environment = 'auto' }: SpineSceneContentProps) {
  return (
    <SceneResources>
      <SpineLights environment={environment} />
      {controls ? <OrbitControls makeDefault enableDamping={false} minDistance={40} maxDistance={2000} /> : null}
      <CameraRig />
      <Animator />
      <SpineRoot>
        <AnatomyMeshes />
        <NeedleOverlay />
        <SpreadOverlay />
        <LeadOverlay />
        <DeviceOverlay />
        {labels ? <StructureLabels /> : null}
        {children}
      </SpineRoot>
      <FrameReporter />
    </SceneResources>
  );
}

/**
 * Runs when a canvas is created: on the first mount and on every remount (a new WebGL context after a loss, the
 * embed re-creating the view). A new canvas draws, so a "view stopped" notice from the previous one is cleared.
 */
export function sceneCreated(
  store: { setState(partial: { contextLost?: boolean }): void },
  { gl, invalidate }: { gl: { localClippingEnabled: boolean; toneMapping: number; domElement: HTMLCanvasElement }; invalidate: () => void },
): void {
  store.setState({ contextLost: false });
  gl.localClippingEnabled = true;
  gl.toneMapping = NeutralToneMapping;
  // A lost context shows a notice; three restores its resources when the context comes back.
  const canvas = gl.domElement;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    store.setState({ contextLost: true });
  });
  canvas.addEventListener('webglcontextrestored', () => {
    store.setState({ contextLost: false });
    invalidate();
  });
}

export interface SpineSceneProps extends SpineSceneContentProps {
  className?: string;
  /** With a WebGL context of its own: keep the drawing buffer so `snapshot()` and pixel tests can read it. @defaultValue true */
  preserveDrawingBuffer?: boolean;
  /**
   * Draw through the page's one shared WebGL context (shown in a 2D canvas) instead of a context of its own.
   * @defaultValue the nearest `SharedContextProvider`, else true
   */
  sharedContext?: boolean;
}

const CAMERA = { fov: 30, near: 2, far: 6000, position: [0, 150, 500] as [number, number, number] };

/**
 * The 3D scene in its own R3F root, rendering on demand. Reads the nearest viewer store.
 */
export function SpineScene({ className, preserveDrawingBuffer = true, sharedContext, ...content }: SpineSceneProps) {
  const store = useSpineStoreApi();
  return (
    <SceneCanvas
      className={className ?? 'sx-canvas'}
      shared={sharedContext}
      preserveDrawingBuffer={preserveDrawingBuffer}
      dpr={[1, 2]}
      camera={CAMERA}
      onCreated={(state) => sceneCreated(store, state)}
    >
      <SpineStoreProvider value={store}>
        <SpineSceneContent {...content} />
      </SpineStoreProvider>
    </SceneCanvas>
  );
}
