/**
 * The sacrum as one signed field (negative inside), meshed by surface nets: a triangular plate, dorsally
 * convex and ventrally concave, bent along the sacral axis, from which the canal, the hiatus and four pairs
 * of foramina are carved, and on whose dorsal face the crests rise. Written in the sacral coordinates
 * (x, S down the axis, D posterior), so every size is read from the axis station at S.
 *
 * Sizes: the axis stations (bodies, canal, half width, roof: vertebraGeometry `sacralAxis`), the ala depth
 * (44.1 mm, Saluja 2018), the first posterior foramen (10.4 × 7.7 mm, Saluja 2018) and the hiatus
 * (18.5 mm long, 11.8 mm between the cornua). Crest heights, the lower foramina (a little smaller each
 * level) and the larger ventral openings are estimates read off dry-bone atlases.
 */
import type { BufferGeometry } from 'three';
import { morphometry } from '../morphometry';
import { netsRows, surfaceNets } from '../geometry/surfaceNets';
import { giveScratch, takeScratch } from '../geometry/scratch';
import type { SacralAxis, SacralStation } from './vertebraGeometry';
import { sacralCoordinates, type SacralCoordinates } from './sacrumCoordinates';

const sac = morphometry.sacrum as Record<string, number>;
const STEP = 0.5;
/**
 * Spacing (mm) of the grid that seeds the surface walk, at most. The plate is 20–50 mm thick: 8 cells of a
 * 6 mm grid (48 mm) found no node inside it, and the mesh came out empty.
 */
const SEED_MM = 24;
/** Height of the median crest's spinous tubercles S1–S4 above the roof (mm, estimates). */
const TUBERCLE = [5.5, 4.6, 3.4, 1.8];

/** A foramen pair's centre (arc length, unsigned x) and the half sizes of its dorsal opening. */
export interface SacralForamen { s: number; x: number; halfWidth: number; halfHeight: number }

export interface SacrumField {
  (x: number, y: number, z: number): number;
  coords: SacralCoordinates;
  /** Field in sacral coordinates. */
  sd(x: number, s: number, d: number): number;
  foramina: SacralForamen[];
  /** D of the dorsal surface (crests excluded) at unsigned x and arc length s. */
  dorsalD(x: number, s: number): number;
  /** The cornua: the capsule each runs along (start, end in (x, S, D), unsigned x) and its radius. */
  cornu: { from: [number, number, number]; to: [number, number, number]; r: number };
  bounds: { min: [number, number, number]; max: [number, number, number] };
  /** Surface nets on a grid of spacing `step` (mm) with `pad` empty cells around the bounds. */
  mesh(step: number, pad: number, options?: { project?: boolean; smooth?: number }): BufferGeometry;
}

// Polynomial smooth max / min (k: blend width in mm). Outside the blend (|a − b| ≥ k) the weight h is exactly
// 0 or 1, and the sum is written without the division (same bits).
const smax = (a: number, b: number, k: number) => {
  const t = a - b;
  if (t >= k) return b + t;
  if (t <= -k) return b;
  const h = Math.min(1, Math.max(0, 0.5 + 0.5 * t / k));
  return b + t * h + k * h * (1 - h);
};

export function sacrumField(ax: SacralAxis, roofTop: number): SacrumField {
  const L = ax.length;
  const n = Math.ceil(L / STEP) + 1;
  const tab = { bw: new Float64Array(n), bd: new Float64Array(n), cw: new Float64Array(n), cd: new Float64Array(n), hw: new Float64Array(n), roof: new Float64Array(n) };
  const put = (i: number, st: SacralStation) => {
    tab.bw[i] = st.bodyWidth / 2; tab.bd[i] = st.bodyDepth / 2; tab.cw[i] = st.canalWidth / 2;
    tab.cd[i] = st.canalDepth; tab.hw[i] = st.halfWidth; tab.roof[i] = st.roof;
  };
  // Station i is the axis at min(L, i · STEP): the coordinate tables sample the axis at the same arc lengths
  // (an axis station costs some 0.7 KB of garbage), so their stations fill the table up to L.
  const done = new Uint8Array(n);
  const coords = sacralCoordinates(ax, 30, (s, st) => {
    const i = s / STEP;
    if (i < n && i === Math.floor(i) && i * STEP === s && s <= L) { put(i, st); done[i] = 1; }
  });
  for (let i = 0; i < n; i++) if (!done[i]) put(i, ax.at(Math.min(L, i * STEP)));
  let i0 = 0, fr = 0;
  const at = (s: number) => { const u = Math.min(L, Math.max(0, s)) / STEP; i0 = Math.min(n - 2, Math.floor(u)); fr = u - i0; };
  const get = (a: Float64Array) => a[i0]! + (a[i0 + 1]! - a[i0]!) * fr;

  const ala = sac.s1_ala_depth_mm!;
  const latDepth = (t: number) => { // AP depth of the lateral part, S1 (ala) to the apex
    const k = Math.min(1, Math.max(0, t)) * 4, j = Math.min(3, Math.floor(k)), f = k - j;
    const v = [1, 0.8, 0.55, 0.38, 0.25];
    return ala * (v[j]! + (v[j + 1]! - v[j]!) * f);
  };
  const bounds = ax.segments.map((g) => g.bottom).slice(0, 4); // fused discs S1/S2 … S4/S5

  // Foramina: at 55% down each of S1–S4, just lateral to the bodies (where the neural model routes S1).
  const fh = [sac.first_posterior_foramen_height_mm!, 9.2, 8, 6.8];
  const fw = [sac.first_posterior_foramen_width_mm!, 7, 6.2, 5.2];
  const foramina: SacralForamen[] = ax.segments.slice(0, 4).map((g, k) => {
    const s = g.top + 0.55 * (g.bottom - g.top);
    at(s);
    const bw = get(tab.bw), cw = get(tab.cw);
    const innerX = Math.max(bw, cw + 6) + (8.5 - 3.5 * (s / L));
    return { s, x: (bw + innerX) / 2, halfWidth: fw[k]! / 2, halfHeight: fh[k]! / 2 };
  });
  const tubercleS = ax.segments.slice(0, 4).map((g) => g.top + 0.45 * (g.bottom - g.top));
  const hiatusApex = ax.hiatusApex;
  const segMid = ax.segments.slice(0, 4).map((g) => (g.top + g.bottom) / 2);

  const dorsalD = (x: number, s: number) => {
    at(s);
    const bd = get(tab.bd), cd = get(tab.cd), roof = get(tab.roof), W = get(tab.hw);
    const mid = bd + cd + roof;
    const lat = -bd + latDepth(s / L);
    const u = Math.min(1, x / W);
    return mid - (mid - lat) * u * u;
  };
  const ridge = (x: number, x0: number, w: number) => { const q = (x - x0) / w; return q > 3 || q < -3 ? 0 : Math.exp(-q * q); };
  const bump = (s: number, s0: number, w: number) => { const q = (s - s0) / w; return Math.exp(-q * q); };
  /** 0 → 1 over the first 2.5 mm (a soft edge). */
  const ramp = (t: number) => { const u = Math.min(1, Math.max(0, t / 2.5)); return u * u * (3 - 2 * u); };
  /** 1 inside the (s, d) box [s0, s1] × [d0, d1], with soft edges. */
  const limb = (s: number, d: number, s0: number, s1: number, d0: number, d1: number) =>
    ramp(s - s0) * ramp(s1 - s) * ramp(d - d0) * ramp(d1 - d);
  const aurTop = 4, aurH = sac.auricular_surface_height_mm!;

  // Cornua: down from beside the hiatus apex to free tips at the level of the apex of the sacrum.
  at(L - 8);
  const cornu = {
    from: [sac.hiatus_intercornual_distance_mm! / 2 + 2.2, hiatusApex + 5, get(tab.bd) + get(tab.cd) + 1.5] as [number, number, number],
    to: [sac.hiatus_intercornual_distance_mm! / 2 + 2.4, L - 2, get(tab.bd) + get(tab.cd) * 0.7] as [number, number, number],
    r: 2.6,
  };

  // The cornu capsule's bounding sphere (centre in (x, S, D), radius: half its length plus its radius).
  const cornuBound = Float64Array.of((cornu.from[0] + cornu.to[0]) / 2, (cornu.from[1] + cornu.to[1]) / 2, (cornu.from[2] + cornu.to[2]) / 2,
    Math.hypot(cornu.to[0] - cornu.from[0], cornu.to[1] - cornu.from[1], cornu.to[2] - cornu.from[2]) / 2 + cornu.r);

  // Everything that depends on S alone, computed once per (y, z) grid row (the mesher walks x at fixed y, z).
  const R = 16;
  const row = (s: number, o: Float64Array, k: number) => {
    at(s);
    const bw = get(tab.bw), bd = get(tab.bd), cw = get(tab.cw), cd = get(tab.cd), W = get(tab.hw), roof = get(tab.roof);
    o[k] = s; o[k + 1] = bw; o[k + 2] = bd; o[k + 3] = cw; o[k + 4] = cd; o[k + 5] = W;
    o[k + 6] = bd + cd + roof; // dorsal midline
    o[k + 7] = -bd + latDepth(s / L); // dorsal surface at the lateral border
    // Crests: median (fused spinous tubercles), intermediate (fused articular processes, medial to the
    // dorsal foramina) and lateral (transverse tubercles, lateral to them).
    let tub = 0, tubI = 0, tubL = 0, fx = 0, fa = 0;
    if (s < hiatusApex + 2) {
      tub = 1;
      for (let i = 0; i < 4; i++) tub += TUBERCLE[i]! * bump(s, tubercleS[i]!, 4.5);
      tub *= Math.min(1, (hiatusApex + 2 - s) / 6) * Math.min(1, Math.max(0, (s - roofTop + 1) / 3));
      const f0 = foramina[0]!, f3 = foramina[3]!;
      const tf = Math.min(1, Math.max(0, (s - f0.s) / (f3.s - f0.s)));
      fx = f0.x + (f3.x - f0.x) * tf; fa = f0.halfWidth + (f3.halfWidth - f0.halfWidth) * tf;
      tubI = 1.6; tubL = 1.8;
      for (let i = 0; i < 4; i++) { tubI += 1.6 * bump(s, segMid[i]! - 3, 4); tubL += 2.6 * bump(s, segMid[i]! - 5, 5); }
      const fadeI = Math.min(1, Math.max(0, (s - 2) / 5)) * Math.min(1, (hiatusApex + 2 - s) / 6);
      tubI *= fadeI; tubL *= fadeI;
    }
    o[k + 8] = tub; o[k + 9] = fx - fa - 3.2; o[k + 10] = tubI; o[k + 11] = fx + fa + 5.5; o[k + 12] = tubL;
    let ridges = 0;
    for (let i = 0; i < 4; i++) ridges += bump(s, bounds[i]!, 2.5);
    o[k + 13] = ridges;
    // Which foramen pair is near (−1: none).
    let near = -1;
    for (let i = 0; i < 4; i++) if (Math.abs(s - foramina[i]!.s) < 9) near = i;
    o[k + 14] = near;
  };

  /** How far the auricular surface is raised (0 … 1) at D = e[1] on the row o[k …], into e[2] (apart, as foraminaAndCornua). */
  const auricular = (e: Float64Array, o: Float64Array, k: number): void => {
    const d = e[1]!, s = o[k]!, bd = o[k + 2]!;
    e[2] = Math.max(limb(s, d, aurTop, aurTop + aurH, -bd + 2, -bd + 17 - 0.1 * (s - aurTop)), limb(s, d, aurTop, aurTop + 22, -bd + 2, -bd + 30));
  };
  /**
   * The foramina carved and the cornua added to the field e[3] at x = |e[0]|, D = e[1] on the row o[k …].
   * (Apart from evalRow: V8 inlines a function's small helpers up to a total size, and in one function the last
   * blends were called, their numbers boxed.)
   */
  const foraminaAndCornua = (e: Float64Array, o: Float64Array, k: number): void => {
    const xs = e[0]!, d = e[1]!;
    const x = xs < 0 ? -xs : xs;
    const s = o[k]!, bd = o[k + 2]!, cw = o[k + 3]!, cd = o[k + 4]!;
    let f = e[3]!;
    // Foramina: dorsal-to-ventral tunnels along P, wider toward the pelvic side, joined to the canal by
    // the intervertebral foramen (a channel from the canal's lateral recess).
    const near = o[k + 14]!;
    if (near >= 0) {
      const fo = foramina[near]!;
      const dsn = s - fo.s;
      const grow = 1 + 0.35 * Math.min(1, Math.max(0, -d / bd));
      const a = fo.halfWidth * grow, b = fo.halfHeight * grow;
      const qx = (x - fo.x) / a, qs = dsn / b;
      const r = fo.halfWidth * 0.9;
      const es = dsn * (r / (fo.halfHeight * 0.8));
      // −smin(tunnel, channel, 1.5) is at most −min(tunnel, channel) + 0.375. The tunnel's norm is at least
      // its larger coordinate; the channel runs from the canal out to x = fo.x.
      const lbT = (Math.max(qx < 0 ? -qx : qx, qs < 0 ? -qs : qs) - 1) * Math.min(a, b);
      const lbC = Math.max(es < 0 ? -es : es, x - fo.x) - r;
      if (Math.min(lbT, lbC) < 1.175 - f) {
        const tunnel = (Math.sqrt(qx * qx + qs * qs) - 1) * Math.min(a, b);
        const ax0 = cw - 2, ad0 = bd + cd * 0.4;
        const vx = fo.x - ax0, vd = -ad0;
        const h = Math.min(1, Math.max(0, ((x - ax0) * vx + (d - ad0) * vd) / (vx * vx + vd * vd)));
        const ex2 = x - ax0 - vx * h, ed2 = d - ad0 - vd * h;
        const channel = Math.sqrt(ex2 * ex2 + ed2 * ed2 + es * es) - r;
        // (smin written out, here and below: as a call it was not inlined, and its numbers were boxed.)
        f = smax(f, smax(-tunnel, -channel, 1.5), 0.8);
      }
    }

    // Cornua: capsules beside the hiatus, blended onto the canal's lateral walls.
    // (smin(f, c, 1.5) is f once c ≥ f + 1.5; c is at least the distance to the capsule's bounding sphere.)
    const reach = f + 1.5 + cornuBound[3]!;
    const bx = x - cornuBound[0]!, bs = s - cornuBound[1]!, bdd = d - cornuBound[2]!;
    if (s > cornu.from[1] - 6 && (reach > 0 && bx * bx + bs * bs + bdd * bdd < reach * reach)) {
      const c0 = cornu.from, c1 = cornu.to;
      const wx = c1[0] - c0[0], ws = c1[1] - c0[1], wd = c1[2] - c0[2];
      const hc = Math.min(1, Math.max(0, ((x - c0[0]) * wx + (s - c0[1]) * ws + (d - c0[2]) * wd) / (wx * wx + ws * ws + wd * wd)));
      const cx = x - c0[0] - wx * hc, cs = s - c0[1] - ws * hc, cdd = d - c0[2] - wd * hc;
      f = -smax(-f, -(Math.sqrt(cx * cx + cs * cs + cdd * cdd) - cornu.r * (1 - 0.25 * hc)), 1.5);
    }
    e[3] = f;
  };
  /**
   * The field at x = e[0], D = e[1] on the row o[k …], into e[3]. (Numbers in and out through an array: the
   * function is too large to inline, and numbers passed to or returned from it would be boxed, 16 bytes each.)
   */
  const evalRow = (e: Float64Array, o: Float64Array, k: number): void => {
    const xs = e[0]!, d = e[1]!;
    const x = xs < 0 ? -xs : xs;
    const s = o[k]!, bw = o[k + 1]!, bd = o[k + 2]!, cw = o[k + 3]!, cd = o[k + 4]!, W = o[k + 5]!;
    // Cheap exit far outside the plate.
    if (x > W + 8 || s < -8 || s > L + 8 || d < -bd - 10 || d > o[k + 6]! + 12) { e[3] = 4; return; }
    const u = x < W ? x / W : 1;
    let back = o[k + 6]! - (o[k + 6]! - o[k + 7]!) * u * u;
    // The crests only move the surface near it: deep inside or far behind, leave them out.
    if (d > back - 9 && d < back + 12) {
      if (o[k + 8]! > 0) back += o[k + 8]! * ridge(x, 0, 3);
      if (o[k + 10]! > 0) back += o[k + 10]! * ridge(x, o[k + 9]!, 2.4) + o[k + 12]! * ridge(x, o[k + 11]!, 3.4);
    }

    // Ventral (pelvic) surface: the body column in front with transverse ridges at the fused discs; the
    // lateral parts a little behind it and turned forward at their edge.
    const outside = Math.min(1, Math.max(0, (x - bw * 0.85) / 8));
    const front = -bd - 1.4 * o[k + 13]! * (1 - outside) + 3.2 * outside - 1.5 * u * u * u;

    // Top: S1 endplate over the body, the alae sloping a little down laterally; apex rounded.
    const alaU = Math.min(1, Math.max(0, (x - bw) / Math.max(1, W - bw)));
    const top = x < bw ? 0 : 1 + 7 * alaU * alaU;
    const bottom = L - 5 * u * u;

    // Auricular surface: an ear-shaped (L) field raised on the lateral face over S1–S3, its long limb along
    // the front, its short limb running back at the top (height 56.2 mm, Oman sacra).
    let side = x - W;
    // (Both limbs are 0 at or above their top (s ≤ aurTop), and at or outside their front and back (d ≤ −bd + 2,
    // d ≥ −bd + 30): left out there.)
    if (x > W - 10 && s < aurTop + aurH + 3 && s > aurTop && d > -bd + 2 && d < -bd + 30) {
      auricular(e, o, k);
      side -= 2.2 * e[2]!;
    }
    let f = smax(side, top - s, 9);
    f = smax(f, s - bottom, 4);
    f = smax(f, front - d, 3);
    f = smax(f, d - back, 2.5);

    // Sacral canal (a rounded rectangle): open above, and through the hiatus below.
    // Each carved or added part below is skipped where a cheap lower bound of its distance shows the blend
    // would leave f as it is (smax(f, −p, k) is f once p ≥ k − f): most nodes lie far from all of them.
    const cc = bd + cd / 2;
    const ex = x / cw, ed = (d - cc) / (cd / 2);
    const cm = Math.min(cw, cd / 2);
    // The 4-norm is at least the larger coordinate.
    if ((Math.max(ex, ed < 0 ? -ed : ed) - 1) * cm < 0.8 - f) {
      const canal = (Math.sqrt(Math.sqrt(ex * ex * ex * ex + ed * ed * ed * ed)) - 1) * cm;
      f = smax(f, -canal, 0.8);
    }
    // Above the upper edge of the S1 laminae the canal is open behind (the L5–S1 interlaminar space).
    if (s < roofTop + 3) f = smax(f, -Math.max(s - roofTop, x - (cw + 6), bd + cd * 0.6 - d), 1.5);
    // Hiatus: an inverted U, apex at the midline.
    if (s > hiatusApex - 3) {
      const hx = sac.hiatus_intercornual_distance_mm! / 2;
      f = smax(f, -Math.max(hiatusApex + 5 * (x / hx) * (x / hx) - s, bd + cd * 0.4 - d, x - hx), 1.2);
    }

    e[3] = f;
    foraminaAndCornua(e, o, k);
  };
  const ev = new Float64Array(4);
  const evalAt = (x: number, d: number, o: Float64Array, k: number): number => { ev[0] = x; ev[1] = d; evalRow(ev, o, k); return ev[3]!; };

  // The row values tabulated along S every 0.25 mm and read by linear interpolation (the foramen index is
  // looked up): a row costs a table read instead of some twenty exponentials, so points off the grid lines
  // (projected vertices, landmarks) are cheap too. The interpolated crests and ridges are within 0.01 mm.
  const TS = 0.25, t0 = -10, nT = Math.ceil((L + 20) / TS) + 1;
  const rowTab = new Float64Array(nT * R);
  for (let i = 0; i < nT; i++) row(t0 + i * TS, rowTab, i * R);
  const rowAt = (s: number, o: Float64Array, k: number) => {
    const u = (s - t0) / TS;
    if (!(u >= 0 && u < nT - 1)) { row(s, o, k); return; }
    const i = Math.floor(u), f = u - i, a = i * R, b = a + R;
    o[k] = s;
    for (let m = 1; m < 14; m++) o[k + m] = rowTab[a + m]! + (rowTab[b + m]! - rowTab[a + m]!) * f;
    let near = -1;
    for (let j = 0; j < 4; j++) if (Math.abs(s - foramina[j]!.s) < 9) near = j;
    o[k + 14] = near;
  };

  const scratch = new Float64Array(R);
  const sd = (x: number, s: number, d: number): number => { rowAt(s, scratch, 0); return evalAt(x, d, scratch, 0); };

  const q = new Float64Array(2);
  const rowW = new Float64Array(R);
  let guess = L / 2;
  const field = ((x: number, y: number, z: number) => {
    coords.toSD(y, z, guess, q);
    guess = q[0]!;
    rowAt(q[0]!, rowW, 0);
    return evalAt(x, q[1]!, rowW, 0);
  }) as SacrumField;

  /** Meshes the field on a grid of spacing `step`; the (y, z) rows of the grid are mapped once each. */
  const mesh = (step: number, pad: number, options: { project?: boolean; smooth?: number } = {}): BufferGeometry => {
    const { min, max } = field.bounds;
    // The sacrum is one closed surface, many seeding cells across at every tier: one sign change on a coarse
    // grid finds it all (an 8-cell grid gives the same triangles as a 2-cell one at 4, 2.6 and 2.4 mm), and a
    // finer seeding grid only maps more rows and evaluates more nodes.
    const coarse = Math.max(2, Math.floor(SEED_MM / step));
    // The field folds |x|: one half is meshed and the other reflected.
    const opts = { min, max, step, coarse, pad, normals: false, mirrorX: true, ...options };
    const { ny, nz } = netsRows(opts);
    // Row values (NaN: row not mapped yet) and each row's D, in pooled scratch.
    const cache = takeScratch('f64', ny * nz * (R + 1)).fill(NaN, 0, ny * nz * R);
    const dOf = ny * nz * R;
    const ya = min[1] - pad * step, za = min[2] - pad * step;
    // The point comes in io[0 … 2] and the value goes out in io[3] (surfaceNets NetsFieldInPlace: no boxed numbers).
    const io = new Float64Array(4);
    const g = surfaceNets({
      io,
      at(slot: number): void {
        if (slot < 0) { offGrid(); return; }
        const o = slot * R;
        if (cache[o] !== cache[o]) {
          coords.toSD(io[1]!, io[2]!, guess, q);
          guess = q[0]!;
          rowAt(q[0]!, cache, o);
          cache[dOf + slot] = q[1]!;
        }
        ev[0] = io[0]!; ev[1] = cache[dOf + slot]!;
        evalRow(ev, cache, o);
        io[3] = ev[3]!;
      },
    }, opts);
    giveScratch('f64', cache);
    return g;

    /**
     * A point between grid lines (a vertex being projected): its (S, D) interpolated bilinearly from the four
     * mapped rows around it (the sacral coordinates bend over tens of mm, so within a cell the map is linear
     * to well under 0.01 mm), else mapped as `field` does.
     */
    function offGrid(): void {
      const x = io[0]!, y = io[1]!, z = io[2]!;
      const u = (y - ya) / step, v = (z - za) / step;
      const j = Math.floor(u), k = Math.floor(v);
      if (j < 0 || k < 0 || j >= ny - 1 || k >= nz - 1) { io[3] = field(x, y, z); return; }
      const a = j + k * ny, b = a + 1, c = a + ny, d = c + 1;
      const sa = cache[a * R]!, sb = cache[b * R]!, sc = cache[c * R]!, sdd = cache[d * R]!;
      // NaN (an unmapped row) fails the test.
      if (!(sa === sa && sb === sb && sc === sc && sdd === sdd)) { io[3] = field(x, y, z); return; }
      const fu = u - j, fv = v - k;
      const w0 = (1 - fu) * (1 - fv), w1 = fu * (1 - fv), w2 = (1 - fu) * fv, w3 = fu * fv;
      const sp = sa * w0 + sb * w1 + sc * w2 + sdd * w3;
      const dp = cache[dOf + a]! * w0 + cache[dOf + b]! * w1 + cache[dOf + c]! * w2 + cache[dOf + d]! * w3;
      rowAt(sp, rowW, 0);
      ev[0] = x; ev[1] = dp;
      evalRow(ev, rowW, 0);
      io[3] = ev[3]!;
    }
  };
  // Bounds: the (S, D) box of the plate mapped to the world, padded.
  at(0);
  const W0 = get(tab.hw) + 4;
  let ylo = Infinity, yhi = -Infinity, zlo = Infinity, zhi = -Infinity;
  for (let s = -8; s <= L + 8; s += 4) {
    at(s);
    for (const d of [-get(tab.bd) - 8, get(tab.bd) + get(tab.cd) + get(tab.roof) + 10]) {
      const [y, z] = coords.toYZ(s, d);
      ylo = Math.min(ylo, y); yhi = Math.max(yhi, y); zlo = Math.min(zlo, z); zhi = Math.max(zhi, z);
    }
  }
  field.coords = coords;
  field.sd = sd;
  field.foramina = foramina;
  field.dorsalD = dorsalD;
  field.cornu = cornu;
  field.bounds = { min: [-W0, ylo, zlo], max: [W0, yhi, zhi] };
  field.mesh = mesh;
  return field;
}
