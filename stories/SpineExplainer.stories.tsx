import type { Meta, StoryObj } from '@storybook/react-vite';
import { SpineExplainer } from '@spine-explainer/react';
import { PROCEDURE_IDS } from '@spine-explainer/procedures';

/**
 * The explainer for clinic sites: scene, pickers, guided steps and text. Props configure, the controller acts
 * (`ref` or `onReady`), `on*` callbacks report with `source: 'user' | 'api'`.
 */
const meta = {
  title: 'Components/SpineExplainer',
  component: SpineExplainer,
  tags: ['autodocs'],
  args: {
    defaultProcedure: 'epidural-transforaminal',
    defaultLevel: 'L4-L5',
    defaultSide: 'left',
    layout: 'compact',
    theme: 'light',
    locale: 'en',
    readingLevel: 'patient',
    quality: 'medium',
  },
  argTypes: {
    defaultProcedure: { control: 'select', options: [...PROCEDURE_IDS] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    readingLevel: { control: 'inline-radio', options: ['patient', 'clinician'] },
    quality: { control: 'inline-radio', options: ['low', 'medium', 'high'] },
    layout: { control: 'inline-radio', options: ['compact', 'workbench'] },
    onProcedureChange: { action: 'procedureChange' },
    onStepChange: { action: 'stepChange' },
    onViewChange: { action: 'viewChange' },
    onError: { action: 'error' },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SpineExplainer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
export const Spanish: Story = { args: { locale: 'es' } };
export const Clinician: Story = { args: { readingLevel: 'clinician', defaultStep: 3 } };
export const Fluoroscopy: Story = { args: { defaultMode: 'fluoro', defaultView: 'oblique-left', defaultStep: 3 } };
export const RightL5S1: Story = { name: 'L5-S1 right', args: { defaultLevel: 'L5-S1', defaultSide: 'right', defaultStep: 5 } };
/** The error state: an unknown procedure shows a message in place and reports through `onError`. */
export const UnknownProcedure: Story = { args: { defaultProcedure: 'epidural-magic' } };
/** A narrow phone: the text goes below the scene. */
export const Phone: Story = { decorators: [(S) => <div style={{ width: 320 }}><S /></div>] };
/** A clinic's accent colour through a custom property. */
export const ClinicAccent: Story = { args: { style: { ['--sx-accent' as string]: '#7a3db8', ['--sx-color-highlight' as string]: '#ff3d8b' } } };
/** For visual review: every theme side by side. */
export const ThemeMatrix: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))' }}>
      {(['light', 'dark', 'high-contrast'] as const).map((theme) => (
        <SpineExplainer key={theme} {...args} theme={theme} quality="low" />
      ))}
    </div>
  ),
};
