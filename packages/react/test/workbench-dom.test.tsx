// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { procedures } from '@spine-explainer/procedures';
import { Workbench, type WorkbenchController, type WorkbenchProps } from '../src/workbench';
import { builtinCommands, builtinKeybindings } from '../src/workbench/builtins';
import { parseChord } from '../src/workbench/keybindings';
import { forwardRef, useImperativeHandle } from 'react';
import type { EditorViewHandle, EditorViewProps } from '../src/workbench/EditorView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let controller: WorkbenchController;
function setup(props: Partial<WorkbenchProps> = {}) {
  const onReady = (c: WorkbenchController) => { controller = c; };
  const utils = render(<div><button type="button">host button</button><Workbench EditorView={MockEditorView} onReady={onReady} {...props} /></div>);
  const root = utils.container.querySelector<HTMLElement>('.sx-wb')!;
  return { ...utils, root };
}
const views = () => screen.queryAllByTestId('editor-view');
const view = (i = 0) => views()[i]!;
const press = (el: Element, key: string, mods: Partial<KeyboardEventInit> = {}) => act(() => { fireEvent.keyDown(el, { key, ...mods }); });
const tab = () => controller.currentTab()!;

beforeEach(() => { window.location.hash = ''; });
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

// ---------------------------------------------------------------------------------------------
describe('layout shell', () => {
  it('has an activity bar tablist that selects the side bar view, with arrow keys', () => {
    setup();
    const bar = screen.getByRole('tablist', { name: 'Activities' });
    const tabs = within(bar).getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual(['Procedures', 'Anatomy', 'Layers', 'Views', 'Settings']);
    expect(tabs[0]).toHaveProperty('ariaSelected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Procedures' })).toBeTruthy();
    press(tabs[0]!, 'ArrowDown');
    expect(controller.getState().activity).toBe('anatomy');
    expect(screen.getByRole('tabpanel', { name: 'Anatomy' })).toBeTruthy();
    expect(document.activeElement).toBe(tabs[1]);
    press(tabs[1]!, 'End');
    expect(controller.getState().activity).toBe('settings');
    press(tabs[4]!, 'ArrowDown');
    expect(controller.getState().activity).toBe('procedures');
    // Clicking the active activity hides the side bar, as in VS Code.
    act(() => { fireEvent.click(tabs[0]!); });
    expect(controller.getState().sideBarVisible).toBe(false);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('false');
  });

  it('explorer: categories -> procedures -> steps, WAI-ARIA tree keyboard', () => {
    setup();
    const tree = screen.getByRole('tree', { name: 'Procedures' });
    const cats = within(tree).getAllByRole('treeitem', { expanded: true });
    expect(cats.map((c) => c.querySelector('.sx-wb-treelabel')!.textContent)).toEqual(['Nerve blocks', 'Injections', 'Stimulation']);
    const first = cats[0]!;
    expect(first.tabIndex).toBe(0);
    act(() => first.focus());
    press(first, 'ArrowDown'); // first procedure
    const mbb = document.activeElement as HTMLElement;
    expect(mbb.getAttribute('aria-level')).toBe('2');
    expect(mbb.textContent).toContain('Medial branch block');
    press(mbb, 'ArrowRight'); // expand
    expect(mbb.getAttribute('aria-expanded')).toBe('true');
    press(mbb, 'ArrowRight'); // to first step
    const step1 = document.activeElement as HTMLElement;
    expect(step1.getAttribute('aria-level')).toBe('3');
    press(step1, 'ArrowDown');
    press(document.activeElement!, 'ArrowDown');
    press(document.activeElement!, 'Enter'); // opens at step 3
    expect(tab()).toMatchObject({ procedureId: 'medial-branch-block', step: 2 });
    expect(view().dataset.step).toBe('2');
    press(document.activeElement!, 'ArrowLeft'); // to parent
    expect(document.activeElement).toBe(mbb);
    press(mbb, 'ArrowLeft'); // collapse
    expect(mbb.getAttribute('aria-expanded')).toBe('false');
    press(mbb, 'Home');
    expect(document.activeElement).toBe(first);
    press(first, 'End');
    expect((document.activeElement as HTMLElement).textContent).toContain('Spinal cord stimulator implant');
    press(document.activeElement!, 's'); // type-ahead
    expect((document.activeElement as HTMLElement).textContent).toMatch(/^▸?Stimulation|Spinal cord stimulator trial|Selective/);
    // Enter on a procedure opens it at its default level.
    const tf = within(tree).getByText('Transforaminal epidural steroid injection').closest('[role=treeitem]') as HTMLElement;
    act(() => { fireEvent.click(tf); });
    expect(tab()).toMatchObject({ procedureId: 'epidural-transforaminal', level: 'L4-L5', step: 0 });
    // Arrow keys inside the tree do not step the procedure.
    press(tf, 'ArrowRight');
    expect(tab().step).toBe(0);
  });

  it('anatomy: regions -> levels -> structures; selecting highlights and explains', () => {
    setup({ procedure: 'epidural-transforaminal' });
    act(() => controller.setActivity('anatomy'));
    const tree = screen.getByRole('tree', { name: 'Anatomy' });
    const lumbar = within(tree).getByText('Lumbar').closest('[role=treeitem]') as HTMLElement;
    expect(lumbar.getAttribute('aria-expanded')).toBe('true');
    const l4 = within(lumbar).getByText('L4').closest('[role=treeitem]') as HTMLElement;
    expect(l4.getAttribute('aria-expanded')).toBe('true'); // the tab's level is revealed
    const root = within(l4).getByText('Nerve root L4 left').closest('[role=treeitem]') as HTMLElement;
    act(() => { fireEvent.click(root); });
    expect(controller.getState().selectedStructure).toBe('nerve-root-L4-left');
    expect(view().dataset.selected).toBe('nerve-root-L4-left');
    expect(root.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Nerve root L4 left' })).toBeTruthy();
    expect(screen.getByText(/leaving the spine through the foramen/)).toBeTruthy();
    act(() => { fireEvent.keyDown(root, { key: 'Enter' }); }); // again: deselect
    expect(controller.getState().selectedStructure).toBeUndefined();
  });

  it('layer toggles reach the view', () => {
    setup({ procedure: 'epidural-interlaminar' });
    act(() => controller.setActivity('layers'));
    expect(view().dataset.layers).toBe('muscle,bone,disc,neural,devices');
    act(() => { fireEvent.click(screen.getByRole('checkbox', { name: 'Skin' })); });
    act(() => { fireEvent.click(screen.getByRole('checkbox', { name: 'Muscle' })); });
    expect(view().dataset.layers).toBe('skin,bone,disc,neural,devices');
    act(() => { fireEvent.click(screen.getByRole('checkbox', { name: /Labels/ })); });
    expect(view().dataset.labels).toBe('false');
    act(() => { fireEvent.click(screen.getByRole('checkbox', { name: /Fluoroscopy/ })); });
    expect(view().dataset.mode).toBe('fluoro');
  });

  it('tabs keep their own level, side, step and camera', () => {
    setup();
    act(() => { controller.openProcedure('epidural-transforaminal', { level: 'L5-S1', side: 'right' }); });
    act(() => { controller.next(); controller.next(); controller.setCamera('primary', { position: [9, 9, 9], target: [0, 0, 0] }); });
    act(() => { controller.openProcedure('facet-joint-injection', { level: 'L3-L4', side: 'left' }); });
    const tablist = screen.getByRole('tablist', { name: 'Open procedures' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs).toHaveLength(2);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(view().dataset).toMatchObject({ procedure: 'facet-joint-injection', level: 'L3-L4', side: 'left', step: '0' });
    act(() => { fireEvent.click(tabs[0]!); });
    expect(view().dataset).toMatchObject({ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right', step: '2', camera: JSON.stringify({ position: [9, 9, 9], target: [0, 0, 0] }) });
    // Arrow keys move between tabs (and do not step).
    act(() => tabs[0]!.focus());
    press(tabs[0]!, 'ArrowRight');
    expect(tab().procedureId).toBe('facet-joint-injection');
    expect(tab().step).toBe(0);
    // Delete closes the focused tab; the neighbour takes over.
    press(tablist.querySelector('[aria-selected=true]')!, 'Delete');
    expect(screen.getAllByRole('tab', { name: /epidural|facet/i }).length).toBe(1);
    expect(tab().procedureId).toBe('epidural-transforaminal');
    // Opening an open procedure focuses its tab instead of duplicating it.
    act(() => { controller.openProcedure('epidural-transforaminal'); });
    expect(controller.getState().tabs).toHaveLength(1);
    act(() => { controller.closeTab(); });
    expect(views()).toHaveLength(0);
    expect(screen.getByText(/Open a procedure from the explorer/)).toBeTruthy();
  });

  it('split view compares two tabs; linked cameras follow each other', () => {
    setup();
    act(() => { controller.openProcedure('epidural-interlaminar'); controller.openProcedure('epidural-transforaminal'); controller.activateTab(controller.getState().tabs[0]!.id); });
    act(() => { fireEvent.click(screen.getByRole('button', { name: 'Split editor' })); });
    expect(views()).toHaveLength(2);
    expect(views().map((v) => v.dataset.procedure)).toEqual(['epidural-interlaminar', 'epidural-transforaminal']);
    expect(controller.getState().focusedPane).toBe('secondary');
    // Steps act on the focused pane only.
    act(() => controller.next());
    expect(views().map((v) => v.dataset.step)).toEqual(['0', '1']);
    act(() => { fireEvent.pointerDown(view(0)); });
    expect(controller.getState().focusedPane).toBe('primary');
    // Unlinked: the camera of one pane stays its own.
    act(() => { fireEvent.click(view(0)); });
    expect(view(0).dataset.camera).not.toBe('');
    expect(view(1).dataset.camera).toBe('');
    // Linked: views and cameras follow.
    act(() => { fireEvent.click(screen.getByRole('button', { name: 'Link cameras' })); });
    expect(screen.getByRole('button', { name: 'Link cameras' }).getAttribute('aria-pressed')).toBe('true');
    act(() => controller.setView('lateral'));
    expect(views().map((v) => v.dataset.view)).toEqual(['lateral', 'lateral']);
    act(() => { fireEvent.click(view(1)); });
    expect(view(0).dataset.camera).toBe(view(1).dataset.camera);
    // Same procedure, two levels: split with one tab opens a second copy.
    act(() => controller.unsplit());
    act(() => { controller.closeTab(controller.getState().tabs[1]!.id); });
    expect(controller.getState().tabs).toHaveLength(1);
    act(() => controller.split());
    expect(views()).toHaveLength(2);
    act(() => controller.setLevel('L5-S1'));
    expect(views().map((v) => v.dataset.level)).toEqual(['L4-L5', 'L5-S1']);
  });

  it('breadcrumbs: Spine › Lumbar › L4–L5 › procedure › Step n, each part clickable', () => {
    setup({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });
    act(() => { controller.goToStep(2); });
    const nav = screen.getByRole('navigation', { name: 'Location' });
    expect(nav.textContent).toBe('SpineLumbarL4–L5Transforaminal epidural steroid injectionStep 3');
    const [spine, region, level, proc, step] = within(nav).getAllByRole('button');
    // Level: a menu of the allowed levels.
    act(() => { fireEvent.click(level!); });
    const menu = screen.getByRole('menu', { name: 'L4–L5' });
    expect(within(menu).getAllByRole('menuitemradio').map((m) => m.textContent)).toEqual(['L1–L2', 'L2–L3', 'L3–L4', 'L4–L5', 'L5–S1']);
    expect(within(menu).getByRole('menuitemradio', { checked: true }).textContent).toBe('L4–L5');
    press(document.activeElement!, 'ArrowDown');
    press(document.activeElement!, 'Enter');
    expect(tab().level).toBe('L5-S1');
    expect(screen.queryByRole('menu')).toBeNull();
    // Step: a menu of the steps.
    act(() => { fireEvent.click(step!); });
    act(() => { fireEvent.click(within(screen.getByRole('menu')).getAllByRole('menuitemradio')[0]!); });
    expect(tab().step).toBe(0);
    // Procedure: siblings in the category.
    act(() => { fireEvent.click(proc!); });
    const items = within(screen.getByRole('menu')).getAllByRole('menuitemradio').map((m) => m.textContent);
    expect(items).toContain('Caudal epidural steroid injection');
    act(() => { fireEvent.click(within(screen.getByRole('menu')).getByText('Caudal epidural steroid injection')); });
    expect(tab().procedureId).toBe('epidural-caudal');
    // Spine and region open the anatomy side bar.
    act(() => controller.openProcedure('epidural-transforaminal'));
    act(() => { fireEvent.click(within(screen.getByRole('navigation', { name: 'Location' })).getAllByRole('button')[1]!); });
    expect(controller.getState().activity).toBe('anatomy');
    void spine; void region;
  });

  it('details panel: patient and clinician text and the facts', () => {
    setup({ procedure: 'epidural-transforaminal' });
    const p = procedures.find((x) => x.id === 'epidural-transforaminal')!;
    const fill = (x: string) => x.replace(/\{level\}/g, 'L4-L5');
    const panel = screen.getByRole('region', { name: /Details/ });
    expect(panel.textContent).toContain(fill(p.steps[0]!.patient.en));
    expect(panel.textContent).toContain(fill(p.steps[0]!.clinician.en));
    for (const label of ['Medication', 'Duration', 'Recovery', 'Purpose', 'Safety landmark']) expect(within(panel).getByText(label)).toBeTruthy();
    expect(panel.textContent).toContain(p.medication.en);
    expect(panel.textContent).toContain(p.safety.en);
    act(() => controller.next());
    expect(panel.textContent).toContain(fill(p.steps[1]!.patient.en));
    expect(panel.textContent).not.toContain('{level}');
    act(() => controller.setLocale('es'));
    expect(screen.getByRole('region', { name: /Detalles/ }).textContent).toContain(fill(p.steps[1]!.patient.es!));
  });

  it('status bar: level, side, view, step n/m, imaging, language, theme', () => {
    setup({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });
    const bar = screen.getByRole('contentinfo', { hidden: true }) ?? undefined;
    void bar;
    const status = document.querySelector('.sx-wb-statusbar') as HTMLElement;
    const items = Object.fromEntries([...status.querySelectorAll<HTMLElement>('[data-item]')].map((b) => [b.dataset.item, b.textContent]));
    expect(items).toEqual({ level: 'L4–L5', side: 'Left', view: 'Back (AP)', step: '1/7', imaging: '3D anatomy · fluoroscopy-guided', language: 'EN', theme: 'Light' });
    act(() => { fireEvent.click(status.querySelector('[data-item=theme]')!); });
    expect(controller.getState().theme).toBe('dark');
    act(() => { fireEvent.click(status.querySelector('[data-item=side]')!); });
    expect(tab().side).toBe('right');
    act(() => { fireEvent.click(status.querySelector('[data-item=language]')!); });
    expect(controller.getState().locale).toBe('es');
    expect(status.querySelector('[data-item=step]')!.textContent).toBe('1/7');
  });
});

// ---------------------------------------------------------------------------------------------
describe('command palette', () => {
  it('Ctrl+Shift+P runs commands; Ctrl+P quick-opens procedures by clinical or patient words', () => {
    const { root } = setup({ procedure: 'epidural-interlaminar' });
    press(root, 'P', { ctrlKey: true, shiftKey: true });
    const input = screen.getByRole('combobox');
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).value).toBe('>');
    act(() => { fireEvent.change(input, { target: { value: '>fluoro' } }); });
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0]!.textContent).toMatch(/Toggle fluoroscopy.*X/);
    press(input, 'Enter');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(tab().mode).toBe('fluoro');

    press(root, 'p', { ctrlKey: true });
    const qi = screen.getByRole('combobox');
    expect((qi as HTMLInputElement).value).toBe('');
    act(() => { fireEvent.change(qi, { target: { value: 'L4 5 left transforaminal' } }); });
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Transforaminal epidural steroid injection');
    expect(first.textContent).toContain('L4–L5 Left');
    expect(qi.getAttribute('aria-activedescendant')).toBe(first.id);
    press(qi, 'Enter');
    expect(tab()).toMatchObject({ procedureId: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });

    press(root, 'p', { ctrlKey: true });
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe(''); // a fresh query on every opening
    act(() => { fireEvent.change(screen.getByRole('combobox'), { target: { value: 'stimulator' } }); });
    const opts = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(opts.slice(0, 2).map((o) => o.textContent)).toEqual([expect.stringContaining('Spinal cord stimulator'), expect.stringContaining('Spinal cord stimulator')]);
    press(screen.getByRole('combobox'), 'ArrowDown');
    expect(opts[1]!.getAttribute('aria-selected')).toBe('true');
    press(screen.getByRole('combobox'), 'Escape');
    expect(screen.queryByRole('combobox')).toBeNull();

    // Typing '>' in quick open switches to commands.
    press(root, 'p', { ctrlKey: true });
    act(() => { fireEvent.change(screen.getByRole('combobox'), { target: { value: '>theme dark' } }); });
    press(screen.getByRole('combobox'), 'Enter');
    expect(controller.getState().theme).toBe('dark');
  });

  it('"back shot" lists the epidurals first', () => {
    const { root } = setup();
    press(root, 'p', { ctrlKey: true });
    act(() => { fireEvent.change(screen.getByRole('combobox'), { target: { value: 'back shot' } }); });
    const texts = within(screen.getByRole('listbox')).getAllByRole('option').slice(0, 3).map((o) => o.textContent);
    for (const t of texts) expect(t).toMatch(/epidural/i);
  });
});

// ---------------------------------------------------------------------------------------------
describe('keybindings', () => {
  it('arrows step, 1–6 views, F fullscreen, X fluoroscopy, L labels, ? help', () => {
    const { root } = setup({ procedure: 'epidural-transforaminal', side: 'left' });
    press(root, 'ArrowRight');
    press(root, 'ArrowRight');
    expect(tab().step).toBe(2);
    press(root, 'ArrowLeft');
    expect(tab().step).toBe(1);
    press(root, 'PageDown');
    expect(tab().step).toBe(2);
    press(root, 'PageUp');
    press(root, 'Home');
    expect(tab().step).toBe(0);
    press(root, 'End');
    expect(tab().step).toBe(6);
    const order = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'close-up', 'anterior'];
    order.forEach((v, i) => { press(root, String(i + 1)); expect(view().dataset.view).toBe(v); });
    press(root, 'x');
    expect(view().dataset.mode).toBe('fluoro');
    press(root, 'x');
    expect(view().dataset.mode).toBe('anatomy');
    press(root, 'l');
    expect(view().dataset.labels).toBe('false');
    press(root, 'f');
    expect(root.dataset.fullscreen).toBe('true');
    press(root, 'f');
    expect(root.dataset.fullscreen).toBeUndefined();
    press(root, '?', { shiftKey: true });
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('row', { name: /Next step/ }).textContent).toContain('→');
    expect(within(help).getByRole('row', { name: /Toggle fluoroscopy/ }).textContent).toContain('X');
    press(help, 'Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('every built-in keybinding runs its command', async () => {
    const { root } = setup({ procedure: 'epidural-transforaminal' });
    const spy = vi.spyOn(controller, 'executeCommand').mockResolvedValue(true);
    const apple = false;
    for (const kb of builtinKeybindings()) {
      spy.mockClear();
      // Put the state the `when` clause wants.
      act(() => { controller.closePalette(); controller.togglePresenter(kb.when === 'presenter' || kb.command === 'workbench.action.closeOverlay'); if (kb.when === 'split' || builtinCommands().find((x) => x.id === kb.command)?.when === 'split') controller.split(); else controller.unsplit(); });
      const c = parseChord(kb.key);
      const key = c.key === 'arrowright' ? 'ArrowRight' : c.key === 'arrowleft' ? 'ArrowLeft' : c.key === 'arrowup' ? 'ArrowUp' : c.key === 'arrowdown' ? 'ArrowDown' : c.key === 'pagedown' ? 'PageDown' : c.key === 'pageup' ? 'PageUp' : c.key === 'home' ? 'Home' : c.key === 'end' ? 'End' : c.key === 'escape' ? 'Escape' : c.key === 'f1' ? 'F1' : c.key;
      press(root, key, { ctrlKey: c.ctrl || (c.mod && !apple), metaKey: c.meta, altKey: c.alt, shiftKey: c.shift || key === '?' });
      const ran = spy.mock.calls.map((x) => x[0]);
      if (kb.command === 'workbench.action.closeOverlay') { expect(ran, kb.key).toEqual(['workbench.action.closeOverlay']); continue; }
      expect(ran, `${kb.key} -> ${kb.command}`).toEqual([kb.command]);
    }
  });

  it('keys are scoped to the workbench root and ignored while typing', () => {
    const { root } = setup({ procedure: 'epidural-transforaminal' });
    act(() => { fireEvent.keyDown(document.body, { key: 'ArrowRight' }); });
    act(() => { fireEvent.keyDown(screen.getByRole('button', { name: 'host button' }), { key: 'ArrowRight' }); });
    expect(tab().step).toBe(0);
    act(() => controller.setActivity('settings'));
    const select = screen.getByRole('combobox', { name: 'Language' });
    press(select, 'x');
    expect(tab().mode).toBe('anatomy');
    press(root, 'ArrowRight');
    expect(tab().step).toBe(1);
  });

  it('presenter mode hides the chrome, takes remote keys and Esc', () => {
    const { root } = setup({ procedure: 'epidural-transforaminal' });
    press(root, 'p');
    expect(root.dataset.presenter).toBe('true');
    expect(controller.getState().presenter).toBe(true);
    press(root, 'PageDown');
    press(root, ' ');
    expect(tab().step).toBe(2);
    press(root, 'PageUp');
    expect(tab().step).toBe(1);
    expect(screen.getByRole('button', { name: /Exit presenter mode/ })).toBeTruthy();
    press(root, 'Escape');
    expect(root.dataset.presenter).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
describe('commands', () => {
  it('every built-in command does what it says', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    setup({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });
    const s = () => controller.getState();
    const run = async (id: string) => { let ok = false; await act(async () => { ok = await controller.executeCommand(id); }); return ok; };
    const expectations: Record<string, () => void | Promise<void>> = {
      'workbench.action.showCommands': () => expect(s().palette).toBe('commands'),
      'workbench.action.quickOpen': () => expect(s().palette).toBe('procedures'),
      'workbench.action.showHelp': () => expect(s().helpOpen).toBe(true),
      'step.next': () => expect(tab().step).toBe(1),
      'step.previous': () => expect(tab().step).toBe(0),
      'step.first': () => expect(tab().step).toBe(0),
      'step.last': () => expect(tab().step).toBe(6),
      'level.up': () => expect(tab().level).toBe('L3-L4'),
      'level.down': () => expect(tab().level).toBe('L4-L5'),
      'side.toggle': () => expect(tab().side).toBe('right'),
      'view.toggleFluoroscopy': () => expect(tab().mode).toBe('fluoro'),
      'view.toggleLabels': () => expect(s().labels).toBe(false),
      'view.togglePainMap': () => expect(s().painMap).toBe(true),
      'view.toggleFullscreen': () => expect(s().fullscreen).toBe(true),
      'view.togglePresenter': () => expect(s().presenter).toBe(true),
      'view.toggleSideBar': () => expect(s().sideBarVisible).toBe(false),
      'view.togglePanel': () => expect(s().panelVisible).toBe(false),
      'editor.split': () => expect(s().splitTabId).toBeDefined(),
      'editor.toggleLinkedCameras': () => expect(s().linkedCameras).toBe(true),
      'editor.focusOtherPane': () => expect(s().focusedPane).toBe('primary'),
      'editor.unsplit': () => expect(s().splitTabId).toBeUndefined(),
      'editor.nextTab': () => expect(tab().id).toBe(s().tabs[1]!.id),
      'editor.previousTab': () => expect(tab().id).toBe(s().tabs[0]!.id),
      'readingLevel.toggle': () => expect(s().readingLevel).toBe('clinician'),
      'markup.pen': () => expect(s().markupTool).toBe('pen'),
      'markup.arrow': () => expect(s().markupTool).toBe('arrow'),
      'markup.undo': () => expect(s().markup.strokes).toHaveLength(0),
      'markup.redo': () => expect(s().markup.strokes).toHaveLength(1),
      'markup.clear': () => expect(s().markup.strokes).toHaveLength(0),
      'snapshot.save': () => {},
      'handout.open': () => expect(open).toHaveBeenCalledWith('', '_blank'),
      'mirror.openPatientWindow': () => expect(open).toHaveBeenCalledWith(expect.stringMatching(/#sx-patient=/), expect.any(String), expect.any(String)),
      'link.copy': () => expect(window.location.hash).toMatch(/^#sx\?p=epidural-transforaminal/),
      'view.posterior': () => expect(tab().view).toBe('posterior'),
      'view.lateral': () => expect(tab().view).toBe('lateral'),
      'view.oblique-left': () => expect(tab().view).toBe('oblique-left'),
      'view.oblique-right': () => expect(tab().view).toBe('oblique-right'),
      'view.close-up': () => expect(tab().view).toBe('close-up'),
      'view.anterior': () => expect(tab().view).toBe('anterior'),
      'theme.light': () => expect(s().theme).toBe('light'),
      'theme.dark': () => expect(s().theme).toBe('dark'),
      'theme.high-contrast': () => expect(s().theme).toBe('high-contrast'),
      'locale.es': () => expect(s().locale).toBe('es'),
      'locale.en': () => expect(s().locale).toBe('en'),
      'activity.anatomy': () => expect(s().activity).toBe('anatomy'),
      'activity.layers': () => expect(s().activity).toBe('layers'),
      'activity.views': () => expect(s().activity).toBe('views'),
      'activity.settings': () => expect(s().activity).toBe('settings'),
      'activity.procedures': () => expect(s().activity).toBe('procedures'),
      'workbench.action.closeOverlay': () => expect(s().presenter).toBe(false),
      'editor.closeTab': () => expect(s().tabs).toHaveLength(1),
    };
    for (const layer of ['skin', 'muscle', 'bone', 'disc', 'neural', 'devices']) {
      expectations[`layer.toggle.${layer}`] = () => expect(s().layers[layer as 'skin']).toBe(layer === 'skin');
    }
    const ids = builtinCommands().map((c) => c.id);
    expect(Object.keys(expectations).sort()).toEqual([...ids].sort());
    const order = Object.keys(expectations);
    for (const id of order) {
      // Set up what the command needs.
      act(() => { controller.closePalette(); controller.toggleHelp(false); });
      if (id === 'editor.split') act(() => { controller.openProcedure('epidural-caudal'); controller.activateTab(s().tabs[0]!.id); });
      if (id === 'markup.undo') act(() => controller.markup({ type: 'add', stroke: { tool: 'pen', points: [[0, 0], [1, 1]], color: '#f00' } }));
      if (id === 'markup.clear') act(() => controller.markup({ type: 'add', stroke: { tool: 'pen', points: [[0, 0], [1, 1]], color: '#f00' } }));
      if (id === 'editor.nextTab' || id === 'editor.previousTab') act(() => controller.focusPane('primary'));
      if (id === 'workbench.action.closeOverlay') act(() => controller.togglePresenter(true));
      if (id.startsWith('layer.toggle.')) { /* each toggles once from the default (all but skin on) */ }
      expect(await run(id), id).toBe(true);
      await expectations[id]!();
      if (id === 'view.togglePresenter') act(() => controller.togglePresenter(false));
      if (id === 'view.toggleFullscreen') act(() => controller.toggleFullscreen(false));
      if (id === 'view.toggleSideBar') act(() => controller.toggleSideBar(true));
      if (id === 'view.togglePanel') act(() => controller.togglePanel(true));
      if (id === 'markup.pen' || id === 'markup.arrow') act(() => controller.setMarkupTool(undefined));
      if (id === 'view.toggleLabels') act(() => controller.toggleLabels());
      if (id === 'view.toggleFluoroscopy') act(() => controller.setMode('anatomy'));
    }
  });

  it('disabled and unknown commands resolve false and report', async () => {
    const onError = vi.fn();
    setup({ onError });
    let r: boolean[] = [];
    await act(async () => { r = [await controller.executeCommand('step.next'), await controller.executeCommand('nope.nothing')]; });
    expect(r).toEqual([false, false]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown-command' }));
  });
});

// ---------------------------------------------------------------------------------------------
describe('contributions', () => {
  const customProcedure = () => {
    const base = structuredClone(procedures.find((p) => p.id === 'epidural-caudal')!) as unknown as Record<string, unknown>;
    return { ...base, id: 'clinic-caudal-variant', name: { en: 'Clinic caudal variant', es: 'Variante caudal de la clínica' } };
  };

  it('registers commands, keybindings, views and procedures through one registry', async () => {
    const ran = vi.fn();
    const contributions = {
      commands: [{ id: 'clinic.bookFollowUp', title: { en: 'Book a follow-up', es: 'Pedir cita' }, keywords: ['appointment'], run: ran }],
      keybindings: [{ key: 'b', command: 'clinic.bookFollowUp' }, { key: 'x', command: 'clinic.bookFollowUp', when: 'hasTab' }],
      views: [
        { id: 'clinic.faq', title: 'Clinic FAQ', render: () => <p>Parking is behind the building.</p> },
        { id: 'clinic.notes', title: 'Clinic notes', container: 'procedures', order: 50, render: () => <p>Shown under the explorer.</p> },
      ],
      procedures: [customProcedure()],
    };
    const { root } = setup({ contributions });
    // Command in the palette.
    press(root, 'P', { ctrlKey: true, shiftKey: true });
    act(() => { fireEvent.change(screen.getByRole('combobox'), { target: { value: '>appointment' } }); });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]!.textContent).toMatch(/Book a follow-up\s*B/);
    press(screen.getByRole('combobox'), 'Enter');
    await act(async () => {});
    expect(ran).toHaveBeenCalledTimes(1);
    expect(ran.mock.calls[0]![0].controller).toBe(controller);
    // Keybinding.
    press(root, 'b');
    expect(ran).toHaveBeenCalledTimes(2);
    // A host binding overrides a built-in one for the same key.
    act(() => { controller.openProcedure('epidural-caudal'); });
    press(root, 'x');
    expect(ran).toHaveBeenCalledTimes(3);
    expect(tab().mode).toBe('anatomy');
    // Views: a new activity, and a section in an existing one.
    expect(screen.getByRole('tab', { name: 'Clinic FAQ' })).toBeTruthy();
    expect(screen.getByText('Shown under the explorer.')).toBeTruthy();
    act(() => { fireEvent.click(screen.getByRole('tab', { name: 'Clinic FAQ' })); });
    expect(screen.getByText('Parking is behind the building.')).toBeTruthy();
    // Procedure: validated, in the explorer and quick open.
    act(() => controller.setActivity('procedures'));
    expect(screen.getByText('Clinic caudal variant')).toBeTruthy();
    let opened = false;
    act(() => { opened = controller.openProcedure('clinic-caudal-variant'); });
    expect(opened).toBe(true);
    expect(view().dataset.procedure).toBe('clinic-caudal-variant');
  });

  it('rejects a bad procedure with validateCatalog paths, and keeps the rest', () => {
    const onError = vi.fn();
    setup({ onError });
    const bad = { ...customProcedure(), id: 'clinic-bad', category: 'surgery', steps: [{ id: 'x', title: { en: 'T' } }] };
    let dispose = () => {};
    act(() => {
      dispose = controller.registerContribution({
        commands: [{ id: 'clinic.ok', title: 'OK', run: () => {} }, { id: 'step.next', title: 'dup', run: () => {} }],
        procedures: [bad],
      });
    });
    expect(onError).toHaveBeenCalledTimes(1);
    const err = onError.mock.calls[0]![0];
    expect(err.code).toBe('invalid-contribution');
    const paths = err.problems.map((p: { path: string }) => p.path);
    expect(paths).toContain('procedures[0].category');
    expect(paths.some((p: string) => p.startsWith('procedures[0].steps[0]'))).toBe(true);
    expect(paths).toContain('commands[1].id');
    expect(err.problems.find((p: { path: string }) => p.path === 'procedures[0].category').message).toMatch(/surgery/);
    expect(controller.getProcedure('clinic-bad')).toBeUndefined();
    // The valid command went in.
    expect(screen.queryByText('clinic-bad')).toBeNull();
    act(() => dispose());
    // A duplicate id of a built-in procedure is rejected too.
    act(() => { controller.registerContribution({ procedures: [{ ...customProcedure(), id: 'epidural-caudal' }] }); });
    expect(onError.mock.calls[1]![0].problems).toEqual([{ path: 'procedures[0].id', message: 'procedure "epidural-caudal" already exists' }]);
  });

  it('registerContribution returns a disposer that removes exactly what it added', async () => {
    setup();
    const before = controller.procedures().length;
    let dispose = () => {};
    act(() => {
      dispose = controller.registerContribution({
        commands: [{ id: 'clinic.hello', title: 'Hello', run: () => {} }],
        keybindings: [{ key: 'h', command: 'clinic.hello' }],
        views: [{ id: 'clinic.hello', title: 'Hello view', render: () => <p>hello</p> }],
        procedures: [customProcedure()],
      });
    });
    expect(controller.procedures()).toHaveLength(before + 1);
    act(() => { controller.openProcedure('clinic-caudal-variant'); });
    expect(screen.getByRole('tab', { name: 'Hello view' })).toBeTruthy();
    act(() => dispose());
    expect(controller.procedures()).toHaveLength(before);
    expect(screen.queryByRole('tab', { name: 'Hello view' })).toBeNull();
    expect(controller.getState().tabs).toHaveLength(0); // its tab closed
    let ok = true;
    await act(async () => { ok = await controller.executeCommand('clinic.hello'); });
    expect(ok).toBe(false);
    // Built-ins are still there.
    await act(async () => { ok = await controller.executeCommand('theme.dark'); });
    expect(ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('consult features', () => {
  it('markup: pen strokes on the view, undo/redo keys, cleared per step', () => {
    const { root } = setup({ procedure: 'epidural-transforaminal' });
    press(root, 'd');
    const canvas = root.querySelector<HTMLCanvasElement>('.sx-wb-markup')!;
    act(() => {
      fireEvent.pointerDown(canvas, { clientX: 10, clientY: 10, pointerId: 1 });
      fireEvent.pointerMove(canvas, { clientX: 20, clientY: 30, pointerId: 1 });
      fireEvent.pointerUp(canvas, { pointerId: 1 });
    });
    expect(canvas.dataset.strokes).toBe('1');
    press(root, 'a');
    act(() => {
      fireEvent.pointerDown(canvas, { clientX: 50, clientY: 50, pointerId: 1 });
      fireEvent.pointerMove(canvas, { clientX: 80, clientY: 60, pointerId: 1 });
      fireEvent.pointerUp(canvas, { pointerId: 1 });
    });
    expect(controller.getState().markup.strokes.map((s) => s.tool)).toEqual(['pen', 'arrow']);
    press(root, 'z', { ctrlKey: true });
    expect(canvas.dataset.strokes).toBe('1');
    press(root, 'z', { ctrlKey: true, shiftKey: true });
    expect(canvas.dataset.strokes).toBe('2');
    press(root, 'Escape'); // leaves the tool
    expect(controller.getState().markupTool).toBeUndefined();
    press(root, 'ArrowRight');
    expect(root.querySelector<HTMLCanvasElement>('.sx-wb-markup')!.dataset.strokes).toBe('0');
  });

  it('deep link in the hash: written on change, restored on load', () => {
    window.location.hash = '#sx?p=facet-joint-injection&l=L3-L4&s=right&st=2&v=lateral&th=dark&lo=es';
    setup({ syncHash: true });
    expect(tab()).toMatchObject({ procedureId: 'facet-joint-injection', level: 'L3-L4', side: 'right', step: 1, view: 'lateral' });
    expect(controller.getState()).toMatchObject({ theme: 'dark', locale: 'es' });
    act(() => controller.next());
    expect(window.location.hash).toMatch(/^#sx\?p=facet-joint-injection&l=L3-L4&s=right&st=3&/);
  });

  it('mirrors state to a patient window over BroadcastChannel', async () => {
    const channel = `test-${Math.random().toString(36).slice(2)}`;
    let presenter!: WorkbenchController;
    let patient!: WorkbenchController;
    render(<>
      <Workbench EditorView={MockEditorView} mirror={{ role: 'presenter', channel }} onReady={(c) => { presenter = c; }} />
      <Workbench EditorView={MockEditorView} mirror={{ role: 'patient', channel }} onReady={(c) => { patient = c; }} />
    </>);
    const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));
    await settle();
    act(() => { presenter.openProcedure('epidural-transforaminal', { level: 'L5-S1', side: 'right' }); presenter.next(); presenter.setTheme('dark'); });
    await settle();
    expect(patient.currentTab()).toMatchObject({ procedureId: 'epidural-transforaminal', level: 'L5-S1', side: 'right', step: 1 });
    expect(patient.getState()).toMatchObject({ theme: 'dark', presenter: true });
    const roots = document.querySelectorAll<HTMLElement>('.sx-wb');
    expect(roots[1]!.dataset.patient).toBe('true');
    // The patient window ignores keys: it only follows.
    act(() => { fireEvent.keyDown(roots[1]!, { key: 'ArrowRight' }); });
    expect(patient.currentTab()!.step).toBe(1);
  });
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

describe('handout', () => {
  it('has the procedure, level and side, every step for the patient, aftercare and a QR code, and asks for nothing', async () => {
    const { buildHandout } = await import('../src/workbench/handout');
    setup({ procedure: 'epidural-transforaminal', level: 'L5-S1', side: 'right', locale: 'es' });
    const doc = document.implementation.createHTMLDocument('');
    buildHandout(doc, { controller, link: `https://clinic.example/x${controller.deepLink()}` });
    const p = procedures.find((x) => x.id === 'epidural-transforaminal')!;
    const text = doc.body.textContent!;
    expect(doc.querySelector('h1')!.textContent).toBe(p.name.es);
    expect(doc.querySelector('.meta')!.textContent).toBe('L5–S1 · Derecho');
    for (const s of p.steps) expect(text).toContain(s.patient.es!.replace('{level}', 'L5-S1'));
    expect(text).not.toContain('{level}');
    expect(text).toContain(p.recovery.es!.replace(/\s*\[[A-Z0-9_]+(?:,\s*[A-Z0-9_]+)*\]/g, '').trim());
    expect(text).not.toMatch(/\[[A-Z0-9_]{4,}/); // no source keys on a patient sheet
    expect(doc.querySelectorAll('figure.qr svg path')).toHaveLength(1);
    expect(doc.querySelector('a')!.getAttribute('href')).toMatch(/#sx\?p=epidural-transforaminal&l=L5-S1&s=right/);
    expect(doc.querySelectorAll('input, textarea, select, form, script')).toHaveLength(0);
    expect(doc.documentElement.lang).toBe('es');
  });
});

describe('events', () => {
  it('onStepChange and onProcedureChange say whether the user or the API caused them', () => {
    const onStepChange = vi.fn();
    const onProcedureChange = vi.fn();
    const { root } = setup({ onStepChange, onProcedureChange });
    act(() => { controller.openProcedure('epidural-caudal'); });
    expect(onProcedureChange).toHaveBeenLastCalledWith(expect.objectContaining({ procedure: 'epidural-caudal', source: 'api' }));
    act(() => controller.next());
    expect(onStepChange).toHaveBeenLastCalledWith(expect.objectContaining({ step: 1, source: 'api' }));
    press(root, 'ArrowRight');
    expect(onStepChange).toHaveBeenLastCalledWith(expect.objectContaining({ step: 2, stepCount: expect.any(Number), source: 'user' }));
    act(() => { fireEvent.click(screen.getByText('Facet joint injection').closest('[role=treeitem]')!); });
    expect(onProcedureChange).toHaveBeenLastCalledWith(expect.objectContaining({ procedure: 'facet-joint-injection', source: 'user' }));
  });
});

describe('editor toolbar', () => {
  it('is one tab stop; arrow keys move between enabled buttons', () => {
    setup({ procedure: 'epidural-transforaminal' });
    const bar = screen.getByRole('toolbar');
    const enabled = within(bar).getAllByRole('button').filter((b) => !(b as HTMLButtonElement).disabled);
    expect(enabled.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => enabled[0]!.focus());
    press(enabled[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(enabled[1]);
    expect(enabled[1]!.tabIndex).toBe(0);
    press(enabled[1]!, 'End');
    expect(document.activeElement).toBe(enabled[enabled.length - 1]);
    press(document.activeElement!, 'ArrowRight');
    expect(document.activeElement).toBe(enabled[0]);
    expect(tab().step).toBe(0); // arrows in the toolbar do not step
  });
});
