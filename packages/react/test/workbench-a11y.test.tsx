// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbench, type WorkbenchController } from '../src/workbench';
import type { Theme } from '../src/types';
import { forwardRef, useImperativeHandle } from 'react';
import type { EditorViewHandle, EditorViewProps } from '../src/workbench/EditorView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

async function violations(el: Element) {
  // color-contrast needs layout and computed colours jsdom does not have; token ratios are checked in workbench-pure.
  const r = await axe.run(el, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core: 0 violations', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as Theme[]) {
    it(`${theme}: every activity, split, palette, help, breadcrumb menu`, async () => {
      let c!: WorkbenchController;
      const { container } = render(
        <main>
          <h1>Clinic page</h1>
          <Workbench theme={theme} procedure="epidural-transforaminal" EditorView={MockEditorView} onReady={(x) => { c = x; }} />
        </main>,
      );
      const found: string[] = [];
      const check = async (state: string) => { for (const v of await violations(container)) found.push(`${state} ${v}`); };
      await check('initial');
      for (const a of ['anatomy', 'layers', 'views', 'settings']) {
        act(() => c.setActivity(a));
        await check(a);
      }
      act(() => { c.selectStructure('disc-L4-L5'); c.openProcedure('epidural-interlaminar'); c.split(); c.setMarkupTool('pen'); });
      await check('split');
      act(() => c.openPalette('procedures'));
      await check('quick open');
      act(() => c.openPalette('commands'));
      await check('palette');
      act(() => c.toggleHelp(true));
      await check('help');
      act(() => { c.toggleHelp(false); });
      (container.querySelector('.sx-wb-crumb[aria-haspopup]') as HTMLElement).click();
      await act(async () => {});
      await check('crumb menu');
      act(() => c.togglePresenter(true));
      await check('presenter');
      act(() => { c.togglePresenter(false); c.closeTab(); c.closeTab(); });
      await check('empty');
      expect(found).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
/** The 3D view, mocked at the seam: a labelled element that shows what it was asked to render. */
const MockEditorView = forwardRef<EditorViewHandle, EditorViewProps>(function MockEditorView(p, ref) {
  useImperativeHandle(ref, () => ({ capture: async () => null }));
  return (
    <div
      role="img"
      aria-label={p.label}
      data-testid="editor-view"
      data-procedure={p.procedure.id}
      data-level={p.level ?? ''}
      data-side={p.side ?? ''}
      data-step={p.step}
      data-view={p.view}
      data-mode={p.mode}
      data-labels={String(p.labels)}
      data-layers={Object.entries(p.layers).filter(([, v]) => v).map(([k]) => k).join(',')}
      data-selected={p.selectedStructure ?? ''}
      data-camera={p.camera ? JSON.stringify(p.camera) : ''}
      data-theme={p.theme}
      data-locale={p.locale}
      onClick={() => p.onCameraChange?.({ position: [1, 2, 3], target: [0, 0, 0] })}
    />
  );
});
