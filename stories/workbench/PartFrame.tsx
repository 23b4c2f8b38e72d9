// Renders one workbench part inside a real workbench instance (store, registry, built-ins), so each part
// can have its own story. The 3D view is the 2D placeholder: part stories stay light.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { procedures } from '@spine-explainer/procedures';
import type { ProcedureLike, Theme } from '@spine-explainer/react';
import { builtinContributions } from '../../packages/react/src/workbench/builtins';
import { WorkbenchContext, type WorkbenchContextValue } from '../../packages/react/src/workbench/context';
import { createWorkbench } from '../../packages/react/src/workbench/controller';
import { PlaceholderEditorView, type EditorViewComponent } from '../../packages/react/src/workbench/EditorView';
import { ContributionRegistry } from '../../packages/react/src/workbench/registry';
import { themeVariables } from '../../packages/react/src/workbench/themes';
import type { WorkbenchController } from '../../packages/react/src/workbench/types';
import { builtinViews } from '../../packages/react/src/workbench/views';
import { workbenchCss } from '../../packages/react/src/workbench/workbenchCss';

export interface PartFrameProps {
  theme?: Theme;
  locale?: 'en' | 'es';
  /** Puts the instance in the state the story shows. */
  setup?(controller: WorkbenchController): void;
  width?: number | string;
  height?: number | string;
  children: ReactNode;
}

export function PartFrame({ theme = 'light', locale = 'en', setup, width = '100%', height = 'auto', children }: PartFrameProps) {
  const instance = useMemo(() => {
    const registry = new ContributionRegistry();
    const inst = createWorkbench({ procedures: () => procedures as unknown as readonly ProcedureLike[], registry, initial: { theme, locale } });
    registry.register(builtinContributions());
    registry.register({ views: builtinViews() });
    return inst;
  }, [theme, locale]);
  const [ready, setReady] = useState(false);
  useEffect(() => { setup?.(instance.controller); setReady(true); }, [instance]); // eslint-disable-line react-hooks/exhaustive-deps
  const ctx: WorkbenchContextValue = { ...instance, EditorView: PlaceholderEditorView as EditorViewComponent, uid: 'sx-wb-story' };
  return (
    <WorkbenchContext.Provider value={ctx}>
      <section className="sx-wb" data-theme={theme} aria-label="Workbench part" style={{ ...themeVariables(theme), width, height, minHeight: 0 }}>
        <style>{workbenchCss}</style>
        {ready ? children : null}
      </section>
    </WorkbenchContext.Provider>
  );
}
