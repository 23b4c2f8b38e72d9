import type { LayerName, Locale, SceneMode, Side, Theme, ViewName } from '../types';

/** What a deep link carries: the whole view, nothing about the patient. */
export interface DeepLinkState {
  procedure: string;
  level?: string;
  side?: Side;
  site?: string;
  /** 0-based in state; written 1-based in the URL for people. */
  step: number;
  view?: ViewName;
  mode?: SceneMode;
  /** Layers that are visible. */
  layers?: LayerName[];
  labels?: boolean;
  theme?: Theme;
  locale?: Locale;
}

export const ALL_LAYERS: readonly LayerName[] = ['skin', 'muscle', 'bone', 'disc', 'neural', 'devices'];
const VIEWS: readonly ViewName[] = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'anterior', 'close-up'];
const SIDES: readonly Side[] = ['left', 'right', 'bilateral'];
const THEMES: readonly Theme[] = ['light', 'dark', 'high-contrast'];
const LOCALES: readonly Locale[] = ['en', 'es'];
const MODES: readonly SceneMode[] = ['anatomy', 'fluoro'];

const PREFIX = '#sx?';

/** `#sx?p=epidural-transforaminal&l=L4-L5&s=left&st=3&v=oblique-left&m=fluoro&ly=bone,disc,neural&lb=1&th=dark&lo=es` */
export function encodeDeepLink(state: DeepLinkState): string {
  const q = new URLSearchParams();
  q.set('p', state.procedure);
  if (state.level) q.set('l', state.level);
  if (state.side) q.set('s', state.side);
  if (state.site) q.set('si', state.site);
  q.set('st', String(state.step + 1));
  if (state.view) q.set('v', state.view);
  if (state.mode) q.set('m', state.mode);
  if (state.layers) q.set('ly', state.layers.join(','));
  if (state.labels !== undefined) q.set('lb', state.labels ? '1' : '0');
  if (state.theme) q.set('th', state.theme);
  if (state.locale) q.set('lo', state.locale);
  // URLSearchParams writes ',' as %2C; keep it readable.
  return PREFIX + q.toString().replace(/%2C/g, ',');
}

const pick = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * Reads a deep link from a hash (with or without `#`) or a full URL. Unknown values are dropped, never
 * guessed; returns undefined when there is no workbench link or no procedure in it.
 */
export function decodeDeepLink(input: string): DeepLinkState | undefined {
  const i = input.indexOf(PREFIX.slice(1));
  if (i < 0) return undefined;
  const q = new URLSearchParams(input.slice(i + PREFIX.length - 1));
  const procedure = q.get('p');
  if (!procedure || !/^[a-z0-9-]{1,80}$/.test(procedure)) return undefined;
  const out: DeepLinkState = { procedure, step: 0 };
  const level = q.get('l');
  if (level && /^[A-Za-z0-9-]{1,12}$/.test(level)) out.level = level;
  const side = pick(SIDES, q.get('s'));
  if (side) out.side = side;
  const site = q.get('si');
  if (site && /^[a-z0-9-]{1,60}$/.test(site)) out.site = site;
  const step = Number(q.get('st'));
  out.step = Number.isInteger(step) && step >= 1 && step < 1000 ? step - 1 : 0;
  const view = pick(VIEWS, q.get('v'));
  if (view) out.view = view;
  const mode = pick(MODES, q.get('m'));
  if (mode) out.mode = mode;
  const ly = q.get('ly');
  if (ly !== null) out.layers = ly.split(',').filter((l): l is LayerName => (ALL_LAYERS as readonly string[]).includes(l));
  const lb = q.get('lb');
  if (lb === '0' || lb === '1') out.labels = lb === '1';
  const theme = pick(THEMES, q.get('th'));
  if (theme) out.theme = theme;
  const locale = pick(LOCALES, q.get('lo'));
  if (locale) out.locale = locale;
  return out;
}
