import type { Meta, StoryObj } from '@storybook/react-vite';
import { Workbench } from '../../packages/react/src/workbench';
import { PlaceholderEditorView } from '../../packages/react/src/workbench/EditorView';

/** Visual review: the three themes × two locales side by side (placeholder view, so it renders without WebGL). */
const meta = { title: 'Workbench/Matrix', parameters: { layout: 'fullscreen' } } satisfies Meta;
export default meta;

export const Themes: StoryObj = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8, padding: 8 }}>
      {(['light', 'dark', 'high-contrast'] as const).flatMap((theme) => (['en', 'es'] as const).map((locale) => (
        <div key={`${theme}-${locale}`} style={{ height: 420 }}>
          <Workbench theme={theme} locale={locale} procedure="facet-joint-injection" level="L4-L5" side="right" EditorView={PlaceholderEditorView} mirror="off" />
        </div>
      )))}
    </div>
  ),
};
