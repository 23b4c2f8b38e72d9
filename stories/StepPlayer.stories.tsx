import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { StepPlayer, StepText, STRINGS, spineExplainerCss } from '@spine-explainer/react';

/** Previous, play/pause, next and a scrubber. Presentational: the parent owns step and playing. */
const meta = {
  title: 'Components/StepPlayer',
  component: StepPlayer,
  tags: ['autodocs'],
  args: { step: 1, stepCount: 5, playing: false, titles: ['Getting ready', 'Numbing', 'Needle', 'Dye', 'Medicine'], onStepChange: () => {}, onPlayingChange: () => {} },
  argTypes: { onStepChange: { action: 'stepChange' }, onPlayingChange: { action: 'playingChange' } },
  decorators: [(S) => <div className="sx-root" style={{ maxWidth: 420 }}><style>{spineExplainerCss}</style><S /></div>],
} satisfies Meta<typeof StepPlayer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Playing: Story = { args: { playing: true } };
export const Spanish: Story = { args: { strings: STRINGS.es } };
/** Wired to state, with the step text above it. */
export const Interactive: Story = {
  render: (args) => {
    const [step, setStep] = useState(0);
    const [playing, setPlaying] = useState(false);
    return (
      <>
        <StepText kicker={`Step ${step + 1} of ${args.stepCount}`} title={args.titles?.[step] ?? ''} body="Text of the step." />
        <StepPlayer {...args} step={step} playing={playing} onStepChange={(n) => setStep(Math.max(0, Math.min(args.stepCount - 1, n)))} onPlayingChange={setPlaying} />
      </>
    );
  },
};
