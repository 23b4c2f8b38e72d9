// Bundles stories/e2e/fixture-page.tsx with esbuild (fast, no minify) into a folder with an index.html.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = (name) => join(root, 'packages', name, 'src', 'index.ts');

export async function buildFixture(outdir) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(root, 'stories/e2e/fixture-page.tsx')],
    bundle: true,
    format: 'esm',
    outfile: join(outdir, 'main.js'),
    jsx: 'automatic',
    target: 'es2022',
    sourcemap: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': process.env.SX_DEV ? '"development"' : '"production"' },
    alias: {
      '@spine-explainer/anatomy': pkg('anatomy'),
      '@spine-explainer/procedures': pkg('procedures'),
      '@spine-explainer/react': pkg('react'),
    },
  });
  writeFileSync(join(outdir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>fixture</title><link rel="icon" href="data:,"><style>body{margin:0;padding:12px;font-family:system-ui;background:#fff}</style></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>`);
  return outdir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildFixture(process.argv[2] ?? '/tmp/sx-fixture');
  console.log('built');
}
