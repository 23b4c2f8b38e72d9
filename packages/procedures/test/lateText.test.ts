// The standalone embed's catalog is English only and gets its Spanish from a chunk (scripts/lib/late-locale.mjs).
// Here the procedures package is bundled with that same plugin, as the embed build does, and every Spanish text
// it shows once the chunk has run is compared with the source catalog's: procedure texts at every level, side
// and site, every UI string, and the raw catalog texts React reads (`text.es`).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_MODULE_ID, englishOnlyCatalog, planLateTexts } from '../../../scripts/lib/late-locale.mjs';
import * as source from '../src/index';
import { lateText, provideLateTexts } from '../src/lateText';
import { sentences } from '../src/catalog/helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Under node_modules so that the bundle's bare imports (zod, three) resolve from the repository.
const out = join(root, 'node_modules/.cache/sx-late-locale-test', String(process.pid));

type Procedures = typeof source;
let built: Procedures & { loadSpanish(): Promise<unknown> };
let entryCode = '';

const ENTRY = '\0late-locale-test-entry';
const entryPlugin: Plugin = {
  name: 'test-entry',
  resolveId: (id) => (id === ENTRY ? id : null),
  load: (id) => id === ENTRY
    ? `export * from ${JSON.stringify(join(root, 'packages/procedures/src/index.ts'))};\nexport const loadSpanish = () => import('sx:locale-es');\n`
    : null,
};

beforeAll(async () => {
  const bundle = await rollup({
    input: ENTRY,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && id !== 'sx:locale-es',
    plugins: [
      entryPlugin,
      englishOnlyCatalog(root),
      nodeResolve({ extensions: ['.ts', '.mjs', '.js'] }),
      esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.base.json'), sourceMap: false }),
    ],
    onwarn: () => {},
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { output } = await bundle.write({ dir: out, format: 'es', entryFileNames: 'entry.mjs', chunkFileNames: '[name]-[hash].mjs' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const isLocale = (o: (typeof chunks)[number]) => o.moduleIds.includes(LOCALE_MODULE_ID);
  expect(chunks.filter(isLocale)).toHaveLength(1);
  entryCode = chunks.filter((o) => !isLocale(o)).map((o) => o.code).join('\n');
  built = await import(pathToFileURL(join(out, 'entry.mjs')).href);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every option set a procedure can be shown with: each level, side and site on its own, and the defaults. */
function optionSets(p: source.Procedure): { level?: string; side?: string; site?: string }[] {
  return [{}, ...p.levels.map((level) => ({ level })), ...p.sides.map((side) => ({ side })), ...p.sites.map((site) => ({ site }))];
}

describe('the English-only catalog of the standalone embed', () => {
  it('carries no Spanish of the literal texts before the chunk runs, and shows English in its place', () => {
    const { texts } = planLateTexts([[
      'ui-strings.ts', readFileSync(join(root, 'packages/procedures/src/ui-strings.ts'), 'utf8'), 't',
    ]]);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts.filter((t) => t.length > 12)) expect(entryCode.includes(JSON.stringify(text).slice(1, -1)), text).toBe(false);
    expect(entryCode).not.toContain('Inyección epidural interlaminar de corticoide');
    const p = built.getProcedure('epidural-interlaminar');
    expect(p.name.es).toBeUndefined();
    expect(built.procedureText(p, 'es').name).toBe(source.procedureText(source.getProcedure('epidural-interlaminar'), 'en').name);
    expect(built.uiText('control.play', 'es')).toBe('Play');
  });

  it('shows, once the Spanish chunk has run, exactly the Spanish of the source catalog', async () => {
    await built.loadSpanish();
    expect(built.procedures.map((p) => p.id)).toEqual(source.procedures.map((p) => p.id));
    let compared = 0;
    for (const [i, p] of built.procedures.entries()) {
      const original = source.procedures[i]!;
      for (const options of optionSets(original)) {
        expect(built.procedureText(p, 'es', options), `${p.id} ${JSON.stringify(options)}`).toEqual(source.procedureText(original, 'es', options));
        expect(built.procedureText(p, 'en', options)).toEqual(source.procedureText(original, 'en', options));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(source.procedures.length * 2);
    // The raw texts, as the React viewer reads them (`text[locale]`), message by message.
    expect(built.extractMessages(built.procedures, 'es')).toEqual(source.extractMessages(source.procedures, 'es'));
    expect(built.extractMessages(built.procedures, 'en')).toEqual(source.extractMessages(source.procedures, 'en'));
    for (const [id, text] of Object.entries(source.UI_STRINGS)) {
      expect((built.UI_STRINGS as source.UiStrings)[id]!.es, id).toBe(text.es);
      expect(built.uiText(id, 'es-MX', { n: 2, m: 5 })).toBe(source.uiText(id, 'es-MX', { n: 2, m: 5 }));
    }
    expect(built.procedureLocales(built.procedures[0]!)).toEqual(['en', 'es']);
  });

  it('keeps the catalog frozen, as the library catalog is', () => {
    expect(Object.isFrozen(built.procedures[0]!.name)).toBe(true);
    expect(Object.isFrozen(built.procedures[0]!.steps[0]!.patient)).toBe(true);
  });
});

describe('lateText and sentences', () => {
  it('reads a late locale only once provided; sentences join it when read', () => {
    const a = lateText('One.', 'xx', 0);
    const b = lateText('Two.', 'xx', 1);
    const joined = sentences(a, b);
    expect(Object.keys(joined)).toEqual(['en', 'xx']);
    expect(source.localize(joined, 'xx')).toBe('One. Two.');
    expect(joined.xx).toBeUndefined();
    provideLateTexts('xx', ['Uno.', 'Dos.']);
    expect(a.xx).toBe('Uno.');
    expect(joined.xx).toBe('Uno. Dos.');
    expect(JSON.parse(JSON.stringify(joined))).toEqual({ en: 'One. Two.', xx: 'Uno. Dos.' });
  });
});
