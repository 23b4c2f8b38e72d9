import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes, NeedleOverlay } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/** Needles as real instruments (hub coloured by gauge, shaft, Quincke bevel, Tuohy or RF tip), advancing from the skin entry to the target with the step's needle progress. */
const meta = {
  title: 'Scene/NeedleOverlay',
  component: NeedleOverlay,
  tags: ['autodocs'],
  decorators: [withScene],
  render: (args) => (
    <>
      <AnatomyMeshes />
      <NeedleOverlay {...args} />
    </>
  ),
  parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 5, progress: 1 } },
} satisfies Meta<typeof NeedleOverlay>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SpinalNeedleAtTarget: Story = {};
export const HalfWay: Story = { parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 3, progress: 0.4 } } };
export const TuohyInterlaminar: Story = { parameters: { scene: { procedure: 'epidural-interlaminar', level: 'L4-L5', step: 5, progress: 1, view: 'lateral' } } };
export const RadiofrequencyLesion: Story = { parameters: { scene: { procedure: 'radiofrequency-ablation', level: 'L4', side: 'left', step: 4, progress: 1 } } };
export const FluoroLateral: Story = { parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 3, progress: 1, mode: 'fluoro', view: 'lateral' } } };
