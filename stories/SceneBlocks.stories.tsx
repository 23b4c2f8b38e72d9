import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/**
 * The anatomy: one merged mesh per tissue kind (bone, disc, nerve, dura, cord, epidural space, muscle, skin) and the
 * placement's highlighted structures drawn again on top with a glow. Render inside `<SpineRoot>` (the LPS → Y-up
 * transform) and `<SceneResources>` (materials), with a store from `createSpineStore`.
 */
const meta = {
  title: 'Scene/AnatomyMeshes',
  component: AnatomyMeshes,
  tags: ['autodocs'],
  decorators: [withScene],
  args: { highlight: [] },
  parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 0 } },
} satisfies Meta<typeof AnatomyMeshes>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TransforaminalTarget: Story = {};
export const ExtraHighlight: Story = { args: { highlight: ['disc-L4-L5', 'spinous-process-L4'] } };
export const Lateral: Story = { parameters: { scene: { procedure: 'facet-joint-injection', level: 'L4-L5', side: 'left', step: 0, view: 'lateral' } } };
export const Fluoroscopy: Story = { parameters: { scene: { procedure: 'medial-branch-block', level: 'L4', side: 'left', step: 3, mode: 'fluoro', view: 'oblique-left' } } };
