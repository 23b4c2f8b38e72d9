import { BufferAttribute, BufferGeometry } from 'three';
import type { Structure, Vec3 } from '../types';
import type { BuildContext, StructureInput } from './context';

/**
 * The model is bilaterally symmetric: the spine frame lies in the midsagittal plane (x = 0) and every sided
 * part is shaped from the same measurements with the side's sign. So a right-side part is its left twin
 * reflected in x = 0, and builders make it that way instead of building it a second time (half the cost).
 */

const LEFT_TOKEN = /(^|[-\s])left(?=$|[-\s])/;

/** `pedicle-L4-left` → `pedicle-L4-right` (the one `left` token of a kebab-case id or landmark name). */
export function rightTwinId(leftId: string): string {
  // Almost every id ends in "-left": no regular expression for those.
  if (leftId.endsWith('-left')) return `${leftId.slice(0, -4)}right`;
  if (!LEFT_TOKEN.test(leftId)) throw new Error(`"${leftId}" has no "left" token to mirror`);
  return leftId.replace(LEFT_TOKEN, '$1right');
}

/** `left L4 pedicle` → `right L4 pedicle`, `C5 nerve root (left)` → `… (right)`, `Left …` → `Right …`. */
function rightTwinName(leftName: string): string {
  const i = wordAt(leftName, 'left');
  if (i >= 0) return `${leftName.slice(0, i)}right${leftName.slice(i + 4)}`;
  const j = wordAt(leftName, 'Left');
  return j >= 0 ? `${leftName.slice(0, j)}Right${leftName.slice(j + 4)}` : leftName;
}

/** Index of the first occurrence of `word` not inside a longer word, or −1. */
function wordAt(text: string, word: string): number {
  const letter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!letter(text[i - 1]) && !letter(text[i + word.length])) return i;
  }
  return -1;
}

/**
 * The reflection of `g` in the plane x = 0: positions and normals with x negated, and every triangle's
 * winding reversed so that it still faces outward. The arrays are new; `g` is left as it is.
 */
export function mirrorGeometry(g: BufferGeometry): BufferGeometry {
  const fast = mirrorMeshOneBuffer(g);
  if (fast) return fast;
  const out = new BufferGeometry();
  for (const name of Object.keys(g.attributes)) {
    const a = g.getAttribute(name) as BufferAttribute;
    const reflect = (name === 'position' || name === 'normal') && a.itemSize === 3 && a.array instanceof Float32Array;
    out.setAttribute(name, new BufferAttribute(reflect ? negatedX(a.array as Float32Array) : a.array.slice(), a.itemSize, a.normalized));
  }
  const index = g.getIndex();
  if (index) {
    const I = index.array;
    out.setIndex(new BufferAttribute(I instanceof Uint16Array ? reversedWinding16(I) : reversedWinding32(I as Uint32Array), 1));
  } else if (g.getAttribute('position')) {
    // Non-indexed: swap the second and third vertex of every triangle in each attribute.
    for (const name of Object.keys(out.attributes)) {
      const a = out.getAttribute(name) as BufferAttribute;
      const s = a.itemSize, arr = a.array;
      for (let v = 0; v + 2 < a.count; v += 3) {
        for (let c = 0; c < s; c++) { const i = (v + 1) * s + c, j = (v + 2) * s + c; const b = arr[i]!; arr[i] = arr[j]!; arr[j] = b; }
      }
    }
  }
  return out;
}

/**
 * The common case (float32 positions and normals, 16- or 32-bit index, nothing else), laid out as finishMesh
 * lays out a structure: the three arrays are views of one buffer, one allocation instead of three.
 */
function mirrorMeshOneBuffer(g: BufferGeometry): BufferGeometry | undefined {
  const names = Object.keys(g.attributes);
  const p = g.getAttribute('position') as BufferAttribute | undefined, n = g.getAttribute('normal') as BufferAttribute | undefined;
  const index = g.getIndex();
  if (!p || !n || !index || names.length !== 2 || p.itemSize !== 3 || n.itemSize !== 3) return undefined;
  const P = p.array, N = n.array, I = index.array;
  if (!(P instanceof Float32Array) || !(N instanceof Float32Array) || P.length !== N.length || p.normalized || n.normalized) return undefined;
  const wide = I instanceof Uint32Array;
  if (!wide && !(I instanceof Uint16Array)) return undefined;
  const np = P.length;
  const buffer = new ArrayBuffer(np * 8 + I.length * (wide ? 4 : 2));
  const pos = new Float32Array(buffer, 0, np), nor = new Float32Array(buffer, np * 4, np);
  pos.set(P); nor.set(N);
  for (let i = 0; i < np; i += 3) { pos[i] = -pos[i]!; nor[i] = -nor[i]!; }
  const out = new BufferGeometry();
  out.setAttribute('position', new BufferAttribute(pos, 3));
  out.setAttribute('normal', new BufferAttribute(nor, 3));
  if (wide) reverseInto32(I, new Uint32Array(buffer, np * 8, I.length), out);
  else reverseInto16(I as Uint16Array, new Uint16Array(buffer, np * 8, I.length), out);
  return out;
}

function reverseInto16(src: Uint16Array, dst: Uint16Array, out: BufferGeometry): void {
  for (let t = 0; t + 2 < src.length; t += 3) { dst[t] = src[t]!; dst[t + 1] = src[t + 2]!; dst[t + 2] = src[t + 1]!; }
  out.setIndex(new BufferAttribute(dst, 1));
}

function reverseInto32(src: Uint32Array, dst: Uint32Array, out: BufferGeometry): void {
  for (let t = 0; t + 2 < src.length; t += 3) { dst[t] = src[t]!; dst[t + 1] = src[t + 2]!; dst[t + 2] = src[t + 1]!; }
  out.setIndex(new BufferAttribute(dst, 1));
}

// One loop per array type, so that each stays monomorphic (this runs for every right-side structure).
function negatedX(src: Float32Array): Float32Array {
  const out = src.slice();
  for (let i = 0; i < out.length; i += 3) out[i] = -out[i]!;
  return out;
}

function reversedWinding16(src: Uint16Array): Uint16Array {
  const out = new Uint16Array(src.length);
  for (let t = 0; t + 2 < src.length; t += 3) { out[t] = src[t]!; out[t + 1] = src[t + 2]!; out[t + 2] = src[t + 1]!; }
  return out;
}

function reversedWinding32(src: Uint32Array): Uint32Array {
  const out = new Uint32Array(src.length);
  for (let t = 0; t + 2 < src.length; t += 3) { out[t] = src[t]!; out[t + 1] = src[t + 2]!; out[t + 2] = src[t + 1]!; }
  return out;
}

export const mirrorPoint = (p: Vec3): Vec3 => [-p[0], p[1], p[2]];

/** Adds the right twin of a left structure (id, name and geometry mirrored) and returns it. */
export function addRightTwin(ctx: BuildContext, left: StructureInput | Structure): Structure {
  if (left.side !== 'left') throw new Error(`"${left.id}" is not a left-side structure`);
  return ctx.add({
    ...left, id: rightTwinId(left.id), name: rightTwinName(left.name), side: 'right', geometry: mirrorGeometry(left.geometry),
  });
}

/** Adds the left structure, then its right twin; returns both. */
export function addBothSides(ctx: BuildContext, left: StructureInput): [Structure, Structure] {
  const l = ctx.add(left);
  return [l, addRightTwin(ctx, l)];
}

/** Adds a left landmark and its mirrored right twin. */
export function landmarkBothSides(ctx: BuildContext, leftName: string, p: Vec3): void {
  ctx.landmark(leftName, p);
  ctx.landmark(rightTwinId(leftName), mirrorPoint(p));
}
