import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createSpineModel } from '@spine-explainer/anatomy';
import { procedures, resolvePlacement } from '@spine-explainer/procedures';
import { SpineScene, SpineStoreProvider, buildTracks, createSpineStore, type PlacementLike, type ProcedureLike } from '@spine-explainer/react';

/**
 * The whole 3D scene in its own `<Canvas>` (render on demand): light, camera rig and orbit controls, anatomy and every
 * overlay. It reads the nearest store; here the story makes one, as a host composing its own UI would.
 */
function ComposedScene(props: { procedure: string; level?: string; side?: 'left' | 'right'; step: number; labels?: boolean }) {
  const [model] = useState(() => createSpineModel({ quality: 'low' }));
  const [store] = useState(() => createSpineStore());
  const procedure = procedures.find((p) => p.id === props.procedure) as unknown as ProcedureLike;
  const placement = resolvePlacement(model, props.procedure, { level: props.level, side: props.side }) as unknown as PlacementLike;
  const tracks = buildTracks(procedure, placement.side);
  store.setState({ procedureId: props.procedure, procedure, tracks, step: props.step, model, placement, level: placement.level, side: placement.side, view: tracks[props.step]?.view ?? 'posterior', mode: tracks[props.step]?.mode ?? 'anatomy', status: 'ready', reducedMotion: true });
  return (
    <div style={{ position: 'relative', height: 480, background: '#eef2f5', borderRadius: 10 }}>
      <SpineStoreProvider value={store}>
        <SpineScene labels={props.labels} />
      </SpineStoreProvider>
    </div>
  );
}

const meta = {
  title: 'Scene/SpineScene',
  component: SpineScene,
  tags: ['autodocs'],
  args: { labels: true },
  render: (args) => <ComposedScene procedure="epidural-transforaminal" level="L4-L5" side="left" step={5} labels={args.labels} />,
} satisfies Meta<typeof SpineScene>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
export const WithoutLabels: StoryObj<typeof meta> = { args: { labels: false } };
