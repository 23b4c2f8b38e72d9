// Shared Storybook setup for the 3D building blocks: one model, one store, a canvas with light and camera, and
// the block under test inside the LPS root. Stories configure it through `parameters.scene`.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei/core/OrbitControls';
import { createSpineModel } from '@spine-explainer/anatomy';
import { procedures, resolvePlacement } from '@spine-explainer/procedures';
import {
  Animator, CameraRig, SceneResources, SpineLights, SpineRoot, SpineStoreProvider, buildTracks, createSpineStore,
  type PlacementLike, type ProcedureLike, type SceneMode, type ViewName,
} from '@spine-explainer/react';
import type { Decorator } from '@storybook/react-vite';

export interface SceneParams {
  procedure?: string;
  level?: string;
  side?: 'left' | 'right' | 'bilateral';
  site?: string;
  step?: number;
  /** Pins the step's motions (0…1). */
  progress?: number;
  view?: ViewName;
  mode?: SceneMode;
  quality?: 'low' | 'medium' | 'high';
}

export function SceneSetup({ children, params }: { children: ReactNode; params: SceneParams }) {
  const { procedure: id = 'epidural-transforaminal', level, side, site, step, progress = 1, view, mode = 'anatomy', quality = 'low' } = params;
  const [model] = useState(() => createSpineModel({ quality }));
  useEffect(() => () => model.dispose(), [model]);
  const procedure = procedures.find((p) => p.id === id) as unknown as ProcedureLike;
  const placement = useMemo(() => resolvePlacement(model, id, { level, side, site }) as unknown as PlacementLike, [model, id, level, side, site]);
  const tracks = useMemo(() => buildTracks(procedure, placement.side), [procedure, placement.side]);
  const s = step ?? Math.max(0, tracks.length - 2);
  const [store] = useState(() => createSpineStore());
  store.setState({
    procedureId: id, procedure, level: placement.level, side: placement.side, site: placement.site, step: s, tracks,
    view: view ?? tracks[s]?.view ?? 'posterior', mode, model, placement, status: 'ready', reducedMotion: true,
  });
  store.getState().frame.held = true;
  store.getState().frame.progress = progress;
  return (
    <div style={{ position: 'relative', width: '100%', height: 460, background: mode === 'fluoro' ? '#0c0c0c' : '#eef2f5', borderRadius: 10 }}>
      <Canvas frameloop="demand" camera={{ fov: 30, near: 2, far: 6000 }} gl={{ preserveDrawingBuffer: true }} onCreated={({ gl }) => { gl.localClippingEnabled = true; }}>
        <SpineStoreProvider value={store}>
          <SceneResources>
            <SpineLights />
            <OrbitControls makeDefault enableDamping={false} />
            <CameraRig />
            <Animator />
            <SpineRoot>{children}</SpineRoot>
          </SceneResources>
        </SpineStoreProvider>
      </Canvas>
    </div>
  );
}

/** Renders the story inside `<SceneSetup>` with `parameters.scene`. */
export const withScene: Decorator = (Story, ctx) => (
  <SceneSetup params={(ctx.parameters.scene ?? {}) as SceneParams}>
    <Story />
  </SceneSetup>
);
