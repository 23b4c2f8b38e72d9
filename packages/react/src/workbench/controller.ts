import { createStore, type StoreApi } from 'zustand/vanilla';
import { toViewName } from '../steps';
import type { LayerName, Locale, ProcedureLike, ReadingLevel, SceneMode, Side, Theme, ViewName } from '../types';
import { ALL_LAYERS, decodeDeepLink, encodeDeepLink, type DeepLinkState } from './deepLink';
import { evaluateWhen } from './keybindings';
import { emptyMarkup, markupReducer } from './markup';
import { ContributionRegistry } from './registry';
import type { CameraPose, Contributions, EditorTab, WorkbenchController, WorkbenchError, WorkbenchState } from './types';

/** What the React host supplies: the DOM-bound verbs and error reporting. */
export interface WorkbenchHost {
  snapshot(): Promise<Blob | null>;
  openHandout(): void;
  openPatientWindow(): void;
  /** Asks for real fullscreen; the state flag is set either way (maximised when the API is missing). */
  fullscreen(on: boolean): void;
  onError(error: WorkbenchError): void;
}

export interface CreateWorkbenchOptions {
  /** The built-in catalog. */
  procedures: () => readonly ProcedureLike[];
  registry: ContributionRegistry;
  initial?: Partial<Pick<WorkbenchState, 'theme' | 'locale' | 'readingLevel' | 'accent' | 'activity' | 'labels' | 'linkedCameras'>> & {
    /** A procedure open in the initial state (so server rendering shows it). */
    open?: { procedureId: string; level?: string; side?: Side; site?: string };
  };
}

export interface WorkbenchInstance {
  store: StoreApi<WorkbenchState>;
  controller: WorkbenchController;
  registry: ContributionRegistry;
  /** Set by the React component once mounted. */
  setHost(host: Partial<WorkbenchHost>): void;
}

const noopHost: WorkbenchHost = {
  snapshot: async () => null,
  openHandout: () => {},
  openPatientWindow: () => {},
  fullscreen: () => {},
  onError: () => {},
};

/**
 * The camera a step asks for. The catalog's fluoroscopy views (`AP`, `fluoro-lateral`, `fluoro-oblique`)
 * switch the tab to fluoroscopy from that direction; anatomical views switch back to 3D anatomy.
 */
export function stepCamera(p: ProcedureLike | undefined, step: number, side?: string): { view: ViewName; mode: SceneMode } {
  const raw = p?.steps[step]?.view;
  const oblique: ViewName = side === 'right' ? 'oblique-right' : 'oblique-left';
  if (raw === 'AP') return { view: 'posterior', mode: 'fluoro' };
  if (raw === 'fluoro-lateral') return { view: 'lateral', mode: 'fluoro' };
  if (raw === 'fluoro-oblique') return { view: oblique, mode: 'fluoro' };
  if (raw === 'anterior') return { view: 'anterior', mode: 'anatomy' };
  return { view: toViewName(raw, side) ?? 'posterior', mode: 'anatomy' };
}

export function defaultLayers(): Record<LayerName, boolean> {
  return Object.fromEntries(ALL_LAYERS.map((l) => [l, l !== 'skin'])) as Record<LayerName, boolean>;
}

/** Creates one workbench: its own store, registry and controller. Nothing is shared between instances. */
export function createWorkbench(options: CreateWorkbenchOptions): WorkbenchInstance {
  const { registry } = options;
  let host: WorkbenchHost = noopHost;
  let tabSeq = 0;

  const makeTab = (p: ProcedureLike, o: { level?: string | undefined; side?: Side | undefined; site?: string | undefined; step?: number | undefined }): EditorTab => {
    const step = Math.max(0, Math.min(Math.max(0, p.steps.length - 1), o.step ?? 0));
    const tab: EditorTab = {
      id: `tab-${++tabSeq}`,
      procedureId: p.id,
      level: (o.level && p.levels.includes(o.level) ? o.level : undefined) ?? p.defaultLevel ?? p.levels[0],
      side: (o.side && p.sides.includes(o.side) ? o.side : undefined) ?? p.defaultSide ?? p.sides[0],
      site: (o.site && p.sites.includes(o.site) ? o.site : undefined) ?? p.defaultSite ?? p.sites[0],
      step,
      view: 'posterior',
      mode: 'anatomy',
    };
    return Object.assign(tab, stepCamera(p, step, tab.side));
  };
  const first = options.initial?.open && options.procedures().find((p) => p.id === options.initial!.open!.procedureId);
  const firstTab = first ? makeTab(first, options.initial!.open!) : undefined;

  const store = createStore<WorkbenchState>(() => ({
    tabs: firstTab ? [firstTab] : [],
    activeTabId: firstTab?.id,
    splitTabId: undefined,
    focusedPane: 'primary',
    linkedCameras: options.initial?.linkedCameras ?? false,
    activity: options.initial?.activity ?? 'procedures',
    sideBarVisible: true,
    panelVisible: true,
    layers: defaultLayers(),
    labels: options.initial?.labels ?? true,
    selectedStructure: undefined,
    painMap: false,
    theme: options.initial?.theme ?? 'light',
    locale: options.initial?.locale ?? 'en',
    readingLevel: options.initial?.readingLevel ?? 'patient',
    accent: options.initial?.accent,
    palette: undefined,
    helpOpen: false,
    presenter: false,
    fullscreen: false,
    markupTool: undefined,
    markup: emptyMarkup(),
  }));

  const get = store.getState;
  const set = store.setState;

  const allProcedures = (): readonly ProcedureLike[] => [...options.procedures(), ...registry.contributedProcedures()];
  const getProcedure = (id: string) => allProcedures().find((p) => p.id === id);

  const currentTabId = (s = get()) => (s.focusedPane === 'secondary' && s.splitTabId ? s.splitTabId : s.activeTabId);
  const currentTab = (s = get()) => s.tabs.find((t) => t.id === currentTabId(s));


  /** Updates a tab by id; with linked cameras a view/camera change is applied to the other pane too. */
  const patchTab = (id: string | undefined, patch: Partial<EditorTab> | ((t: EditorTab) => Partial<EditorTab>)) => {
    if (!id) return;
    set((s) => ({ tabs: s.tabs.map((t) => (t.id === id ? { ...t, ...(typeof patch === 'function' ? patch(t) : patch) } : t)) }));
  };

  const linkedIds = (): string[] => {
    const s = get();
    const id = currentTabId(s);
    if (!id) return [];
    if (s.linkedCameras && s.splitTabId && s.activeTabId) return [s.activeTabId, s.splitTabId];
    return [id];
  };

  const markupKey = (s = get()) => {
    const t = currentTab(s);
    return t ? `${t.id}:${t.step}` : '';
  };
  // Markup belongs to one step of one tab: a new step (or tab) clears it.
  store.subscribe((s) => {
    const key = markupKey(s);
    if (key !== s.markup.key) set({ markup: markupReducer(s.markup, { type: 'step', key }) });
  });

  const reportUnknown = (id: string) =>
    host.onError({ code: 'unknown-procedure', message: `Unknown procedure "${id}". Known: ${allProcedures().map((p) => p.id).join(', ')}`, source: 'api' });

  const goToStep = (step: number) => {
    const tab = currentTab();
    if (!tab) return;
    const p = getProcedure(tab.procedureId);
    const n = p?.steps.length ?? 0;
    if (!n) return;
    const next = Math.max(0, Math.min(n - 1, Math.round(step)));
    if (next === tab.step) return;
    patchTab(tab.id, { step: next, ...stepCamera(p, next, tab.side), camera: undefined });
  };

  const openProcedure: WorkbenchController['openProcedure'] = (procedureId, opts = {}) => {
    const p = getProcedure(procedureId);
    if (!p) { reportUnknown(procedureId); return false; }
    const s = get();
    const level = opts.level && p.levels.includes(opts.level) ? opts.level : undefined;
    const side = opts.side && p.sides.includes(opts.side) ? opts.side : undefined;
    const site = opts.site && p.sites.includes(opts.site) ? opts.site : undefined;
    const pane = s.focusedPane === 'secondary' && s.splitTabId ? 'secondary' : 'primary';
    const existing = opts.newTab ? undefined : s.tabs.find((t) => t.procedureId === procedureId);
    if (existing) {
      const patch: Partial<EditorTab> = {};
      if (level) patch.level = level;
      if (side) patch.side = side;
      if (site) patch.site = site;
      if (opts.step !== undefined) {
        patch.step = Math.max(0, Math.min(p.steps.length - 1, opts.step));
        Object.assign(patch, stepCamera(p, patch.step, side ?? existing.side));
        patch.camera = undefined;
      }
      patchTab(existing.id, patch);
      set(pane === 'secondary' && existing.id !== s.activeTabId ? { splitTabId: existing.id } : { activeTabId: existing.id, focusedPane: existing.id === s.splitTabId ? 'secondary' : 'primary' });
      return true;
    }
    const tab = makeTab(p, { level, side, site, step: opts.step });
    set((st) => ({
      tabs: [...st.tabs, tab],
      ...(pane === 'secondary' ? { splitTabId: tab.id } : { activeTabId: tab.id }),
    }));
    return true;
  };

  const closeTab = (tabId?: string) => {
    const s = get();
    const id = tabId ?? currentTabId(s);
    const i = s.tabs.findIndex((t) => t.id === id);
    if (i < 0) return;
    const tabs = s.tabs.filter((t) => t.id !== id);
    let { activeTabId, splitTabId, focusedPane } = s;
    if (splitTabId === id) { splitTabId = undefined; focusedPane = 'primary'; }
    if (activeTabId === id) {
      if (splitTabId) { activeTabId = splitTabId; splitTabId = undefined; focusedPane = 'primary'; }
      else activeTabId = (tabs[i] ?? tabs[i - 1])?.id;
    }
    set({ tabs, activeTabId, splitTabId, focusedPane });
  };

  const restoreFrom = (link: DeepLinkState): boolean => {
    if (!getProcedure(link.procedure)) { reportUnknown(link.procedure); return false; }
    const o: Parameters<typeof openProcedure>[1] = { step: link.step };
    if (link.level) o.level = link.level;
    if (link.side) o.side = link.side;
    if (link.site) o.site = link.site;
    openProcedure(link.procedure, o);
    const patch: Partial<EditorTab> = {};
    if (link.view) patch.view = link.view;
    if (link.mode) patch.mode = link.mode;
    patchTab(currentTabId(), patch);
    const g: Partial<WorkbenchState> = {};
    if (link.layers) g.layers = Object.fromEntries(ALL_LAYERS.map((l) => [l, link.layers!.includes(l)])) as Record<LayerName, boolean>;
    if (link.labels !== undefined) g.labels = link.labels;
    if (link.theme) g.theme = link.theme;
    if (link.locale) g.locale = link.locale;
    set(g);
    return true;
  };

  const controller: WorkbenchController = {
    getState: get,
    subscribe: (listener) => store.subscribe(listener),
    async executeCommand(id, args) {
      const command = registry.command(id);
      if (!command) {
        host.onError({ code: 'unknown-command', message: `Unknown command "${id}".`, source: 'api' });
        return false;
      }
      if (!evaluateWhen(command.when, get())) return false;
      await command.run({ controller, state: get() }, args);
      return true;
    },
    registerContribution(contribution: Contributions) {
      const { dispose, problems } = registry.register(contribution);
      if (problems.length) {
        host.onError({
          code: 'invalid-contribution',
          message: `Rejected ${problems.length} part(s) of a contribution: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
          source: 'api',
          problems,
        });
      }
      return () => {
        dispose();
        // Close tabs whose contributed procedure went away.
        const known = new Set(allProcedures().map((p) => p.id));
        for (const t of get().tabs) if (!known.has(t.procedureId)) closeTab(t.id);
      };
    },
    openProcedure,
    closeTab,
    activateTab(tabId) {
      const s = get();
      if (!s.tabs.some((t) => t.id === tabId)) return;
      if (s.focusedPane === 'secondary' && s.splitTabId && tabId !== s.activeTabId) set({ splitTabId: tabId });
      else if (tabId === s.splitTabId) set({ focusedPane: 'secondary' });
      else set({ activeTabId: tabId, focusedPane: 'primary' });
    },
    next: () => { const t = currentTab(); if (t) goToStep(t.step + 1); },
    previous: () => { const t = currentTab(); if (t) goToStep(t.step - 1); },
    goToStep,
    setView(view: ViewName) {
      for (const id of linkedIds()) patchTab(id, { view, camera: undefined });
    },
    setLevel(level) {
      const t = currentTab();
      const p = t && getProcedure(t.procedureId);
      if (t && p?.levels.includes(level)) patchTab(t.id, { level, camera: undefined });
    },
    setSide(side: Side) {
      const t = currentTab();
      const p = t && getProcedure(t.procedureId);
      if (t && p?.sides.includes(side)) patchTab(t.id, { side, view: t.view === 'oblique-left' || t.view === 'oblique-right' ? (side === 'right' ? 'oblique-right' : 'oblique-left') : t.view });
    },
    setMode(mode: SceneMode) { patchTab(currentTabId(), { mode }); },
    toggleLayer(layer) { set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })); },
    toggleLabels() { set((s) => ({ labels: !s.labels })); },
    split(tabId) {
      const s = get();
      if (!s.activeTabId) return;
      const other = tabId ?? s.tabs.find((t) => t.id !== s.activeTabId)?.id;
      let target = other;
      if (!target) {
        // One tab only: open a second copy of it so the two can differ in level or side.
        const cur = currentTab(s)!;
        const before = new Set(s.tabs.map((t) => t.id));
        openProcedure(cur.procedureId, { newTab: true, ...(cur.level ? { level: cur.level } : {}), ...(cur.side ? { side: cur.side } : {}), step: cur.step });
        target = get().tabs.find((t) => !before.has(t.id))?.id;
        set({ activeTabId: s.activeTabId });
      }
      if (target && target !== s.activeTabId) set({ splitTabId: target, focusedPane: 'secondary' });
    },
    unsplit() { set({ splitTabId: undefined, focusedPane: 'primary' }); },
    setLinkedCameras(linked) {
      set({ linkedCameras: linked });
      const s = get();
      // Linking aligns the second pane with the first.
      if (linked && s.splitTabId) {
        const a = s.tabs.find((t) => t.id === s.activeTabId);
        if (a) patchTab(s.splitTabId, { view: a.view, camera: a.camera });
      }
    },
    setCamera(pane, pose: CameraPose) {
      const s = get();
      const id = pane === 'secondary' ? s.splitTabId : s.activeTabId;
      if (!id) return;
      const ids = s.linkedCameras && s.splitTabId && s.activeTabId ? [s.activeTabId, s.splitTabId] : [id];
      for (const tid of ids) patchTab(tid, { camera: pose });
    },
    selectStructure(id) { set({ selectedStructure: id }); },
    togglePainMap(on) { set({ painMap: on ?? !get().painMap }); },
    setActivity(activity) {
      const s = get();
      // Clicking the active activity again hides the side bar, as in VS Code.
      if (s.activity === activity && s.sideBarVisible) set({ sideBarVisible: false });
      else set({ activity, sideBarVisible: true });
    },
    setTheme(theme: Theme) { set({ theme }); },
    setAccent(accent) { set({ accent: accent && /^#[0-9a-f]{6}$/i.test(accent) ? accent : undefined }); },
    setLocale(locale: Locale) { set({ locale }); },
    setReadingLevel(readingLevel: ReadingLevel) { set({ readingLevel }); },
    openPalette(mode) { set({ palette: mode, helpOpen: false }); },
    closePalette() { set({ palette: undefined }); },
    toggleHelp(open) { set((s) => ({ helpOpen: open ?? !s.helpOpen, palette: undefined })); },
    togglePresenter(on) {
      const next = on ?? !get().presenter;
      set({ presenter: next, palette: undefined, helpOpen: false });
      controller.toggleFullscreen(next);
    },
    toggleFullscreen(on) {
      const next = on ?? !get().fullscreen;
      set({ fullscreen: next });
      host.fullscreen(next);
    },
    setMarkupTool(tool) { set({ markupTool: tool }); },
    markup(action) { set((s) => ({ markup: markupReducer(s.markup, action) })); },
    snapshot: () => host.snapshot(),
    openHandout: () => host.openHandout(),
    openPatientWindow: () => host.openPatientWindow(),
    toggleSideBar(visible) { set((s) => ({ sideBarVisible: visible ?? !s.sideBarVisible })); },
    togglePanel(visible) { set((s) => ({ panelVisible: visible ?? !s.panelVisible })); },
    focusPane(pane) { if (pane === 'primary' || get().splitTabId) set({ focusedPane: pane }); },
    currentTab: () => currentTab(),
    procedures: allProcedures,
    getProcedure,
    deepLink() {
      const s = get();
      const t = currentTab(s);
      if (!t) return '';
      const link: DeepLinkState = {
        procedure: t.procedureId, step: t.step, view: t.view, mode: t.mode,
        layers: ALL_LAYERS.filter((l) => s.layers[l]), labels: s.labels, theme: s.theme, locale: s.locale,
      };
      if (t.level) link.level = t.level;
      if (t.side) link.side = t.side;
      if (t.site) link.site = t.site;
      return encodeDeepLink(link);
    },
    restore(hash) {
      const link = decodeDeepLink(hash);
      return link ? restoreFrom(link) : false;
    },
  };

  return {
    store,
    controller,
    registry,
    setHost(h) { host = { ...noopHost, ...h }; },
  };
}
