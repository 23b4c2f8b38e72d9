// One config builds every artefact:
//   packages/<name>/dist/index.js + index.d.ts   library ESM, every bare import external
//   packages/embed/dist/spine-explainer.js       standalone script, everything bundled, minified, plus
//   packages/embed/dist/spine-explainer.*.js     the chunks it loads from its own directory when a page needs them
//                                                (the workbench, the Spanish text, the no-WebGL posters)
//   demo/dist/main.js                            the React demo page, everything bundled
// Entries that do not exist yet are skipped with a log line, so a half-written tree still builds.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { dts } from 'rollup-plugin-dts';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { LOCALE_MODULE_ID, englishOnlyCatalog } from './scripts/lib/late-locale.mjs';
import { stripCitations } from './scripts/lib/strip-citations.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const at = (...parts) => join(root, ...parts);
const PACKAGES = ['anatomy', 'procedures', 'react', 'embed'];
const CLIENT_ENTRIES = new Set(['react', 'embed']);
const TARGET = 'es2022';

const log = (message) => process.stderr.write(`[build] ${message}\n`);

/** `packages/x/src/index.ts` (or .tsx), or undefined when the engineer has not written it yet. */
function entry(pkg, base = 'index') {
  for (const ext of ['.ts', '.tsx']) {
    const file = at('packages', pkg, 'src', base + ext);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Sibling packages that files under `dir` import but whose entry does not exist yet. */
function missingSiblings(dir) {
  const missing = new Set();
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of code.matchAll(/from\s+['"]@spine-explainer\/([a-z-]+)['"]/g)) {
      if (!entry(name)) missing.add(`@spine-explainer/${name}`);
    }
  }
  return [...missing];
}

const isBare = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');

function onwarn(warning, warn) {
  // 'use client' in source files is re-added as an output banner where it belongs.
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  // three/examples and r3f use `this` at module scope in a few UMD guards; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) return;
  warn(warning);
}

/** Bundles must contain everything: an import that does not resolve is an error, not an external. */
function bundleOnwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(`${warning.message} — is it missing from package.json / node_modules?`);
  }
  onwarn(warning, warn);
}

/** Bundled artefacts compile sibling packages from source, so build order never matters. */
function workspaceSources() {
  return {
    name: 'sx-workspace-sources',
    resolveId(id) {
      const m = /^@spine-explainer\/([a-z-]+)$/.exec(id);
      if (!m) return null;
      const file = entry(m[1]);
      if (!file) this.error(`${id} is imported but packages/${m[1]}/src/index.ts does not exist yet`);
      return file;
    },
  };
}

/**
 * Library builds leave bare imports external, but Node's ESM loader (and webpack's fullySpecified mode)
 * needs the extension on deep imports into packages without an exports map, e.g.
 * `@react-three/drei/core/OrbitControls` -> `@react-three/drei/core/OrbitControls.js`. Add it in the output.
 */
function fullySpecifiedExternals() {
  const require = createRequire(import.meta.url);
  return {
    name: 'sx-fully-specified-externals',
    resolveId(id) {
      if (!isBare(id) || /\.[cm]?js$/.test(id)) return null;
      const m = /^((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(id);
      if (!m) return { id, external: true };
      const [, name, sub] = m;
      let manifest;
      try {
        manifest = require(`${name}/package.json`);
      } catch {
        return { id, external: true }; // not installed here, or its exports map hides package.json
      }
      if (manifest.exports) return { id, external: true };
      const base = dirname(require.resolve(`${name}/package.json`));
      if (existsSync(join(base, `${sub}.js`))) return { id: `${id}.js`, external: true };
      if (existsSync(join(base, sub, 'index.js'))) return { id: `${id}/index.js`, external: true };
      return { id, external: true };
    },
  };
}

function copyFile(from, to) {
  return {
    name: 'sx-copy-file',
    writeBundle() {
      if (!existsSync(from)) return;
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      log(`copied ${relative(root, from)} -> ${relative(root, to)}`);
    },
  };
}

const compileTs = (extra = {}) =>
  esbuild({ target: TARGET, jsx: 'automatic', tsconfig: at('tsconfig.base.json'), sourceMap: false, ...extra });

// ---------------------------------------------------------------------------------------------
// Library builds
// ---------------------------------------------------------------------------------------------

function library(pkg) {
  const input = entry(pkg);
  if (!input) {
    log(`skip @spine-explainer/${pkg}: packages/${pkg}/src/index.ts does not exist yet`);
    return [];
  }
  const dist = at('packages', pkg, 'dist');
  const banner = CLIENT_ENTRIES.has(pkg) ? "'use client';" : undefined;
  const missing = missingSiblings(at('packages', pkg, 'src'));
  if (missing.length) {
    log(`skip @spine-explainer/${pkg}: it imports ${missing.join(', ')}, whose src/index.ts does not exist yet`);
    return [];
  }
  return [
    {
      input,
      onwarn,
      // Every bare import stays external (the plugin decides, so it can also add extensions).
      plugins: [fullySpecifiedExternals(), stripCitations(), json({ preferConst: true }), compileTs()],
      output: { file: join(dist, 'index.js'), format: 'es', banner },
    },
    {
      input,
      external: isBare,
      onwarn,
      plugins: [
        dts({
          tsconfig: at('packages', pkg, 'tsconfig.json'),
          compilerOptions: { composite: false, incremental: false, declarationMap: false },
        }),
      ],
      output: { file: join(dist, 'index.d.ts'), format: 'es' },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Bundles with everything inside (standalone embed, demo page)
// ---------------------------------------------------------------------------------------------

function bundlePlugins() {
  return [
    workspaceSources(),
    nodeResolve({
      browser: true,
      dedupe: ['three', 'react', 'react-dom', 'scheduler'],
      extensions: ['.mjs', '.js', '.json', '.ts', '.tsx'],
    }),
    commonjs({ include: /node_modules/ }),
    stripCitations(),
    json({ preferConst: true }),
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    compileTs(),
  ];
}

// The standalone script is AMD output with its own small loader (packages/embed/src/chunkLoader.ts) at the top:
// rollup's IIFE format cannot split, and a page that shows the compact viewer should not download the
// workbench. Chunks are plain same-origin <script src> files next to the entry, so `script-src 'self'` holds.
const ENTRY_FILE = 'spine-explainer.js';
const CHUNK_PREFIX = 'spine-explainer.';
const DEFINE_GLOBAL = '__spineExplainerDefine';

/** The loader, compiled from its TypeScript source and called at once, as the entry file's first lines. */
function chunkLoaderBanner() {
  const source = readFileSync(at('packages/embed/src/chunkLoader.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: TARGET });
  const body = code.replace(/^export /gm, '');
  const call = `installChunkLoader(globalThis, ${JSON.stringify(DEFINE_GLOBAL)}, ${JSON.stringify(ENTRY_FILE)});`;
  return transformSync(`(function(){${body}\n${call}})();`, { minify: true, target: TARGET }).code.trim();
}

/**
 * In the standalone script, <SpineExplainer>'s workbench import becomes the lazy stand-in of the embed, and
 * `sx:workbench` (the stand-in's dynamic import) the real module: rollup then makes the workbench a chunk.
 * The React package itself stays synchronous (it exports the workbench, and its SSR renders it).
 */
function lazyWorkbench() {
  const explainer = at('packages/react/src/SpineExplainer.tsx');
  return {
    name: 'sx-lazy-workbench',
    resolveId(source, importer) {
      if (source === 'sx:workbench') return at('packages/react/src/workbench/Workbench.tsx');
      if (importer === explainer && source === './workbench/Workbench') return at('packages/embed/src/lazyWorkbench.tsx');
      return null;
    },
  };
}

// In the standalone script the catalog and the UI strings are English only (englishOnlyCatalog); their Spanish is the
// chunk `spine-explainer.locale-es-<hash>.js`, which packages/embed/src/lateLocale.ts loads for a page that shows
// Spanish (scripts/lib/late-locale.mjs). The React package and the library builds keep both locales in place.

/**
 * The same for the no-WebGL posters: poster.ts's `./posters.generated` becomes the embed's lazyPosters.ts, and
 * `sx:posters` (its dynamic import) the generated table, which rollup then makes a chunk. The library build keeps
 * them inline.
 */
function lazyPosters() {
  const poster = at('packages/embed/src/poster.ts');
  return {
    name: 'sx-lazy-posters',
    resolveId(source, importer) {
      if (source === 'sx:posters') return at('packages/embed/src/posters.generated.ts');
      if (importer === poster && source === './posters.generated') return at('packages/embed/src/lazyPosters.ts');
      return null;
    },
  };
}

/** Chunk file names by the module that starts them, where rollup's own name would be unclear. */
const CHUNK_NAMES = new Map([
  [LOCALE_MODULE_ID, 'locale-es'],
  [at('packages/embed/src/posters.generated.ts'), 'posters'],
]);

/** Chunk names carry a hash: remove the previous build's chunks that this build did not write. */
function removeStaleChunks(dir) {
  return {
    name: 'sx-remove-stale-chunks',
    writeBundle(_options, bundle) {
      for (const file of readdirSync(dir)) {
        if (file.startsWith(CHUNK_PREFIX) && file !== ENTRY_FILE && file.endsWith('.js') && !(file in bundle)) {
          rmSync(join(dir, file));
        }
      }
    },
  };
}

/**
 * The standalone script is what clinic pages download, so it gets terser (two passes): 3.5% less gzip and 7%
 * less brotli than esbuild's minifier, for about 30 s more build. SX_MINIFY=esbuild for a fast inner loop.
 */
function releaseMinifier() {
  if (process.env.SX_MINIFY === 'esbuild') return minify({ target: TARGET });
  return terser({ ecma: 2020, module: false, compress: { passes: 2 } });
}

// Workspace packages declare "sideEffects": false; rollup does not read that for sources it resolves itself.
const workspaceSideEffects = (id) => !/[\\/]packages[\\/](anatomy|procedures|react)[\\/]src[\\/]/.test(id);

function standaloneEmbed() {
  const input = entry('embed', 'standalone');
  if (!input) {
    log('skip standalone embed: packages/embed/src/standalone.ts does not exist yet');
    return [];
  }
  const missing = missingSiblings(at('packages/embed/src'));
  if (missing.length) {
    log(`skip standalone embed: it imports ${missing.join(', ')}, whose src/index.ts does not exist yet`);
    return [];
  }
  const dist = at('packages/embed/dist');
  const loaderBanner = chunkLoaderBanner();
  return [
    {
      input,
      onwarn: bundleOnwarn,
      treeshake: { moduleSideEffects: workspaceSideEffects },
      plugins: [
        lazyWorkbench(),
        lazyPosters(),
        englishOnlyCatalog(root),
        ...bundlePlugins(),
        copyFile(at('packages/embed/src/frame.html'), at('packages/embed/dist/frame.html')),
        removeStaleChunks(dist),
      ],
      output: {
        dir: dist,
        format: 'amd',
        entryFileNames: ENTRY_FILE,
        chunkFileNames: (chunk) => `${CHUNK_PREFIX}${CHUNK_NAMES.get(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
        amd: { define: DEFINE_GLOBAL, forceJsExtensionForImports: true },
        banner: (chunk) => (chunk.isEntry ? loaderBanner : ''),
        plugins: [releaseMinifier()],
      },
    },
  ];
}

function demo() {
  const input = at('demo/main.tsx');
  if (!existsSync(input)) {
    log('skip demo: demo/main.tsx does not exist');
    return [];
  }
  const missing = missingSiblings(at('demo'));
  if (missing.length) {
    log(`skip demo: it imports ${missing.join(', ')}, whose src/index.ts does not exist yet`);
    return [];
  }
  return [
    {
      input,
      onwarn: bundleOnwarn,
      plugins: bundlePlugins(),
      output: {
        dir: at('demo/dist'),
        format: 'es',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        plugins: [minify({ target: TARGET })],
      },
    },
  ];
}

// SX_BUILD=anatomy,demo builds a subset (handy in the inner loop); default is everything.
const only = process.env.SX_BUILD?.split(',').map((s) => s.trim());
const wanted = (name) => !only || only.includes(name);

export default [
  ...PACKAGES.filter(wanted).flatMap(library),
  ...(wanted('standalone') ? standaloneEmbed() : []),
  ...(wanted('demo') ? demo() : []),
];
