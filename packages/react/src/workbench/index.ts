// @spine-explainer/react — the consult workbench (`layout="workbench"`).
export { Workbench } from './Workbench';
export type { WorkbenchProps } from './Workbench';
export { PlaceholderEditorView } from './EditorView';
export type { EditorViewProps, EditorViewHandle, EditorViewComponent } from './EditorView';
export { ContributionRegistry } from './registry';
export type { CatalogValidator, RegistrationResult } from './registry';
export { createWorkbench } from './controller';
export type { WorkbenchHost, WorkbenchInstance } from './controller';
export { builtinCommands, builtinKeybindings } from './builtins';
export { parseQuery, searchProcedures, searchCommands, buildProcedureIndex, normalize } from './fuzzy';
export type { ParsedQuery, ProcedureMatch, ProcedureIndex } from './fuzzy';
export { parseChord, matchesChord, formatChord, evaluateWhen } from './keybindings';
export { encodeDeepLink, decodeDeepLink } from './deepLink';
export type { DeepLinkState } from './deepLink';
export { markupReducer, emptyMarkup } from './markup';
export type { MarkupState, MarkupAction, MarkupStroke } from './markup';
export { THEMES, themeTokens, themeVariables, contrastRatio } from './themes';
export type { ThemeTokens, ThemeToken } from './themes';
export { workbenchCss } from './workbenchCss';
export { WORKBENCH_STRINGS } from './strings';
export { buildHandout } from './handout';
export type {
  CameraPose, CommandContext, ContributionProblem, Contributions, EditorTab, Keybinding, PaletteMode,
  ViewContribution, When, WorkbenchCommand, WorkbenchController, WorkbenchError, WorkbenchState,
} from './types';
