// `sx:locale-es` is the Spanish text of the catalog and UI strings, a chunk of its own in the standalone build
// (rollup.config.mjs, scripts/lib/late-locale.mjs); only lateLocale.ts imports it, and only dynamically.
declare module 'sx:locale-es' {
  export const locale: 'es';
}
