// The standalone embed ships the catalog in English only; Spanish is a chunk that pages with locale="es" load.
// This plugin rewrites every `L(english, 'spanish')` of the catalog (and `t(…)` of the UI strings) into
// `lateText(english, 'es', n)` (packages/procedures/src/lateText.ts) and serves the Spanish strings, in the same
// order, as the virtual module `sx:locale-es`, which hands them to `provideLateTexts` when it runs. A call whose
// Spanish is not a plain string (a template with `${…}`, a variable) is left as it is: both locales stay inline.
//
// The ids are given before the build starts, from the files as they are on disk, so the entry and the chunk
// always agree whatever order rollup transforms modules in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const LOCALE_MODULE = 'sx:locale-es';
/** The id rollup knows the virtual module by (its chunk is named after it). */
export const LOCALE_MODULE_ID = '\0sx:locale-es';
const RUNTIME_NAME = '__sxLateText';

/**
 * Finds the rewritable calls in `sources` (file → [source text, name of the two-locale helper]) and numbers them
 * across files in the order given. Returns each file's edits and the late locale's strings by number.
 * @param {[string, string, string][]} sources  [file, code, helper name]
 */
export function planLateTexts(sources, locale = 'es') {
  const texts = [];
  const edits = new Map();
  for (const [file, code, helper] of sources) {
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const own = [];
    const visit = (node) => {
      if (
        ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === helper &&
        node.arguments.length === 2 && ts.isStringLiteralLike(node.arguments[1])
      ) {
        const [en, other] = node.arguments;
        own.push({
          start: node.getStart(sf),
          end: node.getEnd(),
          text: `${RUNTIME_NAME}(${code.slice(en.getStart(sf), en.getEnd())}, ${JSON.stringify(locale)}, ${texts.length})`,
        });
        texts.push(other.text);
        return; // the English argument is kept as written; nothing to rewrite inside it
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    edits.set(file, own);
  }
  return { texts, edits };
}

/** `code` with `edits` applied and the runtime imported from `runtimeFile`. */
export function applyLateEdits(code, edits, runtimeFile) {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return `import { lateText as ${RUNTIME_NAME} } from ${JSON.stringify(runtimeFile)};\n${out}`;
}

/** The module that provides the late locale's strings when it runs. */
export function lateLocaleModule(texts, runtimeFile, locale = 'es') {
  return `import { provideLateTexts } from ${JSON.stringify(runtimeFile)};\nprovideLateTexts(${JSON.stringify(locale)}, ${JSON.stringify(texts)});\nexport const locale = ${JSON.stringify(locale)};\n`;
}

/**
 * Rollup plugin. `files`: [absolute path, helper name] in a fixed order; `runtime`: absolute path of lateText.ts.
 * Put it before the TypeScript compiler: it reads and rewrites the TypeScript source.
 */
export function lateLocale({ files, runtime, locale = 'es' }) {
  let plan;
  let originals;
  return {
    name: 'sx-late-locale',
    buildStart() {
      originals = new Map(files.map(([file]) => [file, readFileSync(file, 'utf8')]));
      plan = planLateTexts(files.map(([file, helper]) => [file, originals.get(file), helper]), locale);
      for (const [file] of files) this.addWatchFile(file);
    },
    resolveId(source) {
      return source === LOCALE_MODULE ? LOCALE_MODULE_ID : null;
    },
    load(id) {
      return id === LOCALE_MODULE_ID ? lateLocaleModule(plan.texts, runtime, locale) : null;
    },
    transform(code, id) {
      const edits = plan.edits.get(id);
      if (!edits) return null;
      // The numbers were given for the file on disk; anything else would give the chunk's strings to other texts.
      if (code !== originals.get(id)) this.error(`${id} changed between buildStart and transform: rebuild`);
      return { code: applyLateEdits(code, edits, runtime), map: null };
    },
  };
}

/**
 * The plugin for this repository's catalog (`root`: the repository): every file of packages/procedures/src/catalog,
 * whose two-locale helper is `L`, then ui-strings.ts, whose helper is `t`; Spanish is the late locale.
 */
export function englishOnlyCatalog(root) {
  const src = join(root, 'packages/procedures/src');
  const catalog = join(src, 'catalog');
  const files = readdirSync(catalog).filter((f) => f.endsWith('.ts')).sort().map((f) => [join(catalog, f), 'L']);
  files.push([join(src, 'ui-strings.ts'), 't']);
  return lateLocale({ files, runtime: join(src, 'lateText.ts'), locale: 'es' });
}
