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
export function mergeStructures(structures: readonly Structure[]): BufferGeometry | undefined {
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
  merged.computeBoundingSphere();
  merged.computeBoundingBox();
  return merged;
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
