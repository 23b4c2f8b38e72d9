import type { Meta, StoryObj } from '@storybook/react-vite';
import { ActivityBar } from '../../packages/react/src/workbench/ActivityBar';
import { Breadcrumbs } from '../../packages/react/src/workbench/Breadcrumbs';
import { CommandPalette } from '../../packages/react/src/workbench/CommandPalette';
import { useWb } from '../../packages/react/src/workbench/context';
import { DetailsPanel } from '../../packages/react/src/workbench/DetailsPanel';
import { EditorArea } from '../../packages/react/src/workbench/EditorArea';
import { KeybindingsHelp } from '../../packages/react/src/workbench/KeybindingsHelp';
import { SideBar } from '../../packages/react/src/workbench/SideBar';
import { StatusBar } from '../../packages/react/src/workbench/StatusBar';
import type { WorkbenchController } from '../../packages/react/src/workbench/types';
import { PartFrame, type PartFrameProps } from './PartFrame';

/** Each part of the workbench on its own, inside a real instance (store + registry) with the 2D placeholder view. */
const meta = {
  title: 'Workbench/Parts',
  component: PartFrame,
  args: { theme: 'light', locale: 'en', children: null },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    children: { table: { disable: true } },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PartFrame>;
export default meta;
type Story = StoryObj<typeof meta>;

const open = (c: WorkbenchController) => { c.openProcedure('epidural-transforaminal', { level: 'L4-L5', side: 'left' }); c.goToStep(2); };
const part = (children: PartFrameProps['children'], extra: Partial<PartFrameProps> = {}): Story => ({ args: { children, setup: open, ...extra } });

function Bars() {
  return <div className="sx-wb-main" style={{ height: 560 }}><ActivityBar /><SideBar /></div>;
}
const views = { current: new Map() };

export const ExplorerTree: Story = part(<Bars />, { width: 340 });
export const AnatomyTree: Story = part(<Bars />, { width: 340, setup: (c) => { open(c); c.setActivity('anatomy'); c.selectStructure('dorsal-root-ganglion-L4-left'); } });
export const LayerToggles: Story = part(<Bars />, { width: 340, setup: (c) => { open(c); c.setActivity('layers'); } });
export const ViewsAndSplit: Story = part(<Bars />, { width: 340, setup: (c) => { open(c); c.setActivity('views'); } });
export const Settings: Story = part(<Bars />, { width: 340, setup: (c) => { open(c); c.setActivity('settings'); } });
export const EditorTabsAndSplit: Story = part(<div style={{ height: 420, display: 'flex' }}><EditorArea views={views} /></div>, {
  setup: (c) => { open(c); c.openProcedure('epidural-interlaminar', { level: 'L5-S1' }); c.split(); },
});
export const BreadcrumbsBar: Story = part(<CurrentCrumbs />);
export const Details: Story = part(<DetailsPanel />);
export const Status: Story = part(<StatusBar />);
export const QuickOpen: Story = part(<div style={{ height: 420, position: 'relative' }}><CommandPalette /></div>, { setup: (c) => { open(c); c.openPalette('procedures'); } });
export const Commands: Story = part(<div style={{ height: 420, position: 'relative' }}><CommandPalette /></div>, { setup: (c) => { open(c); c.openPalette('commands'); } });
export const KeyboardHelp: Story = part(<div style={{ height: 620, position: 'relative' }}><KeybindingsHelp /></div>, { setup: (c) => { open(c); c.toggleHelp(true); } });

function CurrentCrumbs() {
  const tab = useWb((s) => s.tabs.find((t) => t.id === s.activeTabId));
  return <Breadcrumbs tab={tab} />;
}
