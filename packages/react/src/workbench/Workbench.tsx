import { forwardRef, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { Locale, ProcedureLike, ReadingLevel, Theme } from '../types';
import { ActivityBar } from './ActivityBar';
import { builtinContributions } from './builtins';
import { defaultProcedures, defaultValidator } from './catalog';
import { CommandPalette } from './CommandPalette';
import { procedureName, stepTitle, WorkbenchContext, type WorkbenchContextValue } from './context';
import { createWorkbench } from './controller';
import { DetailsPanel } from './DetailsPanel';
import { EditorArea } from './EditorArea';
import type { EditorViewComponent, EditorViewHandle } from './EditorView';
import { SceneEditorView } from './SceneEditorView';
import { spineExplainerCss } from '../css';
import { openHandout } from './handout';
import { evaluateWhen, matchesChord, parseChord } from './keybindings';
import { KeybindingsHelp } from './KeybindingsHelp';
import { startMirror, type MirrorRole } from './mirror';
import { ContributionRegistry, type CatalogValidator } from './registry';
import { SideBar } from './SideBar';
import { composeSnapshot, downloadBlob } from './snapshot';
import { StatusBar } from './StatusBar';
import { t } from './strings';
import { themeVariables } from './themes';
import type { Contributions, Side, WorkbenchController, WorkbenchError, WorkbenchState } from './types';
import { builtinViews } from './views';
import { workbenchCss } from './workbenchCss';

// The stylesheet travels with the component, so a lazily loaded workbench brings its own CSS.
export { workbenchCss };

export interface WorkbenchProps {
  /** Procedure opened in the first tab. */
  procedure?: string;
  level?: string;
  side?: Side;
  site?: string;
  /** @defaultValue 'light' */
  theme?: Theme;
  /** @defaultValue 'en' */
  locale?: Locale;
  /** @defaultValue 'patient' */
  readingLevel?: ReadingLevel;
  /** Clinic accent colour, `#rrggbb`. */
  accent?: string;
  /** Host commands, keybindings, side-bar views and procedures. Re-registered when the object changes. */
  contributions?: Contributions;
  /** Replaces the built-in catalog. @defaultValue the `@spine-explainer/procedures` catalog */
  procedures?: readonly ProcedureLike[];
  /** Checks contributed procedures. @defaultValue `validateCatalog` of `@spine-explainer/procedures` */
  validateCatalog?: CatalogValidator;
  /** Keep the deep link in `location.hash` and restore from it on mount. @defaultValue false */
  syncHash?: boolean;
  /**
   * Second screen. `'auto'` follows a `#sx-patient=<channel>` hash as the patient window and otherwise
   * drives one when asked. @defaultValue 'auto'
   */
  mirror?: 'auto' | 'off' | { role: MirrorRole; channel: string };
  /** The 3D view of a pane. @defaultValue `SceneEditorView` (the package's R3F scene); `PlaceholderEditorView` draws a 2D schematic */
  EditorView?: EditorViewComponent;
  /** Called once with the controller; may return a cleanup. */
  onReady?(controller: WorkbenchController): void | (() => void);
  onProcedureChange?(e: { procedure: string; tabId: string; source: 'user' | 'api' }): void;
  onStepChange?(e: { step: number; stepCount: number; tabId: string; source: 'user' | 'api' }): void;
  onError?(error: WorkbenchError): void;
  className?: string;
  style?: CSSProperties;
  /**
   * Render the workbench's stylesheet in a `<style>` element. Turn off when the host applies
   * `spineExplainerCss + workbenchCss` itself (a page whose CSP has no `style-src 'unsafe-inline'`).
   * @defaultValue true
   */
  injectStyles?: boolean;
  /** @defaultValue 'Procedure workbench' (localized) */
  'aria-label'?: string;
}

const TYPING = /^(input|textarea|select)$/i;

/**
 * The consult workbench (`layout="workbench"`): activity bar, side bar, tabbed editor with split view,
 * breadcrumbs, details panel, status bar, command palette and keybindings, in the VS Code idiom.
 */
export const Workbench = /* @__PURE__ */ forwardRef<WorkbenchController, WorkbenchProps>(function Workbench(props, ref) {
  const uid = `sx-wb${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const propsRef = useRef(props);
  propsRef.current = props;

  const instance = useMemo(() => {
    const catalog = props.procedures ?? defaultProcedures;
    const registry = new ContributionRegistry(
      (input) => (propsRef.current.validateCatalog ?? defaultValidator)(input),
      () => (propsRef.current.procedures ?? catalog).map((p) => p.id),
    );
    const inst = createWorkbench({
      procedures: () => propsRef.current.procedures ?? catalog,
      registry,
      initial: {
        ...(props.theme ? { theme: props.theme } : {}),
        ...(props.locale ? { locale: props.locale } : {}),
        ...(props.readingLevel ? { readingLevel: props.readingLevel } : {}),
        ...(props.accent ? { accent: props.accent } : {}),
        // The first procedure is in the initial state, so server rendering shows it too.
        ...(props.procedure ? { open: { procedureId: props.procedure, level: props.level, side: props.side, site: props.site } } : {}),
      },
    });
    // Built-ins go through the same registry a host uses, before the first render.
    registry.register(builtinContributions());
    registry.register({ views: builtinViews() });
    return inst;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { store, controller, registry } = instance;
  const views = useRef(new Map<string, EditorViewHandle | null>());
  const root = useRef<HTMLElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const EditorView = props.EditorView ?? (SceneEditorView as EditorViewComponent);
  const ctx = useMemo<WorkbenchContextValue>(() => ({ ...instance, EditorView, uid }), [instance, EditorView, uid]);


  // --- host wiring ------------------------------------------------------------------------------
  const mirrorRef = useRef<ReturnType<typeof startMirror> | null>(null);
  useEffect(() => {
    instance.setHost({
      onError: (e) => propsRef.current.onError?.(e),
      snapshot: async () => {
        const s = store.getState();
        const tab = controller.currentTab();
        if (!tab) return null;
        const pane = s.focusedPane === 'secondary' && s.splitTabId ? 'secondary' : 'primary';
        const source = await views.current.get(pane)?.capture();
        const p = controller.getProcedure(tab.procedureId);
        const caption = [procedureName(p, s.locale), tab.level?.replace('-', '–'), tab.side ? t(s.locale, tab.side) : '', `${t(s.locale, 'stepOf', { n: tab.step + 1, m: p?.steps.length ?? 0 })}: ${stepTitle(p, tab.step, s.locale, tab)}`].filter(Boolean).join(' · ');
        const blob = await composeSnapshot(source ?? null, s.markup.strokes, caption);
        if (blob) downloadBlob(blob, `${tab.procedureId}-${tab.level ?? tab.site ?? ''}-step${tab.step + 1}.png`, root.current?.ownerDocument);
        return blob;
      },
      openHandout: () => {
        const doc = root.current?.ownerDocument;
        const win = doc?.defaultView;
        const tab = controller.currentTab();
        if (!win || !tab) return;
        const capture = views.current.get('primary');
        void openHandout(win, controller, capture ?? null);
      },
      openPatientWindow: () => {
        const win = root.current?.ownerDocument.defaultView;
        if (!win) return;
        const m = mirrorRef.current ?? (mirrorRef.current = startMirror(store, { role: 'presenter', channel: `${uid}-${Math.random().toString(36).slice(2, 8)}` }));
        if (!m) return;
        const url = `${win.location.href.split('#')[0]}#sx-patient=${encodeURIComponent(m.channel)}`;
        win.open(url, `${m.channel}`, 'popup,width=1280,height=800');
      },
      fullscreen: (on) => {
        const el = root.current;
        const doc = el?.ownerDocument;
        if (!el || !doc) return;
        if (on && !doc.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => { /* denied: stay maximised in the page */ });
        if (!on && doc.fullscreenElement === el) void doc.exitFullscreen?.();
      },
    });
  }, [instance, store, controller, uid]);

  // Leaving real fullscreen with the browser's Esc also leaves presenter mode.
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const onChange = () => {
      if (!doc.fullscreenElement && store.getState().fullscreen) {
        store.setState({ fullscreen: false, presenter: false });
      }
    };
    doc.addEventListener('fullscreenchange', onChange);
    return () => doc.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  // --- props into state -------------------------------------------------------------------------
  useEffect(() => { if (props.theme) controller.setTheme(props.theme); }, [props.theme, controller]);
  useEffect(() => { if (props.locale) controller.setLocale(props.locale); }, [props.locale, controller]);
  useEffect(() => { if (props.readingLevel) controller.setReadingLevel(props.readingLevel); }, [props.readingLevel, controller]);
  useEffect(() => { controller.setAccent(props.accent); }, [props.accent, controller]);
  useEffect(() => {
    if (!props.procedure) return;
    const o: Parameters<typeof controller.openProcedure>[1] = {};
    if (props.level) o.level = props.level;
    if (props.side) o.side = props.side;
    if (props.site) o.site = props.site;
    controller.openProcedure(props.procedure, o);
  }, [props.procedure, props.level, props.side, props.site, controller]);

  useEffect(() => {
    if (!props.contributions) return;
    return controller.registerContribution(props.contributions);
  }, [props.contributions, controller]);

  // --- deep link ---------------------------------------------------------------------------------
  useEffect(() => {
    if (!props.syncHash) return;
    const win = root.current?.ownerDocument.defaultView;
    if (!win) return;
    if (win.location.hash.includes('sx?')) controller.restore(win.location.hash);
    let last = '';
    const unsub = store.subscribe(() => {
      const link = controller.deepLink();
      if (link && link !== last) { last = link; win.history.replaceState(win.history.state, '', link); }
    });
    const onHash = () => { if (win.location.hash !== last && win.location.hash.includes('sx?')) controller.restore(win.location.hash); };
    win.addEventListener('hashchange', onHash);
    return () => { unsub(); win.removeEventListener('hashchange', onHash); };
  }, [props.syncHash, controller, store]);

  // --- second screen ----------------------------------------------------------------------------
  const [patient, setPatient] = useState(false);
  useEffect(() => {
    const m = props.mirror ?? 'auto';
    if (m === 'off') return;
    let cfg: { role: MirrorRole; channel: string } | undefined;
    if (typeof m === 'object') cfg = m;
    else {
      const hash = root.current?.ownerDocument.defaultView?.location.hash ?? '';
      const hit = /sx-patient=([\w-]+)/.exec(hash);
      if (hit) cfg = { role: 'patient', channel: decodeURIComponent(hit[1]!) };
    }
    if (!cfg) return;
    setPatient(cfg.role === 'patient');
    const mirror = startMirror(store, cfg);
    mirrorRef.current = mirror;
    return () => { mirror?.stop(); mirrorRef.current = null; };
  }, [props.mirror, store]);
  useEffect(() => () => { mirrorRef.current?.stop(); }, []);

  // --- events and announcements -----------------------------------------------------------------
  // Changes made while a DOM event of this root is being handled come from the user; all others from the API.
  const userEvent = useRef(false);
  const markUser = () => {
    userEvent.current = true;
    queueMicrotask(() => { userEvent.current = false; });
  };
  useEffect(() => store.subscribe((s: WorkbenchState, prev: WorkbenchState) => {
    const source = userEvent.current ? 'user' : 'api';
    const cur = s.tabs.find((x) => x.id === (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId));
    const old = prev.tabs.find((x) => x.id === (prev.focusedPane === 'secondary' && prev.splitTabId ? prev.splitTabId : prev.activeTabId));
    if (!cur) return;
    const p = controller.getProcedure(cur.procedureId);
    if (cur.procedureId !== old?.procedureId) propsRef.current.onProcedureChange?.({ procedure: cur.procedureId, tabId: cur.id, source });
    if (cur.step !== old?.step || cur.id !== old?.id) {
      propsRef.current.onStepChange?.({ step: cur.step, stepCount: p?.steps.length ?? 0, tabId: cur.id, source });
      const where = [cur.level?.replace('-', '–'), cur.side ? t(s.locale, cur.side) : ''].filter(Boolean).join(' ');
      setAnnouncement(`${procedureName(p, s.locale)}${where ? `, ${where}` : ''}. ${t(s.locale, 'stepOf', { n: cur.step + 1, m: p?.steps.length ?? 0 })}: ${stepTitle(p, cur.step, s.locale, cur)}`);
    }
  }), [store, controller]);

  useEffect(() => {
    const cleanup = props.onReady?.(controller);
    return typeof cleanup === 'function' ? cleanup : undefined;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [controller]);

  useImperativeHandle(ref, () => controller, [controller]);

  // --- keys, scoped to the root element -----------------------------------------------------------
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (patient) return;
    const target = e.target as HTMLElement;
    const typing = TYPING.test(target.tagName) || target.isContentEditable;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (typing && plain && e.key !== 'Escape' && e.key !== 'F1') return;
    // Let buttons, checkboxes and menus keep Space and Enter.
    if ((e.key === ' ' || e.key === 'Enter') && target !== root.current && !target.classList.contains('sx-wb-stage')) return;
    const state = store.getState();
    for (const kb of registry.allKeybindings()) {
      if (!matchesChord(e, parseChord(kb.key))) continue;
      const cmd = registry.command(kb.command);
      if (!cmd || !evaluateWhen(kb.when, state) || !evaluateWhen(cmd.when, state)) continue;
      e.preventDefault();
      e.stopPropagation();
      void controller.executeCommand(kb.command, kb.args);
      return;
    }
  };

  const theme = useStore(store, (s) => s.theme);
  const accent = useStore(store, (s) => s.accent);
  const locale = useStore(store, (s) => s.locale);
  const presenter = useStore(store, (s) => s.presenter);
  const fullscreen = useStore(store, (s) => s.fullscreen);
  const markupTool = useStore(store, (s) => s.markupTool);
  const style = { ...themeVariables(theme, accent), ...props.style } as CSSProperties;

  return (
    <WorkbenchContext.Provider value={ctx}>
      <section
        ref={root}
        className={`sx-wb${props.className ? ` ${props.className}` : ''}`}
        data-theme={theme}
        data-presenter={presenter || patient || undefined}
        data-patient={patient || undefined}
        data-fullscreen={fullscreen || undefined}
        data-markup={markupTool}
        lang={locale}
        aria-label={props['aria-label'] ?? t(locale, 'workbench')}
        style={style}
        tabIndex={-1}
        onKeyDownCapture={markUser}
        onClickCapture={markUser}
        onChangeCapture={markUser}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          markUser();
          // Keys are scoped to this element: a click on a non-focusable part (the 3D view) must still bring focus here.
          const doc = e.currentTarget.ownerDocument;
          const active = doc.activeElement;
          if (!active || active === doc.body || !e.currentTarget.contains(active)) {
            if (!(e.target as HTMLElement).closest('button, input, select, textarea, [tabindex]:not([tabindex="-1"]), a[href], [role=treeitem], [role=tab]')) e.currentTarget.focus({ preventScroll: true });
          }
        }}
      >
        {props.injectStyles !== false && <style>{spineExplainerCss + workbenchCss}</style>}
        <div className="sx-wb-main">
          <ActivityBar />
          <SideBar />
          <div className="sx-wb-center">
            <EditorArea views={views} />
            <DetailsPanel />
          </div>
        </div>
        <StatusBar />
        {presenter && !patient ? (
          <button type="button" className="sx-wb-presenter-exit" onClick={() => controller.togglePresenter(false)}>{t(locale, 'presenterExit')}</button>
        ) : null}
        <div className="sx-wb-visually-hidden" role="status" aria-live="polite">{announcement}</div>
        <CommandPalette />
        <KeybindingsHelp />
      </section>
    </WorkbenchContext.Provider>
  );
});
