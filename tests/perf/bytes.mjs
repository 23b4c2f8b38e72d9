// Bytes: the standalone embed against model-viewer's bundle (which ships three), measured in the same run,
// plus the React package with its peers external, and what each dependency contributes to the embed.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { report } from './budgets.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => n / 1024;

export function measureBytes() {
  const embedPath = join(root, 'packages/embed/dist/spine-explainer.js');
  const mvPath = join(dirname(require.resolve('@google/model-viewer/package.json')), 'dist/model-viewer.min.js');
  if (!existsSync(embedPath)) throw new Error(`${embedPath} is missing: run npm run build first`);
  const embed = readFileSync(embedPath);
  const mv = readFileSync(mvPath);
  const figures = {
    embedRaw: embed.length, embedGzip: gz(embed), embedBrotli: br(embed),
    modelViewerRaw: mv.length, modelViewerGzip: gz(mv), modelViewerBrotli: br(mv),
  };
  const reactPath = join(root, 'packages/react/dist/index.js');
  if (existsSync(reactPath)) figures.reactGzip = gz(readFileSync(reactPath));
  return figures;
}

/**
 * What each dependency contributes to the standalone embed: the same entry bundled by esbuild with a metafile
 * (minified bytes per package before compression; rollup's output differs by a few percent).
 */
export async function contributions() {
  const pkg = (name) => join(root, `packages/${name}/src/index.ts`);
  const r = await build({
    entryPoints: [join(root, 'packages/embed/src/standalone.ts')], bundle: true, minify: true, format: 'iife', write: false,
    metafile: true, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@spine-explainer/anatomy': pkg('anatomy'), '@spine-explainer/procedures': pkg('procedures'), '@spine-explainer/react': pkg('react') },
  });
  const groups = {};
  for (const [file, info] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
    const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : file.split('/').slice(0, 3).join('/');
    groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]);
}

export function printContributions(rows) {
  console.log('\n## What each dependency adds to the embed (minified, before gzip)');
  for (const [name, bytes] of rows.filter(([, b]) => b >= 1024)) console.log(`${kib(bytes).toFixed(1).padStart(8)} KiB  ${name}`);
}

export function printBytes(f) {
  console.log('\n## Bytes (gzip -9 / brotli 11)');
  console.log(`embed  dist/spine-explainer.js  raw ${kib(f.embedRaw).toFixed(1)} KiB  gzip ${kib(f.embedGzip).toFixed(1)} KiB  brotli ${kib(f.embedBrotli).toFixed(1)} KiB`);
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
