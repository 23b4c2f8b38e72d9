import type { StructureKind } from '@spine-explainer/anatomy';

/** Colours routed from `--sx-color-*` custom properties into materials. */
export interface Palette {
  bone: string; disc: string; joint: string; ligament: string; dura: string; space: string; cord: string;
  nerve: string; muscle: string; skin: string; highlight: string; needle: string; spread: string; lead: string; device: string;
}

export const DEFAULT_PALETTE: Palette = {
  bone: '#f1e8d6',
  disc: '#b9cfe3',
  joint: '#9fd3c4',
  ligament: '#d8b26a',
  dura: '#9ec1e6',
  space: '#bfe0f5',
  cord: '#f1e4c0',
  nerve: '#f2c53d',
  muscle: '#b0544c',
  skin: '#f0c6a6',
  highlight: '#ff5a36',
  needle: '#c9d1d9',
  spread: '#39b8ff',
  lead: '#2f3640',
  device: '#5b6b7c',
};

const KEYS = Object.keys(DEFAULT_PALETTE) as (keyof Palette)[];

/** Reads `--sx-color-<key>` (else the theme's `--sxv-color-<key>`) from an element's computed style; falls back to the defaults. */
export function readPalette(el: Element | null | undefined): Palette {
  if (!el || typeof getComputedStyle === 'undefined') return DEFAULT_PALETTE;
  const style = getComputedStyle(el);
  const out = { ...DEFAULT_PALETTE };
  for (const k of KEYS) {
    // The host's `--sx-color-*` (on the viewer or an ancestor) first, then the theme's default (`--sxv-color-*`,
    // resolved by the browser; an unresolved `var(…)` from a CSS engine without custom properties is skipped).
    const own = style.getPropertyValue(`--sx-color-${k}`).trim();
    const theme = style.getPropertyValue(`--sxv-color-${k}`).trim();
    const v = own || (theme.startsWith('var(') ? '' : theme);
    if (v) out[k] = v;
  }
  return out;
}

export const KIND_ORDER: readonly StructureKind[] = ['bone', 'disc', 'joint', 'ligament', 'cord', 'nerve', 'dura', 'space', 'muscle', 'skin'];
