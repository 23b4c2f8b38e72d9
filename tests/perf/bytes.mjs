// Bytes: the standalone embed against model-viewer's bundle (which ships three), measured in the same run,
// plus the chunks the embed loads only when a page needs them, the React package with its peers external, and
// what each dependency contributes to the embed and to those chunks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { report } from './budgets.mjs';
import { applyLateEdits, planLateTexts } from '../../scripts/lib/late-locale.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => n / 1024;

const DIST = join(root, 'packages/embed/dist');

/** The lazily loaded chunks next to the standalone script (spine-explainer.<name>-<hash>.js). */
function chunkFiles() {
  return readdirSync(DIST).filter((f) => f.startsWith('spine-explainer.') && f.endsWith('.js') && f !== 'spine-explainer.js').sort();
}

export function measureBytes() {
  const embedPath = join(DIST, 'spine-explainer.js');
  const mvPath = join(dirname(require.resolve('@google/model-viewer/package.json')), 'dist/model-viewer.min.js');
  if (!existsSync(embedPath)) throw new Error(`${embedPath} is missing: run npm run build first`);
  const embed = readFileSync(embedPath);
  const mv = readFileSync(mvPath);
  const figures = {
    embedRaw: embed.length, embedGzip: gz(embed), embedBrotli: br(embed),
    modelViewerRaw: mv.length, modelViewerGzip: gz(mv), modelViewerBrotli: br(mv),
    chunks: chunkFiles().map((file) => {
      const bytes = readFileSync(join(DIST, file));
      return { file, raw: bytes.length, gzip: gz(bytes) };
    }),
  };
  const reactPath = join(root, 'packages/react/dist/index.js');
  if (existsSync(reactPath)) figures.reactGzip = gz(readFileSync(reactPath));
  return figures;
}

/**
 * What each dependency contributes to the standalone embed: the same entry bundled by esbuild with a metafile
 * (minified bytes per package before compression; rollup's output differs by a few percent), with the build's
 * split: the embed's workbench stand-in in place of the React package's workbench import, the posters stand-in
 * in place of the generated posters, the catalog and UI strings English only (their Spanish is a chunk), and
 * workspace sources side-effect free, as their package.json files say. The lazily loaded part is the React view and the workbench bundled
 * on its own, less what the entry already has (esbuild's own splitting would not show rollup's split).
 */
export async function contributions() {
  const pkg = (name) => join(root, `packages/${name}/src/index.ts`);
  const explainer = join(root, 'packages/react/src/SpineExplainer.tsx');
  const realWorkbench = join(root, 'packages/react/src/workbench/Workbench.tsx');
  const workspaceSrc = /[\\/]packages[\\/](anatomy|procedures|react)[\\/]src[\\/]/;
  // The English-only catalog and UI strings of the standalone build (scripts/lib/late-locale.mjs, same plan).
  const procSrc = join(root, 'packages/procedures/src');
  const lateFiles = [
    ...readdirSync(join(procSrc, 'catalog')).filter((f) => f.endsWith('.ts')).sort().map((f) => [join(procSrc, 'catalog', f), 'L']),
    [join(procSrc, 'ui-strings.ts'), 't'],
  ];
  const sources = lateFiles.map(([file, helper]) => [file, readFileSync(file, 'utf8'), helper]);
  const late = planLateTexts(sources);
  const englishOnly = new Map(sources.map(([file, code]) => [file, applyLateEdits(code, late.edits.get(file), join(procSrc, 'lateText.ts'))]));
  const standaloneLikeRollup = {
    name: 'sx-standalone-like-rollup',
    setup(b) {
      b.onResolve({ filter: /^sx:(workbench|locale-es|posters)$/ }, (args) => ({ path: args.path, external: true }));
      // The entry's own on-demand chunks: the React view for layout="workbench" and frame mode.
      b.onResolve({ filter: /^\.\/(workbenchView|frame)$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
      b.onResolve({ filter: /^\.\/workbench\/Workbench$/ }, (args) =>
        args.importer === explainer ? { path: join(root, 'packages/embed/src/lazyWorkbench.tsx') } : undefined);
      b.onResolve({ filter: /^\.\/posters\.generated$/ }, (args) =>
        args.importer === join(root, 'packages/embed/src/poster.ts') ? { path: join(root, 'packages/embed/src/lazyPosters.ts') } : undefined);
      b.onLoad({ filter: /[\\/]procedures[\\/]src[\\/].*\.ts$/ }, (args) =>
        englishOnly.has(args.path) ? { contents: englishOnly.get(args.path), loader: 'ts', resolveDir: dirname(args.path) } : undefined);
      // esbuild does not apply "sideEffects": false to these aliased sources by itself.
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.sx) return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { sx: true } });
        if (r.errors.length || !workspaceSrc.test(r.path)) return undefined;
        return { path: r.path, namespace: r.namespace, sideEffects: false };
      });
    },
  };
  const bundle = (entryPoint) => build({
    entryPoints: [entryPoint], bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'error',
    jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, plugins: [standaloneLikeRollup],
    alias: { '@spine-explainer/anatomy': pkg('anatomy'), '@spine-explainer/procedures': pkg('procedures'), '@spine-explainer/react': pkg('react') },
  });
  const inputsOf = (r) => Object.values(r.metafile.outputs)[0].inputs;
  // The floor: the same entry with the lite view replaced by tests/perf/floorView.ts (generator, catalog,
  // placement and the three classes a scene needs; no React, no R3F, no UI).
  const floorBuild = await build({
    entryPoints: [join(root, 'packages/embed/src/standalone.ts')], bundle: true, minify: true, format: 'esm', write: false,
    logLevel: 'error', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [{ name: 'sx-floor-view', setup(b) { b.onResolve({ filter: /^\.\/lite\/liteView$/ }, () => ({ path: join(root, 'tests/perf/floorView.ts') })); } }, standaloneLikeRollup],
    alias: { '@spine-explainer/anatomy': pkg('anatomy'), '@spine-explainer/procedures': pkg('procedures'), '@spine-explainer/react': pkg('react') },
  });
  const floor = floorBuild.outputFiles[0].contents;
  const entryBuild = await bundle(join(root, 'packages/embed/src/standalone.ts'));
  const entry = inputsOf(entryBuild);
  const workbench = { ...inputsOf(await bundle(join(root, 'packages/embed/src/lite/workbenchView.ts'))), ...inputsOf(await bundle(realWorkbench)) };
  const lazy = Object.fromEntries(Object.entries(workbench).filter(([file]) => !(file in entry)));
  const table = (inputs) => {
    const groups = {};
    for (const [file, info] of Object.entries(inputs)) {
      const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const key = m ? m[1] : file.split('/').slice(0, file.includes('/workbench/') ? 4 : 3).join('/');
      groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
    }
    return Object.entries(groups).sort((a, b) => b[1] - a[1]);
  };
  const same = entryBuild.outputFiles[0].contents;
  return { entry: table(entry), lazy: table(lazy), floor: { gzip: gz(floor), raw: floor.length, sameMinifierGzip: gz(same) } };
}

export function printContributions({ entry, lazy, floor }) {
  const print = (rows) => {
    for (const [name, bytes] of rows.filter(([, b]) => b >= 1024)) console.log(`${kib(bytes).toFixed(1).padStart(8)} KiB  ${name}`);
  };
  console.log('\n## What each dependency adds to the embed (minified, before gzip)');
  print(entry);
  console.log('\n## ... and to the chunks it loads only when a page needs them (layout="workbench")');
  print(lazy);
  console.log('\n## Floor: the embed with no viewer at all (tests/perf/floorView.ts: generator, catalog, placement, three; esbuild minifier)');
  console.log(`floor gzip ${kib(floor.gzip).toFixed(1)} KiB (raw ${kib(floor.raw).toFixed(1)}) · today's entry with the same minifier ${kib(floor.sameMinifierGzip).toFixed(1)} KiB · the compact viewer and its UI = ${kib(floor.sameMinifierGzip - floor.gzip).toFixed(1)} KiB gzip`);
}

export function printBytes(f) {
  console.log('\n## Bytes (gzip -9 / brotli 11)');
  console.log(`embed  dist/spine-explainer.js  raw ${kib(f.embedRaw).toFixed(1)} KiB  gzip ${kib(f.embedGzip).toFixed(1)} KiB  brotli ${kib(f.embedBrotli).toFixed(1)} KiB`);
  for (const c of f.chunks) console.log(`  loaded on demand: dist/${c.file}  raw ${kib(c.raw).toFixed(1)} KiB  gzip ${kib(c.gzip).toFixed(1)} KiB`);
  console.log(`model-viewer dist/model-viewer.min.js  raw ${kib(f.modelViewerRaw).toFixed(1)} KiB  gzip ${kib(f.modelViewerGzip).toFixed(1)} KiB  brotli ${kib(f.modelViewerBrotli).toFixed(1)} KiB`);
  if (f.reactGzip) console.log(`react  dist/index.js (peers external)  gzip ${kib(f.reactGzip).toFixed(1)} KiB`);
  const ok1 = report('embed gzip vs model-viewer gzip', kib(f.embedGzip), kib(f.modelViewerGzip), { unit: 'KiB', note: `ratio ${(f.embedGzip / f.modelViewerGzip).toFixed(3)}` });
  const ok2 = report('embed brotli vs model-viewer brotli', kib(f.embedBrotli), kib(f.modelViewerBrotli), { unit: 'KiB', note: `ratio ${(f.embedBrotli / f.modelViewerBrotli).toFixed(3)}` });
  return ok1 && ok2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = printBytes(measureBytes()) ? 0 : 1;
  printContributions(await contributions());
}
