import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes, NeedleOverlay, SpreadOverlay } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/** Injectate as a translucent volume in the right space: it fills the target structure around the tip and grows with the step's spread progress. */
const meta = {
  title: 'Scene/SpreadOverlay',
  component: SpreadOverlay,
  tags: ['autodocs'],
  decorators: [withScene],
  render: (args) => (
    <>
      <AnatomyMeshes />
      <NeedleOverlay />
      <SpreadOverlay {...args} />
    </>
  ),
  parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 5, progress: 1 } },
} satisfies Meta<typeof SpreadOverlay>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Epidural: Story = {};
export const FacetJoint: Story = { parameters: { scene: { procedure: 'facet-joint-injection', level: 'L4-L5', side: 'left', step: 5, progress: 1 } } };
export const KneeJoint: Story = { parameters: { scene: { procedure: 'knee-joint-injection', side: 'left', step: 3, progress: 1 } } };
export const Caudal: Story = { parameters: { scene: { procedure: 'epidural-caudal', step: 5, progress: 1, view: 'lateral' } } };
