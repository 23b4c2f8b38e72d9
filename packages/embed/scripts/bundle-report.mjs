#!/usr/bin/env node
// What the standalone bundle is made of, by package (esbuild metafile, minified bytes before gzip).
//   node packages/embed/scripts/bundle-report.mjs   (from the repo root)
import * as esbuild from 'esbuild';
const r = await esbuild.build({
  entryPoints: ['packages/embed/src/standalone.ts'], bundle: true, minify: true, format: 'iife', write: false, metafile: true,
  target: 'es2022', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  alias: { '@spine-explainer/anatomy': './packages/anatomy/src/index.ts', '@spine-explainer/procedures': './packages/procedures/src/index.ts', '@spine-explainer/react': './packages/react/src/index.ts' },
  outfile: 'spine-explainer.report.js', // not written (write: false)
});
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const key = m ? m[1] + (m[1] === 'three' ? (file.includes('examples') ? ' (examples)' : ' (core)') : '') : file.split('/').slice(0, 3).join('/');
  groups[key] = (groups[key] ?? 0) + bytesInOutput;
}
console.log('total', out.bytes);
for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(9), k);
