import type { Meta, StoryObj } from '@storybook/react-vite';
import { Workbench } from '../../packages/react/src/workbench';

/**
 * `layout="workbench"`: the consult workbench in the VS Code idiom. Ctrl/Cmd+P quick-opens a procedure
 * ("L4 5 left transforaminal", "back shot"), Ctrl/Cmd+Shift+P runs commands, `?` lists the keys.
 */
const meta = {
  title: 'Workbench/Workbench',
  component: Workbench,
  tags: ['autodocs'],
  args: { procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', theme: 'light', locale: 'en' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    readingLevel: { control: 'inline-radio', options: ['patient', 'clinician'] },
    accent: { control: 'color' },
  },
  decorators: [(S) => <div style={{ height: '100vh' }}><S /></div>],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Workbench>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
export const ClinicAccent: Story = { args: { accent: '#2e7d32' } };
export const Spanish: Story = { args: { locale: 'es', procedure: 'scs-trial', level: 'T8' } };
export const Empty: Story = { args: { procedure: undefined } };

/** Interlaminar vs transforaminal at the same level, cameras linked. */
export const SplitCompare: Story = {
  args: {
    procedure: 'epidural-interlaminar',
    onReady: (c) => { c.openProcedure('epidural-transforaminal', { level: 'L4-L5', side: 'left' }); c.activateTab(c.getState().tabs[0]!.id); c.split(); c.setLinkedCameras(true); },
  },
};

/** Fullscreen, large text, no chrome; arrow and page keys step. */
export const Presenter: Story = { args: { onReady: (c) => { c.goToStep(3); c.togglePresenter(true); } } };

/** A host adds a command, a key, a side-bar view and its own procedure through `contributions`. */
export const HostContributions: Story = {
  args: {
    contributions: {
      commands: [{ id: 'clinic.bookFollowUp', title: { en: 'Book a follow-up', es: 'Pedir cita' }, keywords: ['appointment'], run: () => alert('Booking…') }],
      keybindings: [{ key: 'b', command: 'clinic.bookFollowUp' }],
      views: [{ id: 'clinic.faq', title: 'Clinic FAQ', render: () => <p style={{ padding: '0 12px' }}>Parking is behind the building. Bring a driver.</p> }],
    },
    onReady: (c) => c.setActivity('clinic.faq'),
  },
};
