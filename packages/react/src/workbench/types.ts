import type { ReactNode } from 'react';
import type { MarkupAction, MarkupState } from './markup';
import type { Locale, LocalizedText, ProcedureLike, ReadingLevel, SceneMode, Theme, ViewName, LayerName, Side, ChangeSource } from '../types';

export type { Locale, LocalizedText, ProcedureLike, ReadingLevel, SceneMode, Theme, ViewName, LayerName, Side, ChangeSource };

/** Built-in activities of the activity bar; contributed views may add their own ids. */
export type BuiltinActivity = 'procedures' | 'anatomy' | 'layers' | 'views' | 'settings';

/** Camera pose of one editor pane, in the scene's world units. Opaque to the workbench; the view reports and restores it. */
export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
  zoom?: number;
}

/** One open procedure: each tab keeps its own level, side, site, step, view, imaging mode and camera. */
export interface EditorTab {
  id: string;
  procedureId: string;
  level?: string;
  side?: Side;
  site?: string;
  step: number;
  view: ViewName;
  mode: SceneMode;
  camera?: CameraPose;
}

export type PaletteMode = 'commands' | 'procedures';

/** Everything the workbench shows, in one per-instance store. */
export interface WorkbenchState {
  tabs: EditorTab[];
  activeTabId: string | undefined;
  /** Split view: the second pane's tab, or undefined when not split. */
  splitTabId: string | undefined;
  /** Which pane has focus when split. */
  focusedPane: 'primary' | 'secondary';
  linkedCameras: boolean;
  activity: string;
  sideBarVisible: boolean;
  panelVisible: boolean;
  layers: Record<LayerName, boolean>;
  labels: boolean;
  selectedStructure: string | undefined;
  /** "Where it hurts": shade the pain pattern the current procedure treats (a selected nerve root shows its dermatome). */
  painMap: boolean;
  theme: Theme;
  locale: Locale;
  readingLevel: ReadingLevel;
  accent: string | undefined;
  palette: PaletteMode | undefined;
  helpOpen: boolean;
  presenter: boolean;
  /** Fullscreen, or maximised over the page where the Fullscreen API is not available. */
  fullscreen: boolean;
  markupTool: MarkupTool | undefined;
  markup: MarkupState;
}

export type MarkupTool = 'pen' | 'arrow';

/** The handle commands act through. */
export interface CommandContext {
  /** The workbench controller (store actions + helpers). */
  controller: WorkbenchController;
  /** Current state snapshot. */
  state: WorkbenchState;
}

/** A localized string or a function of the locale. */
export type Title = LocalizedText | ((locale: Locale) => string);

export interface WorkbenchCommand {
  /** Stable id, e.g. `workbench.step.next` or `clinic.bookFollowUp`. */
  id: string;
  title: Title;
  /** Extra words the palette matches, e.g. `['forward', 'siguiente']`. */
  keywords?: readonly string[];
  /** Group shown before the title in the palette (`View: Lateral`). */
  category?: Title;
  /** When false, the command is hidden from the palette and its keybindings are ignored. */
  when?: When;
  run(ctx: CommandContext, args?: unknown): void | Promise<void>;
}

/**
 * A context test: a function, or a small expression over context keys such as `!palette`, `presenter`,
 * `split && !presenter`, `activity == anatomy`.
 */
export type When = string | ((state: WorkbenchState) => boolean);

export interface Keybinding {
  /** `ctrl+shift+p`, `mod+p` (Cmd on Mac, Ctrl elsewhere), `ArrowRight`, `1`, `shift+/`, `?`… */
  key: string;
  command: string;
  args?: unknown;
  when?: When;
}

/** A side-bar view. Built-in side bars are registered through the same mechanism. */
export interface ViewContribution {
  id: string;
  title: Title;
  /** Activity the view is shown in. A new id adds an activity-bar entry. @defaultValue the view's own id */
  container?: string;
  /** Single-glyph or small SVG icon for a new activity-bar entry. */
  icon?: ReactNode;
  render(ctx: CommandContext): ReactNode;
  /** Sort order inside its container (lower first). @defaultValue 100 */
  order?: number;
}

/** What a host app contributes, in one object: VS Code `contributes`, typed. */
export interface Contributions {
  commands?: readonly WorkbenchCommand[];
  keybindings?: readonly Keybinding[];
  views?: readonly ViewContribution[];
  /** Whole procedures in the catalog format, checked with `validateCatalog`. */
  procedures?: readonly unknown[];
}

export interface ContributionProblem {
  path: string;
  message: string;
}

export interface WorkbenchError {
  code: 'invalid-contribution' | 'unknown-procedure' | 'unknown-command' | 'internal';
  message: string;
  source: ChangeSource;
  problems?: ContributionProblem[];
}

/** Imperative handle of a workbench: verbs only. */
export interface WorkbenchController {
  getState(): WorkbenchState;
  subscribe(listener: (state: WorkbenchState, previous: WorkbenchState) => void): () => void;
  /** Runs a command by id. Resolves false for an unknown or disabled command. */
  executeCommand(id: string, args?: unknown): Promise<boolean>;
  /** Registers host commands, keybindings, views and procedures. Returns a disposer that removes exactly those. */
  registerContribution(contribution: Contributions): () => void;
  openProcedure(procedureId: string, options?: { level?: string; side?: Side; site?: string; step?: number; newTab?: boolean }): boolean;
  closeTab(tabId?: string): void;
  activateTab(tabId: string): void;
  next(): void;
  previous(): void;
  goToStep(step: number): void;
  setView(view: ViewName): void;
  setLevel(level: string): void;
  setSide(side: Side): void;
  setMode(mode: SceneMode): void;
  toggleLayer(layer: LayerName): void;
  toggleLabels(): void;
  split(tabId?: string): void;
  unsplit(): void;
  setLinkedCameras(linked: boolean): void;
  setCamera(pane: 'primary' | 'secondary', pose: CameraPose): void;
  selectStructure(id: string | undefined): void;
  togglePainMap(on?: boolean): void;
  setActivity(activity: string): void;
  setTheme(theme: Theme): void;
  /** Clinic accent colour (`#rrggbb`), or undefined for the theme's own. */
  setAccent(accent: string | undefined): void;
  setLocale(locale: Locale): void;
  setReadingLevel(level: ReadingLevel): void;
  openPalette(mode: PaletteMode): void;
  closePalette(): void;
  toggleHelp(open?: boolean): void;
  togglePresenter(on?: boolean): void;
  toggleFullscreen(on?: boolean): void;
  setMarkupTool(tool: MarkupTool | undefined): void;
  markup(action: MarkupAction): void;
  /** PNG of the focused view with its labels and markup; null when there is nothing to capture. */
  snapshot(): Promise<Blob | null>;
  /** Opens the printable handout of the current tab in a new window. */
  openHandout(): void;
  /** Opens a mirrored patient window (same machine, BroadcastChannel). */
  openPatientWindow(): void;
  /** Side-bar and panel visibility. */
  toggleSideBar(visible?: boolean): void;
  togglePanel(visible?: boolean): void;
  focusPane(pane: 'primary' | 'secondary'): void;
  /** The tab commands act on: the focused pane's tab. */
  currentTab(): EditorTab | undefined;
  /** All procedures: the built-in catalog plus valid contributed ones. */
  procedures(): readonly ProcedureLike[];
  getProcedure(id: string): ProcedureLike | undefined;
  /** The deep link of the current state (`#sx=…`). */
  deepLink(): string;
  /** Restores state from a hash; returns false when it is not a workbench link. */
  restore(hash: string): boolean;
}
