import type { When, WorkbenchState } from './types';

/** A parsed chord: modifiers plus one key, compared case-insensitively. */
export interface Chord { ctrl: boolean; meta: boolean; alt: boolean; shift: boolean; mod: boolean; key: string }

const ALIASES: Record<string, string> = {
  esc: 'escape', left: 'arrowleft', right: 'arrowright', up: 'arrowup', down: 'arrowdown',
  pgup: 'pageup', pgdn: 'pagedown', space: ' ', spacebar: ' ', plus: '+', del: 'delete',
};

/** Parses `ctrl+shift+p`, `mod+p`, `ArrowRight`, `?`, `shift+/`. `mod` is Cmd on Apple platforms, Ctrl elsewhere. */
export function parseChord(spec: string): Chord {
  const parts = spec.toLowerCase().split('+');
  // A trailing '+' means the plus key itself ("ctrl++").
  if (spec.endsWith('++')) { parts.splice(parts.length - 2, 2, '+'); }
  const chord: Chord = { ctrl: false, meta: false, alt: false, shift: false, mod: false, key: '' };
  for (const raw of parts) {
    const p = raw.trim() || raw;
    if (p === 'ctrl' || p === 'control') chord.ctrl = true;
    else if (p === 'cmd' || p === 'meta' || p === 'command') chord.meta = true;
    else if (p === 'alt' || p === 'option') chord.alt = true;
    else if (p === 'shift') chord.shift = true;
    else if (p === 'mod') chord.mod = true;
    else chord.key = ALIASES[p] ?? p;
  }
  return chord;
}

export function isApple(platform = typeof navigator !== 'undefined' ? navigator.platform : ''): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

interface KeyLike { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }

/**
 * True when the event is the chord. Printable symbols that need Shift on most layouts (`?`) match with or
 * without an explicit `shift`, so `?` and `shift+/` both work. Letter keys compare case-insensitively.
 */
export function matchesChord(event: KeyLike, chord: Chord, apple = isApple()): boolean {
  const wantCtrl = chord.ctrl || (chord.mod && !apple);
  const wantMeta = chord.meta || (chord.mod && apple);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== chord.alt) return false;
  const key = (ALIASES[event.key.toLowerCase()] ?? event.key.toLowerCase());
  const symbol = chord.key.length === 1 && !/[a-z0-9]/.test(chord.key);
  if (symbol) {
    if (key === chord.key) return true;
    // By physical key when a layout or Alt changes event.key (alt+] on a Mac types ‘).
    const phys = PHYSICAL[chord.key];
    return !!phys && event.code === phys[0] && event.shiftKey === (chord.shift || phys[1]);
  }
  if (event.shiftKey !== chord.shift) return false;
  if (key === chord.key) return true;
  // Digits and letters by physical code, so Shift or AltGr layouts still work.
  if (event.code && (event.code === `Key${chord.key.toUpperCase()}` || event.code === `Digit${chord.key}`)) return true;
  return false;
}

/** US-layout physical key of a symbol, and whether it needs Shift there. */
const PHYSICAL: Record<string, [string, boolean]> = {
  '/': ['Slash', false], '?': ['Slash', true], '.': ['Period', false], ',': ['Comma', false], '-': ['Minus', false], '=': ['Equal', false],
  '[': ['BracketLeft', false], ']': ['BracketRight', false], '\\': ['Backslash', false],
};

/** Human label of a chord for menus and the help overlay: `Ctrl+Shift+P` / `⌘⇧P`. */
export function formatChord(spec: string, apple = isApple()): string {
  const c = parseChord(spec);
  const names: Record<string, string> = { arrowleft: '←', arrowright: '→', arrowup: '↑', arrowdown: '↓', ' ': 'Space', escape: 'Esc', pageup: 'PageUp', pagedown: 'PageDown' };
  const key = names[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key[0]!.toUpperCase() + c.key.slice(1));
  if (apple) {
    return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.meta || c.mod ? '⌘' : ''}${key}`;
  }
  return [c.ctrl || c.mod ? 'Ctrl' : '', c.meta ? 'Meta' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

// ---------------------------------------------------------------------------------------------
// `when` clauses
// ---------------------------------------------------------------------------------------------

/** The context keys a `when` string can use. */
export function contextKeys(state: WorkbenchState): Record<string, string | boolean> {
  return {
    palette: state.palette !== undefined,
    help: state.helpOpen,
    presenter: state.presenter,
    split: state.splitTabId !== undefined,
    hasTab: state.activeTabId !== undefined,
    markup: state.markupTool !== undefined,
    activity: state.activity,
    theme: state.theme,
    locale: state.locale,
    mode: state.tabs.find((t) => t.id === state.activeTabId)?.mode ?? '',
  };
}

/**
 * Evaluates a `when` clause: `key`, `!key`, `key == value`, `key != value`, joined by `&&` and `||`
 * (`&&` binds tighter). Unknown keys are false.
 */
export function evaluateWhen(when: When | undefined, state: WorkbenchState): boolean {
  if (when === undefined || when === '') return true;
  if (typeof when === 'function') return when(state);
  const ctx = contextKeys(state);
  return when.split('||').some((alt) =>
    alt.split('&&').every((raw) => {
      const term = raw.trim();
      const eq = /^(!?)([\w.]+)\s*(==|!=)\s*([\w.-]+)$/.exec(term);
      if (eq) {
        const same = String(ctx[eq[2]!] ?? '') === eq[4];
        return eq[3] === '==' ? same : !same;
      }
      const neg = term.startsWith('!');
      const v = Boolean(ctx[neg ? term.slice(1).trim() : term]);
      return neg ? !v : v;
    }),
  );
}
