import type { Meta, StoryObj } from '@storybook/react-vite';
import { StepText, spineExplainerCss } from '@spine-explainer/react';

/** The current step's title and text, beside the scene (below it on narrow screens). */
const meta = {
  title: 'Components/StepText',
  component: StepText,
  tags: ['autodocs'],
  args: {
    kicker: 'Step 4 of 7',
    title: 'Guiding the needle under the bone',
    body: 'A thin needle moves toward the safe zone. The doctor checks its depth on X-ray from the side.',
  },
  decorators: [(S) => <div className="sx-root" style={{ maxWidth: 420 }}><style>{spineExplainerCss}</style><S /></div>],
} satisfies Meta<typeof StepText>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
export const Clinician: StoryObj<typeof meta> = {
  args: { title: 'Subpedicular approach', body: 'Tip at 6 o’clock of the L4 pedicle on AP; dorsal-cranial foramen on lateral.' },
};
