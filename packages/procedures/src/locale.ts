/**
 * Localisation is data. Every user-facing string is a `LocalizedText`: an object keyed by locale
 * code (`{ en: '…', es: '…' }`). English is required everywhere and is the fallback; any other
 * code (BCP 47 style: `fr`, `pt-BR`) can be added by adding a key — no code change. Flat message
 * tables (`extractMessages` / `applyMessages`) let a clinic translate a whole catalog from one file.
 */

/** The locales the built-in catalog and UI strings ship with. */
export const LOCALES = ['en', 'es'] as const;
export type BuiltInLocale = (typeof LOCALES)[number];
/** Any locale code: `en`, `es`, `fr`, `pt-BR`… */
export type LocaleCode = string;

export type LocalizedText = { readonly en: string } & { readonly [locale: LocaleCode]: string };

export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3}|-[0-9]{3})?$/;

/** Picks a locale's text: exact code, then its language (`pt-BR` → `pt`), then English. */
export function localize(text: LocalizedText, locale: LocaleCode = 'en'): string {
  const own = Object.prototype.hasOwnProperty;
  if (own.call(text, locale) && typeof text[locale] === 'string') return text[locale]!;
  const lang = locale.split('-')[0]!;
  if (own.call(text, lang) && typeof text[lang] === 'string') return text[lang]!;
  return text.en;
}

/**
 * Replaces `{name}` with `params[name]`. Unknown placeholders stay as they are. Values are plain
 * text; nothing is interpreted as markup.
 */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (m, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : m,
  );
}
