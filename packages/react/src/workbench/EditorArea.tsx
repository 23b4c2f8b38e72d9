import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Breadcrumbs } from './Breadcrumbs';
import { dashLevel, procedureName, useWb, useWorkbench } from './context';
import type { EditorViewHandle } from './EditorView';
import { ICONS } from './icons';
import { formatChord } from './keybindings';
import { MarkupLayer } from './MarkupLayer';
import { t, type StringKey } from './strings';
import type { EditorTab } from './types';

/** Editor tabs: one per open procedure. Arrows move, Delete closes, Enter/Space select. */
export function EditorTabs() {
  const { controller, uid } = useWorkbench();
  const tabs = useWb((s) => s.tabs);
  const activeId = useWb((s) => s.activeTabId);
  const splitId = useWb((s) => s.splitTabId);
  const focused = useWb((s) => (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId));
  const locale = useWb((s) => s.locale);
  const refs = useRef(new Map<string, HTMLElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((x) => x.id === focused);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabs.length - 1;
    else if (e.key === 'Delete' && focused) { e.preventDefault(); e.stopPropagation(); controller.closeTab(focused); return; }
    else return;
    e.preventDefault();
    e.stopPropagation();
    const next = tabs[j];
    if (next) { controller.activateTab(next.id); refs.current.get(next.id)?.focus(); }
  };
  if (!tabs.length) return null;
  return (
    <div className="sx-wb-tabs" role="tablist" aria-label={t(locale, 'openTabs')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const p = controller.getProcedure(tab.procedureId);
        const name = procedureName(p, locale);
        const where = [dashLevel(tab.level), tab.side ? t(locale, tab.side as StringKey) : ''].filter(Boolean).join(' ');
        const shown = tab.id === activeId || tab.id === splitId;
        return (
          <div
            key={tab.id}
            ref={(el) => { if (el) refs.current.set(tab.id, el); else refs.current.delete(tab.id); }}
            role="tab"
            id={`${uid}-tab-${tab.id}`}
            aria-selected={tab.id === focused}
            aria-controls={shown ? `${uid}-pane-${tab.id}` : undefined}
            tabIndex={tab.id === focused ? 0 : -1}
            className="sx-wb-tab"
            data-selected={tab.id === focused || undefined}
            data-visible={shown || undefined}
            title={`${name} ${where}`}
            onClick={() => controller.activateTab(tab.id)}
            onAuxClick={(e) => { if (e.button === 1) controller.closeTab(tab.id); }}
          >
            <span className="sx-wb-tab-label">{name}</span>
            {where ? <span className="sx-wb-tab-detail">{where}</span> : null}
            <span
              className="sx-wb-tab-close"
              aria-hidden="true"
              title={t(locale, 'closeTab', { name })}
              onClick={(e) => { e.stopPropagation(); controller.closeTab(tab.id); }}
            >
              {ICONS.close}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Editor actions: split, link cameras, markup, snapshot, handout. */
export function EditorToolbar() {
  const { controller, registry } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const split = useWb((s) => s.splitTabId !== undefined);
  const linked = useWb((s) => s.linkedCameras);
  const tool = useWb((s) => s.markupTool);
  const canUndo = useWb((s) => s.markup.strokes.length > 0);
  const canRedo = useWb((s) => s.markup.undone.length > 0);
  const hasTab = useWb((s) => s.activeTabId !== undefined);
  const key = (command: string) => {
    const kb = registry.keybindingsFor(command)[0];
    return kb ? ` (${formatChord(kb.key)})` : '';
  };
  const btn = (label: string, icon: keyof typeof ICONS, onClick: () => void, opts: { pressed?: boolean; disabled?: boolean; command?: string } = {}) => (
    <button
      type="button"
      className="sx-wb-toolbutton"
      aria-label={label}
      title={label + (opts.command ? key(opts.command) : '')}
      aria-pressed={opts.pressed}
      disabled={opts.disabled}
      onClick={onClick}
    >
      {ICONS[icon]}
    </button>
  );
  // WAI-ARIA toolbar: one tab stop, arrow keys move between the enabled buttons.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    const j = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    e.preventDefault();
    e.stopPropagation();
    buttons.forEach((b, k) => { b.tabIndex = k === j ? 0 : -1; });
    buttons[j]?.focus();
  };
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const buttons = [...(toolbar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    if (!buttons.some((b) => b.getAttribute('tabindex') === '0' && !b.disabled)) {
      const first = buttons.find((b) => !b.disabled);
      buttons.forEach((b) => { b.tabIndex = b === first ? 0 : -1; });
    }
  });
  return (
    <div ref={toolbar} className="sx-wb-toolbar" role="toolbar" aria-label={t(locale, 'editorArea')} onKeyDown={onKeyDown}>
      {btn(t(locale, split ? 'unsplit' : 'split'), 'split', () => (split ? controller.unsplit() : controller.split()), { pressed: split, disabled: !hasTab, command: 'editor.split' })}
      {btn(t(locale, 'linkedCameras'), 'link', () => controller.setLinkedCameras(!linked), { pressed: linked, disabled: !split, command: 'editor.toggleLinkedCameras' })}
      <span className="sx-wb-toolbar-sep" role="separator" aria-orientation="vertical" />
      {btn(t(locale, 'pen'), 'pen', () => controller.setMarkupTool(tool === 'pen' ? undefined : 'pen'), { pressed: tool === 'pen', disabled: !hasTab, command: 'markup.pen' })}
      {btn(t(locale, 'arrow'), 'arrow', () => controller.setMarkupTool(tool === 'arrow' ? undefined : 'arrow'), { pressed: tool === 'arrow', disabled: !hasTab, command: 'markup.arrow' })}
      {btn(t(locale, 'undo'), 'undo', () => controller.markup({ type: 'undo' }), { disabled: !canUndo, command: 'markup.undo' })}
      {btn(t(locale, 'redo'), 'redo', () => controller.markup({ type: 'redo' }), { disabled: !canRedo, command: 'markup.redo' })}
      <span className="sx-wb-toolbar-sep" role="separator" aria-orientation="vertical" />
      {btn(t(locale, 'snapshot'), 'camera', () => void controller.snapshot(), { disabled: !hasTab, command: 'snapshot.save' })}
      {btn(t(locale, 'handout'), 'print', () => controller.openHandout(), { disabled: !hasTab, command: 'handout.open' })}
      {btn(t(locale, 'patientWindow'), 'screen', () => controller.openPatientWindow(), { command: 'mirror.openPatientWindow' })}
      {btn(locale === 'es' ? 'Modo presentación' : 'Presenter mode', 'present', () => controller.togglePresenter(), { command: 'view.togglePresenter' })}
    </div>
  );
}

/** One editor pane: the 3D view of a tab, with the markup layer when it has focus. */
export function EditorPane({ tab, pane, viewRef }: { tab: EditorTab; pane: 'primary' | 'secondary'; viewRef(handle: EditorViewHandle | null): void }) {
  const { controller, EditorView, uid } = useWorkbench();
  const layers = useWb((s) => s.layers);
  const labels = useWb((s) => s.labels);
  const selected = useWb((s) => s.selectedStructure);
  const painMap = useWb((s) => s.painMap);
  const theme = useWb((s) => s.theme);
  const locale = useWb((s) => s.locale);
  const reading = useWb((s) => s.readingLevel);
  const focused = useWb((s) => (s.splitTabId ? s.focusedPane === pane : true));
  const split = useWb((s) => s.splitTabId !== undefined);
  const p = controller.getProcedure(tab.procedureId);
  if (!p) return null;
  const name = procedureName(p, locale);
  const where = [dashLevel(tab.level), tab.side ? t(locale, tab.side as StringKey) : ''].filter(Boolean).join(' ');
  const label = `${name}${where ? `, ${where}` : ''}: ${t(locale, 'stepOf', { n: tab.step + 1, m: p.steps.length })}`;
  return (
    <div
      id={`${uid}-pane-${tab.id}`}
      role="tabpanel"
      aria-labelledby={`${uid}-tab-${tab.id}`}
      className="sx-wb-pane"
      data-pane={pane}
      data-focused={(split && focused) || undefined}
      onPointerDownCapture={() => controller.focusPane(pane)}
      onFocusCapture={() => controller.focusPane(pane)}
    >
      {split ? <div className="sx-wb-pane-title">{name}{where ? ` · ${where}` : ''}</div> : null}
      <div className="sx-wb-stage">
        <EditorView
          ref={viewRef}
          procedure={p}
          level={tab.level}
          side={tab.side}
          site={tab.site}
          step={tab.step}
          view={tab.view}
          mode={tab.mode}
          layers={layers}
          labels={labels}
          selectedStructure={selected}
          painMap={painMap}
          theme={theme}
          locale={locale}
          readingLevel={reading}
          camera={tab.camera}
          onCameraChange={(pose) => controller.setCamera(pane, pose)}
          label={label}
        />
        {focused ? <MarkupLayer /> : null}
      </div>
    </div>
  );
}

/** Tabs, breadcrumbs and one or two panes. */
export function EditorArea({ views }: { views: { current: Map<string, EditorViewHandle | null> } }) {
  const { controller, registry } = useWorkbench();
  const locale = useWb((s) => s.locale);
  const active = useWb((s) => s.tabs.find((x) => x.id === s.activeTabId));
  const secondary = useWb((s) => s.tabs.find((x) => x.id === s.splitTabId));
  const current = useWb((s) => s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId)));
  const quickOpen = registry.keybindingsFor('workbench.action.quickOpen')[0];
  useEffect(() => () => views.current.clear(), [views]);
  return (
    <section className="sx-wb-editor" aria-label={t(locale, 'editorArea')}>
      <div className="sx-wb-tabbar">
        <EditorTabs />
        <EditorToolbar />
      </div>
      <Breadcrumbs tab={current} />
      <div className="sx-wb-panes" data-split={secondary ? 'true' : undefined}>
        {active ? <EditorPane key={active.id} tab={active} pane="primary" viewRef={(h) => views.current.set('primary', h)} /> : (
          <div className="sx-wb-empty">
            <p>{t(locale, 'noTab', { key: quickOpen ? formatChord(quickOpen.key) : 'Ctrl+P' })}</p>
            <button type="button" className="sx-wb-button" onClick={() => controller.openPalette('procedures')}>{t(locale, 'paletteLabel')}</button>
          </div>
        )}
        {secondary ? <EditorPane key={secondary.id} tab={secondary} pane="secondary" viewRef={(h) => views.current.set('secondary', h)} /> : null}
      </div>
    </section>
  );
}
