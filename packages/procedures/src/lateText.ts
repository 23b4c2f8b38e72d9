// Texts whose other locale arrives after the catalog. The standalone embed ships English only in the file every
// page downloads: its build (scripts/lib/late-locale.mjs) rewrites each `L(english, spanish)` of the catalog and
// each UI string into `lateText(english, 'es', n)` and puts the Spanish, in order, into a chunk that calls
// `provideLateTexts` when a page asks for Spanish. Library builds and tests keep both locales in place and never
// reach this module.
import type { LocaleCode, LocalizedText } from './locale';

/**
 * Loaded text tables by locale: data fetched once for the page, the same for every widget on it, like loaded
 * code. Two copies of the script on one page each have their own.
 */
const tables = new Map<LocaleCode, readonly string[]>();

/**
 * A text whose `locale` entry reads the n-th string of that locale's table: `undefined` until the table is
 * provided (so `localize` falls back to English), the translation after. The entry is enumerable, as a plain
 * `{ en, es }` would have it, and the object can be frozen with the rest of the catalog.
 */
export function lateText(en: string, locale: LocaleCode, n: number): LocalizedText {
  return Object.defineProperty({ en }, locale, {
    enumerable: true,
    get: () => tables.get(locale)?.[n],
  }) as unknown as LocalizedText;
}

/** Makes a locale's texts readable everywhere on the page (the locale chunk calls it when it runs). */
export function provideLateTexts(locale: LocaleCode, texts: readonly string[]): void {
  tables.set(locale, texts);
}
