// morphometry.json carries its sources next to every number. The repo copy keeps them for review;
// bundles drop them, since nothing reads them at run time and they are most of the file's bytes.

export const CITATION_KEYS = Object.freeze(['source', 'confirmed_fields', 'estimate_fields', 'bibliography', '_meta']);

/** A deep copy of `value` without any of CITATION_KEYS, at any depth. */
export function stripCitationKeys(value) {
  if (Array.isArray(value)) return value.map(stripCitationKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !CITATION_KEYS.includes(key))
        .map(([key, v]) => [key, stripCitationKeys(v)]),
    );
  }
  return value;
}

/** Rollup plugin: runs before @rollup/plugin-json on files named morphometry.json. */
export function stripCitations() {
  return {
    name: 'sx-strip-citations',
    transform(code, id) {
      if (!id.endsWith('morphometry.json')) return null;
      return { code: JSON.stringify(stripCitationKeys(JSON.parse(code))), map: null };
    },
  };
}
