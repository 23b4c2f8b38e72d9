import type { Theme } from '../types';

/**
 * Colour tokens with VS Code's names (`editor.background`, `statusBar.foreground`…). Each becomes a CSS
 * custom property `--sx-wb-<kebab token>` on the workbench root; the common ones also set the shared
 * `--sx-*` variables the scene reads (`--sx-bg`, `--sx-fg`, `--sx-accent`, `--sx-focus`).
 */
export type ThemeTokens = Record<ThemeToken, string>;

export type ThemeToken =
  | 'foreground' | 'descriptionForeground' | 'focusBorder' | 'contrastBorder' | 'widget.shadow'
  | 'editor.background' | 'editor.foreground'
  | 'sideBar.background' | 'sideBar.foreground' | 'sideBarSectionHeader.background' | 'sideBarSectionHeader.foreground'
  | 'activityBar.background' | 'activityBar.foreground' | 'activityBar.inactiveForeground' | 'activityBar.activeBorder'
  | 'statusBar.background' | 'statusBar.foreground'
  | 'tab.activeBackground' | 'tab.activeForeground' | 'tab.inactiveBackground' | 'tab.inactiveForeground' | 'tab.activeBorderTop' | 'tab.border'
  | 'panel.background' | 'panel.border' | 'panelTitle.activeForeground'
  | 'breadcrumb.foreground' | 'breadcrumb.background'
  | 'list.activeSelectionBackground' | 'list.activeSelectionForeground' | 'list.hoverBackground'
  | 'input.background' | 'input.foreground' | 'input.border'
  | 'quickInput.background' | 'quickInput.foreground' | 'quickInputList.focusBackground' | 'quickInputList.focusForeground'
  | 'button.background' | 'button.foreground'
  | 'textLink.foreground' | 'highlight.foreground';

export const THEMES: Readonly<Record<Theme, ThemeTokens>> = {
  light: {
    foreground: '#1f1f1f', descriptionForeground: '#595959', focusBorder: '#005fb8', contrastBorder: '#e5e5e5', 'widget.shadow': 'rgba(0,0,0,0.16)',
    'editor.background': '#ffffff', 'editor.foreground': '#1f1f1f',
    'sideBar.background': '#f8f8f8', 'sideBar.foreground': '#3b3b3b', 'sideBarSectionHeader.background': '#f0f0f0', 'sideBarSectionHeader.foreground': '#3b3b3b',
    'activityBar.background': '#f0f0f0', 'activityBar.foreground': '#1f1f1f', 'activityBar.inactiveForeground': '#5c5c5c', 'activityBar.activeBorder': '#005fb8',
    'statusBar.background': '#005fb8', 'statusBar.foreground': '#ffffff',
    'tab.activeBackground': '#ffffff', 'tab.activeForeground': '#1f1f1f', 'tab.inactiveBackground': '#f0f0f0', 'tab.inactiveForeground': '#595959', 'tab.activeBorderTop': '#005fb8', 'tab.border': '#e5e5e5',
    'panel.background': '#f8f8f8', 'panel.border': '#e5e5e5', 'panelTitle.activeForeground': '#1f1f1f',
    'breadcrumb.foreground': '#595959', 'breadcrumb.background': '#ffffff',
    'list.activeSelectionBackground': '#d6ebff', 'list.activeSelectionForeground': '#1f1f1f', 'list.hoverBackground': '#ececec',
    'input.background': '#ffffff', 'input.foreground': '#1f1f1f', 'input.border': '#8a8a8a',
    'quickInput.background': '#ffffff', 'quickInput.foreground': '#1f1f1f', 'quickInputList.focusBackground': '#d6ebff', 'quickInputList.focusForeground': '#1f1f1f',
    'button.background': '#005fb8', 'button.foreground': '#ffffff',
    'textLink.foreground': '#005fb8', 'highlight.foreground': '#0f5fa8',
  },
  dark: {
    foreground: '#cccccc', descriptionForeground: '#a8a8a8', focusBorder: '#3794ff', contrastBorder: '#2b2b2b', 'widget.shadow': 'rgba(0,0,0,0.5)',
    'editor.background': '#1f1f1f', 'editor.foreground': '#d4d4d4',
    'sideBar.background': '#181818', 'sideBar.foreground': '#cccccc', 'sideBarSectionHeader.background': '#1f1f1f', 'sideBarSectionHeader.foreground': '#cccccc',
    'activityBar.background': '#181818', 'activityBar.foreground': '#e0e0e0', 'activityBar.inactiveForeground': '#a0a0a0', 'activityBar.activeBorder': '#3794ff',
    'statusBar.background': '#0e5a96', 'statusBar.foreground': '#ffffff',
    'tab.activeBackground': '#1f1f1f', 'tab.activeForeground': '#ffffff', 'tab.inactiveBackground': '#181818', 'tab.inactiveForeground': '#a8a8a8', 'tab.activeBorderTop': '#3794ff', 'tab.border': '#2b2b2b',
    'panel.background': '#181818', 'panel.border': '#2b2b2b', 'panelTitle.activeForeground': '#e7e7e7',
    'breadcrumb.foreground': '#a8a8a8', 'breadcrumb.background': '#1f1f1f',
    'list.activeSelectionBackground': '#04395e', 'list.activeSelectionForeground': '#ffffff', 'list.hoverBackground': '#2a2d2e',
    'input.background': '#313131', 'input.foreground': '#cccccc', 'input.border': '#8b8b8b',
    'quickInput.background': '#222222', 'quickInput.foreground': '#cccccc', 'quickInputList.focusBackground': '#04395e', 'quickInputList.focusForeground': '#ffffff',
    'button.background': '#0e5a96', 'button.foreground': '#ffffff',
    'textLink.foreground': '#5eb1ff', 'highlight.foreground': '#6cb6ff',
  },
  'high-contrast': {
    foreground: '#ffffff', descriptionForeground: '#ffffff', focusBorder: '#f38518', contrastBorder: '#6fc3df', 'widget.shadow': 'transparent',
    'editor.background': '#000000', 'editor.foreground': '#ffffff',
    'sideBar.background': '#000000', 'sideBar.foreground': '#ffffff', 'sideBarSectionHeader.background': '#000000', 'sideBarSectionHeader.foreground': '#ffffff',
    'activityBar.background': '#000000', 'activityBar.foreground': '#ffffff', 'activityBar.inactiveForeground': '#ffffff', 'activityBar.activeBorder': '#f38518',
    'statusBar.background': '#000000', 'statusBar.foreground': '#ffffff',
    'tab.activeBackground': '#000000', 'tab.activeForeground': '#ffffff', 'tab.inactiveBackground': '#000000', 'tab.inactiveForeground': '#ffffff', 'tab.activeBorderTop': '#f38518', 'tab.border': '#6fc3df',
    'panel.background': '#000000', 'panel.border': '#6fc3df', 'panelTitle.activeForeground': '#ffffff',
    'breadcrumb.foreground': '#ffffff', 'breadcrumb.background': '#000000',
    'list.activeSelectionBackground': '#000000', 'list.activeSelectionForeground': '#ffffff', 'list.hoverBackground': '#000000',
    'input.background': '#000000', 'input.foreground': '#ffffff', 'input.border': '#6fc3df',
    'quickInput.background': '#000000', 'quickInput.foreground': '#ffffff', 'quickInputList.focusBackground': '#000000', 'quickInputList.focusForeground': '#ffffff',
    'button.background': '#000000', 'button.foreground': '#ffffff',
    'textLink.foreground': '#21a6ff', 'highlight.foreground': '#f38518',
  },
};

/** Text-on-background pairs that must reach 4.5:1 (WCAG 2.2 AA, normal text). */
export const TEXT_PAIRS: readonly [fg: ThemeToken, bg: ThemeToken][] = [
  ['foreground', 'editor.background'], ['editor.foreground', 'editor.background'], ['descriptionForeground', 'editor.background'],
  ['descriptionForeground', 'sideBar.background'], ['descriptionForeground', 'panel.background'],
  ['sideBar.foreground', 'sideBar.background'], ['sideBarSectionHeader.foreground', 'sideBarSectionHeader.background'],
  ['activityBar.foreground', 'activityBar.background'], ['activityBar.inactiveForeground', 'activityBar.background'],
  ['statusBar.foreground', 'statusBar.background'],
  ['tab.activeForeground', 'tab.activeBackground'], ['tab.inactiveForeground', 'tab.inactiveBackground'],
  ['panelTitle.activeForeground', 'panel.background'], ['foreground', 'panel.background'],
  ['breadcrumb.foreground', 'breadcrumb.background'],
  ['list.activeSelectionForeground', 'list.activeSelectionBackground'], ['sideBar.foreground', 'list.hoverBackground'],
  ['input.foreground', 'input.background'], ['quickInput.foreground', 'quickInput.background'],
  ['quickInputList.focusForeground', 'quickInputList.focusBackground'], ['descriptionForeground', 'quickInput.background'],
  ['button.foreground', 'button.background'], ['textLink.foreground', 'editor.background'],
  ['highlight.foreground', 'quickInput.background'], ['highlight.foreground', 'sideBar.background'],
];

/** Non-text pairs (focus rings, borders of inputs) that must reach 3:1 (WCAG 1.4.11). */
export const UI_PAIRS: readonly [ThemeToken, ThemeToken][] = [
  ['focusBorder', 'editor.background'], ['focusBorder', 'sideBar.background'], ['input.border', 'input.background'], ['activityBar.activeBorder', 'activityBar.background'],
];

// ---------------------------------------------------------------------------------------------
// Contrast (WCAG 2.x relative luminance)
// ---------------------------------------------------------------------------------------------

export function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h.slice(0, 6);
  const n = Number.parseInt(full, 16);
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: "${hex}"`);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `bg`. */
export function readableOn(bg: string): string {
  return contrastRatio('#ffffff', bg) >= contrastRatio('#111111', bg) ? '#ffffff' : '#111111';
}

/**
 * Tokens with a clinic accent applied: buttons, the active markers and the status bar take the accent,
 * with black or white text chosen for contrast. High contrast keeps its own colours except the markers.
 */
export function themeTokens(theme: Theme, accent?: string): ThemeTokens {
  const base = { ...THEMES[theme] };
  if (!accent || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) return base;
  base['activityBar.activeBorder'] = accent;
  base['tab.activeBorderTop'] = accent;
  if (theme !== 'high-contrast') {
    const fg = readableOn(accent);
    base['statusBar.background'] = accent;
    base['statusBar.foreground'] = fg;
    base['button.background'] = accent;
    base['button.foreground'] = fg;
  }
  return base;
}

export const tokenVar = (token: ThemeToken): string =>
  `--sx-wb-${token.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The custom properties for the root element's `style`. */
export function themeVariables(theme: Theme, accent?: string): Record<string, string> {
  const t = themeTokens(theme, accent);
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(t)) vars[tokenVar(k as ThemeToken)] = v;
  vars['--sx-bg'] = t['editor.background'];
  vars['--sx-fg'] = t['editor.foreground'];
  vars['--sx-accent'] = accent ?? t['button.background'];
  vars['--sx-focus'] = t.focusBorder;
  vars['--sx-muted'] = t.descriptionForeground;
  vars['--sx-border'] = t['panel.border'];
  return vars;
}
