// Bytes of the React-free embed (packages/embed/src/standalone-lite.ts: the lite view in plain DOM and three),
// bundled with esbuild (minified, three included) the way bytes.mjs bundles its floor, so the two compare:
//   node tests/perf/lite.mjs [--out packages/embed/dist-lite]
// Prints gzip -9 / brotli 11, the difference to the floor (the same entry with no viewer at all), and what each
// package adds. Fails when React, react-dom, scheduler or @react-three/* end up in the entry.
// With --out it also writes a servable copy: spine-explainer.js (an IIFE, like the classic script pages load),
// spine-explainer.workbench.js (the React view for layout="workbench", an ES module the entry imports on demand)
// and frame.html, so the embed e2e suite can run against it (SX_EMBED_BUNDLE=<out>/spine-explainer.js).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const at = (p) => join(root, p);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1);

const WORKBENCH_CHUNK = 'spine-explainer.workbench.js';
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

/** The lite view's dynamic import of the React view becomes a request for the chunk next to the script. */
const workbenchExternal = {
  name: 'sx-lite-workbench-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/workbenchView$/ }, () => ({ path: `./${WORKBENCH_CHUNK}`, external: true }));
  },
};

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

export async function buildLite() {
  const entry = await build({
    ...common, entryPoints: [at('packages/embed/src/standalone-lite.ts')], format: 'iife',
    plugins: [workbenchExternal, workspaceSideEffects],
  });
  const floor = await build({
    ...common, entryPoints: [at('packages/embed/src/standalone.ts')], format: 'esm',
    plugins: [{ name: 'sx-floor-view', setup(b) { b.onResolve({ filter: /^\.\/reactView$/ }, () => ({ path: at('tests/perf/floorView.ts') })); } }, workspaceSideEffects],
  });
  return { entry, floor };
}

export async function buildWorkbenchChunk() {
  return build({
    ...common, entryPoints: [at('packages/embed/src/lite/workbenchView.ts')], format: 'esm',
    plugins: [lazyWorkbench, workspaceSideEffects],
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

  console.log('## Lite embed (standalone-lite.ts, esbuild minifier, three included)');
  console.log(`entry  raw ${kib(code.length)} KiB  gzip ${kib(gz(code))} KiB  brotli ${kib(br(code))} KiB`);
  console.log(`floor  raw ${kib(floorCode.length)} KiB  gzip ${kib(gz(floorCode))} KiB  (standalone.ts with tests/perf/floorView.ts, as bytes.mjs)`);
  const over = (gz(code) - gz(floorCode)) / 1024;
  console.log(`lite viewer over the floor: ${over.toFixed(1)} KiB gzip (target ≤ ~${TARGET_OVER_FLOOR_KIB})`);
  console.log('\n## What each package adds (minified, before gzip)');
  for (const [name, bytes] of rows.filter(([, b]) => b >= 512)) console.log(`${kib(bytes).padStart(8)} KiB  ${name}`);

  const forbidden = Object.keys(inputs).filter((f) => FORBIDDEN.test(f));
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'spine-explainer.js'), code);
    const chunk = bundleOf(await buildWorkbenchChunk());
    writeFileSync(join(out, WORKBENCH_CHUNK), chunk);
    copyFileSync(at('packages/embed/src/frame.html'), join(out, 'frame.html'));
    console.log(`\nwrote ${out}/spine-explainer.js, ${WORKBENCH_CHUNK} (gzip ${kib(gz(chunk))} KiB, loaded only for layout="workbench"), frame.html`);
  }
  if (forbidden.length) {
    console.error(`\nFAIL: React or R3F inside the lite entry:\n  ${forbidden.slice(0, 20).join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nOK: no react, react-dom, scheduler or @react-three/* in the lite entry');
  }
}
