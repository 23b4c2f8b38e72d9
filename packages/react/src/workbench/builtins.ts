import type { LayerName, Locale, Theme, ViewName } from '../types';
import { ALL_LAYERS } from './deepLink';
import { t, type StringKey } from './strings';
import type { Contributions, Keybinding, Title, WorkbenchCommand } from './types';

const title = (key: StringKey, prefix?: StringKey): Title => (locale: Locale) => (prefix ? `${t(locale, prefix)}: ` : '') + t(locale, key);
const L = (en: string, es: string): Title => ({ en, es });

export const VIEW_ORDER: readonly ViewName[] = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'close-up', 'anterior'];

/** Built-in commands. Ids follow VS Code's dotted style; hosts can run any of them with `executeCommand`. */
export function builtinCommands(): WorkbenchCommand[] {
  const cmds: WorkbenchCommand[] = [
    { id: 'workbench.action.showCommands', title: L('Show all commands', 'Mostrar todos los comandos'), keywords: ['palette', 'paleta'], run: ({ controller }) => controller.openPalette('commands') },
    { id: 'workbench.action.quickOpen', title: L('Go to procedure…', 'Ir al procedimiento…'), keywords: ['open', 'search', 'abrir', 'buscar'], run: ({ controller }) => controller.openPalette('procedures') },
    { id: 'workbench.action.showHelp', title: L('Keyboard shortcuts', 'Atajos de teclado'), keywords: ['help', 'keys', 'ayuda', 'teclas'], run: ({ controller }) => controller.toggleHelp() },
    { id: 'workbench.action.closeOverlay', title: L('Close overlay', 'Cerrar superposición'), when: 'palette || help || presenter || markup', run: ({ controller, state }) => {
      if (state.palette) controller.closePalette();
      else if (state.helpOpen) controller.toggleHelp(false);
      else if (state.markupTool) controller.setMarkupTool(undefined);
      else if (state.presenter) controller.togglePresenter(false);
    } },
    { id: 'step.next', title: L('Next step', 'Paso siguiente'), keywords: ['forward', 'siguiente'], when: 'hasTab', run: ({ controller }) => controller.next() },
    { id: 'step.previous', title: L('Previous step', 'Paso anterior'), keywords: ['back', 'atras'], when: 'hasTab', run: ({ controller }) => controller.previous() },
    { id: 'step.first', title: L('First step', 'Primer paso'), when: 'hasTab', run: ({ controller }) => controller.goToStep(0) },
    { id: 'step.last', title: L('Last step', 'Último paso'), when: 'hasTab', run: ({ controller }) => controller.goToStep(Number.MAX_SAFE_INTEGER) },
    { id: 'level.up', title: L('Level: one up', 'Nivel: uno arriba'), when: 'hasTab', run: ({ controller }) => shiftLevel(controller, -1) },
    { id: 'level.down', title: L('Level: one down', 'Nivel: uno abajo'), when: 'hasTab', run: ({ controller }) => shiftLevel(controller, 1) },
    { id: 'side.toggle', title: L('Side: switch left/right', 'Lado: cambiar izquierdo/derecho'), keywords: ['left', 'right', 'izquierdo', 'derecho'], when: 'hasTab', run: ({ controller }) => {
      const tab = controller.currentTab();
      if (tab?.side === 'left') controller.setSide('right');
      else if (tab?.side === 'right') controller.setSide('left');
    } },
    { id: 'view.toggleFluoroscopy', title: L('Toggle fluoroscopy', 'Alternar fluoroscopia'), keywords: ['xray', 'x-ray', 'rayos', 'imaging', 'scotty'], when: 'hasTab', run: ({ controller }) => controller.setMode(controller.currentTab()?.mode === 'fluoro' ? 'anatomy' : 'fluoro') },
    { id: 'view.togglePainMap', title: L('Where it hurts: show the pain pattern or dermatome', 'Dónde duele: mostrar el patrón de dolor o el dermatoma'), keywords: ['pain', 'hurts', 'dermatome', 'referral', 'sciatica', 'dolor', 'duele', 'dermatoma', 'ciática'], run: ({ controller }) => controller.togglePainMap() },
    { id: 'view.toggleLabels', title: L('Toggle labels', 'Alternar etiquetas'), keywords: ['names', 'nombres'], run: ({ controller }) => controller.toggleLabels() },
    { id: 'view.toggleFullscreen', title: L('Toggle fullscreen', 'Alternar pantalla completa'), keywords: ['maximize', 'maximizar'], run: ({ controller }) => controller.toggleFullscreen() },
    { id: 'view.togglePresenter', title: L('Presenter mode', 'Modo presentación'), keywords: ['present', 'consult', 'patient', 'big', 'presentar', 'consulta'], run: ({ controller }) => controller.togglePresenter() },
    { id: 'view.toggleSideBar', title: L('Toggle side bar', 'Alternar barra lateral'), run: ({ controller }) => controller.toggleSideBar() },
    { id: 'view.togglePanel', title: L('Toggle details panel', 'Alternar panel de detalles'), run: ({ controller }) => controller.togglePanel() },
    { id: 'editor.split', title: L('Split editor (compare)', 'Dividir editor (comparar)'), keywords: ['compare', 'side by side', 'comparar'], when: 'hasTab', run: ({ controller }) => controller.split() },
    { id: 'editor.unsplit', title: L('Close split', 'Cerrar división'), when: 'split', run: ({ controller }) => controller.unsplit() },
    { id: 'editor.toggleLinkedCameras', title: L('Link cameras in split', 'Enlazar cámaras al dividir'), keywords: ['sync', 'sincronizar'], run: ({ controller, state }) => controller.setLinkedCameras(!state.linkedCameras) },
    { id: 'editor.focusOtherPane', title: L('Focus other pane', 'Enfocar el otro panel'), when: 'split', run: ({ controller, state }) => controller.focusPane(state.focusedPane === 'primary' ? 'secondary' : 'primary') },
    { id: 'editor.closeTab', title: L('Close tab', 'Cerrar pestaña'), when: 'hasTab', run: ({ controller }) => controller.closeTab() },
    { id: 'editor.nextTab', title: L('Next tab', 'Pestaña siguiente'), when: 'hasTab', run: ({ controller, state }) => cycleTab(controller, state.tabs, 1) },
    { id: 'editor.previousTab', title: L('Previous tab', 'Pestaña anterior'), when: 'hasTab', run: ({ controller, state }) => cycleTab(controller, state.tabs, -1) },
    { id: 'readingLevel.toggle', title: L('Switch patient/clinician text', 'Cambiar texto paciente/médico'), keywords: ['reading', 'lectura', 'doctor'], run: ({ controller, state }) => controller.setReadingLevel(state.readingLevel === 'patient' ? 'clinician' : 'patient') },
    { id: 'markup.pen', title: L('Markup: pen', 'Anotación: lápiz'), keywords: ['draw', 'dibujar'], when: 'hasTab', run: ({ controller, state }) => controller.setMarkupTool(state.markupTool === 'pen' ? undefined : 'pen') },
    { id: 'markup.arrow', title: L('Markup: arrow', 'Anotación: flecha'), keywords: ['point', 'señalar'], when: 'hasTab', run: ({ controller, state }) => controller.setMarkupTool(state.markupTool === 'arrow' ? undefined : 'arrow') },
    { id: 'markup.undo', title: L('Markup: undo', 'Anotación: deshacer'), run: ({ controller }) => controller.markup({ type: 'undo' }) },
    { id: 'markup.redo', title: L('Markup: redo', 'Anotación: rehacer'), run: ({ controller }) => controller.markup({ type: 'redo' }) },
    { id: 'markup.clear', title: L('Markup: clear', 'Anotación: borrar'), run: ({ controller }) => controller.markup({ type: 'clear' }) },
    { id: 'snapshot.save', title: L('Save snapshot (PNG)', 'Guardar captura (PNG)'), keywords: ['picture', 'image', 'png', 'imagen', 'foto'], when: 'hasTab', run: async ({ controller }) => { await controller.snapshot(); } },
    { id: 'handout.open', title: L('Printable handout', 'Hoja informativa imprimible'), keywords: ['print', 'pdf', 'imprimir'], when: 'hasTab', run: ({ controller }) => controller.openHandout() },
    { id: 'mirror.openPatientWindow', title: L('Open patient window (second screen)', 'Abrir ventana del paciente (segunda pantalla)'), keywords: ['mirror', 'screen', 'espejo', 'pantalla'], run: ({ controller }) => controller.openPatientWindow() },
    { id: 'link.copy', title: L('Copy link to this view', 'Copiar enlace a esta vista'), keywords: ['share', 'url', 'compartir'], when: 'hasTab', run: async ({ controller }) => {
      const link = controller.deepLink();
      if (typeof location !== 'undefined' && typeof history !== 'undefined') history.replaceState(null, '', link);
      try { await navigator.clipboard?.writeText(typeof location !== 'undefined' ? location.href : link); } catch { /* clipboard permission denied: the hash is still set */ }
    } },
  ];
  VIEW_ORDER.forEach((view) => cmds.push({ id: `view.${view}`, title: title(`view.${view}` as StringKey, 'view'), when: 'hasTab', run: ({ controller }) => controller.setView(view) }));
  ALL_LAYERS.forEach((layer: LayerName) => cmds.push({ id: `layer.toggle.${layer}`, title: title(`layer.${layer}` as StringKey, 'activity.layers'), run: ({ controller }) => controller.toggleLayer(layer) }));
  (['light', 'dark', 'high-contrast'] as Theme[]).forEach((theme) => cmds.push({ id: `theme.${theme}`, title: title(`theme.${theme}` as StringKey, 'theme'), keywords: ['color', 'colour'], run: ({ controller }) => controller.setTheme(theme) }));
  (['en', 'es'] as Locale[]).forEach((locale) => cmds.push({ id: `locale.${locale}`, title: title(`locale.${locale}` as StringKey, 'language'), keywords: ['language', 'idioma'], run: ({ controller }) => controller.setLocale(locale) }));
  (['procedures', 'anatomy', 'layers', 'views', 'settings'] as const).forEach((a) => cmds.push({ id: `activity.${a}`, title: title(`activity.${a}` as StringKey), run: ({ controller }) => controller.setActivity(a) }));
  return cmds;
}

function shiftLevel(controller: Parameters<WorkbenchCommand['run']>[0]['controller'], by: number) {
  const tab = controller.currentTab();
  const p = tab && controller.getProcedure(tab.procedureId);
  if (!tab || !p || !tab.level) return;
  const next = p.levels[p.levels.indexOf(tab.level) + by];
  if (next) controller.setLevel(next);
}

function cycleTab(controller: Parameters<WorkbenchCommand['run']>[0]['controller'], tabs: readonly { id: string }[], by: number) {
  const cur = controller.currentTab();
  if (!cur || tabs.length < 2) return;
  const i = tabs.findIndex((x) => x.id === cur.id);
  controller.activateTab(tabs[(i + by + tabs.length) % tabs.length]!.id);
}

/** Default keybindings; `?` opens the list. Plain keys are ignored while typing in a field. */
export function builtinKeybindings(): Keybinding[] {
  return [
    { key: 'mod+shift+p', command: 'workbench.action.showCommands' },
    { key: 'f1', command: 'workbench.action.showCommands' },
    { key: 'mod+p', command: 'workbench.action.quickOpen' },
    { key: '?', command: 'workbench.action.showHelp' },
    { key: 'escape', command: 'workbench.action.closeOverlay' },
    { key: 'ArrowRight', command: 'step.next', when: '!palette' },
    { key: 'ArrowLeft', command: 'step.previous', when: '!palette' },
    { key: 'PageDown', command: 'step.next' },
    { key: 'PageUp', command: 'step.previous' },
    { key: ' ', command: 'step.next', when: 'presenter' },
    { key: 'Home', command: 'step.first' },
    { key: 'End', command: 'step.last' },
    { key: 'shift+ArrowUp', command: 'level.up' },
    { key: 'shift+ArrowDown', command: 'level.down' },
    { key: 's', command: 'side.toggle' },
    { key: '1', command: 'view.posterior' },
    { key: '2', command: 'view.lateral' },
    { key: '3', command: 'view.oblique-left' },
    { key: '4', command: 'view.oblique-right' },
    { key: '5', command: 'view.close-up' },
    { key: '6', command: 'view.anterior' },
    { key: 'f', command: 'view.toggleFullscreen' },
    { key: 'x', command: 'view.toggleFluoroscopy' },
    { key: 'l', command: 'view.toggleLabels' },
    { key: 'u', command: 'view.togglePainMap' },
    { key: 'p', command: 'view.togglePresenter' },
    { key: 'mod+b', command: 'view.toggleSideBar' },
    { key: 'mod+j', command: 'view.togglePanel' },
    { key: 'mod+\\', command: 'editor.split' },
    { key: 'alt+w', command: 'editor.closeTab' },
    { key: 'alt+]', command: 'editor.nextTab' },
    { key: 'alt+[', command: 'editor.previousTab' },
    { key: 'alt+\\', command: 'editor.focusOtherPane' },
    { key: 'k', command: 'editor.toggleLinkedCameras', when: 'split' },
    { key: 'r', command: 'readingLevel.toggle' },
    { key: 'd', command: 'markup.pen' },
    { key: 'a', command: 'markup.arrow' },
    { key: 'mod+z', command: 'markup.undo' },
    { key: 'mod+shift+z', command: 'markup.redo' },
    { key: 'mod+y', command: 'markup.redo' },
    { key: 'c', command: 'markup.clear' },
    { key: 'mod+shift+s', command: 'snapshot.save' },
    { key: 'h', command: 'handout.open' },
    { key: 'w', command: 'mirror.openPatientWindow' },
  ];
}

export function builtinContributions(): Contributions {
  return { commands: builtinCommands(), keybindings: builtinKeybindings() };
}
