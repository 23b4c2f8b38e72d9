import { format, localize, type LocaleCode, type LocalizedText } from './locale';
import { resolveOptions } from './options';
import type { Procedure } from './types';
import { uiText, UI_STRINGS, type UiStrings } from './ui-strings';
import type { CameraView } from './views';

export interface StepText {
  id: string;
  index: number;
  title: string;
  patient: string;
  clinician: string;
  view: CameraView;
  viewLabel: string;
  /** "Step 2 of 6". */
  counter: string;
}

export interface ProcedureText {
  id: string;
  locale: LocaleCode;
  name: string;
  summary: string;
  category: string;
  purpose: string;
  position: string;
  positionNote: string;
  imaging: string[];
  instruments: string[];
  medication: string;
  duration: string;
  recovery: string;
  safety: string;
  sources: readonly string[];
  steps: StepText[];
  disclaimer: string;
}

/**
 * Every string of a procedure in one locale (English fallback), with `{level}`, `{side}` and
 * `{site}` in step texts filled from the options (defaults when omitted; invalid options throw
 * `ProcedureError`). Everything returned is plain text.
 */
export function procedureText(
  proc: Procedure,
  locale: LocaleCode = 'en',
  options: { level?: string; side?: string; site?: string } = {},
  ui: UiStrings = UI_STRINGS,
): ProcedureText {
  const o = resolveOptions(proc, options);
  const params: Record<string, string> = {
    level: o.level ?? '',
    side: o.side ? uiText(`side.${o.side}`, locale, undefined, ui) : '',
    site: o.site ? uiText(`site.${o.site}`, locale, undefined, ui) : '',
  };
  const tx = (t: LocalizedText) => format(localize(t, locale), params);
  const m = proc.steps.length;
  return {
    id: proc.id,
    locale,
    name: tx(proc.name),
    summary: tx(proc.summary),
    category: uiText(`category.${proc.category}`, locale, undefined, ui),
    purpose: uiText(`purpose.${proc.purpose}`, locale, undefined, ui),
    position: uiText(`position.${proc.position}`, locale, undefined, ui),
    positionNote: tx(proc.positionNote),
    imaging: proc.imaging.map((i) => uiText(`imaging.${i}`, locale, undefined, ui)),
    instruments: proc.instruments.map((i) => {
      const d = uiText('needle.description', locale, { gauge: i.gauge, kind: uiText(`needle.${i.kind}`, locale, undefined, ui), length: Math.round(i.lengthMm) }, ui);
      return i.label ? `${d} — ${tx(i.label)}` : d;
    }),
    medication: tx(proc.medication),
    duration: tx(proc.duration),
    recovery: tx(proc.recovery),
    safety: tx(proc.safety),
    sources: proc.sources,
    steps: proc.steps.map((s, index) => ({
      id: s.id,
      index,
      title: tx(s.title),
      patient: tx(s.patient),
      clinician: tx(s.clinician),
      view: s.view,
      viewLabel: uiText(`view.${s.view}`, locale, undefined, ui),
      counter: uiText('step.counter', locale, { n: index + 1, m }, ui),
    })),
    disclaimer: uiText('disclaimer', locale, undefined, ui),
  };
}

/** Which locales a procedure is fully written in (every text has the locale). */
export function procedureLocales(proc: Procedure): LocaleCode[] {
  const texts = collectTexts(proc).map(([, t]) => t);
  const all = new Set(texts.flatMap((t) => Object.keys(t)));
  return [...all].filter((l) => texts.every((t) => Object.prototype.hasOwnProperty.call(t, l)));
}

export function collectTexts(proc: Procedure): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [];
  for (const f of ['name', 'summary', 'positionNote', 'medication', 'duration', 'recovery', 'safety'] as const) out.push([`${proc.id}.${f}`, proc[f]]);
  proc.instruments.forEach((ins, i) => ins.label && out.push([`${proc.id}.instruments.${i}.label`, ins.label]));
  for (const s of proc.steps) {
    for (const f of ['title', 'patient', 'clinician'] as const) out.push([`${proc.id}.steps.${s.id}.${f}`, s[f]]);
  }
  return out;
}

/**
 * A flat message table of one locale for a whole catalog: `{ "medial-branch-block.steps.inject.patient": "…" }`.
 * Translate the English table and feed it back with `applyMessages`.
 */
export function extractMessages(catalog: readonly Procedure[], locale: LocaleCode = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of catalog) for (const [key, t] of collectTexts(p)) out[key] = localize(t, locale);
  return out;
}

