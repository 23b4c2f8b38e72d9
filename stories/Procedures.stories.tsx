import type { Meta, StoryObj } from '@storybook/react-vite';
import { SpineExplainer } from '@spine-explainer/react';
import { procedures } from '@spine-explainer/procedures';

/**
 * One story per procedure of the built-in catalog, at its default level, side and site. Use the controls to pick
 * another allowed level or side, the reading level, the theme or the language; the docs page lists them all.
 */
const meta = {
  title: 'Procedures',
  component: SpineExplainer,
  tags: ['autodocs'],
  args: { theme: 'light', locale: 'en', readingLevel: 'patient', quality: 'medium', showProcedurePicker: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    readingLevel: { control: 'inline-radio', options: ['patient', 'clinician'] },
    onStepChange: { action: 'stepChange' },
    onError: { action: 'error' },
  },
} satisfies Meta<typeof SpineExplainer>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one procedure, with level/side/site controls limited to the values it allows. */
function procedureStory(id: string): Story {
  const p = procedures.find((x) => x.id === id)!;
  return {
    name: p.name.en,
    args: { procedure: id, level: p.defaultLevel, side: p.defaultSide, site: p.defaultSite },
    argTypes: {
      level: { control: 'select', options: [...p.levels] },
      side: { control: 'select', options: [...p.sides] },
      site: { control: 'select', options: [...p.sites] },
    },
  };
}

export const MedialBranchBlock: Story = procedureStory('medial-branch-block');
export const SelectiveNerveRootBlock: Story = procedureStory('selective-nerve-root-block');
export const StellateGanglionBlock: Story = procedureStory('stellate-ganglion-block');
export const LumbarSympatheticBlock: Story = procedureStory('lumbar-sympathetic-block');
export const OccipitalNerveBlock: Story = procedureStory('occipital-nerve-block');
export const GenicularNerveBlock: Story = procedureStory('genicular-nerve-block');
export const SuprascapularNerveBlock: Story = procedureStory('suprascapular-nerve-block');
export const EpiduralInterlaminar: Story = procedureStory('epidural-interlaminar');
export const EpiduralTransforaminal: Story = procedureStory('epidural-transforaminal');
export const EpiduralCaudal: Story = procedureStory('epidural-caudal');
export const FacetJointInjection: Story = procedureStory('facet-joint-injection');
export const RadiofrequencyAblation: Story = procedureStory('radiofrequency-ablation');
export const TriggerPointInjection: Story = procedureStory('trigger-point-injection');
export const KneeJointInjection: Story = procedureStory('knee-joint-injection');
export const HipJointInjection: Story = procedureStory('hip-joint-injection');
export const ShoulderJointInjection: Story = procedureStory('shoulder-joint-injection');
export const SacroiliacJointInjection: Story = procedureStory('sacroiliac-joint-injection');
export const ScsTrial: Story = procedureStory('scs-trial');
export const ScsPermanent: Story = procedureStory('scs-permanent');
