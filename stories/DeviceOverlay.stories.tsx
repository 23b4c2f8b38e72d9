import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes, DeviceOverlay, LeadOverlay } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/** SCS devices: the trial generator outside the body, or the implanted generator under the skin with its extension, and the hand-held remote. */
const meta = {
  title: 'Scene/DeviceOverlay',
  component: DeviceOverlay,
  tags: ['autodocs'],
  decorators: [withScene],
  render: (args) => (
    <>
      <AnatomyMeshes />
      <LeadOverlay />
      <DeviceOverlay {...args} />
    </>
  ),
  parameters: { scene: { procedure: 'scs-trial', level: 'T8', step: 5, progress: 1, view: 'oblique-left' } },
} satisfies Meta<typeof DeviceOverlay>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TrialGenerator: Story = {};
export const ImplantedButtock: Story = { parameters: { scene: { procedure: 'scs-permanent', level: 'T8', site: 'buttock', step: 7, progress: 1, view: 'oblique-left' } } };
export const ImplantedFlank: Story = { parameters: { scene: { procedure: 'scs-permanent', level: 'T8', site: 'flank', step: 7, progress: 1, view: 'lateral' } } };
