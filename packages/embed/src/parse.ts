// Attribute strings → typed view props. Pure, so the rules are unit-tested without a DOM.
import type { ErrorDetail, SpineExplainerLayout, SpineExplainerReadingLevel, SpineExplainerTheme } from './types';
import type { ViewProps } from './view';

export const LAYOUTS: readonly SpineExplainerLayout[] = ['compact', 'workbench'];
export const THEMES: readonly SpineExplainerTheme[] = ['light', 'dark', 'high-contrast'];
export const READING_LEVELS: readonly SpineExplainerReadingLevel[] = ['patient', 'clinician'];
/** Languages the procedure content is written in. */
export const LOCALES: readonly string[] = ['en', 'es'];

export type RawAttributes = Partial<Record<
  'procedure' | 'level' | 'side' | 'site' | 'layout' | 'theme' | 'locale' | 'step' | 'reading-level',
  string | null
>>;

export type AttributeProblem = Omit<ErrorDetail, 'source'>;

// BCP 47 shape only (language, optional script/region/variants); `en_US`, `!!`, `e` are malformed.
const BCP47 = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-[a-z\d]{5,8}|-\d[a-z\d]{3})*$/i;

const clean = (value: string | null | undefined): string | undefined => {
  if (value == null) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const quote = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

function oneOf<T extends string>(
  attribute: 'layout' | 'theme' | 'reading-level',
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: AttributeProblem[],
): T {
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  problems.push({
    code: 'invalid-attribute',
    attribute,
    value: raw,
    allowed,
    message: `${attribute}=${quote(raw)} is not one of ${allowed.join(', ')}; showing ${fallback}.`,
  });
  return fallback;
}

/** The locale to show, from a BCP 47 tag: `es-MX` → `es`. Unknown or malformed → `en`, with a problem. */
export function parseLocale(raw: string | undefined, problems: AttributeProblem[]): string {
  if (raw === undefined) return 'en';
  if (!BCP47.test(raw)) {
    problems.push({
      code: 'invalid-locale', attribute: 'locale', value: raw, allowed: LOCALES,
      message: `locale=${quote(raw)} is not a language tag (for example "en" or "es-MX"); showing English.`,
    });
    return 'en';
  }
  const language = raw.split('-')[0]!.toLowerCase();
  if (LOCALES.includes(language)) return language;
  problems.push({
    code: 'invalid-locale', attribute: 'locale', value: raw, allowed: LOCALES,
    message: `locale=${quote(raw)} is not available (available: ${LOCALES.join(', ')}); showing English.`,
  });
  return 'en';
}

/** A one-based step number as written by people (`step="2"`) → zero-based index. */
export function parseStep(raw: string | undefined, problems: AttributeProblem[]): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1) {
    problems.push({
      code: 'invalid-attribute', attribute: 'step', value: raw,
      message: `step=${quote(raw)} is not a step number (1, 2, 3…); showing the first step.`,
    });
    return undefined;
  }
  return Number(raw) - 1;
}

// Levels are written `L4-L5`, `C7-T1`, `S1`, `Co`; accept any case.
const normaliseLevel = (value: string | undefined): string | undefined =>
  value?.toUpperCase().replace(/\bCO\b/g, 'Co');

/**
 * Parses what the element can check without the procedure catalog. Procedure, level, side and site are
 * passed through trimmed: the catalog inside the view validates them against the procedure.
 */
export function parseAttributes(raw: RawAttributes): { props: Omit<ViewProps, 'stepRequest'>; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const props: Omit<ViewProps, 'stepRequest'> = {
    procedure: clean(raw.procedure)?.toLowerCase(),
    level: normaliseLevel(clean(raw.level)),
    side: clean(raw.side)?.toLowerCase(),
    site: clean(raw.site)?.toLowerCase(),
    layout: oneOf('layout', clean(raw.layout), LAYOUTS, 'compact', problems),
    theme: oneOf('theme', clean(raw.theme), THEMES, 'light', problems),
    locale: parseLocale(clean(raw.locale), problems),
    step: parseStep(clean(raw.step), problems),
    readingLevel: oneOf('reading-level', clean(raw['reading-level']), READING_LEVELS, 'patient', problems),
  };
  return { props, problems };
}
