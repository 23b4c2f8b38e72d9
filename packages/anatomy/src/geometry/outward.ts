import type { BufferGeometry } from 'three';
import type { RawMesh } from './raw';

/** Signed volume of a closed indexed triangle mesh: positive when its faces are wound outward. */
export function signedVolume(P: ArrayLike<number>, I: ArrayLike<number>): number {
  let vol = 0;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3;
    vol += P[a]! * (P[b + 1]! * P[c + 2]! - P[b + 2]! * P[c + 1]!)
      - P[a + 1]! * (P[b]! * P[c + 2]! - P[b + 2]! * P[c]!)
      + P[a + 2]! * (P[b]! * P[c + 1]! - P[b + 1]! * P[c]!);
  }
  return vol / 6;
}

/**
 * Signed volume of an indexed geometry (0 without an index). The float32 positions and 16/32-bit index every
 * mesh here has take their own loop (the same sum in the same order, so the same value): `signedVolume` takes any
 * ArrayLike from every builder, and its reads stay generic and several times slower.
 */
export function geometryVolume(g: BufferGeometry): number {
  const idx = g.getIndex();
  if (!idx) return 0;
  const P = g.getAttribute('position').array, I = idx.array;
  return P instanceof Float32Array && (I instanceof Uint16Array || I instanceof Uint32Array) ? typedVolume(P, I) : signedVolume(P, I);
}

function typedVolume(P: Float32Array, I: Uint16Array | Uint32Array): number {
  let vol = 0;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3;
    vol += P[a]! * (P[b + 1]! * P[c + 2]! - P[b + 2]! * P[c + 1]!)
      - P[a + 1]! * (P[b]! * P[c + 2]! - P[b + 2]! * P[c]!)
      + P[a + 2]! * (P[b]! * P[c + 1]! - P[b + 1]! * P[c]!);
  }
  return vol / 6;
}

/** Turns every triangle in place (swaps its second and third corners). */
export function flipWinding(I: { [k: number]: number; length: number }): void {
  for (let t = 0; t < I.length; t += 3) { const b = I[t + 1]!; I[t + 1] = I[t + 2]!; I[t + 2] = b; }
}

/**
 * A closed shell wound outward: if its signed volume is negative, every triangle is turned. For generators
 * whose winding depends on the direction they are walked (a loop mirrored to the other side, a U-shaped
 * sweep), where an inward shell would have its near side culled.
 */
export function outward(raw: RawMesh): RawMesh {
  if (signedVolume(raw.positions, raw.indices) >= 0) return raw;
  const J = Array.from(raw.indices);
  flipWinding(J);
  return { positions: raw.positions, indices: J };
}
