import { describe, expect, it } from 'vitest';
import { build, type Metafile, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = (pkg: string) => `${root}packages/${pkg}/src/index.ts`;

/** Workspace sources are side-effect free, as their package.json files say (esbuild does not apply that to aliased sources). */
const workspaceSideEffectFree: Plugin = {
  name: 'workspace-side-effect-free',
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
 * The lite scene bundled on its own, as the standalone build bundles it (three and the workspace packages inside).
 * Returns the source files that put bytes into the output (the metafile's inputs also list files read and then
 * shaken out entirely).
 */
async function bundledFiles(): Promise<string[]> {
  const result = await build({
    stdin: { contents: "export { createLiteScene } from './packages/embed/src/lite/scene/index';", resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@spine-explainer/anatomy': src('anatomy'), '@spine-explainer/procedures': src('procedures'), '@spine-explainer/react': src('react') },
    plugins: [workspaceSideEffectFree],
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  return Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([file]) => file);
}

describe('lite scene bundle', () => {
  it('contains three and the React-free modules of the React package, and no React, react-dom, R3F or drei', async () => {
    const inputs = await bundledFiles();
    const banned = inputs.filter((f) => /node_modules[\\/](react|react-dom|scheduler|@react-three|zustand[\\/]esm[\\/]react|its-fine|suspend-react)[\\/]/.test(f));
    expect(banned).toEqual([]);
    // No React component module of the React package either (their imports of React are what must stay out).
    expect(inputs.filter((f) => /packages[\\/]react[\\/]src[\\/].*\.tsx$/.test(f))).toEqual([]);
    expect(inputs.some((f) => /node_modules[\\/]three[\\/]/.test(f))).toBe(true);
    expect(inputs.some((f) => /packages[\\/]react[\\/]src[\\/]materials\.ts$/.test(f))).toBe(true);
    expect(inputs.some((f) => /packages[\\/]react[\\/]src[\\/]sharedRenderer\.ts$/.test(f))).toBe(true);
  });
});
