/**
 * The words of "where it hurts" in any language, as data. English lives in `table.ts` next to the regions it
 * describes; other languages are tables keyed by root / pattern id (`locales/es.ts`). A clinic adds a language
 * with `mergeDermatomeLocales(DERMATOME_LOCALES, { fr: { … } })`, no code change. Lookups fall back field by
 * field: exact code (`pt-BR`), then its language (`pt`), then English — the convention of the procedure catalog.
 */
import { DERMATOME_LOCALE_EN } from './locales/en';
import { DERMATOME_LOCALE_ES } from './locales/es';
import { DERMATOMES, PAIN_PATTERNS } from './table';

export interface DermatomeLocale {
  /** Per dorsal root: the band in plain words, and where it continues beyond the skin the model shows. */
  dermatomes?: Readonly<Record<string, { description?: string; continues?: string }>>;
  /** Per pain pattern id. A radicular pattern without its own entry is built from `radicular` and its root's band. */
  patterns?: Readonly<Record<string, { name?: string; description?: string }>>;
  /** Templates for radicular patterns: `{root}` is the root, `{band}` its band's description with a lower-case first letter. */
  radicular?: { name?: string; description?: string };
  /** Caption phrases: `band` and `pattern` wrap a `{continues}` phrase; `overlap` closes every band's caption. */
  phrases?: { band?: string; pattern?: string; overlap?: string };
}

/** Locale code → its texts. `en` is complete (it is the fallback). */
export type DermatomeLocales = Readonly<Record<string, DermatomeLocale>>;

export const DERMATOME_LOCALES: DermatomeLocales = { en: DERMATOME_LOCALE_EN, es: DERMATOME_LOCALE_ES };

export interface LocalizedDermatome { root: string; description: string; continues?: string }
export interface LocalizedPainPattern { id: string; name: string; description: string; continues?: string }
export type DermatomePhrase = keyof NonNullable<DermatomeLocale['phrases']>;

/** Same shape as the procedure catalog's locale codes: `fr`, `pt-BR`, `es-419`. */
const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3}|-[0-9]{3})?$/;
const own = (o: object | undefined, k: string): boolean => !!o && Object.prototype.hasOwnProperty.call(o, k);

/** The locales to try, most specific first, ending with English. */
function chain(locale: string | undefined, locales: DermatomeLocales): DermatomeLocale[] {
  const codes = [locale ?? 'en', (locale ?? 'en').split('-')[0]!, 'en'];
  const out: DermatomeLocale[] = [];
  for (const c of codes) if (own(locales, c) && !out.includes(locales[c]!)) out.push(locales[c]!);
  if (!out.includes(DERMATOME_LOCALE_EN)) out.push(DERMATOME_LOCALE_EN);
  return out;
}

/** The first non-empty string a locale in the chain gives. */
function first(ls: readonly DermatomeLocale[], pick: (l: DermatomeLocale) => string | undefined): string | undefined {
  for (const l of ls) {
    const v = pick(l);
    if (typeof v === 'string' && v.length > 0) return v;
  }
  return undefined;
}

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{([a-zA-Z]+)\}/g, (m, k: string) => (own(params, k) ? params[k]! : m));
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function knownRoot(root: string): void {
  if (!DERMATOMES.some((d) => d.root === root)) {
    throw new Error(`Unknown dermatome root "${root}". Known roots: ${DERMATOMES.map((d) => d.root).join(', ')}.`);
  }
}

/** A dermatome's words in a locale (English where the locale has none). Throws for an unknown root, naming the known ones. */
export function localizeDermatome(root: string, locale?: string, locales: DermatomeLocales = DERMATOME_LOCALES): LocalizedDermatome {
  knownRoot(root);
  const ls = chain(locale, locales);
  const description = first(ls, (l) => l.dermatomes?.[root]?.description)!;
  // Only bands that continue in English continue at all: a translation cannot add anatomy.
  const hasContinues = !!DERMATOME_LOCALE_EN.dermatomes?.[root]?.continues;
  const continues = hasContinues ? first(ls, (l) => l.dermatomes?.[root]?.continues) : undefined;
  return continues ? { root, description, continues } : { root, description };
}

/** A pain pattern's words in a locale (English where the locale has none). Throws for an unknown id, naming the known ones. */
export function localizePainPattern(id: string, locale?: string, locales: DermatomeLocales = DERMATOME_LOCALES): LocalizedPainPattern {
  const p = PAIN_PATTERNS.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown pain pattern "${id}". Known patterns: ${PAIN_PATTERNS.map((x) => x.id).join(', ')}.`);
  const ls = chain(locale, locales);
  const root = p.root;
  const band = (l: DermatomeLocale) => (root ? l.dermatomes?.[root]?.description : undefined);
  // Each field comes whole from one locale: its own entry, else its template filled with its own band.
  const name = first(ls, (l) => l.patterns?.[id]?.name ?? (root && l.radicular?.name ? fill(l.radicular.name, { root }) : undefined))!;
  const description = first(ls, (l) => l.patterns?.[id]?.description
    ?? (root && l.radicular?.description && band(l) ? fill(l.radicular.description, { root, band: lowerFirst(band(l)!) }) : undefined))!;
  const continues = root ? localizeDermatome(root, locale, locales).continues : undefined;
  return continues ? { id, name, description, continues } : { id, name, description };
}

/** A caption phrase in a locale, with `{continues}` filled when given. */
export function dermatomePhrase(key: DermatomePhrase, locale?: string, params: Record<string, string> = {}, locales: DermatomeLocales = DERMATOME_LOCALES): string {
  return fill(first(chain(locale, locales), (l) => l.phrases?.[key])!, params);
}

type Problem = { path: string; message: string };

/**
 * A new table with added languages or overrides, written as a clinic would: `{ fr: { dermatomes: { L5: { description:
 * '…' } } } }`. Unknown locale codes, roots, pattern ids and fields, non-text values, and a `continues` for a band that
 * does not continue are reported, never merged. English cannot be replaced (it is the reviewed source text).
 */
export function mergeDermatomeLocales(base: DermatomeLocales, additions: unknown): { ok: true; locales: DermatomeLocales } | { ok: false; errors: Problem[] } {
  const errors: Problem[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(additions)) return { ok: false, errors: [{ path: '', message: 'expected an object keyed by locale code, e.g. { "fr": { "dermatomes": { "L5": { "description": "…" } } } }' }] };
  const out: Record<string, DermatomeLocale> = { ...base };
  const roots = DERMATOMES.map((d) => d.root);
  const patterns = PAIN_PATTERNS.map((p) => p.id as string);
  for (const [code, data] of Object.entries(additions)) {
    if (!LOCALE_CODE.test(code)) { errors.push({ path: code, message: `invalid locale code "${code}"; expected a code like "fr" or "pt-BR"` }); continue; }
    if (code === 'en') { errors.push({ path: code, message: 'English is the source text and cannot be replaced; add another locale' }); continue; }
    if (!isObj(data)) { errors.push({ path: code, message: 'expected an object with dermatomes, patterns, radicular and phrases' }); continue; }
    const text = (path: string, v: unknown): v is string => {
      if (typeof v === 'string' && v.trim().length > 0) return true;
      errors.push({ path, message: `expected non-empty text, got ${typeof v === 'string' ? 'an empty string' : typeof v}` });
      return false;
    };
    const entries = (path: string, v: unknown, ids: readonly string[], fields: readonly string[], idWord: string) => {
      const res: Record<string, Record<string, string>> = {};
      if (!isObj(v)) { errors.push({ path, message: `expected an object keyed by ${idWord}` }); return res; }
      for (const [id, e] of Object.entries(v)) {
        if (!ids.includes(id)) { errors.push({ path: `${path}.${id}`, message: `unknown ${idWord} "${id}"; known: ${ids.join(', ')}` }); continue; }
        if (!isObj(e)) { errors.push({ path: `${path}.${id}`, message: `expected an object with ${fields.join(', ')}` }); continue; }
        for (const [f, s] of Object.entries(e)) {
          const at = `${path}.${id}.${f}`;
          if (!fields.includes(f)) errors.push({ path: at, message: `unknown field "${f}"; expected ${fields.join(', ')}` });
          else if (f === 'continues' && !DERMATOME_LOCALE_EN.dermatomes?.[id]?.continues) errors.push({ path: at, message: `the ${id} band does not continue beyond the model; leave continues out` });
          else if (text(at, s)) (res[id] ??= {})[f] = s;
        }
      }
      return res;
    };
    const fixed = (path: string, v: unknown, fields: readonly string[]) => {
      const res: Record<string, string> = {};
      if (!isObj(v)) { errors.push({ path, message: `expected an object with ${fields.join(', ')}` }); return res; }
      for (const [f, s] of Object.entries(v)) {
        if (!fields.includes(f)) errors.push({ path: `${path}.${f}`, message: `unknown field "${f}"; expected ${fields.join(', ')}` });
        else if (text(`${path}.${f}`, s)) res[f] = s;
      }
      return res;
    };
    const prev = own(base, code) ? base[code]! : {};
    const next: { -readonly [K in keyof DermatomeLocale]: DermatomeLocale[K] } = { ...prev };
    for (const [section, v] of Object.entries(data)) {
      const path = `${code}.${section}`;
      if (section === 'dermatomes') next.dermatomes = mergeById(prev.dermatomes, entries(path, v, roots, ['description', 'continues'], 'root'));
      else if (section === 'patterns') next.patterns = mergeById(prev.patterns, entries(path, v, patterns, ['name', 'description'], 'pain pattern id'));
      else if (section === 'radicular') next.radicular = { ...prev.radicular, ...fixed(path, v, ['name', 'description']) };
      else if (section === 'phrases') next.phrases = { ...prev.phrases, ...fixed(path, v, ['band', 'pattern', 'overlap']) };
      else errors.push({ path, message: `unknown section "${section}"; expected dermatomes, patterns, radicular, phrases` });
    }
    out[code] = next;
  }
  return errors.length ? { ok: false, errors } : { ok: true, locales: out };
}

function mergeById<T extends object>(a: Readonly<Record<string, T>> | undefined, b: Record<string, Partial<T>>): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [id, e] of Object.entries(b)) out[id] = { ...out[id], ...e } as T;
  return out;
}
