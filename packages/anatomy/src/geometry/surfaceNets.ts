import { BufferGeometry, Float32BufferAttribute, Uint32BufferAttribute } from 'three';

/**
 * Surface nets (dual contouring without normals) of the zero level set of `field` (negative inside),
 * on a regular grid of spacing `step` inside [min, max]. Watertight and oriented outward by construction
 * as long as the surface does not touch the box. A coarse pass (every `coarse` nodes) finds the cells
 * near the surface, and only those are refined, so the cost follows the surface area, not the volume.
 * `field` should be roughly a signed distance (|gradient| ≈ 1) for the narrow band to be safe.
 */
export interface SurfaceNetsOptions {
  min: [number, number, number];
  max: [number, number, number];
  step: number;
  coarse?: number;
  /** Lipschitz safety factor of the field for the narrow band (default 1.25). */
  lipschitz?: number;
}

export function surfaceNets(field: (x: number, y: number, z: number) => number, o: SurfaceNetsOptions): BufferGeometry {
  const h = o.step;
  const c = o.coarse ?? 3;
  const lip = o.lipschitz ?? 1.25;
  // Fine node counts are multiples of c plus one, padded by one coarse cell on each side.
  const pad = c * h;
  const x0 = o.min[0] - pad, y0 = o.min[1] - pad, z0 = o.min[2] - pad;
  const ncx = Math.ceil((o.max[0] - o.min[0] + 2 * pad) / (c * h));
  const ncy = Math.ceil((o.max[1] - o.min[1] + 2 * pad) / (c * h));
  const ncz = Math.ceil((o.max[2] - o.min[2] + 2 * pad) / (c * h));
  const nx = ncx * c + 1, ny = ncy * c + 1, nz = ncz * c + 1;
  const sxy = nx * ny;
  const F = new Float32Array(nx * ny * nz).fill(NaN);
  const at = (i: number, j: number, k: number) => i + j * nx + k * sxy;
  // Coarse pass
  for (let K = 0; K <= ncz; K++) for (let J = 0; J <= ncy; J++) for (let I = 0; I <= ncx; I++) {
    const i = I * c, j = J * c, k = K * c;
    F[at(i, j, k)] = field(x0 + i * h, y0 + j * h, z0 + k * h);
  }
  const tau = 0.87 * c * h * lip;
  const active = new Uint8Array(ncx * ncy * ncz);
  for (let K = 0; K < ncz; K++) for (let J = 0; J < ncy; J++) for (let I = 0; I < ncx; I++) {
    let mn = Infinity, neg = false, pos = false;
    for (let d = 0; d < 8; d++) {
      const v = F[at((I + (d & 1)) * c, (J + ((d >> 1) & 1)) * c, (K + ((d >> 2) & 1)) * c)]!;
      mn = Math.min(mn, Math.abs(v));
      if (v < 0) neg = true; else pos = true;
    }
    if (mn < tau || (neg && pos)) {
      active[I + J * ncx + K * ncx * ncy] = 1;
      for (let k = K * c; k <= K * c + c; k++) for (let j = J * c; j <= J * c + c; j++) for (let i = I * c; i <= I * c + c; i++) {
        const id = at(i, j, k);
        if (F[id] !== F[id]) F[id] = field(x0 + i * h, y0 + j * h, z0 + k * h);
      }
    }
  }
  // Resolve ambiguous (checkerboard) faces with the bilinear saddle value, so that every dual edge has
  // exactly two quads (edge-manifold output). Nudging one corner can make a neighbouring face ambiguous,
  // so repeat until nothing changes.
  const EPS = 1e-4 * h;
  for (let pass = 0; pass < 6; pass++) {
    let changed = 0;
    for (let K = 0; K < ncz; K++) for (let J = 0; J < ncy; J++) for (let I = 0; I < ncx; I++) {
      if (!active[I + J * ncx + K * ncx * ncy]) continue;
      for (let k = K * c; k < K * c + c; k++) for (let j = J * c; j < J * c + c; j++) for (let i = I * c; i < I * c + c; i++) {
        const b0 = i + j * nx + k * sxy;
        // The three faces through the cell's min corner (the others belong to neighbours or the box edge).
        for (let f = 0; f < 3; f++) {
          const du = f === 0 ? 1 : f === 1 ? 1 : nx;       // face xy: (x, y); face xz: (x, z); face yz: (y, z)
          const dv = f === 0 ? nx : f === 1 ? sxy : sxy;
          const ia = b0, ib = b0 + du, ic = b0 + dv, id = b0 + du + dv;
          const a = F[ia]!, b = F[ib]!, cc = F[ic]!, d = F[id]!;
          if (a !== a || b !== b || cc !== cc || d !== d) continue;
          const sa = a < 0, sb = b < 0, sc = cc < 0, sd = d < 0;
          if (!(sa === sd && sb === sc && sa !== sb)) continue;
          const den = a + d - b - cc;
          const saddle = den === 0 ? 0 : (a * d - b * cc) / den;
          // Join the inside corners when the saddle is inside, separate them otherwise.
          if (saddle < 0) {
            const [ip, vp] = sa ? (Math.abs(b) < Math.abs(cc) ? [ib, b] : [ic, cc]) : (Math.abs(a) < Math.abs(d) ? [ia, a] : [id, d]);
            void vp; F[ip] = -EPS;
          } else {
            const [ip, vp] = sa ? (Math.abs(a) < Math.abs(d) ? [ia, a] : [id, d]) : (Math.abs(b) < Math.abs(cc) ? [ib, b] : [ic, cc]);
            void vp; F[ip] = EPS;
          }
          changed++;
        }
      }
    }
    if (!changed) break;
  }
  // One vertex per fine cell that the surface crosses.
  const cx = nx - 1, cy = ny - 1, cz = nz - 1;
  const cxy = cx * cy;
  const cellVert = new Int32Array(cx * cy * cz).fill(-1);
  let pos = new Float32Array(3 * 4096);
  let nv = 0;
  const corner = new Float64Array(8);
  // The 12 cube edges as corner pairs (corner bit 0 = +x, bit 1 = +y, bit 2 = +z).
  const EA = [0, 2, 4, 6, 0, 1, 4, 5, 0, 1, 2, 3];
  const EB = [1, 3, 5, 7, 2, 3, 6, 7, 4, 5, 6, 7];
  const off = [0, 1, nx, nx + 1, sxy, sxy + 1, sxy + nx, sxy + nx + 1];
  for (let K = 0; K < ncz; K++) for (let J = 0; J < ncy; J++) for (let I = 0; I < ncx; I++) {
    if (!active[I + J * ncx + K * ncx * ncy]) continue;
    for (let k = K * c; k < K * c + c; k++) for (let j = J * c; j < J * c + c; j++) for (let i = I * c; i < I * c + c; i++) {
      const base = i + j * nx + k * sxy;
      let mask = 0;
      for (let d = 0; d < 8; d++) {
        const v = F[base + off[d]!]!;
        corner[d] = v;
        if (v < 0) mask |= 1 << d;
      }
      if (mask === 0 || mask === 255) continue;
      let px = 0, py = 0, pz = 0, cnt = 0;
      for (let e = 0; e < 12; e++) {
        const a = EA[e]!, b = EB[e]!;
        const va = corner[a]!, vb = corner[b]!;
        if ((va < 0) === (vb < 0)) continue;
        const t = va / (va - vb);
        const ax = a & 1, ay = (a >> 1) & 1, az = (a >> 2) & 1;
        px += ax + ((b & 1) - ax) * t; py += ay + (((b >> 1) & 1) - ay) * t; pz += az + (((b >> 2) & 1) - az) * t;
        cnt++;
      }
      if (nv * 3 + 3 > pos.length) { const np = new Float32Array(pos.length * 2); np.set(pos); pos = np; }
      cellVert[i + j * cx + k * cxy] = nv;
      pos[nv * 3] = x0 + (i + px / cnt) * h; pos[nv * 3 + 1] = y0 + (j + py / cnt) * h; pos[nv * 3 + 2] = z0 + (k + pz / cnt) * h;
      nv++;
    }
  }
  // One quad per grid edge with a sign change, joining the four cells around it.
  let index = new Uint32Array(6 * 4096);
  let ni = 0;
  const quad = (a: number, b: number, cc: number, d: number) => {
    if (a < 0 || b < 0 || cc < 0 || d < 0) return;
    if (ni + 6 > index.length) { const nx2 = new Uint32Array(index.length * 2); nx2.set(index); index = nx2; }
    // Split along the shorter diagonal.
    const d1 = (pos[a * 3]! - pos[cc * 3]!) ** 2 + (pos[a * 3 + 1]! - pos[cc * 3 + 1]!) ** 2 + (pos[a * 3 + 2]! - pos[cc * 3 + 2]!) ** 2;
    const d2 = (pos[b * 3]! - pos[d * 3]!) ** 2 + (pos[b * 3 + 1]! - pos[d * 3 + 1]!) ** 2 + (pos[b * 3 + 2]! - pos[d * 3 + 2]!) ** 2;
    if (d1 <= d2) { index[ni++] = a; index[ni++] = b; index[ni++] = cc; index[ni++] = a; index[ni++] = cc; index[ni++] = d; }
    else { index[ni++] = a; index[ni++] = b; index[ni++] = d; index[ni++] = b; index[ni++] = cc; index[ni++] = d; }
  };
  for (let k = 1; k < nz - 1; k++) for (let j = 1; j < ny - 1; j++) for (let i = 1; i < nx - 1; i++) {
    const id = i + j * nx + k * sxy;
    const v0 = F[id]!;
    if (v0 !== v0) continue; // NaN: not evaluated, far from the surface
    const in0 = v0 < 0;
    const cell = i + j * cx + k * cxy;
    // x edge (i,j,k)-(i+1,j,k): cells (i, j-1..j, k-1..k)
    if (i < cx) {
      const v1 = F[id + 1]!;
      if (v1 === v1 && in0 !== (v1 < 0)) {
        const a = cellVert[cell - cx - cxy]!, b = cellVert[cell - cxy]!, cc = cellVert[cell]!, d = cellVert[cell - cx]!;
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
    if (j < cy) {
      const v1 = F[id + nx]!;
      if (v1 === v1 && in0 !== (v1 < 0)) {
        const a = cellVert[cell - 1 - cxy]!, b = cellVert[cell - 1]!, cc = cellVert[cell]!, d = cellVert[cell - cxy]!;
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
    if (k < cz) {
      const v1 = F[id + sxy]!;
      if (v1 === v1 && in0 !== (v1 < 0)) {
        const a = cellVert[cell - 1 - cx]!, b = cellVert[cell - cx]!, cc = cellVert[cell]!, d = cellVert[cell - 1]!;
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos.slice(0, nv * 3), 3));
  g.setIndex(new Uint32BufferAttribute(index.slice(0, ni), 1));
  g.computeVertexNormals();
  return g;
}
