import { describe, expect, it } from 'vitest';
import { procedures } from '@spine-explainer/procedures';
import type { ProcedureLike } from '../src/types';
import { buildProcedureIndex, parseQuery, searchCommands, searchProcedures, wordScore } from '../src/workbench/fuzzy';
import { decodeDeepLink, encodeDeepLink, type DeepLinkState } from '../src/workbench/deepLink';
import { emptyMarkup, markupReducer, type MarkupStroke } from '../src/workbench/markup';
import { evaluateWhen, formatChord, matchesChord, parseChord } from '../src/workbench/keybindings';
import { THEMES, TEXT_PAIRS, UI_PAIRS, contrastRatio, themeTokens, themeVariables } from '../src/workbench/themes';
import { describeStructure, structuresOfLevel } from '../src/workbench/anatomyTree';
import { createWorkbench } from '../src/workbench/controller';
import { ContributionRegistry } from '../src/workbench/registry';
import { qrMatrix } from '../src/workbench/qr';

const catalog = procedures as unknown as readonly ProcedureLike[];
const index = buildProcedureIndex(catalog);
const top = (q: string) => searchProcedures(index, q)[0];
const ids = (q: string, n = 3) => searchProcedures(index, q).slice(0, n).map((m) => m.procedureId);

describe('palette: query parsing', () => {
  it.each([
    ['L4 5 left transforaminal', 'L4-L5', 'left'],
    ['L4-5 left', 'L4-L5', 'left'],
    ['l4/l5 right', 'L4-L5', 'right'],
    ['L4–L5', 'L4-L5', undefined],
    ['l45', 'L4-L5', undefined],
    ['L5 S1 izquierda', 'L5-S1', 'left'],
    ['l5s1', 'L5-S1', undefined],
    ['L5-1 derecha', 'L5-S1', 'right'],
    ['C7 T1 interlaminar', 'C7-T1', undefined],
    ['T12 stimulator', 'T12', undefined],
    ['L5 nerve root both', 'L5', 'bilateral'],
  ])('%s', (q, level, side) => {
    const p = parseQuery(q);
    expect(p.level).toBe(level);
    expect(p.side).toBe(side);
  });

  it('keeps the other words, without accents and stop words', () => {
    expect(parseQuery('Inyección en la espalda L4 5').terms).toEqual(['inyeccion', 'espalda']);
  });

  it('does not join levels that are not neighbours', () => {
    expect(parseQuery('L4 3').level).toBe('L4');
  });
});

describe('palette: fuzzy matching over the catalog', () => {
  it('"L4 5 left transforaminal" opens the transforaminal at L4-L5 left', () => {
    expect(top('L4 5 left transforaminal')).toMatchObject({ procedureId: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });
  });

  it('"back shot" finds the epidural injections first', () => {
    const first = ids('back shot', 3);
    expect(first.every((id) => id.startsWith('epidural-'))).toBe(true);
  });

  it('"stimulator" finds SCS', () => {
    expect(ids('stimulator', 2).sort()).toEqual(['scs-permanent', 'scs-trial']);
  });

  it('matches Spanish patient words and names', () => {
    expect(ids('estimulador', 2).sort()).toEqual(['scs-permanent', 'scs-trial']);
    expect(top('inyeccion en la espalda')?.procedureId).toMatch(/^epidural-/);
    expect(top('rodilla')?.procedureId).toMatch(/knee|genicular/);
    expect(top('ganglio estrellado')?.procedureId).toBe('stellate-ganglion-block');
  });

  it('matches clinical abbreviations and typos', () => {
    expect(top('rfa')?.procedureId).toBe('radiofrequency-ablation');
    expect(top('tfesi')?.procedureId).toBe('epidural-transforaminal');
    expect(top('transforaminl')?.procedureId).toBe('epidural-transforaminal');
    expect(top('si joint')?.procedureId).toBe('sacroiliac-joint-injection');
    expect(top('sciatica L5')?.procedureId).toMatch(/selective-nerve-root-block|epidural-transforaminal/);
  });

  it('maps a vertebra onto the interspace or single level the procedure uses', () => {
    expect(top('interlaminar L5')).toMatchObject({ procedureId: 'epidural-interlaminar', level: 'L5-S1' });
    expect(top('nerve root block L4 5')).toMatchObject({ procedureId: 'selective-nerve-root-block', level: 'L4' });
    expect(top('medial branch L4 right')).toMatchObject({ procedureId: 'medial-branch-block', level: 'L4', side: 'right' });
  });

  it('prefers procedures that allow the level', () => {
    const m = searchProcedures(index, 'C7 T1 epidural');
    expect(m[0]).toMatchObject({ procedureId: 'epidural-interlaminar', level: 'C7-T1' });
  });

  it('a level alone lists the procedures done there', () => {
    const m = searchProcedures(index, 'L4-L5');
    expect(m.length).toBeGreaterThan(2);
    expect(m.every((x) => x.level)).toBe(true);
  });

  it('an empty query lists every procedure in catalog order; nonsense lists none', () => {
    expect(searchProcedures(index, '').map((m) => m.procedureId)).toEqual(catalog.map((p) => p.id));
    expect(searchProcedures(index, 'zzzzqqq')).toEqual([]);
  });

  it('word scores rank exact over prefix over typo over subsequence', () => {
    const s = ['epidural', 'epid', 'epidurl', 'edrl'].map((t) => wordScore(t, 'epidural'));
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[1]).toBeGreaterThan(s[2]!);
    expect(s[2]).toBeGreaterThan(s[3]!);
    expect(s[3]).toBeGreaterThan(0);
  });

  it('searches commands by title, keywords and id', () => {
    const entries = [
      { id: 'step.next', label: 'Next step', keywords: ['forward'] },
      { id: 'view.toggleFluoroscopy', label: 'Toggle fluoroscopy', keywords: ['xray'] },
      { id: 'theme.dark', label: 'Theme: Dark' },
    ];
    expect(searchCommands(entries, 'fluoro')[0]!.id).toBe('view.toggleFluoroscopy');
    expect(searchCommands(entries, 'xray')[0]!.id).toBe('view.toggleFluoroscopy');
    expect(searchCommands(entries, 'forw')[0]!.id).toBe('step.next');
    expect(searchCommands(entries, 'thm drk')[0]!.id).toBe('theme.dark');
    expect(searchCommands(entries, '')).toHaveLength(3);
  });
});

describe('deep link', () => {
  const full: DeepLinkState = {
    procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 2, view: 'oblique-left', mode: 'fluoro',
    layers: ['bone', 'disc', 'neural'], labels: false, theme: 'dark', locale: 'es',
  };
  it('round-trips the whole view state', () => {
    const hash = encodeDeepLink(full);
    expect(hash).toBe('#sx?p=epidural-transforaminal&l=L4-L5&s=left&st=3&v=oblique-left&m=fluoro&ly=bone,disc,neural&lb=0&th=dark&lo=es');
    expect(decodeDeepLink(hash)).toEqual(full);
    expect(decodeDeepLink(`https://clinic.example/explain${hash}`)).toEqual(full);
    const site: DeepLinkState = { procedure: 'trigger-point-injection', site: 'muscle-trapezius', side: 'right', step: 0 };
    expect(decodeDeepLink(encodeDeepLink(site))).toEqual(site);
  });
  it('drops unknown values instead of guessing', () => {
    expect(decodeDeepLink('#sx?p=epidural-caudal&s=up&v=sideways&th=neon&lo=fr&st=-4&ly=bone,wings')).toEqual({ procedure: 'epidural-caudal', step: 0, layers: ['bone'] });
    expect(decodeDeepLink('#sx?p=<script>')).toBeUndefined();
    expect(decodeDeepLink('#something-else')).toBeUndefined();
  });
  it('a controller restores what it encodes', () => {
    const a = createWorkbench({ procedures: () => catalog, registry: new ContributionRegistry() });
    a.controller.restore(encodeDeepLink(full));
    const link = a.controller.deepLink();
    const b = createWorkbench({ procedures: () => catalog, registry: new ContributionRegistry() });
    expect(b.controller.restore(link)).toBe(true);
    expect(b.controller.deepLink()).toBe(link);
    expect(b.controller.currentTab()).toMatchObject({ procedureId: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 2, view: 'oblique-left', mode: 'fluoro' });
    expect(b.store.getState()).toMatchObject({ theme: 'dark', locale: 'es', labels: false, layers: { skin: false, muscle: false, bone: true, disc: true, neural: true, devices: false } });
  });
});

describe('markup reducer', () => {
  const s = (x: number): MarkupStroke => ({ tool: 'pen', points: [[x, 0], [x, 1]], color: '#f00' });
  it('adds, undoes and redoes in order', () => {
    let m = emptyMarkup('t1:0');
    m = markupReducer(m, { type: 'add', stroke: s(1) });
    m = markupReducer(m, { type: 'add', stroke: s(2) });
    m = markupReducer(m, { type: 'undo' });
    expect(m.strokes).toEqual([s(1)]);
    expect(m.undone).toEqual([s(2)]);
    m = markupReducer(m, { type: 'redo' });
    expect(m.strokes).toEqual([s(1), s(2)]);
    m = markupReducer(m, { type: 'undo' });
    m = markupReducer(m, { type: 'undo' });
    expect(m.strokes).toEqual([]);
    m = markupReducer(m, { type: 'undo' });
    expect(m.strokes).toEqual([]);
    m = markupReducer(m, { type: 'redo' });
    expect(m.strokes).toEqual([s(1)]);
  });
  it('a new stroke drops the redo stack', () => {
    let m = markupReducer(markupReducer(emptyMarkup(), { type: 'add', stroke: s(1) }), { type: 'undo' });
    m = markupReducer(m, { type: 'add', stroke: s(3) });
    expect(m.undone).toEqual([]);
    expect(markupReducer(m, { type: 'redo' })).toBe(m);
  });
  it('clears per step, and ignores single-point strokes', () => {
    let m = markupReducer(emptyMarkup('t1:0'), { type: 'add', stroke: s(1) });
    expect(markupReducer(m, { type: 'step', key: 't1:0' })).toBe(m);
    m = markupReducer(m, { type: 'step', key: 't1:1' });
    expect(m).toEqual(emptyMarkup('t1:1'));
    expect(markupReducer(m, { type: 'add', stroke: { tool: 'pen', points: [[0, 0]], color: '#f00' } })).toBe(m);
    m = markupReducer(markupReducer(m, { type: 'add', stroke: s(1) }), { type: 'clear' });
    expect(m.strokes).toEqual([]);
  });
  it('the controller clears markup when the step changes', () => {
    const w = createWorkbench({ procedures: () => catalog, registry: new ContributionRegistry() });
    w.controller.openProcedure('epidural-caudal');
    w.controller.markup({ type: 'add', stroke: s(1) });
    expect(w.store.getState().markup.strokes).toHaveLength(1);
    w.controller.next();
    expect(w.store.getState().markup.strokes).toHaveLength(0);
  });
});

describe('keybindings', () => {
  const ev = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }> = {}) =>
    ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  it('parses and matches chords, mod = Ctrl off Apple and Cmd on Apple', () => {
    expect(matchesChord(ev('P', { ctrlKey: true, shiftKey: true }), parseChord('ctrl+shift+p'), false)).toBe(true);
    expect(matchesChord(ev('p', { ctrlKey: true }), parseChord('mod+p'), false)).toBe(true);
    expect(matchesChord(ev('p', { metaKey: true }), parseChord('mod+p'), true)).toBe(true);
    expect(matchesChord(ev('p', { ctrlKey: true }), parseChord('mod+p'), true)).toBe(false);
    expect(matchesChord(ev('p', { ctrlKey: true, shiftKey: true }), parseChord('mod+p'), false)).toBe(false);
    expect(matchesChord(ev('ArrowRight'), parseChord('ArrowRight'))).toBe(true);
    expect(matchesChord(ev('ArrowRight', { shiftKey: true }), parseChord('ArrowRight'))).toBe(false);
    expect(matchesChord(ev('1'), parseChord('1'))).toBe(true);
    expect(matchesChord(ev('?', { shiftKey: true }), parseChord('?'))).toBe(true);
    expect(matchesChord(ev('¿', { shiftKey: true, code: 'Slash' }), parseChord('?'))).toBe(true);
    expect(matchesChord(ev('X', { shiftKey: true }), parseChord('x'))).toBe(false); // Shift+X is not X
    expect(matchesChord(ev('X'), parseChord('x'))).toBe(true); // Caps Lock
    expect(matchesChord(ev('‘', { altKey: true, code: 'BracketRight' }), parseChord('alt+]'))).toBe(true);
  });
  it('formats chords for people', () => {
    expect(formatChord('mod+shift+p', false)).toBe('Ctrl+Shift+P');
    expect(formatChord('mod+shift+p', true)).toBe('⇧⌘P');
    expect(formatChord('ArrowRight', false)).toBe('→');
  });
  it('evaluates when clauses against state', () => {
    const w = createWorkbench({ procedures: () => catalog, registry: new ContributionRegistry() });
    const st = () => w.store.getState();
    expect(evaluateWhen('hasTab', st())).toBe(false);
    w.controller.openProcedure('epidural-caudal');
    expect(evaluateWhen('hasTab && !palette', st())).toBe(true);
    expect(evaluateWhen('activity == procedures', st())).toBe(true);
    expect(evaluateWhen('activity != procedures || split', st())).toBe(false);
    expect(evaluateWhen((s) => s.tabs.length === 1, st())).toBe(true);
    expect(evaluateWhen(undefined, st())).toBe(true);
  });
});

describe('themes', () => {
  for (const [name] of Object.entries(THEMES)) {
    it(`${name}: every text pair reaches 4.5:1 and every UI pair 3:1`, () => {
      const tk = themeTokens(name as keyof typeof THEMES);
      const bad: string[] = [];
      for (const [fg, bg] of TEXT_PAIRS) { const r = contrastRatio(tk[fg], tk[bg]); if (r < 4.5) bad.push(`${fg} on ${bg}: ${r.toFixed(2)}`); }
      for (const [fg, bg] of UI_PAIRS) { const r = contrastRatio(tk[fg], tk[bg]); if (r < 3) bad.push(`${fg} on ${bg}: ${r.toFixed(2)}`); }
      expect(bad).toEqual([]);
    });
  }
  it('a clinic accent keeps the status bar and buttons readable', () => {
    for (const accent of ['#2e7d32', '#ffd54f', '#6a1b9a', '#00bcd4']) {
      for (const theme of ['light', 'dark'] as const) {
        const tk = themeTokens(theme, accent);
        expect(contrastRatio(tk['statusBar.foreground'], tk['statusBar.background'])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(tk['button.foreground'], tk['button.background'])).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
  it('maps VS Code token names onto --sx-* variables', () => {
    const v = themeVariables('dark', '#2e7d32');
    expect(v['--sx-wb-editor-background']).toBe('#1f1f1f');
    expect(v['--sx-wb-status-bar-background']).toBe('#2e7d32');
    expect(v['--sx-wb-activity-bar-inactive-foreground']).toBe(THEMES.dark['activityBar.inactiveForeground']);
    expect(v['--sx-accent']).toBe('#2e7d32');
    expect(v['--sx-bg']).toBe('#1f1f1f');
  });
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('anatomy tree data', () => {
  it('lists the DESIGN §2 parts of a lumbar level and names them in both locales', () => {
    const l4 = structuresOfLevel('L4');
    for (const id of ['vertebral-body-L4', 'pedicle-L4-left', 'lamina-L4-right', 'spinous-process-L4', 'transverse-process-L4-left', 'superior-articular-process-L4-left', 'inferior-articular-process-L4-right', 'disc-L4-L5', 'facet-joint-L4-L5-left', 'ligamentum-flavum-L4-L5', 'nerve-root-L4-left', 'dorsal-root-ganglion-L4-right', 'medial-branch-L4-left']) {
      expect(l4).toContain(id);
    }
    expect(structuresOfLevel('L5')).toContain('dorsal-ramus-L5-left');
    expect(describeStructure('facet-joint-L4-L5-left', 'en')?.name).toBe('Facet joint L4–L5 left');
    expect(describeStructure('nerve-root-L5-right', 'es')?.name).toBe('Raíz nerviosa L5 derecho');
    for (const lvl of ['C2', 'T8', 'L5', 'S1']) for (const id of structuresOfLevel(lvl)) expect(describeStructure(id, 'en'), id).toBeDefined();
  });
});

describe('QR', () => {
  it('encodes a deep link into a square matrix', () => {
    const m = qrMatrix(`https://clinic.example/explain${encodeDeepLink({ procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left', step: 0 })}`);
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect(m.every((r) => r.length === m.length)).toBe(true);
    // Finder pattern corner.
    expect(m[0]![0]).toBe(true);
    expect(m[0]![6]).toBe(true);
    expect(m[1]![1]).toBe(false);
  });
});

describe('SSR', () => {
  it('renders to a string in Node without touching window, with the step text as fallback', async () => {
    const { renderToString } = await import('react-dom/server');
    const { Workbench } = await import('../src/workbench');
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Workbench procedure="epidural-transforaminal" level="L5-S1" side="right" />);
    expect(html).toContain('Transforaminal epidural steroid injection');
    expect(html).toContain('role="tablist"');
    expect(html).toContain('This device cannot show 3D');
    expect(html).toContain(procedures.find((p) => p.id === 'epidural-transforaminal')!.steps[0]!.patient.en);
  });
});
