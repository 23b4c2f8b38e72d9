import type { BuildContext, StructureInput } from './build/context';
import { BUILDERS } from './build/builders';
import { computeSpineFrame } from './frame/spineFrame';
import { SpineModelImpl } from './model';
import { QUALITY } from './quality';
import type { SpineModel, SpineModelOptions, Structure, Vec3 } from './types';

const QUALITIES = ['low', 'medium', 'high'] as const;

/** Generates the whole anatomy from the measurements, in LPS millimetres. Pure and synchronous. */
export function createSpineModel(options: SpineModelOptions = {}): SpineModel {
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
  for (const build of BUILDERS) build(ctx);
  return new SpineModelImpl(quality, structures, landmarks);
}
