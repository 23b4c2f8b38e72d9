/** Styles of the workbench, scoped under `.sx-wb`; colours come from the `--sx-wb-*` theme tokens. */
export const workbenchCss = `
.sx-wb { --sx-wb-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; --sx-wb-activity-size: 48px; --sx-wb-sidebar-width: 264px; --sx-wb-text: 13px;
  display: flex; flex-direction: column; position: relative; box-sizing: border-box; min-height: 480px; height: 100%; overflow: hidden;
  font: var(--sx-wb-text)/1.45 var(--sx-wb-font); color: var(--sx-wb-foreground); background: var(--sx-wb-editor-background); contain: layout paint; }
.sx-wb *, .sx-wb *::before, .sx-wb *::after { box-sizing: border-box; }
.sx-wb[data-fullscreen] { position: fixed; inset: 0; z-index: 2147483000; height: 100vh; }
.sx-wb:fullscreen { height: 100vh; }
.sx-wb :focus-visible { outline: 2px solid var(--sx-wb-focus-border); outline-offset: -2px; }
.sx-wb button { font: inherit; color: inherit; }
.sx-wb kbd { font: 11px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 2px 4px; border: 1px solid var(--sx-wb-contrast-border); border-radius: 3px; color: var(--sx-wb-description-foreground); margin-inline-start: 4px; }
.sx-wb-visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sx-wb-main { flex: 1; display: flex; min-height: 0; }
/* activity bar */
.sx-wb-activitybar { flex: none; width: var(--sx-wb-activity-size); display: flex; flex-direction: column; background: var(--sx-wb-activity-bar-background); border-inline-end: 1px solid var(--sx-wb-panel-border); }
.sx-wb-activity { width: var(--sx-wb-activity-size); height: var(--sx-wb-activity-size); display: grid; place-items: center; border: 0; background: none; cursor: pointer; color: var(--sx-wb-activity-bar-inactive-foreground); border-inline-start: 2px solid transparent; }
.sx-wb-activity:hover, .sx-wb-activity[data-selected] { color: var(--sx-wb-activity-bar-foreground); }
.sx-wb-activity[data-selected] { border-inline-start-color: var(--sx-wb-activity-bar-active-border); }
/* side bar */
.sx-wb-sidebar { flex: none; width: var(--sx-wb-sidebar-width); overflow: auto; background: var(--sx-wb-side-bar-background); color: var(--sx-wb-side-bar-foreground); border-inline-end: 1px solid var(--sx-wb-panel-border); }
.sx-wb-sidebar[hidden] { display: none; }
.sx-wb-sidebar-title { margin: 0; padding: 10px 12px 6px; font-size: 11px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
.sx-wb-section-title { margin: 8px 0 4px; padding: 4px 12px; font-size: 11px; font-weight: 700; text-transform: uppercase; background: var(--sx-wb-side-bar-section-header-background); color: var(--sx-wb-side-bar-section-header-foreground); }
.sx-wb-view { padding-bottom: 8px; }
.sx-wb-view > p, .sx-wb-structure-info p { padding: 0 12px; margin: 4px 0; }
.sx-wb-muted { color: var(--sx-wb-description-foreground); }
.sx-wb-tree, .sx-wb-tree ul { list-style: none; margin: 0; padding: 0; }
.sx-wb-treeitem { cursor: pointer; outline: none; }
.sx-wb-treerow { display: flex; align-items: baseline; gap: 4px; min-height: 24px; padding-block: 2px; padding-inline-end: 8px; }
.sx-wb-treeitem:hover > .sx-wb-treerow { background: var(--sx-wb-list-hover-background); }
.sx-wb-treeitem[aria-selected="true"] > .sx-wb-treerow { background: var(--sx-wb-list-active-selection-background); color: var(--sx-wb-list-active-selection-foreground); }
.sx-wb-treeitem:focus-visible > .sx-wb-treerow { outline: 1px solid var(--sx-wb-focus-border); outline-offset: -1px; }
.sx-wb-twisty { width: 12px; flex: none; font-size: 10px; }
.sx-wb-treelabel { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sx-wb-treedetail { color: var(--sx-wb-description-foreground); font-size: 12px; }
.sx-wb-treeitem[aria-selected="true"] > .sx-wb-treerow .sx-wb-treedetail { color: inherit; }
.sx-wb-fieldset { border: 0; margin: 0; padding: 4px 12px; }
.sx-wb-fieldset legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.sx-wb-check { display: flex; align-items: center; gap: 8px; min-height: 28px; }
.sx-wb-radios { padding: 4px 12px; }
.sx-wb-field { display: flex; flex-direction: column; gap: 4px; padding: 6px 12px; }
.sx-wb-field select, .sx-wb-field input { font: inherit; background: var(--sx-wb-input-background); color: var(--sx-wb-input-foreground); border: 1px solid var(--sx-wb-input-border); border-radius: 2px; padding: 3px 6px; }
.sx-wb-field input[type="color"] { padding: 0; width: 48px; height: 28px; }
.sx-wb-buttons { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 12px; }
.sx-wb-button { border: 1px solid var(--sx-wb-contrast-border); background: var(--sx-wb-button-background); color: var(--sx-wb-button-foreground) !important; border-radius: 2px; padding: 4px 10px; cursor: pointer; }
.sx-wb-button kbd { color: inherit; border-color: currentColor; }
.sx-wb-structure-info { border-top: 1px solid var(--sx-wb-panel-border); margin-top: 8px; padding-bottom: 8px; }
/* editor */
.sx-wb-center { flex: 1; display: flex; flex-direction: column; min-width: 0; container-type: inline-size; }
.sx-wb-editor { flex: 1; display: flex; flex-direction: column; min-height: 0; background: var(--sx-wb-editor-background); color: var(--sx-wb-editor-foreground); }
.sx-wb-tabbar { display: flex; align-items: stretch; background: var(--sx-wb-tab-inactive-background); border-bottom: 1px solid var(--sx-wb-tab-border); min-height: 35px; }
.sx-wb-tabs { display: flex; flex: 1; min-width: 0; overflow-x: auto; }
.sx-wb-tab { display: flex; align-items: center; gap: 6px; padding: 0 6px 0 12px; max-width: 260px; cursor: pointer; white-space: nowrap; background: var(--sx-wb-tab-inactive-background); color: var(--sx-wb-tab-inactive-foreground); border-inline-end: 1px solid var(--sx-wb-tab-border); border-top: 2px solid transparent; }
.sx-wb-tab[data-visible] { background: var(--sx-wb-tab-active-background); color: var(--sx-wb-tab-active-foreground); }
.sx-wb-tab[data-selected] { border-top-color: var(--sx-wb-tab-active-border-top); }
.sx-wb-tab-label { overflow: hidden; text-overflow: ellipsis; }
.sx-wb-tab-detail { font-size: 12px; color: inherit; opacity: 1; }
.sx-wb-tab-close { display: grid; place-items: center; width: 20px; height: 20px; border-radius: 3px; }
.sx-wb-tab-close svg { width: 14px; height: 14px; }
.sx-wb-tab-close:hover { background: var(--sx-wb-list-hover-background); }
.sx-wb-toolbar { display: flex; align-items: center; gap: 2px; padding: 0 6px; flex: none; }
.sx-wb-toolbutton { width: 30px; height: 30px; display: grid; place-items: center; border: 1px solid transparent; background: none; border-radius: 4px; cursor: pointer; color: var(--sx-wb-foreground); }
.sx-wb-toolbutton svg { width: 18px; height: 18px; }
.sx-wb-toolbutton:hover { background: var(--sx-wb-list-hover-background); }
.sx-wb-toolbutton[aria-pressed="true"] { background: var(--sx-wb-list-active-selection-background); color: var(--sx-wb-list-active-selection-foreground); border-color: var(--sx-wb-focus-border); }
.sx-wb-toolbutton:disabled { opacity: .45; cursor: default; }
.sx-wb-toolbar-sep { width: 1px; height: 18px; background: var(--sx-wb-panel-border); margin: 0 4px; }
.sx-wb-breadcrumbs { padding: 2px 12px; background: var(--sx-wb-breadcrumb-background); border-bottom: 1px solid var(--sx-wb-tab-border); }
.sx-wb-breadcrumbs ol { display: flex; flex-wrap: wrap; align-items: center; list-style: none; margin: 0; padding: 0; }
.sx-wb-breadcrumbs li + li::before { content: "›"; padding: 0 4px; color: var(--sx-wb-breadcrumb-foreground); }
.sx-wb-crumb { border: 0; background: none; padding: 2px 4px; cursor: pointer; color: var(--sx-wb-breadcrumb-foreground) !important; border-radius: 3px; }
.sx-wb-crumb:hover, .sx-wb-crumb[aria-expanded="true"] { background: var(--sx-wb-list-hover-background); color: var(--sx-wb-editor-foreground) !important; }
.sx-wb-crumb[aria-current] { color: var(--sx-wb-editor-foreground) !important; font-weight: 600; }
.sx-wb-crumb-text { color: var(--sx-wb-breadcrumb-foreground); padding: 2px 4px; }
.sx-wb-crumb-menu { position: relative; }
.sx-wb-menu { position: absolute; top: 100%; inset-inline-start: 0; z-index: 20; min-width: 200px; max-height: 320px; overflow: auto; list-style: none; margin: 2px 0 0; padding: 4px 0; background: var(--sx-wb-quick-input-background); color: var(--sx-wb-quick-input-foreground); border: 1px solid var(--sx-wb-contrast-border); box-shadow: 0 4px 16px var(--sx-wb-widget-shadow); border-radius: 4px; }
.sx-wb-menuitem { padding: 4px 12px; cursor: pointer; white-space: nowrap; }
.sx-wb-menuitem:focus, .sx-wb-menuitem:hover { background: var(--sx-wb-quick-input-list-focus-background); color: var(--sx-wb-quick-input-list-focus-foreground); outline: none; }
.sx-wb-menuitem[aria-checked="true"]::before { content: "✓ "; }
.sx-wb-panes { flex: 1; display: grid; grid-template-columns: 1fr; min-height: 0; }
.sx-wb-panes[data-split] { grid-template-columns: 1fr 1fr; }
.sx-wb-pane { position: relative; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.sx-wb-pane + .sx-wb-pane { border-inline-start: 1px solid var(--sx-wb-panel-border); }
.sx-wb-pane[data-focused] { box-shadow: inset 0 2px 0 var(--sx-wb-focus-border); }
.sx-wb-pane-title { padding: 3px 10px; font-size: 12px; color: var(--sx-wb-description-foreground); }
.sx-wb-stage { position: relative; flex: 1; min-height: 0; }
.sx-wb-stage > :first-child { position: absolute; inset: 0; width: 100%; height: 100%; }
.sx-wb-canvas { display: block; width: 100%; height: 100%; }
.sx-wb-markup { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; touch-action: none; }
.sx-wb[data-markup] .sx-wb-markup { pointer-events: auto; cursor: crosshair; }
.sx-wb-empty { display: grid; place-content: center; gap: 12px; text-align: center; padding: 24px; color: var(--sx-wb-description-foreground); }
/* the scene inside a pane (the viewer's .sx-root, without its card look) */
.sx-wb .sx-wb-scene.sx-root { display: block; position: absolute; inset: 0; gap: 0; border-radius: 0; background: var(--sxv-stage-bg); font-size: 13px; }
.sx-wb .sx-wb-scene.sx-root[data-mode="fluoro"] { background: radial-gradient(circle at 50% 50%, #2b2b2b 0%, #0c0c0c 62%, #000 100%); }
.sx-wb-scene-fallback { margin: 0; padding: 24px; color: var(--sx-wb-description-foreground); }
/* panel */
.sx-wb-panel { flex: none; max-height: 38%; overflow: auto; background: var(--sx-wb-panel-background); border-top: 1px solid var(--sx-wb-panel-border); }
.sx-wb-panel-title { margin: 0; padding: 6px 12px; font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--sx-wb-panel-title-active-foreground); position: sticky; top: 0; background: var(--sx-wb-panel-background); }
.sx-wb-panel-step { text-transform: none; letter-spacing: 0; font-weight: 400; }
.sx-wb-panel-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(220px, 1fr); gap: 12px 24px; padding: 0 12px 10px; }
.sx-wb-panel-texts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.sx-wb-text h3 { margin: 0 0 2px; font-size: 12px; color: var(--sx-wb-description-foreground); font-weight: 600; }
.sx-wb-text p { margin: 0; }
.sx-wb-facts { margin: 0; display: grid; gap: 4px; }
.sx-wb-fact { display: grid; grid-template-columns: 120px 1fr; gap: 8px; }
.sx-wb-fact dt { color: var(--sx-wb-description-foreground); }
.sx-wb-fact dd { margin: 0; }
/* status bar */
.sx-wb-statusbar { flex: none; display: flex; justify-content: space-between; min-height: 24px; background: var(--sx-wb-status-bar-background); color: var(--sx-wb-status-bar-foreground); font-size: 12px; }
.sx-wb-status-left, .sx-wb-status-right { display: flex; }
.sx-wb-status-item { border: 0; background: none; color: var(--sx-wb-status-bar-foreground) !important; padding: 0 10px; cursor: pointer; }
.sx-wb-status-item:hover { background: rgba(255,255,255,.15); }
.sx-wb-statusbar :focus-visible { outline-color: var(--sx-wb-status-bar-foreground); }
/* overlays */
.sx-wb-overlay { position: absolute; inset: 0; z-index: 30; display: flex; justify-content: center; align-items: flex-start; padding-top: 8vh; background: rgba(0,0,0,.25); }
.sx-wb-palette, .sx-wb-help { width: min(640px, 92%); background: var(--sx-wb-quick-input-background); color: var(--sx-wb-quick-input-foreground); border: 1px solid var(--sx-wb-contrast-border); border-radius: 6px; box-shadow: 0 8px 32px var(--sx-wb-widget-shadow); overflow: hidden; }
.sx-wb-palette-input { width: calc(100% - 16px); margin: 8px; font: inherit; font-size: 14px; padding: 6px 8px; background: var(--sx-wb-input-background); color: var(--sx-wb-input-foreground); border: 1px solid var(--sx-wb-focus-border); border-radius: 3px; }
.sx-wb-palette-list { list-style: none; margin: 0; padding: 0 0 6px; max-height: 50vh; overflow: auto; }
.sx-wb-palette-row { display: flex; align-items: baseline; gap: 10px; padding: 4px 12px; cursor: pointer; }
.sx-wb-palette-row[aria-selected="true"] { background: var(--sx-wb-quick-input-list-focus-background); color: var(--sx-wb-quick-input-list-focus-foreground); outline: 1px solid var(--sx-wb-focus-border); outline-offset: -1px; }
.sx-wb-palette-label { flex: 1; }
.sx-wb-palette-detail { color: var(--sx-wb-description-foreground); font-size: 12px; }
.sx-wb-palette-row[aria-selected="true"] .sx-wb-palette-detail { color: inherit; }
.sx-wb-palette-empty { padding: 6px 12px; color: var(--sx-wb-description-foreground); }
.sx-wb-help { max-height: 80%; overflow: auto; padding: 8px 16px 16px; }
.sx-wb-help-head { display: flex; justify-content: space-between; align-items: center; }
.sx-wb-help-head h2 { font-size: 16px; margin: 8px 0; }
.sx-wb-help-table { width: 100%; border-collapse: collapse; }
.sx-wb-help-table th { text-align: start; font-weight: 400; padding: 3px 8px 3px 0; }
.sx-wb-help-table td { text-align: end; white-space: nowrap; }
.sx-wb-help-table tr + tr { border-top: 1px solid var(--sx-wb-panel-border); }
/* high contrast: selection is an outline, not a fill */
.sx-wb[data-theme="high-contrast"] .sx-wb-treeitem[aria-selected="true"] > .sx-wb-treerow,
.sx-wb[data-theme="high-contrast"] .sx-wb-menuitem:focus, .sx-wb[data-theme="high-contrast"] .sx-wb-menuitem:hover,
.sx-wb[data-theme="high-contrast"] .sx-wb-toolbutton[aria-pressed="true"] { outline: 1px dashed var(--sx-wb-focus-border); outline-offset: -1px; }
.sx-wb[data-theme="high-contrast"] .sx-wb-treeitem:hover > .sx-wb-treerow { outline: 1px dotted var(--sx-wb-contrast-border); outline-offset: -1px; }
.sx-wb[data-theme="high-contrast"] .sx-wb-statusbar { border-top: 1px solid var(--sx-wb-contrast-border); }
/* presenter and patient window: the view and big plain words, no chrome */
.sx-wb[data-presenter] { --sx-wb-text: 22px; }
.sx-wb[data-presenter] .sx-wb-activitybar, .sx-wb[data-presenter] .sx-wb-sidebar, .sx-wb[data-presenter] .sx-wb-tabbar,
.sx-wb[data-presenter] .sx-wb-breadcrumbs, .sx-wb[data-presenter] .sx-wb-statusbar, .sx-wb[data-presenter] .sx-wb-pane-title { display: none; }
.sx-wb[data-presenter] .sx-wb-panel { max-height: 30%; }
.sx-wb[data-presenter] .sx-wb-panel-title { font-size: 20px; text-transform: none; letter-spacing: 0; }
.sx-wb[data-presenter] .sx-wb-panel-body, .sx-wb[data-presenter] .sx-wb-panel-texts { grid-template-columns: 1fr; }
.sx-wb[data-presenter] .sx-wb-text h3 { display: none; }
.sx-wb-presenter-exit { position: absolute; top: 10px; inset-inline-end: 10px; z-index: 25; border: 1px solid var(--sx-wb-contrast-border); background: var(--sx-wb-quick-input-background); color: var(--sx-wb-quick-input-foreground); padding: 6px 12px; border-radius: 4px; font-size: 14px; cursor: pointer; opacity: .85; }
@container (max-width: 960px) {
  .sx-wb-panel-body { grid-template-columns: 1fr; }
}
@container (max-width: 560px) {
  .sx-wb-panel-texts { grid-template-columns: 1fr; }
  .sx-wb-fact { grid-template-columns: 96px 1fr; }
}
@media (max-width: 720px) {
  .sx-wb-sidebar { position: absolute; inset-block: 0; inset-inline-start: var(--sx-wb-activity-size); z-index: 10; box-shadow: 0 0 16px var(--sx-wb-widget-shadow); }
  .sx-wb-panel-body, .sx-wb-panel-texts { grid-template-columns: 1fr; }
  .sx-wb-panes[data-split] { grid-template-columns: 1fr; grid-template-rows: 1fr 1fr; }
}
@media print {
  .sx-wb { height: auto; overflow: visible; contain: none; }
  .sx-wb-activitybar, .sx-wb-sidebar, .sx-wb-tabbar, .sx-wb-statusbar, .sx-wb-overlay, .sx-wb-presenter-exit { display: none !important; }
  .sx-wb-panel { max-height: none; overflow: visible; }
}
@media (prefers-reduced-motion: no-preference) { .sx-wb-activity, .sx-wb-tab, .sx-wb-toolbutton { transition: color .1s, background-color .1s; } }
`;
