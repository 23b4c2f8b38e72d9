import type { BuildContext, StructureInput } from './build/context';
import { BUILDERS } from './build/builders';
import { computeSpineFrame } from './frame/spineFrame';
import { SpineModelImpl } from './model';
import { QUALITY } from './quality';
import type { SpineModel, SpineModelOptions, Structure, Vec3 } from './types';

const QUALITIES = ['low', 'medium', 'high'] as const;

/** Generates the whole anatomy from the measurements, in LPS millimetres. Pure and synchronous. */
export function createSpineModel(options: SpineModelOptions = {}): SpineModel {
  return generateSpineModel(options);
}

/** Receives each builder's wall time (ms), in build order. */
export type BuilderTiming = (builder: string, ms: number) => void;

/**
 * `createSpineModel`, optionally reporting how long each builder took (for the generation benchmark,
 * tests/perf/generation.mjs). Not part of the package's public exports.
 */
export function generateSpineModel(options: SpineModelOptions = {}, timing?: BuilderTiming): SpineModel {
  const quality = options.quality ?? 'medium';
  if (!QUALITIES.includes(quality)) {
    throw new Error(`Unknown quality "${String(quality)}"; expected one of ${QUALITIES.join(', ')}`);
  }
  const structures: Structure[] = [];
  const byId = new Map<string, Structure>();
  const landmarks = new Map<string, Vec3>();
  const ctx: BuildContext = {
    quality,
    q: QUALITY[quality],
    frame: computeSpineFrame(),
    add(input: StructureInput) {
      if (byId.has(input.id)) throw new Error(`Duplicate structure id "${input.id}"`);
      const s: Structure = { ...input };
      structures.push(s);
      byId.set(s.id, s);
      return s;
    },
    landmark(name: string, p: Vec3) {
      if (landmarks.has(name)) throw new Error(`Duplicate landmark "${name}"`);
      if (!p.every(Number.isFinite)) throw new Error(`Landmark "${name}" is not finite`);
      landmarks.set(name, [p[0], p[1], p[2]]);
    },
    get: (id) => byId.get(id),
    getLandmark: (name) => landmarks.get(name),
  };
  if (timing) {
    for (const b of BUILDERS) {
      const t0 = performance.now();
      b.build(ctx);
      timing(b.name, performance.now() - t0);
    }
  } else {
    for (const b of BUILDERS) b.build(ctx);
  }
  return new SpineModelImpl(quality, structures, landmarks);
}
