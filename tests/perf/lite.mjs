// Bytes of the React-free embed (packages/embed/src/standalone-lite.ts: the lite view in plain DOM and three),
// bundled with esbuild (minified, three included) with the standalone build's split, as bytes.mjs bundles its
// floor, so the two compare:
//   node tests/perf/lite.mjs [--out packages/embed/dist-lite]
// Prints gzip -9 / brotli 11 of the entry, its difference to the floor (standalone.ts with no viewer at all), and
// what each package adds. Fails when React, react-dom, scheduler or @react-three/* end up in the entry.
//
// With --out it also writes a servable copy for the embed e2e suite (SX_EMBED_BUNDLE=<out>/spine-explainer.js):
// spine-explainer.js (an IIFE, the classic script pages load) and, as ES modules it imports on demand, the React
// view for layout="workbench", the no-WebGL posters and frame mode. esbuild cannot share modules between an IIFE
// and its chunks, so this copy keeps the Spanish text inline (rollup's AMD build makes it a chunk).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { applyLateEdits, planLateTexts } from '../../scripts/lib/late-locale.mjs';

const root = new URL('../../', import.meta.url).pathname;
const at = (p) => join(root, p);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1);

/** The servable copy's chunks, by the specifier the sources import them with. */
const CHUNKS = {
  workbench: { file: 'spine-explainer.workbench-lite.js', entry: 'packages/embed/src/lite/workbenchView.ts' },
  posters: { file: 'spine-explainer.posters-lite.js', entry: 'packages/embed/src/posters.generated.ts' },
  frame: { file: 'spine-explainer.frame-lite.js', entry: 'packages/embed/src/frame.ts' },
};
/** Packages that must not be in the lite entry. */
const FORBIDDEN = /node_modules\/(react|react-dom|scheduler|its-fine|react-reconciler|@react-three\/[^/]+)\//;
/** How much more than the floor the lite viewer may weigh (issue #8 target). */
const TARGET_OVER_FLOOR_KIB = 20;

const alias = {
  '@spine-explainer/anatomy': at('packages/anatomy/src/index.ts'),
  '@spine-explainer/procedures': at('packages/procedures/src/index.ts'),
  '@spine-explainer/react': at('packages/react/src/index.ts'),
};

/** esbuild does not apply the workspace packages' "sideEffects": false to sources it reaches through an alias. */
const workspaceSideEffects = {
  name: 'sx-workspace-side-effects',
  setup(b) {
    const workspaceSrc = /[\\/]packages[\\/](anatomy|procedures|react)[\\/]src[\\/]/;
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.sx) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { sx: true } });
      if (r.errors.length || !workspaceSrc.test(r.path)) return undefined;
      return { path: r.path, namespace: r.namespace, sideEffects: false };
    });
  },
};

/**
 * The standalone build's split (rollup.config.mjs): poster.ts reads the posters stand-in, the catalog and UI strings
 * are English only (`measure`), and what the entry loads on demand is external: `sx:*` modules, the lite view's
 * workbench, frame mode. For the servable copy (`!measure`) those are the chunk files next to the script, and
 * `sx:locale-es` is empty (the Spanish stays inline).
 */
function standaloneSplit({ measure }) {
  const poster = at('packages/embed/src/poster.ts');
  const procSrc = at('packages/procedures/src');
  const lateFiles = [
    ...readdirSync(join(procSrc, 'catalog')).filter((f) => f.endsWith('.ts')).sort().map((f) => [join(procSrc, 'catalog', f), 'L']),
    [join(procSrc, 'ui-strings.ts'), 't'],
  ];
  const sources = lateFiles.map(([file, helper]) => [file, readFileSync(file, 'utf8'), helper]);
  const late = planLateTexts(sources);
  const englishOnly = new Map(sources.map(([file, code]) => [file, applyLateEdits(code, late.edits.get(file), join(procSrc, 'lateText.ts'))]));
  const chunk = (name) => (measure ? { path: `sx:${name}`, external: true } : { path: `./${CHUNKS[name].file}`, external: true });
  return {
    name: 'sx-standalone-split',
    setup(b) {
      b.onResolve({ filter: /^\.\/posters\.generated$/ }, (args) =>
        (args.importer === poster ? { path: at('packages/embed/src/lazyPosters.ts') } : undefined));
      b.onResolve({ filter: /^sx:posters$/ }, () => chunk('posters'));
      b.onResolve({ filter: /^sx:workbench$/ }, () => ({ path: 'sx:workbench', external: true }));
      b.onResolve({ filter: /^\.\/workbenchView$/ }, () => chunk('workbench'));
      b.onResolve({ filter: /^\.\/frame$/ }, (args) => (args.kind === 'dynamic-import' ? chunk('frame') : undefined));
      if (measure) {
        b.onResolve({ filter: /^sx:locale-es$/ }, () => ({ path: 'sx:locale-es', external: true }));
        b.onLoad({ filter: /[\\/]procedures[\\/]src[\\/].*\.ts$/ }, (args) =>
          englishOnly.has(args.path) ? { contents: englishOnly.get(args.path), loader: 'ts', resolveDir: dirname(args.path) } : undefined);
      } else {
        b.onResolve({ filter: /^sx:locale-es$/ }, () => ({ path: 'sx:locale-es', namespace: 'sx-empty' }));
        b.onLoad({ filter: /.*/, namespace: 'sx-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
      }
    },
  };
}

/** In the workbench chunk, <SpineExplainer>'s workbench is the embed's stand-in, as in the standalone build. */
const lazyWorkbench = {
  name: 'sx-lazy-workbench',
  setup(b) {
    const explainer = at('packages/react/src/SpineExplainer.tsx');
    b.onResolve({ filter: /^sx:workbench$/ }, () => ({ path: at('packages/react/src/workbench/Workbench.tsx') }));
    b.onResolve({ filter: /^\.\/workbench\/Workbench$/ }, (args) =>
      (args.importer === explainer ? { path: at('packages/embed/src/lazyWorkbench.tsx') } : undefined));
  },
};

const common = {
  bundle: true, minify: true, write: false, metafile: true, logLevel: 'error', target: 'es2022', jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' }, alias, legalComments: 'none',
};

const bundleOf = (r) => Object.values(r.outputFiles)[0].contents;
const inputsOf = (r) => Object.values(r.metafile.outputs).find((o) => o.entryPoint)?.inputs ?? Object.values(r.metafile.outputs)[0].inputs;

/** Minified bytes per package (node_modules name, or the workspace folder). */
function table(inputs) {
  const groups = {};
  for (const [file, info] of Object.entries(inputs)) {
    const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : file.split('/').slice(0, file.includes('/lite/') ? 5 : 3).join('/');
    groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]);
}

/** The lite entry and the floor, with the standalone build's split (`measure`) or as servable files. */
export async function buildLite({ measure = true } = {}) {
  const entry = await build({
    ...common, entryPoints: [at('packages/embed/src/standalone-lite.ts')], format: 'iife',
    plugins: [standaloneSplit({ measure }), workspaceSideEffects],
  });
  const floor = await build({
    ...common, entryPoints: [at('packages/embed/src/standalone.ts')], format: 'esm',
    plugins: [{ name: 'sx-floor-view', setup(b) { b.onResolve({ filter: /^\.\/reactView$/ }, () => ({ path: at('tests/perf/floorView.ts') })); } }, standaloneSplit({ measure }), workspaceSideEffects],
  });
  return { entry, floor };
}

/** A chunk of the servable copy, as an ES module the entry imports. */
async function buildChunk(name) {
  return build({
    ...common, entryPoints: [at(CHUNKS[name].entry)], format: 'esm',
    plugins: name === 'workbench' ? [lazyWorkbench, workspaceSideEffects] : [workspaceSideEffects],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outAt = process.argv.indexOf('--out');
  const out = outAt >= 0 ? resolve(process.argv[outAt + 1] ?? 'packages/embed/dist-lite') : undefined;
  const { entry, floor } = await buildLite();
  const code = bundleOf(entry);
  const floorCode = bundleOf(floor);
  const inputs = inputsOf(entry);
  const rows = table(inputs);

  console.log('## Lite embed (standalone-lite.ts, esbuild minifier, three included, English-only catalog as the standalone build)');
  console.log(`entry  raw ${kib(code.length)} KiB  gzip ${kib(gz(code))} KiB  brotli ${kib(br(code))} KiB`);
  console.log(`floor  raw ${kib(floorCode.length)} KiB  gzip ${kib(gz(floorCode))} KiB  (standalone.ts with tests/perf/floorView.ts and the same split, as bytes.mjs)`);
  const over = (gz(code) - gz(floorCode)) / 1024;
  console.log(`lite viewer over the floor: ${over.toFixed(1)} KiB gzip (target ≤ ~${TARGET_OVER_FLOOR_KIB})`);
  console.log('\n## What each package adds (minified, before gzip)');
  for (const [name, bytes] of rows.filter(([, b]) => b >= 512)) console.log(`${kib(bytes).padStart(8)} KiB  ${name}`);

  const forbidden = Object.keys(inputs).filter((f) => FORBIDDEN.test(f));
  if (out) {
    mkdirSync(out, { recursive: true });
    for (const f of readdirSync(out)) if (f.startsWith('spine-explainer.') && f.endsWith('.js')) rmSync(join(out, f));
    writeFileSync(join(out, 'spine-explainer.js'), bundleOf((await buildLite({ measure: false })).entry));
    for (const name of Object.keys(CHUNKS)) {
      const chunk = bundleOf(await buildChunk(name));
      writeFileSync(join(out, CHUNKS[name].file), chunk);
      console.log(`wrote ${CHUNKS[name].file} (gzip ${kib(gz(chunk))} KiB)`);
    }
    copyFileSync(at('packages/embed/src/frame.html'), join(out, 'frame.html'));
    console.log(`wrote ${out}/spine-explainer.js and frame.html`);
  }
  if (forbidden.length) {
    console.error(`\nFAIL: React or R3F inside the lite entry:\n  ${forbidden.slice(0, 20).join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nOK: no react, react-dom, scheduler or @react-three/* in the lite entry');
  }
}
