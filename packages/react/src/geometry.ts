import { BufferAttribute, BufferGeometry, Matrix4, Quaternion, Vector3 } from 'three';
import type { Structure, StructureKind } from '@spine-explainer/anatomy';
import type { Vec3 } from './types';

/**
 * The one conversion from LPS millimetres (+x left, +y posterior, +z superior) to three's Y-up world:
 * world = (-x, z, y). The patient's back faces +Z, where the default camera stands, with the patient's left
 * on screen left (as a physician sees a prone patient). A proper rotation, so normals and winding survive.
 */
export const LPS_TO_WORLD = /* @__PURE__ */ new Matrix4().set(
  -1, 0, 0, 0,
  0, 0, 1, 0,
  0, 1, 0, 0,
  0, 0, 0, 1,
);
export const LPS_QUATERNION = /* @__PURE__ */ new Quaternion().setFromRotationMatrix(LPS_TO_WORLD);

/** LPS point to world point (for cameras and screen projection; scene content stays in LPS under the root). */
export function lpsToWorld(p: Vec3 | readonly number[], out = new Vector3()): Vector3 {
  return out.set(0 - (p[0] ?? 0), p[2] ?? 0, p[1] ?? 0);
}

/**
 * Concatenates the geometries of many structures into one (position + normal, indexed), so a tissue kind is one
 * draw call. The result is ours to dispose; the inputs stay owned by the model.
 */
export function mergeStructures(structures: readonly Structure[], options: { cavityShade?: boolean } = {}): BufferGeometry | undefined {
  let vertexCount = 0;
  let indexCount = 0;
  const parts: { pos: BufferAttribute; nor: BufferAttribute | undefined; idx: ArrayLike<number> | undefined; n: number }[] = [];
  for (const s of structures) {
    const g = s.geometry;
    const pos = g.getAttribute('position') as BufferAttribute | undefined;
    if (!pos || pos.count === 0) continue;
    const nor = g.getAttribute('normal') as BufferAttribute | undefined;
    const idx = g.getIndex()?.array;
    parts.push({ pos, nor, idx, n: pos.count });
    vertexCount += pos.count;
    indexCount += idx ? idx.length : pos.count;
  }
  if (parts.length === 0) return undefined;
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const index = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  let v = 0;
  let i = 0;
  let missingNormals = false;
  for (const { pos, nor, idx, n } of parts) {
    for (let k = 0; k < n; k++) {
      positions[(v + k) * 3] = pos.getX(k);
      positions[(v + k) * 3 + 1] = pos.getY(k);
      positions[(v + k) * 3 + 2] = pos.getZ(k);
      if (nor) {
        normals[(v + k) * 3] = nor.getX(k);
        normals[(v + k) * 3 + 1] = nor.getY(k);
        normals[(v + k) * 3 + 2] = nor.getZ(k);
      }
    }
    if (!nor) missingNormals = true;
    if (idx) for (let k = 0; k < idx.length; k++) index[i++] = (idx[k] as number) + v;
    else for (let k = 0; k < n; k++) index[i++] = v + k;
    v += n;
  }
  const merged = new BufferGeometry();
  merged.setAttribute('position', new BufferAttribute(positions, 3));
  merged.setAttribute('normal', new BufferAttribute(normals, 3));
  merged.setIndex(new BufferAttribute(index, 1));
  if (missingNormals) merged.computeVertexNormals();
  if (options.cavityShade) merged.setAttribute('color', cavityShade(structures, positions, merged.getAttribute('normal') as BufferAttribute));
  merged.computeBoundingSphere();
  merged.computeBoundingBox();
  return merged;
}

/**
 * An ambient-occlusion-like darkening, baked per vertex: surfaces that face the centre of their own group (the inside
 * of the canal and foramina, the undersides between processes) are darker than those that face outward. Costs one
 * pass at build time and nothing per frame.
 */
function cavityShade(structures: readonly Structure[], positions: Float32Array, normals: BufferAttribute): BufferAttribute {
  const colors = new Float32Array(positions.length);
  const centres = new Map<string, Vector3>();
  const counts = new Map<string, number>();
  let v = 0;
  const spans: { key: string; from: number; to: number }[] = [];
  for (const s of structures) {
    const n = s.geometry.getAttribute('position')?.count ?? 0;
    if (!n) continue;
    const key = s.group ?? s.id;
    spans.push({ key, from: v, to: v + n });
    const c = centres.get(key) ?? new Vector3();
    for (let k = v; k < v + n; k++) c.x += positions[k * 3]!, c.y += positions[k * 3 + 1]!, c.z += positions[k * 3 + 2]!;
    centres.set(key, c);
    counts.set(key, (counts.get(key) ?? 0) + n);
    v += n;
  }
  for (const [key, c] of centres) c.divideScalar(counts.get(key)!);
  for (const { key, from, to } of spans) {
    const c = centres.get(key)!;
    for (let k = from; k < to; k++) {
      const dx = positions[k * 3]! - c.x, dy = positions[k * 3 + 1]! - c.y, dz = positions[k * 3 + 2]! - c.z;
      const len = Math.hypot(dx, dy, dz) || 1;
      const facing = (normals.getX(k) * dx + normals.getY(k) * dy + normals.getZ(k) * dz) / len; // +1 outward, -1 inward
      const shade = 0.62 + 0.38 * Math.min(1, Math.max(0, 0.55 + 0.6 * facing));
      colors[k * 3] = colors[k * 3 + 1] = colors[k * 3 + 2] = shade;
    }
  }
  return new BufferAttribute(colors, 3);
}

/** Groups structures by tissue kind. */
export function byKind(structures: readonly Structure[]): Map<StructureKind, Structure[]> {
  const out = new Map<StructureKind, Structure[]>();
  for (const s of structures) {
    const list = out.get(s.kind) ?? [];
    list.push(s);
    out.set(s.kind, list);
  }
  return out;
}

const _box = /* @__PURE__ */ new Vector3();
/** Centre of a structure's bounding box, in LPS. */
export function structureCentre(s: Structure | undefined): Vec3 | undefined {
  if (!s) return undefined;
  const g = s.geometry;
  if (!g.boundingBox) g.computeBoundingBox();
  if (!g.boundingBox || g.boundingBox.isEmpty()) return undefined;
  g.boundingBox.getCenter(_box);
  return [_box.x, _box.y, _box.z];
}

/** Radius of a structure's bounding sphere, mm. */
export function structureRadius(s: Structure | undefined): number {
  if (!s) return 0;
  const g = s.geometry;
  if (!g.boundingSphere) g.computeBoundingSphere();
  return g.boundingSphere?.radius ?? 0;
}
