import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnatomyMeshes, NeedleOverlay, StructureLabels, spineExplainerCss } from '@spine-explainer/react';
import { withScene } from './setup/SceneSetup';

/** Labels anchored to structures (drei `<Html>`, mounted once events connect), named for the reading level, with a screen-space pass that hides any label that would overlap one of higher priority. */
const meta = {
  title: 'Scene/StructureLabels',
  component: StructureLabels,
  tags: ['autodocs'],
  args: { max: 5 },
  decorators: [withScene, (S) => <div className="sx-root"><style>{spineExplainerCss}</style><S /></div>],
  render: (args) => (
    <>
      <AnatomyMeshes />
      <NeedleOverlay />
      <StructureLabels {...args} />
    </>
  ),
  parameters: { scene: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 5, progress: 1 } },
} satisfies Meta<typeof StructureLabels>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Crowded: Story = { args: { max: 8 }, parameters: { scene: { procedure: 'facet-joint-injection', level: 'L5-S1', side: 'right', step: 0, view: 'posterior' } } };
