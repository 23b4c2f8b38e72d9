// Model generation in Node per quality tier: median of N runs, triangles and structure count, and the median
// time of each builder (vertebrae, sacrum, joints, neural, periphery, muscles, skin) over the same runs.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, median, report } from './budgets.mjs';

const root = new URL('../../', import.meta.url).pathname;

async function loadAnatomy() {
  // Inside the repo, so that `three` resolves from node_modules.
  mkdirSync(join(root, 'tests/perf/out'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tests/perf/out/gen-'));
  const out = join(dir, 'anatomy.mjs');
  // createSpineModel as the package ships it, plus generateSpineModel (the same build, reporting each builder's time).
  await build({
    stdin: {
      contents: "export { createSpineModel } from './packages/anatomy/src/index.ts';\nexport { generateSpineModel } from './packages/anatomy/src/createSpineModel.ts';\n",
      resolveDir: root, loader: 'ts', sourcefile: 'generation-entry.ts',
    },
    bundle: true, format: 'esm', platform: 'node',
    outfile: out, external: ['three'], logLevel: 'error', minify: true,
  });
  const mod = await import(out);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

export async function measureGeneration({ runs = 15 } = {}) {
  const { generateSpineModel } = await loadAnatomy();
  const result = {};
  for (const quality of ['low', 'medium', 'high']) {
    generateSpineModel({ quality }).dispose(); // warm the JIT
    const times = [];
    const perBuilder = {};
    const timing = (name, ms) => (perBuilder[name] ??= []).push(ms);
    let triangles = 0, structures = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const model = generateSpineModel({ quality }, timing);
      times.push(performance.now() - t0);
      triangles = model.structures.reduce((n, s) => n + (s.geometry.index ? s.geometry.index.count : s.geometry.attributes.position.count) / 3, 0);
      structures = model.structures.length;
      model.dispose();
    }
    const builders = Object.fromEntries(Object.entries(perBuilder).map(([name, v]) => [name, { medianMs: median(v), minMs: Math.min(...v) }]));
    result[quality] = { medianMs: median(times), minMs: Math.min(...times), triangles, structures, builders };
  }
  return result;
}

export function printGeneration(g, runs) {
  console.log(`\n## Model generation in Node (median of ${runs} runs after a warm-up)`);
  for (const [q, r] of Object.entries(g)) {
    console.log(`${q.padEnd(6)} median ${r.medianMs.toFixed(1)} ms (min ${r.minMs.toFixed(1)})  ${Math.round(r.triangles).toLocaleString('en-US')} triangles  ${r.structures} structures`);
    console.log(`       per builder, median (min) ms: ${Object.entries(r.builders).map(([n, b]) => `${n} ${b.medianMs.toFixed(1)} (${b.minMs.toFixed(1)})`).join(' · ')}`);
  }
  return [
    report('generation, quality high (median)', g.high.medianMs, BUDGETS.generationHighMs, { unit: 'ms' }),
    report('triangles, quality high', Math.round(g.high.triangles), BUDGETS.trianglesHigh),
    report('triangles, quality low', Math.round(g.low.triangles), BUDGETS.trianglesLow),
  ].every(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.RUNS ?? 15);
  process.exitCode = printGeneration(await measureGeneration({ runs }), runs) ? 0 : 1;
}
