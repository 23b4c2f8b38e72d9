// The Spanish text as the standalone script ships it: a chunk next to the script (see chunkLoader.ts), fetched the
// first time a widget on the page shows Spanish. The build (rollup.config.mjs, scripts/lib/late-locale.mjs) makes
// the catalog and UI strings of the entry English only and `sx:locale-es` the module that provides their Spanish.

/** The load in flight or done: data for the whole page, like any loaded module. */
let spanish: Promise<void> | undefined;
let loaded = false;

/**
 * What showing `locale` still needs: a promise while the Spanish chunk loads, `undefined` once it is there (and
 * for English). A failed load is forgotten, so the next widget or attribute change tries again.
 */
export function loadLocaleTexts(locale: string): Promise<void> | undefined {
  if (loaded || locale.split('-')[0] !== 'es') return undefined;
  if (!spanish) {
    const attempt: Promise<void> = import('sx:locale-es').then(
      () => { loaded = true; },
      (err: unknown) => {
        if (spanish === attempt) spanish = undefined;
        const why = err instanceof Error ? err.message : String(err);
        throw Object.assign(new Error(`The Spanish text (locale="es") could not be loaded: ${why}`), { attribute: 'locale' as const });
      },
    );
    spanish = attempt;
  }
  return spanish;
}
