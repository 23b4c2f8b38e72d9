import { UI_STRINGS, uiText } from '@spine-explainer/procedures';
import { stringsFor, type MessageTable } from './strings';
import type { LocalizedText, ProcedureLike, ReadingLevel, SceneMode, StepLike, ViewName } from './types';

/** What one step does to the scene, with every motion as a [from, to] progress pair in 0…1. */
export interface StepTrack {
  index: number;
  view?: ViewName;
  /** Fluoroscopy views (`AP`, `fluoro-lateral`, `fluoro-oblique`) switch the scene into the X-ray mode. */
  mode?: SceneMode;
  show: readonly string[];
  highlight: readonly string[];
  needle: readonly [number, number];
  spread: readonly [number, number];
  lead: readonly [number, number];
  lesion: readonly [number, number];
  pulses: boolean;
  /** Device kinds visible in this step, or true for all. */
  devices: boolean | readonly string[];
}

const VIEWS: readonly ViewName[] = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'anterior', 'close-up'];
const VIEW_ALIASES: Record<string, ViewName> = {
  ap: 'posterior', AP: 'posterior', pa: 'posterior', back: 'posterior', posterior: 'posterior', anterior: 'anterior', front: 'anterior',
  'fluoro-lateral': 'lateral',
  lateral: 'lateral', side: 'lateral',
  oblique: 'oblique-left', 'oblique-left': 'oblique-left', 'oblique-right': 'oblique-right',
  'close-up': 'close-up', closeup: 'close-up', target: 'close-up', 'close-up-target': 'close-up',
};

/** Maps a step's view name (which may be written a few ways) onto a camera view. */
export function toViewName(view: unknown, side?: string): ViewName | undefined {
  if (typeof view === 'string') {
    const v = VIEW_ALIASES[view] ?? (VIEWS.includes(view as ViewName) ? (view as ViewName) : undefined);
    if (v) return v === 'oblique-left' && view === 'oblique' && side === 'right' ? 'oblique-right' : v;
    if (view === 'fluoro-oblique') return side === 'right' ? 'oblique-right' : 'oblique-left';
    if (view.startsWith('oblique')) return side === 'right' ? 'oblique-right' : 'oblique-left';
    if (view.includes('lateral')) return 'lateral';
    if (view.includes('close')) return 'close-up';
    if (view.includes('ap') || view.includes('posterior')) return 'posterior';
  }
  if (view && typeof view === 'object' && 'name' in view) return toViewName((view as { name: unknown }).name, side);
  return undefined;
}

type Pair = [number, number];
const clamp01 = (n: number) => (n < 0 ? 0 : n > 1 ? 1 : n);

/** Fluoroscopy view names of the catalog. */
export function modeOfView(view: unknown): SceneMode | undefined {
  if (view === 'AP' || view === 'fluoro-lateral' || view === 'fluoro-oblique') return 'fluoro';
  return typeof view === 'string' ? 'anatomy' : undefined;
}

/** Reads a motion written as a number (the end), `{ from, to }`, `{ progress }` or `true`. */
function readMotion(value: unknown, previous: number): Pair | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return [previous, 1];
  if (typeof value === 'number') return [previous, clamp01(value)];
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const to = typeof o.to === 'number' ? o.to : typeof o.progress === 'number' ? o.progress : typeof o.end === 'number' ? o.end : 1;
    const from = typeof o.from === 'number' ? o.from : typeof o.start === 'number' ? o.start : previous;
    return [clamp01(from), clamp01(to)];
  }
  return undefined;
}

/** Collects `{ needle, spread, lead, pulses }` from the shapes a step may use: direct fields, `motion`, `motions[]`. */
function motionsOf(step: StepLike): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const take = (key: string, v: unknown) => {
    const k = key.toLowerCase().replace(/s$/, '');
    const name = k === 'needle' || k === 'spread' || k === 'lead' || k === 'pulse' || k === 'device' || k === 'lesion' ? k : k === 'injectate' || k === 'inject' || k === 'contrast' ? 'spread' : undefined;
    if (name) out[name] = v;
  };
  for (const k of ['needle', 'needles', 'spread', 'lead', 'leads', 'pulses', 'pulse', 'devices', 'device', 'injectate']) if (k in step) take(k, step[k]);
  const motion = (step.motion ?? step.animation ?? step.animate) as unknown;
  if (motion && typeof motion === 'object' && !Array.isArray(motion)) for (const [k, v] of Object.entries(motion)) take(k, v);
  const list = (Array.isArray(step.motions) ? step.motions : Array.isArray(motion) ? motion : []) as unknown[];
  for (const m of list) {
    if (typeof m === 'string') take(m, true);
    else if (m && typeof m === 'object') {
      const o = m as Record<string, unknown>;
      const kind = (o.kind ?? o.type ?? o.target ?? o.what) as string | undefined;
      if (kind) take(kind, o);
    }
  }
  return out;
}

/** Turns a procedure's steps into tracks; motions carry over from one step to the next when a step is silent. */
export function buildTracks(procedure: ProcedureLike | undefined, side?: string): StepTrack[] {
  const steps = procedure?.steps ?? [];
  const n = steps.length;
  const anyMotion = steps.some((s) => Object.keys(motionsOf(s)).length > 0);
  let needle = 0, spread = 0, lead = 0, lesion = 0;
  return steps.map((step, index) => {
    const m = motionsOf(step);
    let nPair: Pair, sPair: Pair, lPair: Pair;
    const lesPair: Pair = readMotion(m.lesion, lesion) ?? [lesion, lesion];
    lesion = lesPair[1];
    if (anyMotion) {
      nPair = readMotion(m.needle, needle) ?? [needle, needle];
      sPair = readMotion(m.spread, spread) ?? [spread, spread];
      lPair = readMotion(m.lead, lead) ?? [lead, lead];
    } else {
      // No motion data: the needle arrives by the middle step, the spread comes last.
      const mid = Math.max(1, Math.floor(n / 2));
      nPair = [needle, index === 0 ? 0 : clamp01(index / mid)];
      sPair = [spread, index === n - 1 && n > 1 ? 1 : 0];
      lPair = [lead, lead];
    }
    needle = nPair[1]; spread = sPair[1]; lead = lPair[1];
    const pulse = m.pulse;
    return {
      index,
      view: toViewName(step.view, side),
      mode: modeOfView(step.view),
      show: Array.isArray(step.show) ? step.show : [],
      highlight: Array.isArray(step.highlight) ? step.highlight : [],
      needle: nPair,
      spread: sPair,
      lead: lPair,
      lesion: lesPair,
      pulses: pulse === undefined ? false : Boolean(pulse && (typeof pulse !== 'object' || (pulse as { active?: boolean }).active !== false)),
      devices: Array.isArray(m.device) ? (m.device as string[]) : m.device !== undefined ? Boolean(m.device) : anyMotion ? false : lPair[1] > 0,
    };
  });
}

/** Picks a locale from localized text, falling back to English, then to any language present. */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text).find((v) => typeof v === 'string') ?? '';
}

/** Values for the `{level}`, `{side}`, `{site}`, `{upper}` and `{lower}` placeholders of step texts, already localized. */
export type TextParams = Readonly<Record<string, string>>;

/**
 * The placeholder values for a procedure's options in a locale: the level as shown in the picker (`L4–L5`), the
 * side and site in words (`left`, `izquierdo`, `upper trapezius`). `words` gives the localized side and site names.
 */
export function textParams(
  options: { level?: string; side?: string; site?: string },
  words: { side?: (side: string) => string; site?: (site: string) => string } = {},
): TextParams {
  const level = options.level ?? '';
  const [upper = '', lower = ''] = level.split('-');
  return {
    level: level.replace('-', '\u2013'),
    upper,
    lower: lower || upper,
    side: options.side ? (words.side?.(options.side) ?? options.side) : '',
    site: options.site ? (words.site?.(options.site) ?? options.site.replace(/-/g, ' ')) : '',
  };
}

/**
 * `textParams` with the side and site names of a locale, from the message table (`side.left`, `site.trapezius`) with
 * the viewer's own strings for the gaps. What `<SpineExplainer>` fills step texts with.
 */
export function localizedTextParams(
  options: { level?: string; side?: string; site?: string },
  locale: string,
  messages: MessageTable = UI_STRINGS as MessageTable,
): TextParams {
  const t = stringsFor(locale, messages);
  return textParams(options, {
    side: (s) => (s === 'left' ? t.left : s === 'right' ? t.right : s === 'bilateral' ? t.bilateral : s),
    site: (s) => {
      const w = uiText(`site.${s}`, locale, undefined, messages as typeof UI_STRINGS);
      return w === `site.${s}` ? s.replace(/-/g, ' ') : w;
    },
  });
}

/** Words that read in lower case inside a sentence (`the left side`), capitalized at its start. */
const WORDS = new Set(['side', 'site']);

/**
 * Fills `{name}` placeholders of a step text. Side and site names are lower-cased inside a sentence and capitalized
 * at its start. Unknown placeholders stay as they are.
 */
export function fillText(text: string, params: TextParams | undefined): string {
  if (!params || !text.includes('{')) return text;
  return text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (m, key: string, offset: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return m;
    const v = params[key]!;
    if (!WORDS.has(key) || !v) return v;
    const start = /^\s*$|[.!?:]\s*$/.test(text.slice(0, offset));
    return start ? v[0]!.toLocaleUpperCase() + v.slice(1) : v[0]!.toLocaleLowerCase() + v.slice(1);
  });
}

/** A step's title in a locale, placeholders filled. */
export function stepTitle(step: StepLike | undefined, locale: string, params?: TextParams): string {
  return fillText(localize(step?.title, locale), params);
}

/** The title and body of a step for a locale and reading level, with `{level}`, `{side}`… filled from `params`. */
export function stepText(step: StepLike | undefined, locale: string, readingLevel: ReadingLevel, params?: TextParams): { title: string; body: string } {
  if (!step) return { title: '', body: '' };
  const { title, body } = rawStepText(step, locale, readingLevel);
  return { title: fillText(title, params), body: fillText(body, params) };
}

function rawStepText(step: StepLike, locale: string, readingLevel: ReadingLevel): { title: string; body: string } {
  const t = step.text;
  const nested = t && typeof t === 'object' && ('patient' in t || 'clinician' in t) ? (t as { patient?: LocalizedText; clinician?: LocalizedText }) : undefined;
  const pick = (lvl: ReadingLevel) => {
    const direct = step[lvl] as LocalizedText | { text?: LocalizedText } | undefined;
    const fromDirect = direct && typeof direct === 'object' && 'text' in direct ? localize((direct as { text?: LocalizedText }).text, locale) : localize(direct as LocalizedText | undefined, locale);
    return fromDirect || localize(nested?.[lvl], locale);
  };
  const body = pick(readingLevel) || pick(readingLevel === 'patient' ? 'clinician' : 'patient') || (nested ? '' : localize(t as LocalizedText | undefined, locale));
  return { title: localize(step.title, locale), body };
}

/** A procedure's display title in a locale. */
export function procedureTitle(procedure: ProcedureLike | undefined, locale: string, readingLevel: ReadingLevel = 'patient'): string {
  if (!procedure) return '';
  const p = procedure as Record<string, unknown>;
  const named = readingLevel === 'clinician' ? (p.clinicianTitle ?? p.title ?? p.name) : (p.patientTitle ?? p.title ?? p.name);
  if (named && typeof named === 'object' && !Array.isArray(named) && ('patient' in named || 'clinician' in named)) {
    return localize((named as Record<string, LocalizedText>)[readingLevel] ?? (named as Record<string, LocalizedText>).patient, locale);
  }
  return localize(named as LocalizedText | undefined, locale) || procedure.id;
}
