import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes, LeadOverlay, NeedleOverlay } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/** Spinal cord stimulator leads threading up the dorsal epidural space; the contacts are revealed as the lead advances, and the active ones pulse. */
const meta = {
  title: 'Scene/LeadOverlay',
  component: LeadOverlay,
  tags: ['autodocs'],
  decorators: [withScene],
  render: (args) => (
    <>
      <AnatomyMeshes />
      <NeedleOverlay />
      <LeadOverlay {...args} />
    </>
  ),
  parameters: { scene: { procedure: 'scs-trial', level: 'T8', step: 3, progress: 1, view: 'lateral' } },
} satisfies Meta<typeof LeadOverlay>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TrialLeadLateral: Story = {};
export const Advancing: Story = { parameters: { scene: { procedure: 'scs-trial', level: 'T8', step: 3, progress: 0.5, view: 'posterior' } } };
export const Pulses: Story = { parameters: { scene: { procedure: 'scs-trial', level: 'T9', step: 4, progress: 1, view: 'posterior' } } };
export const FluoroAP: Story = { parameters: { scene: { procedure: 'scs-trial', level: 'T8', step: 3, progress: 1, mode: 'fluoro', view: 'posterior' } } };
