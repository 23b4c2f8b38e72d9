import type { SpineModel, Structure } from '@spine-explainer/anatomy';
import { ProcedureError } from '../errors';
import { levelAbove, levelBelow } from '../options';
import type { Vec3 } from '../types';
import { cross, dot, insideByParity, norm, sub, TriangleGrid, trianglesOf } from './geom';

/** A vertebra-aligned frame: z along the local spine axis (superior), y posterior, x patient-left. */
export interface LocalFrame {
  x: Vec3;
  y: Vec3;
  z: Vec3;
}

/**
 * Everything placement needs from a model, built once per model and cached (WeakMap): triangle
 * grids for all bones together, for the skin, and per structure on demand.
 */
export class ModelIndex {
  readonly model: SpineModel;
  readonly bones: Structure[];
  private boneGridCache?: TriangleGrid;
  private skinGridCache?: TriangleGrid;
  private readonly grids = new Map<string, TriangleGrid>();
  private readonly memos = new Map<string, unknown>();

  /** Caches a value derived from this model's geometry only (e.g. a target point off the bone). */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  constructor(model: SpineModel) {
    this.model = model;
    this.bones = model.structures.filter((s) => s.kind === 'bone');
  }

  get boneGrid(): TriangleGrid {
    return (this.boneGridCache ??= new TriangleGrid(this.bones.map((b) => trianglesOf(b.geometry)), 10));
  }

  get skinGrid(): TriangleGrid {
    return (this.skinGridCache ??= new TriangleGrid([trianglesOf(this.structure('skin').geometry)], 12));
  }

  structure(id: string): Structure {
    const s = this.model.get(id);
    if (!s) throw missing('structure', id);
    return s;
  }

  has(id: string): boolean {
    return !!this.model.get(id);
  }

  landmark(name: string): Vec3 {
    try {
      return this.model.landmark(name) as Vec3;
    } catch {
      throw missing('landmark', name);
    }
  }

  hasLandmark(name: string): boolean {
    try {
      this.model.landmark(name);
      return true;
    } catch {
      return false;
    }
  }

  /** Triangle grid of one structure (cell size scaled to it). */
  grid(id: string): TriangleGrid {
    let g = this.grids.get(id);
    if (!g) {
      g = new TriangleGrid([trianglesOf(this.structure(id).geometry)], id === 'skin' ? 12 : 6);
      this.grids.set(id, g);
    }
    return g;
  }

  inside(id: string, p: Vec3): boolean {
    return insideByParity(this.grid(id), p);
  }

  /** Distance from p to the surface of a structure (Infinity beyond `maxDist`). */
  surfaceDistance(id: string, p: Vec3, maxDist = 80): number {
    return this.grid(id).closest(p, maxDist)?.distance ?? Infinity;
  }

  /** 0 when inside, else the distance to the surface. */
  distanceTo(id: string, p: Vec3, maxDist = 80): number {
    return this.inside(id, p) ? 0 : this.surfaceDistance(id, p, maxDist);
  }

  /**
   * Is p inside any bone? Bone parts overlap (a pedicle runs into its body), so parity is counted per
   * bone and voted over three skew rays.
   */
  insideBone(p: Vec3): string | undefined {
    const dirs: Vec3[] = [norm([0.577, 0.613, 0.54]), norm([-0.71, 0.23, -0.66]), norm([0.12, -0.97, 0.21])];
    const votes = new Map<number, number>();
    for (const d of dirs) {
      const counts = new Map<number, number>();
      for (const h of this.boneGrid.raycast(p, d, 300)) counts.set(h.owner, (counts.get(h.owner) ?? 0) + 1);
      for (const [owner, n] of counts) if (n % 2 === 1) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    for (const [owner, v] of votes) if (v >= 2) return this.bones[owner]!.id;
    return undefined;
  }

  bodyCentre(level: string): Vec3 {
    return this.landmark(`vertebral-body-centre-${level}`);
  }

  /**
   * The local frame at a level or interspace. Its z follows the line through the neighbouring
   * vertebral bodies, so "square the endplate" trajectories follow the lordosis and kyphosis.
   */
  frame(level: string): LocalFrame {
    let upper: string;
    let lower: string;
    const parts = level.split('-');
    if (parts.length === 2) {
      upper = parts[0]!;
      lower = parts[1]!;
    } else {
      upper = levelAbove(level) ?? level;
      lower = levelBelow(level) ?? level;
    }
    const centre = (l: string | undefined): Vec3 | undefined =>
      l && this.hasLandmark(`vertebral-body-centre-${l}`) ? this.bodyCentre(l) : undefined;
    // Walk up when a level has no body centre (S1, Co): L5-S1 uses the L4→L5 axis.
    let a = centre(upper);
    let b = centre(lower);
    if (!b) {
      b = centre(upper) ?? centre(level);
      a = centre(levelAbove(upper));
    }
    if (!a) a = centre(level);
    if (!a || !b || a === b) {
      if (!centre(level) && !centre(upper)) throw missing('landmark', `vertebral-body-centre-${upper}`);
      return { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };
    }
    let z = norm(sub(a, b));
    if (dot(z, z) < 0.5) z = [0, 0, 1];
    const x0: Vec3 = [1, 0, 0];
    const x = norm(sub(x0, [z[0] * dot(x0, z), z[1] * dot(x0, z), z[2] * dot(x0, z)]));
    const y = norm(cross(z, x));
    return { x, y, z };
  }
}

function missing(kind: 'landmark' | 'structure', name: string): ProcedureError {
  return new ProcedureError(
    'missing-anatomy',
    `The anatomy model has no ${kind} "${name}", which this placement needs (see docs/LANDMARKS.md).`,
    name,
  );
}

const CACHE = new WeakMap<SpineModel, ModelIndex>();

export function indexOf(model: SpineModel): ModelIndex {
  let ix = CACHE.get(model);
  if (!ix) {
    ix = new ModelIndex(model);
    CACHE.set(model, ix);
  }
  return ix;
}
