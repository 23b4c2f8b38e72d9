/**
 * Typed scratch buffers for the synchronous meshers (surface nets over a whole-body grid needs a few MB of
 * node and cell arrays per call). A fresh multi-megabyte typed array costs more than the meshing around it
 * (zeroed pages faulted in one by one, then garbage); a kept one only needs its used prefix reset.
 *
 * A caller takes a buffer for the length of one call and gives it back at the end. While it is out the pool
 * no longer holds it, so a nested use gets another or a fresh one: callers never share one. The pool keeps at
 * most two buffers per kind (the largest given back), so it holds a few MB per page however many models are built.
 */
type Kind = 'f32' | 'f64' | 'i32' | 'u8' | 'u32';
interface ArrayOf { f32: Float32Array; f64: Float64Array; i32: Int32Array; u8: Uint8Array; u32: Uint32Array }

const SLOTS = 2;
const pool: { [K in Kind]: ArrayOf[K][] } = { f32: [], f64: [], i32: [], u8: [], u32: [] };

function make<K extends Kind>(kind: K, n: number): ArrayOf[K] {
  // Some headroom, so that a slightly larger grid next time does not reallocate.
  const size = Math.ceil(n * 1.125) + 64;
  const out = kind === 'f32' ? new Float32Array(size) : kind === 'f64' ? new Float64Array(size) : kind === 'i32' ? new Int32Array(size) : kind === 'u8' ? new Uint8Array(size) : new Uint32Array(size);
  return out as ArrayOf[K];
}

/** A buffer of at least `n` elements (its contents are not reset: fill what you read). */
export function takeScratch<K extends Kind>(kind: K, n: number): ArrayOf[K] {
  const list = pool[kind] as ArrayOf[K][];
  // The smallest kept buffer that is large enough (the list is short and sorted by length).
  for (let i = 0; i < list.length; i++) if (list[i]!.length >= n) return list.splice(i, 1)[0]!;
  return make(kind, n);
}

/** Gives a buffer taken with `takeScratch` back; the caller must not use it afterwards. */
export function giveScratch<K extends Kind>(kind: K, b: ArrayOf[K]): void {
  const list = pool[kind] as ArrayOf[K][];
  if (list.includes(b)) return;
  list.push(b);
  list.sort((x, y) => x.length - y.length);
  if (list.length > SLOTS) list.shift();
}
