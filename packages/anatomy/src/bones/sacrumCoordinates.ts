/**
 * Curvilinear coordinates along the sacral axis: a world point maps to (S, D), S the arc length down the
 * axis from the S1 endplate centre, D the offset along the station's posterior unit P (x stays x, since
 * the axis lies in the midsagittal plane). Tables of the axis at 0.5 mm replace `SacralAxis.at` in the hot
 * loop of the sacrum's distance field, so a lookup allocates nothing.
 */
import type { SacralAxis, SacralStation } from './vertebraGeometry';

const STEP = 0.5;

export interface SacralCoordinates {
  /** Arc-length range of the tables; outside it the axis continues straight. */
  s0: number; s1: number;
  /** Writes S and D of world (y, z) into out[0], out[1]; `guess` is an arc length to start from. */
  toSD(y: number, z: number, guess: number, out: Float64Array): void;
  /** World y, z of the curvilinear point (S, D). */
  toYZ(s: number, d: number): [number, number];
}

/** `station`, if given, is shown every axis station the tables are built from (a caller tabulating the same stations need not compute them again). */
export function sacralCoordinates(ax: SacralAxis, below = 30, station?: (s: number, st: SacralStation) => void): SacralCoordinates {
  const s0 = 0, s1 = ax.length + below;
  const n = Math.ceil((s1 - s0) / STEP) + 1;
  const py = new Float64Array(n), pz = new Float64Array(n), th = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const st = ax.at(s0 + i * STEP);
    station?.(s0 + i * STEP, st);
    py[i] = st.p[1]; pz[i] = st.p[2];
    th[i] = Math.atan2(st.P[2], st.P[1]); // P = (cos θ, sin θ), down = (sin θ, −cos θ)
  }
  // One lookup: position, angle and its rate at arc length s (straight continuation outside the tables).
  const look = new Float64Array(4);
  const sample = (s: number) => {
    let i: number, f: number;
    if (s <= s0) { i = 0; f = 0; } else if (s >= s1) { i = n - 2; f = 1; } else { const u = (s - s0) / STEP; i = Math.min(n - 2, Math.floor(u)); f = u - i; }
    const t = th[i]! + (th[i + 1]! - th[i]!) * f;
    let y = py[i]! + (py[i + 1]! - py[i]!) * f, z = pz[i]! + (pz[i + 1]! - pz[i]!) * f;
    const over = s < s0 ? s - s0 : s > s1 ? s - s1 : 0;
    if (over !== 0) { y += Math.sin(t) * over; z -= Math.cos(t) * over; }
    look[0] = y; look[1] = z; look[2] = t; look[3] = over === 0 ? (th[i + 1]! - th[i]!) / STEP : 0;
  };
  return {
    s0, s1,
    toSD(y, z, guess, out) {
      let s = guess;
      let d = 0;
      // Newton on f(s) = (q − p(s))·down(s): f' = −1 + θ'(s)·D.
      for (let it = 0; it < 6; it++) {
        sample(s);
        const dy = y - look[0]!, dz = z - look[1]!;
        const c = Math.cos(look[2]!), sn = Math.sin(look[2]!);
        const along = dy * sn - dz * c;
        d = dy * c + dz * sn;
        const den = 1 - look[3]! * d;
        const ds = along / (den > 0.2 ? den : 0.2);
        s += ds;
        if (ds < 0.01 && ds > -0.01) break;
      }
      sample(s);
      const dy = y - look[0]!, dz = z - look[1]!;
      out[0] = s; out[1] = dy * Math.cos(look[2]!) + dz * Math.sin(look[2]!);
    },
    toYZ(s, d) {
      sample(s);
      return [look[0]! + Math.cos(look[2]!) * d, look[1]! + Math.sin(look[2]!) * d];
    },
  };
}
