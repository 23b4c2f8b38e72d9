import type { Structure } from '@spine-explainer/anatomy';
import { structureCentre } from './geometry';
import type { PlacementLike, SpreadPlacement, Vec3 } from './types';

/** Radius (mm) of a sphere holding `ml` millilitres. */
export function spreadRadius(ml: number): number {
  return Math.cbrt((3 * Math.max(ml, 0.05) * 1000) / (4 * Math.PI));
}

/** Where a spread starts: the tip of the needle aimed at that structure, else the first needle, else the structure. */
export function spreadOrigin(placement: PlacementLike, spread: SpreadPlacement, structure: Structure | undefined): Vec3 | undefined {
  const n = placement.needles.find((x) => x.targetStructure === spread.structure) ?? placement.needles[0];
  return n?.target ?? placement.leads[0]?.path.at(-1) ?? structureCentre(structure);
}
